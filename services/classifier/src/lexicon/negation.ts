/**
 * Negators by language. A negator next to a cue of what a service does (send, load, log in,
 * calls, network...) says that thing is not happening, so "calls not connecting", "app não
 * abre", "foto nahi ja rahi" count without each phrase being listed. Only the post's own
 * language and English are used, because short negators are other words elsewhere (Italian
 * "di" is Tagalog "not"; Hindi "hai" is Swahili "not"). "Without" words (sin, senza, sem, sans,
 * ohne) are not negators: "sin perder los chats" negates nothing a service does, and the
 * outage phrases that need them ("sin internet", "senza segnale") are listed whole.
 */
export const NEGATORS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'not',
    'no',
    'cannot',
    'cant',
    'nobody',
    'wont',
    // Bare "won" and "don" are words ("won the match"; Pidgin "don" marks the perfect: "Airtel
    // don cut my data" is "has cut"): they negate only as "won't", "don't" (CONTRACTION_STEMS).
    'dont',
    'doesnt',
    'doesn',
    'isnt',
    'isn',
    'didnt',
    'didn',
    'aren',
    'unable',
    'never',
    'nothing',
    'stopped',
    'failed',
    'failing',
    'fails',
    'fail',
    'keeps',
    'dey',
  ],
  hi: ['nahi', 'nahin', 'nhi', 'nai', 'ni', 'na', 'nahee', 'नहीं', 'नही', 'ना', 'न', 'fail', 'फेल'],
  ur: ['nahi', 'nahin', 'nhi', 'nai', 'ni', 'na', 'نہیں', 'نهیں', 'نہ', 'ناں', 'fail', 'فیل'],
  mr: ['नाही', 'नाहीये', 'नको', 'ना', 'नाहीत', 'नाहीय', 'नाहीयेत', 'nahi', 'nahiye', 'nahit'],
  // and in Shahmukhi (نئیں, نیں) and Latin letters (nai, nahin), as Punjabi is typed in Pakistan and the diaspora
  pa: ['ਨਹੀਂ', 'ਨਾ', 'ਨੀ', 'nahi', 'ni', 'nai', 'nahin', 'nhi', 'نئیں', 'نہیں', 'نیں', 'نہ'],
  bn: ['না', 'নেই', 'হচ্ছে না', 'নাই', 'হয়নি', 'নি'],
  ta: ['இல்லை', 'இல்ல', 'ஆகல', 'ஆகவில்லை', 'aagala', 'agala', 'pogala', 'varala', 'mudiyala'],
  te: ['లేదు', 'కాదు', 'avvatledu', 'ledu'],
  kn: ['ಇಲ್ಲ', 'ಆಗ್ತಿಲ್ಲ', 'ಆಗುತ್ತಿಲ್ಲ', 'ಆಗಲ್ಲ'],
  ml: ['ഇല്ല', 'ഇല്ലാ', 'ആകുന്നില്ല', 'ആവുന്നില്ല', 'പറ്റുന്നില്ല'],
  // and romanised ("login nathi thatu", "signal j nathi")
  gu: ['નથી', 'ના', 'nathi', 'nthi'],
  it: ['non', 'impossibile', 'niente', 'nessun', 'nessuna'],
  es: ['no', 'nada', 'imposible', 'ningun', 'ninguna', 'nadie'],
  pt: ['nao', 'não', 'nada', 'nem', 'impossivel', 'impossível', 'ninguem', 'ninguém'],
  // Not "ne": written French always adds pas, plus or rien, and alone "ne" is Hindustani's ergative ("mummy ne status lagaya").
  fr: ['pas', 'plus', 'rien', 'impossible', 'aucun', 'aucune', 'ni'],
  de: ['nicht', 'kein', 'keine', 'keinen', 'nichts'],
  nl: ['niet', 'geen'],
  pl: ['nie', 'brak'],
  tr: ['yok', 'degil', 'değil', 'olmuyor', 'hata'],
  id: ['tidak', 'tak', 'gak', 'ga', 'nggak', 'ngga', 'enggak', 'gk', 'tdk', 'belum', 'gagal'],
  ms: ['tidak', 'tak', 'x', 'gagal', 'belum'],
  tl: ['hindi', 'di', 'ayaw', 'wala', 'walang'],
  sw: ['haifanyi', 'haiwezi', 'siwezi', 'sina', 'hakuna', 'haitumi', 'haiingii', 'hazifiki', 'si'],
  vi: ['không', 'ko', 'k', 'kh', 'chẳng', 'chưa', 'khong'],
  ru: ['не', 'нет'],
  uk: ['не', 'немає', 'ні'],
  // and in Arabizi (Latin letters): Egyptian mesh/msh/mish, Gulf and Levantine mo/mu
  ar: ['لا', 'ما', 'مش', 'مو', 'ليس', 'لم', 'لن', 'مافي', 'mesh', 'msh', 'mish', 'mosh'],
  fa: ['نمی', 'نه', 'نیست', 'نمیشه', 'نمیاد'],
  ko: ['안', '못', '없어', '없음', '안됨', '안돼'],
  ja: ['ない', 'ません', 'できない', 'れない'],
  zh: ['不', '没', '沒', '無法', '无法', '不了'],
  th: ['ไม่'],
  // "μην"/"μη" negate the subjunctive; and in Greeklish (Latin letters), "den", "min"
  el: ['δεν', 'δε', 'μη', 'μην', 'den', 'min', 'mhn'],
};

