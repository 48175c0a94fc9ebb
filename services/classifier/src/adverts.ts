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
    // "DM to order"; Portuguese "sign up now"
    ['dm', 'to', 'order'],
    // "get to know our ..." in Portuguese; "subscribe" in Bengali
    ['conheça', 'nosso'],
    ['conheça', 'nossa'],
    ['subscribe', 'korun'],
    // "DM for home delivery"
    ['dm', 'for', 'home', 'delivery'],
    ['dm', 'for', 'delivery'],
    // "write to us by DM", "DM us", "contact us" in Spanish, Malay and Arabic
    ['escríbenos', 'por'],
    ['escribenos', 'por'],
    ['dm', 'kami'],
    ['تواصل', 'معنا'],
    ['assine', 'já'],
    ['assine', 'agora'],
    // Marathi and Hindi: "call right now", "get in touch"
    ['आत्ताच', 'कॉल', 'करा'],
    ['अभी', 'कॉल', 'करें'],
    ['आजच', 'संपर्क', 'करा'],
    ['आज', 'ही', 'संपर्क', 'करें'],
    // An account asking to be followed ("síguenos en Instagram"): promotion, and the complaint
    // model, which reads the name masked, once took it for a complaint.
    ['follow', 'us', 'on'],
    ['síguenos', 'en'],
    ['siguenos', 'en'],
    ['seguici', 'su'],
    ['siga', 'nos'],
    ['sigam', 'nos'],
    ['suivez', 'nous'],
    ['folgt', 'uns'],
    ['bizi', 'takip', 'edin'],
    ['ikuti', 'kami'],
    // Vietnamese "message us now", "register now"
    ['inbox', 'ngay'],
    ['đăng', 'ký', 'ngay'],
    // Swahili "join ... and get 10 GB"; Persian "stay always connected"
    ['upate', 'gb'],
    ['همیشه', 'وصل', 'باشید'],
    // "switch to our bulk SMS service"
    ['switch', 'to', 'our'],
    // Hinglish "first month free", "call now"
    ['pehla', 'mahina', 'free'],
    ['abhi', 'call', 'karo'],
    // Korean: "sign up now", "first month free"
    ['지금', '가입하면'],
    ['첫', '달', '무료'],
  ] as const
).map((call) => call.map((word) => normalise(word))); // as posts' words are ("कॉल" is read "कोल")

/**
 * Whether the post offers a deal: a percentage beside a deal word, a promo code after a code
 * word, a call to buy, or a seller's contact beside an offer (`sellsAnOffer`). `words` are the
 * post's normalised tokens; `text` is the post as written (codes are told by their capitals).
 */
export function offersADeal(words: readonly string[], text: string): boolean {
  return (
    (text.includes('%') && percentOff(words, text)) ||
    (words.some((word) => CODE_WORDS.has(word)) && promoCode(text)) ||
    sellsAnOffer(words, text)
  );
}

/**
 * A seller's contact beside an offer: "Internet down again? Get our fibre, only ₹499! Call now
 * 98XXXXXX21", "Instagram caiu? vem pro nosso canal, promoção todo dia! link na bio". Each sign
 * alone is in complaints too (a price paid, "our wifi", a call to support, 📞), so it takes
 * several: `ADVERT_POINTS` or more, one of them a way to reach the seller and, unless the
 * ways to reach the seller are enough alone, one a price or a word of an offer.
 */
function sellsAnOffer(words: readonly string[], text: string): boolean {
  // A call to buy ("avail now", "DM us") is enough alone; a link in the bio or "call now" is a contact.
  let contact = sellerPhrasePoints(words) + unspacedSellerPoints(text);
  if (contact >= ADVERT_POINTS) return true;
  const masked = MASKED_NUMBER.exec(text);
  if (masked !== null && !REFERENCE_BEFORE.test(text.slice(Math.max(0, masked.index - 16), masked.index))) contact += 2;
  if (SELLER_LINK.test(text)) contact += 2;
  if (PHONE_EMOJI.test(text)) contact += 1;
  if (contact === 0) return false;
  if (contact >= ADVERT_POINTS) return true;
  let offer = 0;
  if (PRICE_BEFORE.test(text) || PRICE_AFTER.test(text)) offer += 1;
  if (words.some((w) => OFFER_WORDS.has(w))) offer += 1;
  // "Our" alone sells nothing ("shifted our class group to Telegram, link in bio").
  if (offer === 0) return false;
  if (words.some((w) => OUR_WORDS.has(w))) offer += 1;
  return contact + offer >= ADVERT_POINTS;
}

