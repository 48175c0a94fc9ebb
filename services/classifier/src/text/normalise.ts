/**
 * Text normalisation for matching: posts and lexicon entries go through the same function,
 * so entries are written naturally and still match.
 *
 * Unicode NFKC (full-width and compatibility forms), lower case, Latin diacritics folded
 * (é → e, ç → c, ı → i, ß kept), and script-aware cleanup: zero-width joiners and Arabic
 * tatweel and harakat removed, Arabic-script letter variants unified (ي/ی, ك/ک, ة/ه, أ/إ/آ → ا)
 * so Arabic, Persian and Urdu spellings of one word meet. Indic combining marks are kept:
 * they change the word (बंद vs बद); the Devanagari nukta is the exception, dropped (फ़ → फ).
 *
 * Vietnamese is the exception to folding: its tone marks tell words apart (sập "crashed" vs
 * sắp "about to"), so text in Vietnamese-only letters keeps them (see `foldLatin`).
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const ZERO_WIDTH = /[\u200b-\u200f\u2060\ufeff]/g;
// Harakat, superscript alef, tatweel and Quranic marks: alternation, not a class, as the marks combine.
const ARABIC_HARAKAT_AND_TATWEEL = /\u0640|[\u064b-\u065f]|\u0670|[\u06d6-\u06ed]/g;
// Letters that only Vietnamese writes (ơ, ư, đ and the tone-stacked vowels).
const VIETNAMESE_LETTER = /[\u01a1\u01b0\u0111\u0103\u1ea0-\u1ef9]/;
const LATIN_WITH_DIACRITIC = /[\u00c0-\u024f\u1e00-\u1eff]/g;
const HAS_LATIN_WITH_DIACRITIC = /[\u00c0-\u024f\u1e00-\u1eff]/;

const ARABIC_VARIANTS: Record<string, string> = {
  ي: 'ی', // Arabic yeh → Farsi/Urdu yeh
  ى: 'ی', // alef maksura
  ے: 'ی', // Urdu yeh barree
  ك: 'ک', // Arabic kaf → keheh
  ة: 'ه', // teh marbuta
  ۃ: 'ه',
  ہ: 'ه', // Urdu heh goal
  ھ: 'ه', // heh doachashmee
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ؤ: 'و',
  ئ: 'ی',
};
const ARABIC_VARIANT_PATTERN = new RegExp(`[${Object.keys(ARABIC_VARIANTS).join('')}]`, 'g');

// Marathi writes English vowels with candra signs (व्हॉट्सॲप); Hindi spellings of the same loanwords use ए/ऐ/ओ.
const DEVANAGARI_CANDRA: Record<string, string> = { ॲ: 'ऐ', ऍ: 'ऐ', 'ॅ': 'ै', ऑ: 'ओ', 'ॉ': 'ो' };
const DEVANAGARI_CANDRA_PATTERN = /\u0972|\u090d|\u0945|\u0911|\u0949/g;

// The nukta is written or left out at will on loanwords (स्पॉटिफ़ाई / स्पॉटिफाई, ज़ूम / जूम): one form, without it.
// NFKC has already split the precomposed letters (फ़ U+095E → फ + U+093C).
const DEVANAGARI_NUKTA = /\u093c/g;

// A nasal consonant with virama before another consonant is written either way: इन्स्टाग्राम / इंस्टाग्राम.
const DEVANAGARI_HALF_NASAL = /[ङञणनम]\u094d(?=[\u0915-\u0939])/g;

// Malayalam writes a final consonant as an atomic chillu (ൻ, ർ, ൽ, ൾ, ൺ, ൿ) or, on older
// keyboards, as the consonant, virama and a joiner (ന്‍), which loses its joiner above; and
// the au sign as ൗ alone (reformed spelling, ഡൗൺ) or as ൌ (ഡൌൺ). One form of each.
const MALAYALAM_VARIANTS: Record<string, string> = {
  '\u0d7a': '\u0d23\u0d4d',
  '\u0d7b': '\u0d28\u0d4d',
  '\u0d7c': '\u0d30\u0d4d',
  '\u0d7d': '\u0d32\u0d4d',
  '\u0d7e': '\u0d33\u0d4d',
  '\u0d7f': '\u0d15\u0d4d',
  '\u0d4c': '\u0d57',
};
// Alternation, not one class, as ൌ is a combining sign.
const MALAYALAM_VARIANT_PATTERN = /[\u0d7a-\u0d7f]|\u0d4c/g;

const foldCache = new Map<string, string>();

function foldChar(ch: string): string {
  let folded = foldCache.get(ch);
  if (folded === undefined) {
    folded = ch === 'ı' ? 'i' : ch === 'ł' ? 'l' : ch === 'ø' ? 'o' : ch === 'đ' ? 'd' : ch.normalize('NFD').replace(COMBINING_MARKS, '');
    foldCache.set(ch, folded);
  }
  return folded;
}

/** Folds Latin diacritics unless the text is Vietnamese, whose tone marks carry meaning. */
export function foldLatin(lower: string): string {
  // Posts in other scripts have nothing to fold: one test says so.
  if (!HAS_LATIN_WITH_DIACRITIC.test(lower) || VIETNAMESE_LETTER.test(lower)) return lower;
  return lower.replace(LATIN_WITH_DIACRITIC, foldChar);
}