/** Negative verb prefixes written into one word: Persian نمی- ("نمیفرسته", does not send). */
export const NEGATIVE_PREFIXES: Readonly<Record<string, readonly string[]>> = {
  fa: ['نمی', 'نمی\u200c'],
};

/** Negative verb endings written into one word: Turkish -mıyor/-madı/-amıyor. Matched on the normalised (folded) word. */
export const NEGATIVE_SUFFIXES: Readonly<Record<string, readonly string[]>> = {
  // Colloquial Tamil negates with -ல on the verb: ஆகல, செய்யல, வரல, ஓடல, கிடைக்கல.
  // Formal -வில்லை (வரவில்லை, போகவில்லை) and Tanglish spellings of the -ல forms (aagala, pogala,
  // seiyala, varala) and of fused 'won't' (poga matengudhu, load aaga mattudhu).
  ta: [
    'கல',
    'யல',
    'டல',
    'ரல',
    'வல',
    'க்கல',
    'வில்லை',
    'மாட்டேங்குது',
    'agala',
    'ogala',
    'iyala',
    'yyala',
    'arala',
    'kkala',
    'tengudhu',
    'tenguthu',
    'ttudhu',
    'ttuthu',
  ],
  // Colloquial Telugu negates the progressive with -ట్లేదు on the verb (రావట్లేదు, కలవట్లేదు,
  // వెళ్ళట్లేదు; Tenglish kalavatledu), written Telugu with -డం లేదు, sometimes unspaced (రావడంలేదు).
  te: ['ట్లేదు', 'డంలేదు', 'tledu'],
  // Kannada negates the progressive with -ತ್ತಿಲ್ಲ (ಆಗುತ್ತಿಲ್ಲ), spoken -ತಿಲ್ಲ (ಆಗ್ತಿಲ್ಲ, ಬರ್ತಿಲ್ಲ,
  // ಮಾಡ್ತಿಲ್ಲ), and the past with -ಲಿಲ್ಲ (ಬರಲಿಲ್ಲ). Not bare -ಲ್ಲ: "ಎಲ್ಲ" is "all".
  kn: ['ತ್ತಿಲ್ಲ', 'ತಿಲ್ಲ', 'ಲಿಲ್ಲ'],
  // Malayalam fuses ഇല്ല onto the verb: പോകുന്നില്ല, കിട്ടുന്നില്ല, spoken കിട്ടണില്ല, പറ്റില്ല.
  ml: ['ില്ല'],
  tr: [
    'miyor',
    'muyor',
    'amiyor',
    'emiyor',
    'miyorum',
    'muyorum',
    'madi',
    'medi',
    'miyo',
    'muyo',
    'mez',
    'maz',
    'yamiyorum',
    'yemiyorum',
    // we / they / you (-mıyoruz, -mıyorlar, -mıyorsun), chat forms (-mıyom), apparently not (-mamış)
    'miyoruz',
    'muyoruz',
    'miyorlar',
    'muyorlar',
    'miyorsun',
    'muyorsun',
    'miyom',
    'muyom',
    // I / we could not (-amadım, -emedik); the plain first-person past (almadım, atmadık) is a choice, not a failure
    'amadim',
    'emedim',
    'amadik',
    'emedik',
    'madilar',
    'mediler',
    'mamis',
    'memis',
    // was not / reportedly not (-mıyordu, -mıyormuş), chat spelling without the y (açılmıo), when it won't (-mayınca)
    'miyordu',
    'muyordu',
    'miyormus',
    'muyormus',
    'mio',
    'muo',
    'mayinca',
    'meyince',
    // formal 'is not being' (verilememektedir, yapılamamaktadır)
    'memektedir',
    'mamaktadir',
  ],
};

