/**
 * Error messages quoted from an app, and product error codes, as claims of a failure.
 *
 * People copy what the app shows them: "PayPal keeps saying 'Sorry, we couldn't complete your
 * request'", "tiktok 'Yükleme başarısız oldu' diyor", "PSN giving me WS-116522-7". The lexicons
 * list common error strings, but apps have thousands: a quoted string that holds an error word
 * of any language, or a code shaped like a product's error code, is one more. Both are looked
 * for only in posts that name a service (and, for quotes, hold a quote mark), so most posts pay
 * one regular-expression test at most.
 */
import { normalise } from './text/normalise.js';
import { tokenize } from './text/tokens.js';

/**
 * Quote marks of the scripts we read: ASCII, guillemets, curly, low-9, corner brackets. One
 * plain class (no Unicode properties) as the cheap test before `quotedErrors`, and its global
 * copy to walk them.
 */
const QUOTE_MARK = /['"«»“”‘’„「」『』]/;
const QUOTE_MARKS = new RegExp(QUOTE_MARK.source, 'g');
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** A quoted error message is short; a longer quote is someone's words. */
const MAX_QUOTE_CHARS = 120;

/**
 * Words and phrases that make a quoted string an error message, in the languages we read
 * (normalised below as posts are: lower case, Latin diacritics folded). Words that are also
 * plain speech when quoted ("problem", "sorun", "مشکل": "no problem") appear only in the
 * phrases apps use.
 */
const ERROR_WORDS: readonly string[] = [
  // English
  'error',
  'errors',
  'sorry',
  'unable',
  "couldn't",
  'could not',
  'cannot',
  "can't",
  'failed',
  'failure',
  'trouble',
  'try again',
  'went wrong',
  'gone wrong',
  'oops',
  'unavailable',
  'not available',
  'difficulties',
  'timed out',
  'not responding',
  'a problem',
  'an issue',
  'technical issue',
  'technical issues',
  'not found',
  'experiencing issues',
  'experiencing problems',
  'experiencing technical',
  // busy, declined and offline states of payment and bank apps ('Bank servers are busy')
  'servers are busy',
  'server is busy',
  'server busy',
  'servers busy',
  'network busy',
  'network is busy',
  'system is busy',
  'try after some time',
  'try after sometime',
  'try later',
  'under maintenance',
  'declined',
  'no internet',
  'no connection',
  'no signal',
  'not connected',
  // a bank or server that does not answer in time ('Your bank's server is taking too long to respond')
  'taking too long',
  'took too long',
  'taking longer than expected',
  // French
  'erreur',
  'désolé',
  'désolés',
  'difficultés',
  'échec',
  'échoué',
  'indisponible',
  'indisponibles',
  'réessayer',
  'réessayez',
  'un problème',
  'impossible de',
  'un problème est survenu',
  // Spanish, Portuguese, Italian
  'lo sentimos',
  'falló',
  'fallido',
  'inténtalo',
  'un problema',
  'no disponible',
  'no está disponible',
  'non disponibile',
  'não está disponível',
  'erro',
  'falha',
  'falhou',
  'indisponível',
  'tente novamente',
  'desculpe',
  'errore',
  'spiacenti',
  'impossibile',
  'riprova',
  'non disponibile',
  'salió mal',
  'deu errado',
  'andato storto',
  // German, Dutch
  'fehler',
  'fehlgeschlagen',
  'leider',
  'nicht verfügbar',
  'erneut versuchen',
  'fout',
  'mislukt',
  'schiefgelaufen',
  'schief gelaufen',
  'misgegaan',
  // German stuck statuses ('Wird gesendet…', 'Verbindung wird hergestellt')
  'wird gesendet',
  'nicht gesendet',
  'nicht zugestellt',
  'verbindung wird hergestellt',
  'warten auf netzwerk',
  'keine verbindung',
  // Turkish
  'hata',
  'hatası',
  'başarısız',
  'tekrar deneyin',
  'bir sorun',
  'sorun oluştu',
  'kullanılamıyor',
  'ters gitti',
  // Indonesian, Malay, Tagalog, Swahili
  'kesalahan',
  'gagal',
  'coba lagi',
  'cuba lagi',
  'nagkaproblema',
  'hitilafu',
  'imeshindwa',
  // Russian, Ukrainian, Polish
  'ошибка',
  'ошибки',
  'не удалось',
  'повторите',
  'помилка',
  'не вдалося',
  'błąd',
  'nie udało',
  // Persian, Urdu, Arabic
  'ارور',
  'خطا',
  'ناموفق',
  'دوباره تلاش',
  'ایرر',
  'خرابی',
  'ناکام',
  'ختم',
  'دوبارہ کوشش',
  'غلط ہو گیا',
  'خطأ',
  'عذرا',
  'فشل',
  'تعذر',
  // Indic
  'त्रुटि',
  'एरर',
  'विफल',
  'असफल',
  'गलत हो गया',
  'कुछ गलत',
  'पुनः प्रयास',
  'दोबारा कोशिश',
  'सर्वर व्यस्त',
  'बाद में प्रयास',
  'बाद में कोशिश',
  'નિષ્ફળ',
  'ભૂલ આવી',
  'ਅਸਫਲ',
  'ਗਲਤੀ',
  'ত্রুটি',
  'ব্যর্থ',
  'பிழை',
  'தோல்வி',
  'లోపం',
  'విఫలం',
  // Korean, Vietnamese
  '오류',
  '에러',
  '실패',
  'lỗi',
  'thất bại',
];

/** Error words of scripts written without spaces: found anywhere inside the quote. */
const UNSPACED_ERROR_WORDS: readonly string[] = ['エラー', '失敗', 'ข้อผิดพลาด', 'ผิดพลาด', '错误', '失败'];

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const ERROR_WORD = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}])(?:${[...new Set(ERROR_WORDS.map((w) => normalise(w).trim()))]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})(?![\\p{L}\\p{M}\\p{N}])|${UNSPACED_ERROR_WORDS.map((w) => escape(normalise(w))).join('|')}`,
  'u',
);

/**
 * Product error codes as apps print them, in the post as written (capitals kept): letters and
 * digits joined by hyphens with at least two number groups (WS-116522-7, NW-2-5, CE-34878-0),
 * a capitalised code with a long number (AADSTS50058, DNS_PROBE_FINISHED_NXDOMAIN is words),
 * or a Windows HRESULT (0x80070005). "COVID-19" and "iPhone 15" have one number group only.
 */
const ERROR_CODE = /(?<![\p{L}\p{N}#@-])(?:[A-Z]{1,8}-\d{1,8}(?:-\d{1,8})+|[A-Z]{3,}\d{4,}|0x[0-9A-Fa-f]{8})(?![\p{L}\p{N}])/u;

/** A span of tokens, end exclusive. */
export interface TokenSpan {
  start: number;
  end: number;
}

/** Whether the text holds any quote mark. */
export function hasQuoteMark(normalised: string): boolean {
  return QUOTE_MARK.test(normalised);
}

/**
 * The quoted strings of a normalised post that read as error messages, as token spans of the
 * post. A quote mark opens where no letter or digit stands before it and closes where none
 * follows it, so the apostrophes of "we're", "Turkcell'de" and "%99'da" are neither.
 */
export function quotedErrors(normalised: string): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open = -1;
  for (const match of normalised.matchAll(QUOTE_MARKS)) {
    const at = match.index;
    const before = at > 0 ? (normalised[at - 1] as string) : ' ';
    const after = at + 1 < normalised.length ? (normalised[at + 1] as string) : ' ';
    // French sets guillemets off with spaces: « Erreur réseau ».
    const closes = match[0] === '»' || (match[0] !== '«' && !WORD_CHAR.test(after) && /\S/.test(before));
    if (open >= 0 && closes && at - open <= MAX_QUOTE_CHARS) {
      const content = normalised.slice(open + 1, at);
      if (ERROR_WORD.test(content)) {
        const start = tokenize(normalised.slice(0, open)).length;
        spans.push({ start, end: start + Math.max(1, tokenize(content).length) });
      }
      open = -1;
    } else if (match[0] === '«' || (!WORD_CHAR.test(before) && /\S/.test(after))) {
      open = at;
    }
  }
  return spans;
}

/** What every error code holds, without Unicode classes or look-behind: the cheap test first. */
const ERROR_CODE_CORE = /[A-Z]-\d|[A-Z]{3}\d{4}|0x[0-9A-Fa-f]/;

/** Product error codes in the post as written, as token spans of the post. */
export function errorCodes(text: string): TokenSpan[] {
  if (!ERROR_CODE_CORE.test(text)) return [];
  const match = ERROR_CODE.exec(text);
  if (match === null) return [];
  const start = tokenize(normalise(text.slice(0, match.index))).length;
  return [{ start, end: start + tokenize(normalise(match[0])).length }];
}