/** The matching form of a text. Pure and deterministic; used for posts and lexicon entries alike. */
export function normalise(text: string): string {
  // Most posts on a Latin keyboard are plain ASCII, which NFKC and folding leave as it is.
  if (isAscii(text)) return text.toLowerCase();
  return rewritten(text, true);
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * Every form an entry may take in a post: folded, and — when folding changed it — with its
 * Latin diacritics kept, the form it has inside Vietnamese text ("không" stays "không" in a
 * post with ạ or ư, but an entry on its own would fold to "khong").
 */
export function normaliseVariants(text: string): string[] {
  const kept = unfolded(text);
  const folded = foldLatin(kept);
  return folded === kept ? [folded] : [folded, kept];
}

/** Everything `normalise` does except folding Latin diacritics. */
function unfolded(text: string): string {
  return rewritten(text, false);
}

/**
 * NFKC, lower case and the script-specific rewrites, then (when `fold`) `foldLatin`. One
 * pass finds which rewrites the text needs (most need none) and whether it has Latin
 * diacritics to fold or Vietnamese letters that forbid it: the rewrites neither add nor
 * remove such letters, so the answer holds for the rewritten text too.
 */
function rewritten(text: string, fold: boolean): string {
  let out = text.normalize('NFKC').toLowerCase();
  let zeroWidth = false;
  let dottedI = false;
  let devanagari = false;
  let arabic = false;
  let malayalam = false;
  let diacritic = false;
  let vietnamese = false;
  for (let i = 0; i < out.length; i++) {
    const code = out.charCodeAt(i);
    if (code < 0xc0) continue;
    if (code <= 0x24f) {
      diacritic = true;
      if (code === 0x1a1 || code === 0x1b0 || code === 0x111 || code === 0x103) vietnamese = true;
    } else if (code === 0x307) dottedI = true;
    else if (code >= 0x600 && code <= 0x6ff) arabic = true;
    else if (code >= 0x900 && code <= 0x97f) devanagari = true;
    else if (code >= 0xd00 && code <= 0xd7f) malayalam = true;
    else if ((code >= 0x200b && code <= 0x200f) || code === 0x2060 || code === 0xfeff) zeroWidth = true;
    else if (code >= 0x1e00 && code <= 0x1eff) {
      diacritic = true;
      if (code >= 0x1ea0 && code <= 0x1ef9) vietnamese = true;
    }
  }
  if (zeroWidth) out = out.replace(ZERO_WIDTH, '');
  // 'İ'.toLowerCase() is 'i' + U+0307; drop the dot so İstanbul matches istanbul.
  if (dottedI) out = out.replace(/i\u0307/g, 'i');
  if (devanagari) {
    out = out
      .replace(DEVANAGARI_CANDRA_PATTERN, (ch) => DEVANAGARI_CANDRA[ch] ?? ch)
      .replace(DEVANAGARI_HALF_NASAL, 'ं')
      .replace(DEVANAGARI_NUKTA, '');
  }
  if (arabic) {
    out = out.replace(ARABIC_HARAKAT_AND_TATWEEL, '').replace(ARABIC_VARIANT_PATTERN, (ch) => ARABIC_VARIANTS[ch] ?? ch);
  }
  if (malayalam) out = out.replace(MALAYALAM_VARIANT_PATTERN, (ch) => MALAYALAM_VARIANTS[ch] ?? ch);
  return fold && diacritic && !vietnamese ? out.replace(LATIN_WITH_DIACRITIC, foldChar) : out;
}