/**
 * Verbs whose plain negative is a preference, not a failure: "kullanmıyorum" (I don't use it),
 * "istemiyorum" (I don't want), "sevmiyorum" (I don't like), "bilmiyorum" (I don't know). Their
 * "cannot" forms stay failures: "kullanamıyorum" is "I can't use it". Folded stems.
 */
export const NOT_FAILURE_NEGATED_STEMS: Readonly<Record<string, readonly string[]>> = {
  tr: ['kullan', 'iste', 'sev', 'begen', 'bil', 'anla', 'dusun', 'izle'],
  // Tanglish "pidikkala" (I don't like it), "puriyala" (I don't get it), "theriyala" (I don't know)
  ta: ['pidi', 'pudi', 'puri', 'theri'],
  // Telugu "నచ్చట్లేదు" (I don't like it), "తెలియట్లేదు" (I don't know), "వాడట్లేదు" (I don't use it)
  te: ['నచ్చ', 'తెలియ', 'వాడ', 'nacha', 'nachha', 'teliya', 'vada', 'vaada'],
  // Malayalam "കുഴപ്പമില്ല" / "പ്രശ്നമില്ല" (no problem), "മനസ്സിലാകുന്നില്ല" (I don't get it), "ഇഷ്ടമില്ല" (I don't like it)
  ml: ['കുഴപ്പ', 'പ്രശ്ന', 'മനസ്സിലാ', 'മനസിലാ', 'ഇഷ്ട'],
  // Kannada "ಅರ್ಥವಾಗ್ತಿಲ್ಲ" (I don't get it), "ಗೊತ್ತಾಗ್ತಿಲ್ಲ" (I can't tell), "ಇಷ್ಟವಾಗ್ತಿಲ್ಲ" (I don't like it)
  kn: ['ಅರ್ಥ', 'ಗೊತ್ತ', 'ಇಷ್ಟ'],
};

/**
 * Beginnings of negative verbs that say nothing of a service in any form, "cannot" included:
 * Turkish "diyemiyorum" (I can't call it), "inanamıyorum" (I can't believe), "bekleyemem" (I
 * can't wait), "dayanamıyorum" (I can't stand it), "alışamadım" (I can't get used to it),
 * "uyuyamıyorum" (I can't sleep). Matched on the normalised (folded) word.
 */
export const NEVER_FAILURE_NEGATED_STEMS: Readonly<Record<string, readonly string[]>> = {
  tr: ['diyem', 'inanam', 'bekleyem', 'dayanam', 'alisam', 'alisma', 'uyuyam'],
};

/** What follows such a stem in its plain negative (-mıyor, -mez, -medi, -memiş), not its "cannot" form (-amıyor). */
export const PLAIN_NEGATIVE_AFTER_STEM: Readonly<Record<string, RegExp>> = {
  tr: /^(m[iu]yo|m[iu]o|m[ae]z|m[ae]d[iu]|m[ae]mi|m[ae]yinc)/,
  ta: /^(k?kala|yala)/,
  te: /^(ట్లేదు|డంలేదు|tledu)/,
  // whatever follows the stem: none of these is a failure in any form
  ml: /^/,
  kn: /^/,
};

/**
 * English contractions split at the apostrophe ("can't" → can, t): these stems negate only
 * when a "t" follows, or "you can now pay" would read as a failure.
 */
export const CONTRACTION_STEMS: ReadonlySet<string> = new Set([
  'can',
  'won',
  'don',
  'doesn',
  'isn',
  'didn',
  'aren',
  'wasn',
  'weren',
  'couldn',
  'wouldn',
  'hasn',
  'haven',
  'ain',
]);

/**
 * Nouns that English "no" governs in an idiom, so it negates nothing a service does: "banned
 * for no reason, live selling pa naman", "no idea why, but...". Mixed into posts of many languages.
 */
export const NO_IDIOM_NOUNS: ReadonlySet<string> = new Set([
  'reason',
  'idea',
  'clue',
  'wonder',
  'matter',
  'joke',
  'cap',
  'offense',
  // "no-show": an engineer or a guest who did not come.
  'show',
  'offence',
  'doubt',
  'worries',
  // "no thanks" declines an offer (a telco's promo text), it negates nothing a service does
  'thanks',
  'thank',
  'thx',
]);