const ADVERT_POINTS = 3;

/**
 * A shop's words in scripts written without spaces, which the word phrases cannot find: Japanese
 * "当店" (our shop), "営業中" (open now), "ご相談" (consult us), Thai "ร้านเรา" (our shop),
 * "ทักแชท" (message us), "สนใจติดต่อ" (interested? contact). Each distinct one is a point.
 */
const UNSPACED_SELLER_WORDS: readonly string[] = [
  '当店',
  '弊社',
  '営業中',
  'ご相談',
  'ご来店',
  'お問い合わせ',
  'ร้านเรา',
  'ทักแชท',
  'สนใจติดต่อ',
  'ราคาพิเศษ',
  // Thai "apply today", "free installation"
  'สมัครวันนี้',
  'ติดตั้งฟรี',
];

function unspacedSellerPoints(text: string): number {
  let points = 0;
  for (const word of UNSPACED_SELLER_WORDS) if (text.includes(word)) points++;
  return points;
}
/** A phone number written to be dialled, its digits masked for the post ("07XX XXX XXX", "98XXXXXX21", "01711-XXXXXX"): no complainer writes one. */
const MASKED_NUMBER = /\b\d{2,}-?[xX]{2,}|\b\d{2,}[xX]+\s[xX]{3}/;
/** What a masked number may be instead of a phone number: the author's own reference, account or card ("Ref no 43xxxxxx"). */
const REFERENCE_BEFORE = /(?:ref|no|number|utr|rrn|txn|id|order|a\/c|acc|account|card|transaction|tracking)\W*$/i;
/** A channel or chat to join (t.me/…, wa.me/…). */
const SELLER_LINK = /\b(?:t\.me|wa\.me|chat\.whatsapp\.com)\//i;
const PHONE_EMOJI = /[☎📞📲]/u;
/** An amount with its currency before or after it (₹499, Ksh 2,999, R$ 99, ৫০০ টাকা, 150 reais). */
const PRICE_BEFORE = /(?:₹|৳|₦|₺|€|£|\$|\b(?:rs|inr|ksh|kes|tk|tsh|ugx|rp|php)\.?)\s?\p{Nd}/iu;
const PRICE_AFTER =
  /\p{Nd}\s?(?:rs\b|rupees|rupaye|रुपये|रुपए|रु\b|টাকা|taka|reais|euros?\b|tl\b|lira|shilingi|naira|руб|₽|บาท|đ\b|vnđ|pesos?\b|piso\b|تومان|تومن|ریال|روپے)/iu;
