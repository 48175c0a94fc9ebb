/**
 * Adverts that ride an outage: "WhatsApp down? Order from our website, 20% off today",
 * "#whatsappçöktü %20 indirim kodu: COKTU20". They borrow every word of a complaint (the
 * question, the hashtag) and add a deal: a percentage off or cash back, or a promo code. A post
 * that offers a deal is an advert, whatever it asks. Looked for only in posts already taken
 * for complaints, so most posts pay nothing.
 */
import { normalise } from './text/normalise.js';

/** Words that turn a percentage into a deal, in the languages we read (normalised: lower case, Latin diacritics folded). */
const DEAL_WORDS: ReadonlySet<string> = new Set([
  'off',
  'discount',
  'cashback',
  'indirim',
  'indirimli',
  'sconto',
  'descuento',
  'desconto',
  'remise',
  'reduction',
  'rabatt',
  'diskon',
  'potongan',
  'chhoot',
  'chhut',
  'छूट',
  'خصم',
  'تخفیف',
]);
/**
 * Words after which a promo code stands ("use code SAVE20", "indirim kodu: COKTU20"). Looked up
 * both among the post's folded words ("codigo") and among its raw tokens, lower-cased only ("código").
 */
const CODE_WORDS: ReadonlySet<string> = new Set([
  'code',
  'kodu',
  'kod',
  'codice',
  'codigo',
  'código',
  'kode',
  'promo',
  'coupon',
  'kupon',
  'gutschein',
]);
/** A promo code as written: capitals and digits, both, at least four. */
const PROMO_CODE = /^(?=[A-Z0-9]*[0-9])(?=[A-Z0-9]*[A-Z])[A-Z0-9]{4,}$/;
/** Words of a deal's percentage either side of it ("20% off", "%20 indirim", "sconto del 30%"). */
const DEAL_REACH = 2;

/** A seller's call to action ("PM for inquiries", "avail now", "mag-apply na"), as word sequences ("apply now" is also the author's own errand). */
const CALLS_TO_BUY: readonly (readonly string[])[] = (
  [
    ['for', 'inquiries'],
    ['for', 'inquiry'],
    ['inquire', 'now'],
    ['avail', 'now'],
    ['mag', 'apply', 'na'],
    ['avail', 'na'],
    // "DM us" in English, Tamil, Telugu; an offer's free first month
    ['dm', 'us'],
    ['dm', 'பண்ணுங்க'],
    ['dm', 'cheyyandi'],
    ['dm', 'చేయండి'],
    ['first', 'month', 'free'],
    // Marathi and Hindi: "call right now", "get in touch"
    ['आत्ताच', 'कॉल', 'करा'],
    ['अभी', 'कॉल', 'करें'],
    ['आजच', 'संपर्क', 'करा'],
    ['आज', 'ही', 'संपर्क', 'करें'],
  ] as const
).map((call) => call.map((word) => normalise(word))); // as posts' words are ("कॉल" is read "कोल")

/**
 * Whether the post offers a deal: a percentage beside a deal word, or a promo code after a
 * code word. `words` are the post's normalised tokens; `text` is the post as written (codes are
 * told by their capitals).
 */
export function offersADeal(words: readonly string[], text: string): boolean {
  return (
    (text.includes('%') && percentOff(words, text)) || (words.some((word) => CODE_WORDS.has(word)) && promoCode(text)) || callsToBuy(words)
  );
}

/** The calls to action by their first word: a post's words are each looked up once. */
const CALLS_BY_FIRST_WORD: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const byFirst = new Map<string, (readonly string[])[]>();
  for (const call of CALLS_TO_BUY) byFirst.set(call[0] as string, [...(byFirst.get(call[0] as string) ?? []), call]);
  return byFirst;
})();

function callsToBuy(words: readonly string[]): boolean {
  for (let at = 0; at < words.length; at++) {
    const calls = CALLS_BY_FIRST_WORD.get(words[at] as string);
    if (calls?.some((call) => call.every((word, i) => words[at + i] === word))) return true;
  }
  return false;
}

function percentOff(words: readonly string[], text: string): boolean {
  // The tokenizer drops '%': find the numbers written with one, then a deal word near them.
  const percentages = new Set<string>();
  for (const match of text.matchAll(/%\s?(\d{1,2})\b|\b(\d{1,2})\s?%/g)) percentages.add((match[1] ?? match[2]) as string);
  for (let at = 0; at < words.length; at++) {
    if (!percentages.has(words[at] as string)) continue;
    const from = Math.max(0, at - DEAL_REACH);
    const to = Math.min(words.length, at + DEAL_REACH + 1);
    for (let near = from; near < to; near++) if (DEAL_WORDS.has(words[near] as string)) return true;
  }
  return false;
}

function promoCode(text: string): boolean {
  const tokens = text.split(/[\s:;,.!?()"'“”]+/);
  for (let at = 1; at < tokens.length; at++) {
    if (PROMO_CODE.test(tokens[at] as string) && CODE_WORDS.has((tokens[at - 1] as string).toLowerCase())) return true;
  }
  return false;
}