/**
 * Negators that a preposition before them turns into an idiom negating nothing: French "pour
 * rien" (in vain: "j'ai redémarré la box pour rien"), "de rien" (you're welcome), Spanish and
 * Portuguese "por nada", "de nada". Keyed by the negator, with the words that make the idiom.
 */
export const IDIOM_BEFORE_NEGATOR: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['rien', new Set(['pour', 'de'])],
  ['nada', new Set(['por', 'de'])],
]);

/** Copulas after which a negator denies what a thing is, not what a service does ("no es tu wifi"). */
const COPULAS: ReadonlySet<string> = new Set(['es', 'era', 'e', 'est', 'etait', 'is', 'was']);
/** Determiners and possessives that make the copula's complement a thing ("tu", "el", "il", "your"). */
const DETERMINERS: ReadonlySet<string> = new Set([
  ...['tu', 'mi', 'su', 'el', 'la', 'lo', 'o', 'a', 'il', 'ton', 'mon', 'le', 'ta', 'ma', 'teu', 'meu', 'tua', 'minha', 'seu', 'sua'],
  ...['your', 'my', 'the', 'tuo', 'mio', 'mia'],
]);

/**
 * Whether the negator at `at` is the end of such an idiom ("pour rien"), or denies what a
 * thing is ("¿seguro que no es tu wifi?", "não é o wifi", "non è il tuo router"): neither
 * negates an action beside it.
 */
export function negatorInIdiom(words: readonly string[], at: number): boolean {
  if (COPULAS.has(words[at + 1] as string) && DETERMINERS.has(words[at + 2] as string)) return true;
  return IDIOM_BEFORE_NEGATOR.get(words[at] as string)?.has(words[at - 1] as string) ?? false;
}

/**
 * Plain negation words that deny an outage word right after them ("it's not down", "no está
 * caído", "non è giù", "n'est pas en panne"), by language. Not NEGATORS: those hold failure
 * words too ("failed", "keeps", "gagal"), and "keeps crashing" is a claim. Only languages that
 * negate before the predicate; English joins where posts mix it in.
 */
export const DENIAL_NEGATORS: Readonly<Record<string, readonly string[]>> = {
  en: ['not', 'never', 'nothing', 'no', 'isnt', 'wasnt', 'aint', 'arent'],
  es: ['no', 'nunca'],
  pt: ['não', 'nao', 'nunca'],
  it: ['non', 'mai'],
  // Not "rien": "j'ai rien bloqué" denies what the author did.
  fr: ['pas', 'jamais', 'plus'],
  de: ['nicht', 'nie', 'kein', 'keine'],
  nl: ['niet', 'geen', 'nooit'],
  id: ['tidak', 'tak', 'gak', 'ga', 'nggak', 'ngga', 'enggak', 'bukan'],
  ms: ['tidak', 'tak', 'bukan'],
  tl: ['hindi'],
};

/** English contraction stems that deny with their "t" ("isn't down", "wasn't broken"). */
export const DENIAL_CONTRACTION_STEMS: ReadonlySet<string> = new Set(['isn', 'wasn', 'aren', 'weren', 'ain']);

/**
 * Copulas, auxiliaries and clitics that may stand between a denial and the outage word ("no
 * está caído", "non è giù", "não tá fora do ar", "nothing's broken", "no se ha caído").
 */
export const DENIAL_LINKS: ReadonlySet<string> = new Set([
  'is',
  'was',
  'are',
  'be',
  'been',
  's',
  'esta',
  'estan',
  'es',
  'se',
  'ha',
  'han',
  'e',
  // Not "sono": "non sono offline" is the author, not the app.
  'era',
  'stato',
  'ta',
  'foi',
  'ist',
  'war',
  'sind',
  'est',
  'sont',
  'lagi',
  'sedang',
]);

/** Outage words a negation before them does not deny: Portuguese "o pix não tá caindo" is a payment that does not arrive. */
export const NOT_DENIED: Readonly<Record<string, readonly string[]>> = { pt: ['caindo'] };

/** First-person copulas before a denial: "I'm not offline" is the author's connection, which works. */
export const FIRST_PERSON_BEFORE_DENIAL: ReadonlySet<string> = new Set(['m', 'am', 'im']);