/** "Our" before what is sold ("our fibre", "humari service", "nosso canal", "faiba yetu", "наш VPN"). */
const OUR_WORDS: ReadonlySet<string> = new Set(
  [
    ...['our', 'humari', 'hamari', 'hamara', 'humara', 'hamare', 'humare', 'हमारा', 'हमारी', 'हमारे', 'ہمارا', 'ہماری', 'ہمارے'],
    ...['nosso', 'nossa', 'nuestro', 'nuestra', 'nostro', 'nostra', 'notre', 'unser', 'unsere', 'unseren', 'bizim', 'yetu'],
    ...['আমাদের', 'наш', 'наше', 'наша', 'нашу', 'нашем', 'engal', 'எங்கள்', 'మా', 'आमचा', 'आमची', 'आमचे'],
  ].map((w) => normalise(w)),
);
/** What a seller calls the deal ("promoção todo dia", "99.9% uptime", "free trial"). */
const OFFER_WORDS: ReadonlySet<string> = new Set(
  [
    ...['promo', 'promotion', 'promoção', 'promocao', 'promoción', 'promocion', 'promozione', 'offer', 'offers', 'oferta', 'offerta'],
    ...[
      'uptime',
      'আপটাইম',
      'guaranteed',
      'bundle',
      'bundles',
      'subscribe',
      'trial',
      'бесплатно',
      'gratis',
      'grátis',
      'ücretsiz',
      'kostenlos',
      'gratuit',
      'رایگان',
      '무료',
    ],
    // a seller's "tired of …?", "sign up", "hire us" in Portuguese
    ...['cansou', 'assine', 'contrate', 'free', 'percuma'],
    ...['मुफ्त', 'मुफ़्त', 'muft', 'bure', 'ofa', 'অফার', 'ऑफर', 'सिर्फ', 'sirf', 'মাত্র', 'только', 'tu', 'apenas', 'solo', 'only'],
  ].map((w) => normalise(w)),
);
/** The seller's "call now" ("abhi call karein", "कॉल करें", "piga", "ligue já", "звоните"). */
const CALL_NOW: readonly (readonly string[])[] = [
  ['call', 'now'],
  ['call', 'us'],
  ['call', 'karein'],
  ['call', 'karen'],
  ['call', 'kare'],
  ['कॉल', 'करें'],
  ['कॉल', 'करे'],
  ['कॉल', 'करा'],
  ['piga'],
  ['ligue', 'já'],
  ['ligue', 'agora'],
  // Brazilian: "message us on WhatsApp" ("chama no zap")
  ['chama', 'no', 'zap'],
  ['chama', 'no', 'whats'],
  ['chama', 'no', 'whatsapp'],
  ['chama', 'na', 'dm'],
  ['chiama', 'ora'],
  ['chiamaci'],
  ['llama', 'ya'],
  ['llámanos'],
  ['llamanos'],
  ['hemen', 'ara'],
  ['bizi', 'arayın'],
  ['звоните'],
  ['appelez'],
  ['whatsapp', 'us'],
  ['কল', 'করুন'],
  ['hubungi', 'kami'],
  // "DM now" in Hinglish and English: a seller's inbox, a contact like "call now"
  ['dm', 'karo'],
  ['dm', 'karein'],
  ['dm', 'karen'],
  ['dm', 'now'],
  // Persian: "in the DM", "DM us"
  ['تو', 'دایرکت'],
  ['دایرکت', 'بدید'],
].map((call) => call.map((word) => normalise(word)));
const LINK_IN_BIO: readonly (readonly string[])[] = [
  ['link', 'in', 'bio'],
  ['link', 'bio', 'me'],
  ['link', 'bio', 'mein'],
  ['link', 'na', 'bio'],
  ['link', 'en', 'bio'],
  ['lien', 'en', 'bio'],
  ['link', 'in', 'der', 'bio'],
  ['bio', 'me', 'link'],
  ['bio', 'mein', 'link'],
  ['link', 'di', 'bio'],
].map((call) => call.map((word) => normalise(word)));

/** What each kind of seller phrase counts towards `ADVERT_POINTS`: a call to buy is enough alone. */
const SELLER_PHRASE_POINTS = { buy: ADVERT_POINTS, link: 2, call: 1 } as const;
type SellerPhraseKind = keyof typeof SELLER_PHRASE_POINTS;

/** Every seller phrase by its first word, with its kind (each post's words are looked up once). */
const SELLER_PHRASES: ReadonlyMap<string, readonly { words: readonly string[]; kind: SellerPhraseKind }[]> = (() => {
  const byFirst = new Map<string, { words: readonly string[]; kind: SellerPhraseKind }[]>();
  const add = (words: readonly string[], kind: SellerPhraseKind) =>
    byFirst.set(words[0] as string, [...(byFirst.get(words[0] as string) ?? []), { words, kind }]);
  for (const phrase of CALLS_TO_BUY) add(phrase, 'buy');
  for (const phrase of LINK_IN_BIO) add(phrase, 'link');
  for (const phrase of CALL_NOW) add(phrase, 'call');
  return byFirst;
})();

/** Points of the seller phrases the words hold, each kind counted once. */
function sellerPhrasePoints(words: readonly string[]): number {
  const found = new Set<SellerPhraseKind>();
  for (let at = 0; at < words.length; at++) {
    const phrases = SELLER_PHRASES.get(words[at] as string);
    if (phrases === undefined) continue;
    for (const phrase of phrases) if (phrase.words.every((word, i) => words[at + i] === word)) found.add(phrase.kind);
  }
  let points = 0;
  for (const kind of found) points += SELLER_PHRASE_POINTS[kind];
  return points;
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
