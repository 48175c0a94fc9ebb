/**
 * Word sets that several rule modules share ("but", "still", "mine", "also" after a name), and
 * `foldedSet`, which builds a word set as the normaliser writes a post's words (Arabic-script
 * letters folded: ے is ی, ہ and ھ are ه), so that a set written with unfolded letters still
 * matches. The sets are built once, when the classifier's modules load.
 */
import { normalise } from '../text/normalise.js';

/** A word set as the normaliser writes a post's words (Arabic-script letters folded: ے is ی, ہ and ھ are ه). */
export function foldedSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map((word) => normalise(word)));
}

/** "Still" in our languages, by its last word ("abhi bhi", "ابھی تک", "immer noch"). */
export const STILL_WORDS: ReadonlySet<string> = foldedSet([
  'still',
  'bhi',
  'ancora',
  'hala',
  'ainda',
  'todavia',
  'encore',
  'toujours',
  'noch',
  'tak',
  'masih',
  'भी',
  'بھی',
  'للحین',
  'لسه',
  'لسا',
  'تک',
  'तक',
]);

/** "But", after which a claim turns against the "works" phrase before it. */
export const BUT_WORDS: ReadonlySet<string> = new Set([
  'but',
  'lekin',
  'lekn',
  'magar',
  'lakin',
  'लेकिन',
  'मगर',
  'لیکن',
  'مگر',
  'কিন্তু',
  'pero',
  'ma',
  'maar',
  'mas',
  'aber',
  'tapi',
  'mais',
  'ama',
  'fakat',
  'ancak',
]);

/**
 * "Also" right after a name, in the languages of the lexicons ("whatsapp bhi nahi chal raha",
 * "whatsapp da çalışmıyor", "WA juga ga bisa"): the name's failure is one more, not a
 * consequence of another's.
 */
export const ALSO_AFTER: ReadonlySet<string> = foldedSet([
  'also',
  'too',
  'bhi',
  'भी',
  'بھی',
  'da',
  'de',
  'anche',
  'tambien',
  'tambem',
  'aussi',
  'auch',
  'juga',
]);

/** The author's own, in our languages: "mine", "mera", "moi", "meu", "bende". */
export const MINE_WORDS: ReadonlySet<string> = foldedSet([
  'i',
  'mine',
  'my',
  'me',
  'mera',
  'meri',
  'mere',
  'moi',
  'mon',
  'ma',
  'mes',
  'meu',
  'minha',
  'mim',
  'bende',
  'benim',
  'mio',
  'mia',
  'mein',
  'meine',
  'mi',
  'میرا',
  'میری',
  'میرے',
  'मेरा',
  'मेरी',
  'मेरे',
  'انا',
  'وانا',
  'عندی',
  'gue',
  'aku',
  'saya',
  'punyaku',
]);
