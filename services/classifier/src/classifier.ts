/**
 * The outage-complaint classifier: one post in, one Classification out. Pure: no I/O, no
 * clock; everything it knows is compiled once by `createClassifier` from the hand-written
 * lexicons, catalogue and gazetteer.
 *
 * A post is a complaint when it says something is failing now — outage words, error
 * strings, outage hashtags, "is it down?", a negator beside what a service does — and that
 * claim is not outweighed by what says otherwise (other senses of the words, news, hearsay,
 * "it's back", "works for me"). A claim inside a longer cue of the opposite polarity yields
 * to it ("down" inside "feeling down"); overlapping claims count once; a claim beside a name
 * counts more. Services are the names a claim is about, ambiguous names only with context
 * and in their market; the country comes from the geotag, the profile, a place the post
 * names, or a weak hint, in that order.
 *
 * The rules it applies are free functions of a post's words, cues and names in `rules/`, one
 * module per kind of rule (see the README); this file keeps the pipeline that applies them, and
 * the constants only it uses.
 */
import { isMentioned, ServiceCatalogue, TAMIL_VIRAMA, type ServiceMention } from './catalogue/catalogue.js';
import { SERVICES } from './catalogue/services-data.js';
import { isUnlisted, UNLISTED_SERVICES } from './catalogue/unlisted-services.js';
import type { ServiceEntry } from './catalogue/types.js';
import { allCountries } from './country/countries-data.js';
import { Gazetteer } from './country/gazetteer.js';
import { allPlaces } from './country/places-data.js';
import type { CountryNames, Place } from './country/types.js';
import { LanguageIdentifier, type LanguageFallback, type LanguageGuess } from './language.js';
import { francFallback } from './language-fallback.js';
import { compileCues, type CompiledCues, type Cue } from './lexicon/cues.js';
import { Vocabulary } from './lexicon/vocabulary.js';
import { LEXICONS } from './lexicon/languages/index.js';
import { INDIAN_NAMES } from './lexicon/languages/hinglish.js';
import { PAKISTANI_NAMES } from './lexicon/languages/roman-urdu.js';
import {
  CONTRACTION_STEMS,
  NEGATIVE_PREFIXES,
  NEGATIVE_SUFFIXES,
  NEGATORS,
  NO_IDIOM_NOUNS,
  negatorInIdiom,
  NEVER_FAILURE_NEGATED_STEMS,
  NOT_FAILURE_NEGATED_STEMS,
  PLAIN_NEGATIVE_AFTER_STEM,
} from './lexicon/negation.js';
import type { ComplaintLexicon, Symptom } from './lexicon/types.js';
import { normalise, normaliseVariants } from './text/normalise.js';
import { offersADeal } from './adverts.js';
import { durationEnd } from './lexicon/durations.js';
import { scriptProfile, type Script } from './text/script.js';
import { tokenize, type Token } from './text/tokens.js';
import { ComplaintModel, OVERRULE_COMPLAINT_BELOW, OVERRULE_NOT_ABOVE } from './model/complaint-model.js';
import { COMPLAINT_MODEL_DATA } from './model/complaint-model-data.js';
import { BUT_WORDS, foldedSet } from './rules/words.js';
import { isUnspacedPosition, unspacedPosition } from './rules/unspaced.js';
import {
  claimsFailure,
  counterSaysItWorks,
  dropEverydayWords,
  gap,
  insertByStart,
  insideOtherSymptom,
  isCounterCue,
  type Located,
  longestCueWins,
  polarity,
  type Polarity,
  saysItWorks,
} from './rules/claims.js';
import { CLAUSE_OPENERS, sameClause, tokenOffsets, withinSentences } from './rules/sentences.js';
import {
  denyNegatedOutages,
  ENGLISH_MIXING,
  isAction,
  isNegativeVerb,
  negatedActionCue,
  NEGATION_WINDOW,
  negatorOutsideCounters,
  type Negators,
  NO_NEGATORS,
  reachEnd,
  reachStart,
  SOUTH_ASIAN,
} from './rules/negated-cues.js';
import {
  dropClaimsQuotedByAskers,
  dropFallsByPercentage,
  dropHypotheticalClaims,
  dropClaimsBeforeConditionals,
  dropEveryoneRunsToAsk,
  dropMarketFalls,
  dropReportedClaims,
  readDatedOutages,
  readYesterdaysFailures,
} from './rules/reported.js';
import { asked, askedWords, bareNameQuestion, readAskedRecoveries, takeBackAnsweredNo } from './rules/questions.js';
import {
  addAffirmedAfterContrast,
  addDittoFailures,
  addEllipticFailures,
  addNeitherNorFailures,
  addFineAfterNames,
  addSameDeviceComparisons,
  butPartFails,
  claimedBefore,
  dropContrastsBeforeNames,
  onlySaidToWork,
  predicateOf,
  restOf,
  saidToWork,
  sayWorksOfTheNameAfter,
  bindWorksToTheirOwnSubject,
  addExceptedFailures,
  unspacedPredicateOf,
  withoutUnspacedWorking,
  saidToWorkAfterUnspacedClaim,
} from './rules/said-to-work.js';
import {
  dropCountersInsideSuspicions,
  dropCountersOfAnotherDevice,
  dropCountersOfAnotherPart,
  dropCountersOfEverythingElse,
  dropCountersOfOthers,
  dropRecoveriesButAPart,
  dropRecoveriesReported,
  saidOfEverythingElse,
} from './rules/recoveries.js';
import {
  anotherNamesStore,
  caseEndingAfterApostrophe,
  dropWordsNotNames,
  isAnothersNoun,
  placeWordNamesByCharacters,
  unspacedProximity,
  type UnspacedProximity,
} from './rules/names.js';
import { NAMED_LIKE_THE_NETWORK, withoutRuledOut, withRevelations } from './rules/suspects.js';
import {
  askedAsCause,
  attributedTo,
  type Attribution,
  ATTRIBUTION_WINDOW,
  carriesTheClaimOn,
  claimAfterLocative,
  claimEndsItsClause,
  claimWins,
  isTopicLabel,
  LIST_GAP,
  listedWithTaggedDown,
  listSpan,
  namedApart,
  namedAsAlternative,
  sameSpan,
  taggedDown,
  withFamily,
  withoutAddressedMaker,
  withoutClosingTags,
  withoutAlternatives,
  withoutParentBrand,
  withQuantifier,
} from './rules/attribution.js';
import {
  blamesTheBanksServer,
  checkedAsSuspect,
  dataOfBefore,
  failsAfter,
  fillersBetween,
  fineOnWifi,
  firstNetworkClaimEnd,
  inTriedList,
  isAppsOwn,
  MOBILE_DATA_WORDS,
  ONLY_WORDS,
  providesTheWifi,
  listedWithAlso,
  saidToFailEven,
  nothingAfter,
  sameOnAnotherConnection,
  WIFI_WORDS,
  withoutAppsTriedWithOneAccount,
  withoutBanksTriedAsAccounts,
  withoutDependents,
} from './rules/networks.js';
import {
  addQuotedErrors,
  addUnnamedQuotedErrors,
  isComplaint,
  addressesSupport,
  modelConfidence,
  nameAndDistressOnly,
  namesMasked,
  namesTheApp,
  QUOTED_ERROR,
  QUOTED_ERROR_WINDOW,
  readMassSuspensions,
} from './rules/complaint.js';
import {
  capitalisedWords,
  LANGUAGE_COUNTRY,
  languageMarket,
  LOCATIVES,
  mayNameNoPlace,
  romanisedHindustani,
  withoutWordsNamingNoPlace,
  writtenIn,
} from './rules/places.js';

/** The input fields of a post (shared/spec/labelled-posts.md); other fields are ignored. */
export interface PostInput {
  id: string;
  text: string;
  lang?: string | null;
  author_location?: string | null;
  geo_country?: string | null;
  platform?: string | null;
}

export type CountrySource = 'geo' | 'profile' | 'hint' | 'none';

export interface Classification {
  id: string;
  complaint: boolean;
  /** Catalogue ids the complaint is about, in order of first mention; empty when not a complaint. */
  services: string[];
  /** ISO 639-1, or 'und'. */
  language: string;
  /** ISO 3166-1 alpha-2, or null. */
  country: string | null;
  countrySource: CountrySource;
  symptom: Symptom | 'unspecified';
  /** Confidence in the complaint decision, in [0, 1]. */
  confidence: number;
}

export interface ClassifierData {
  lexicons: readonly ComplaintLexicon[];
  services: readonly ServiceEntry[];
  countries: readonly CountryNames[];
  places: readonly Place[];
}

export interface ClassifierOptions {
  /** Second opinion on language for posts the lexicons cannot place (default: franc-min). */
  languageFallback?: LanguageFallback;
  /** Replace the built-in data (tests). */
  data?: Partial<ClassifierData>;
  /** The complaint model that may overrule the rules (default: the trained one; null: the rules alone). */
  complaintModel?: ComplaintModel | null;
}

/** A post as `Classifier.read` leaves it for the rest of its reading. */
interface ReadPost {
  normalised: string;
  tokens: Token[];
  words: string[];
  ids: number[];
  script: Script | undefined;
  unspaced: boolean;
  place: { country: string; source: CountrySource } | undefined;
  language: LanguageGuess;
}

/** Profile locations whose country is remembered (about 100 bytes each). */
const LOCATION_MEMO_SIZE = 50_000;
/** Tokens either side of an ambiguous name within which an outage cue gives it context. */
const CONTEXT_WINDOW = 3;
/** The same, for a national service's ambiguous name in the author's own market. */
const MARKET_CONTEXT_WINDOW = 6;
/** Hindi and Urdu "on" after a name, as posts write them (normalised): "prime pe", "سگنل پر". */
const LOCATIVE_POSTPOSITIONS: ReadonlySet<string> = new Set(['pe', 'par', 'pr', 'पे', 'पर', 'پر', normalise('پہ'), normalise('پے')]);

/** The claim a negated recovery phrase makes ("non funziona di nuovo"). */
const NEGATED_RECOVERY: Cue = { kind: 'outage', lexicon: -1 };

/** Characters from a telco's name to the failure said of it in unspaced text ("ドコモが障害", "ドコモ 障害"). */
const UNSPACED_CLAIM_REACH = 2;

/** Kinds of app that stop when a phone's data does: named after a failing telco, they are its consequence. */
const NEEDS_THE_NETWORK: ReadonlySet<string> = new Set(['messaging', 'social', 'search', 'video', 'music']);

/**
 * Languages whose negator may follow what it negates and then open the next clause ("Vodafone'da
 * çekim yok, ne arama ne internet"; "nahi, calls bhi nahi"): the clause check below is not for them.
 */
const NEGATOR_AFTER_VERB: ReadonlySet<string> = new Set(['tr', 'ko', 'ja', ...SOUTH_ASIAN, 'de', 'nl', 'fa']);
/** Languages whose negator closes the clause of the verb it negates, words after it. */
const CLAUSE_FINAL_NEGATION: ReadonlySet<string> = new Set(['de', 'nl']);
/** Tokens from a verb to the clause-final negator that negates it. */
const CLAUSE_FINAL_REACH = 8;

const NO_CUES: readonly Located<Cue>[] = [];

/** The networks games are played over: a game that fails after one is named failing fails because of it. */
const CONSOLE_NETWORKS: ReadonlySet<string> = new Set(['xbox-live', 'playstation-network']);

/** Words that make a "works" phrase about everything ("tutto ok", "all good", "todo bien"), not one thing. */
const EVERYTHING_WORDS: ReadonlySet<string> = new Set([
  'all',
  'everything',
  'tutto',
  'tutti',
  'todo',
  'todos',
  'tudo',
  'tout',
  'alles',
  'hepsi',
  'her',
  'semua',
  'sab',
  'sabh',
  'sb',
]);

/** Languages whose statements end in a question mark with a softening particle ("잘 되는데요?", "普通に使えるけど?"). */
const RHETORICAL_QUESTION_LANGUAGES: ReadonlySet<string> = new Set(['ko', 'ja', 'zh', 'th']);
/** A "works" phrase asked of a name: a question whether it is down. */
const ASKED_WORKING: Cue = { kind: 'question', lexicon: -1 };

/** "On" before a network: "on EE", "no 4G da Vivo", "pe Jio", "con Movistar", "sur Orange", "auf O2". */
const TRIED_ON_WORDS: ReadonlySet<string> = new Set([
  'on',
  'over',
  'via',
  'no',
  'na',
  'pe',
  'par',
  'con',
  'col',
  'coi',
  'pake',
  'pakai',
  'sur',
  'su',
  'auf',
  'im',
  'tried',
]);

/** Payment networks, not apps: a bank's failure does not make them a messenger. */
const PAYMENT_NETWORKS: ReadonlySet<string> = new Set(['upi', 'pix']);

/** "On" written after the network's name, in Hindi and Urdu ("پی ٹی سی ایل پر بھی", "जियो पर भी"). */
const TRIED_ON_AFTER: ReadonlySet<string> = foldedSet(['پر', 'پہ', 'पर', 'पे', 'pe', 'par']);

/** Tokens before a telco's name within which its "on" stands ("no 4G da Vivo"). */
const TRIED_ON_REACH = 3;

/** Words around an app's name within which a failure makes it one of the failing apps. */
const FAILING_APP_REACH = 5;

/** "Nothing" as in "nothing opens", which blames the network rather than one app. */
const NOTHING_WORKS: ReadonlySet<string> = new Set([
  'nada',
  'nothing',
  'kuch',
  'kuchh',
  'kichu',
  'kichui',
  'kisui',
  'niente',
  'nulla',
  'nichts',
  'hicbir',
  'rien',
]);

/** Languages that put the subject after the verb in a question ("sono giù WhatsApp?", "¿están caídos WhatsApp e Instagram?"). */
const SUBJECT_AFTER_VERB: ReadonlySet<string> = new Set(['it', 'es', 'pt']);
/**
 * Languages whose verb ends the clause, so that a name's claim may stand several words after it
 * ("Teams pe meeting join nahi ho rahi aur Outlook bhi ..."). Japanese is left out: its cues are
 * counted in characters.
 */
const VERB_FINAL: ReadonlySet<string> = new Set(['hi', 'ur', 'bn', 'mr', 'ta', 'te', 'kn', 'ml', 'gu', 'pa', 'ne', 'si', 'tr', 'ko', 'fa']);
/** Words between a name and the claim that ends its clause in a verb-final language. */
const VERB_FINAL_REACH = 6;
/**
 * Postpositions and case endings of place ("on", "in", "from") after a name: "Teams pe meeting
 * ...", "FB'de akış ...", "Insta-la ...". Only a name that has one takes the claim ending its
 * clause: "jio down hone ki wajah se swiggy order ka OTP hi nahi aaya" does not make Swiggy fail.
 */
const WHERE_AFTER_NAME: ReadonlySet<string> = new Set([
  ...LOCATIVE_POSTPOSITIONS,
  ...[
    ...['me', 'mein', 'mai', 'main', 'mei', 'में', 'میں', 'se', 'से', 'سے'],
    ...['e', 'te', 'এ', 'তে', 'lo', 'లో', 'la', 'ல', 'var', 'वर', 'madhe', 'मध्ये'],
    ...['de', 'da', 'ta', 'dan', 'den', 'tan', 'ten'],
  ].map((word) => normalise(word)),
]);
/** Longest case ending or postposition read off a place's name in an Indic script (मध्ये). */
const MAX_PLACE_ENDING = 5;
/** The oblique of a Tamil noun in -ம் (மரம் → மரத்தில், மரத்துல): its case endings start with த்த். */
const TAMIL_OBLIQUE_M = 'த்த';
const TAMIL_M = 'ம்';
/**
 * Prefixes Arabic writes onto a place's name, longest first, and what the name starts with
 * without them: بالـ "in the", وبالـ "and in the", للـ "to the" (its alef dropped), بـ "in",
 * لـ "to", وـ "and", فـ "in" (Maghrebi). Only big places and countries, as for Indic endings.
 */
const ARABIC_PLACE_PREFIXES: readonly (readonly [string, string])[] = [
  ['وبال', 'ال'],
  ['فال', 'ال'],
  ['بال', 'ال'],
  ['وال', 'ال'],
  ['لل', 'ال'],
  ['وب', ''],
  ['ب', ''],
  ['ل', ''],
  ['و', ''],
  ['ف', ''],
];
/** Places scanned in post text must be at least this big: small towns' names are too often words. */
const MIN_TEXT_PLACE_RANK = 500_000;
/**
 * Smaller places (a city of 100 000, the gazetteer's floor: Eldoret, Noida, Manchester's
 * GeoNames count) count in post text only where they are read as a place: written with a
 * capital, after a locative preposition, directly or across an address ("in Sector 62 Noida").
 */
const MIN_TEXT_SMALL_PLACE_RANK = 100_000;

/** Longest place name read after a locative ("in New South Wales"). */
const MAX_PLACE_WORDS = 3;
/** Words of an address between the preposition and the place: "in Sector 62 Noida", "at Phase 2 Mohali". */
const MAX_ADDRESS_WORDS = 3;
/** Nouns after a smaller place's name that make it a landmark's name ("Victoria station"), found in many countries. */
const LANDMARK_NOUNS: ReadonlySet<string> = new Set([
  'station',
  'stn',
  'street',
  'st',
  'road',
  'rd',
  'avenue',
  'ave',
  'lane',
  'park',
  'square',
  'sq',
  'mall',
  'airport',
  'hospital',
  'university',
  'college',
  'school',
  'bridge',
  'beach',
  'market',
  'centre',
  'center',
  'stadium',
  'hotel',
  'terminal',
  'metro',
]);
/** Where romanised Hindi and Urdu are told apart by place. */
const HINDUSTANI_COUNTRIES: ReadonlySet<string> = new Set(['IN', 'PK']);
/** Media before messages: "photos not sending" is about the photos. */
const SYMPTOM_ORDER: Symptom[] = ['media', 'messages', 'login', 'calls', 'payments', 'feed', 'connectivity', 'website', 'other'];

/**
 * Countries that write a language of several countries, for a name two national services share
 * when the author's place is unknown: "Vodafone caída" is Spain's Vodafone, not India's Vi.
 */
const LANGUAGE_MARKETS: Record<string, readonly string[]> = {
  es: ['ES', 'MX', 'AR', 'CO', 'CL', 'PE', 'VE', 'EC', 'UY', 'US'],
  pt: ['BR', 'PT', 'AO', 'MZ'],
  de: ['DE', 'AT', 'CH'],
  fr: ['FR', 'BE', 'CH', 'CA', 'MA', 'DZ', 'TN'],
  ar: ['EG', 'SA', 'AE', 'KW', 'QA', 'BH', 'OM', 'JO', 'LB', 'SY', 'IQ', 'MA', 'DZ', 'TN', 'LY', 'SD', 'YE', 'PS'],
  ru: ['RU', 'BY', 'KZ'],
};

export class Classifier {
  private readonly cues: CompiledCues;
  private readonly catalogue: ServiceCatalogue;
  private readonly gazetteer: Gazetteer;
  private readonly languages: LanguageIdentifier;
  private readonly vocabulary: Vocabulary;
  private readonly complaintModel: ComplaintModel | null;
  /** Negators by language (the post's own and, where posts mix it in, English), built once. */
  private readonly negators = new Map<string, Negators>();
  /** Ids of "can", "don", "isn"... before a "t" ("can't" is two tokens). */
  private readonly contractionStems: ReadonlySet<number>;
  private readonly apostropheT: number;
  private readonly locationMemo = new Map<string, string | null>();
  /** Per language, the normalised words its lexicon says are never names there (`notNames`). */
  private readonly notNames = new Map<string, ReadonlySet<string>>();
  /**
   * Per language, the everyday words among `notNames` whose diacritics folding removes, as
   * written ("über" for "uber"): a post that has the folded word but never the written one
   * spells the name ("Uber geht nicht"), not the word.
   */
  private readonly notNamesAsWritten = new Map<string, Map<string, string>>();
  /**
   * Per language, the two-word everyday phrases among `notNames` ("na wa", Nigerian Pidgin's
   * "wow"): by the phrase's last word (the name), the words it is not a name after.
   */
  private readonly notNamesAfter = new Map<string, Map<string, Set<string>>>();
  /** Category tests by service id, made once rather than as closures on every post. */
  private readonly isBank = (id: string): boolean => this.catalogue.categoryOf(id) === 'bank';
  private readonly isPayments = (id: string): boolean => this.catalogue.categoryOf(id) === 'payments';
  private readonly isTelco = (id: string): boolean => this.catalogue.categoryOf(id) === 'telecom';
  /** Per language, the normalised words its lexicon says are never cues there (`notCues`). */
  private readonly notCues = new Map<string, ReadonlySet<string>>();
  /** Per language, the ambiguous names that are plain names there (`names`: "pix" in Portuguese). */
  private readonly plainNames = new Map<string, ReadonlySet<string>>();
  /** Per language, the word ids of its conditionals (`conditionals`: "if", "se", "agar"). */
  private readonly conditionals = new Map<string, Set<number>>();
  /** Every lexicon's `conditionalsAfter` ("aithe", "হলে"), folded: read whatever the post's language. */
  private readonly conditionalsAfter: ReadonlySet<string>;
  /** Scratch for sorting a post's cues (classify is not re-entrant); emptied after each use. */
  private readonly sortScratch: Located<Cue>[] = [];
  /**
   * One-word names of Pakistan, India and their big places (and their demonyms), by word id:
   * the country each names, or '' for a name both have (Hyderabad). Romanised Hindi and Urdu
   * are told apart by these without the gazetteer's full text scan, which costs a tenth of
   * the classifier's time on a stream of Hinglish.
   */
  private readonly hindustaniPlaceWords = new Map<number, string>();

  constructor(data: ClassifierData, options: ClassifierOptions = {}) {
    const vocabulary = new Vocabulary();
    this.vocabulary = vocabulary;
    this.complaintModel = options.complaintModel === undefined ? ComplaintModel.decode(COMPLAINT_MODEL_DATA) : options.complaintModel;
    this.cues = compileCues(data.lexicons, vocabulary);
    this.catalogue = new ServiceCatalogue(data.services, this.cues.outageHashtags, vocabulary);
    // The gazetteer keeps its own (large) vocabulary: posts are looked up in it only when placed.
    this.gazetteer = new Gazetteer(data.countries, data.places);
    this.languages = new LanguageIdentifier(this.cues, vocabulary, options.languageFallback ?? francFallback);
    this.internHindustaniPlaceWords(data);
    this.conditionalsAfter = foldedSet(data.lexicons.flatMap((lexicon) => lexicon.conditionalsAfter ?? []));
    for (const language of new Set([
      ...Object.keys(NEGATORS),
      ...Object.keys(NEGATIVE_SUFFIXES),
      ...Object.keys(NEGATIVE_PREFIXES),
      ...ENGLISH_MIXING,
    ])) {
      this.negators.set(language, this.compileNegators(language));
    }
    for (const lexicon of data.lexicons) {
      // Lexicons that share a language (Hindi and Hinglish) pool their words.
      const notNames = (lexicon.notNames ?? []).map((w) => normalise(w).trim());
      const words = new Set([...(this.notNames.get(lexicon.language) ?? []), ...notNames.filter((w) => !w.includes(' '))]);
      if (words.size > 0) this.notNames.set(lexicon.language, words);
      for (const phrase of notNames.filter((w) => w.includes(' '))) this.addNotNameAfter(lexicon.language, phrase);
      for (const written of lexicon.notNames ?? []) {
        const folded = normalise(written).trim();
        if (folded === written.toLowerCase()) continue;
        const forms = this.notNamesAsWritten.get(lexicon.language) ?? new Map<string, string>();
        this.notNamesAsWritten.set(lexicon.language, forms.set(folded, written.toLowerCase()));
      }
      const notCues = new Set([...(this.notCues.get(lexicon.language) ?? []), ...(lexicon.notCues ?? []).map((w) => normalise(w).trim())]);
      if (notCues.size > 0) this.notCues.set(lexicon.language, notCues);
      const names = new Set([...(this.plainNames.get(lexicon.language) ?? []), ...(lexicon.names ?? []).map((w) => normalise(w).trim())]);
      if (names.size > 0) this.plainNames.set(lexicon.language, names);
      for (const word of lexicon.conditionals ?? []) {
        const ids = this.conditionals.get(lexicon.language) ?? new Set<number>();
        ids.add(vocabulary.intern(normalise(word).trim()));
        this.conditionals.set(lexicon.language, ids);
      }
    }
    this.contractionStems = new Set([...CONTRACTION_STEMS].map((stem) => vocabulary.intern(stem)));
    this.apostropheT = vocabulary.intern('t');
    // Ballots intern marker words: build them now, while the vocabulary may still grow.
    this.languages.prepare();
  }

  classify(post: PostInput): Classification {
    const read = this.read(post);
    const { normalised, tokens, words, ids, script, unspaced } = read;
    let { place, language } = read;
    // Names are looked up for every post: a negative verb beside a name ("YouTube videoları
    // oynatmıyor") is a claim that no other cue announces.
    const mentions = this.namesIn(post, read);
    if (place?.source === 'profile' && mentions.length > 0)
      place = this.placeServedByNamed(post.author_location as string, place, mentions);
    // The complaint model first: where it is nearly sure a post is no complaint, it would overrule
    // the rules' complaint anyway, so they are not run (a third of posts like the dev set's).
    const modelProbability = this.complaintModel?.probability(namesMasked(words, tokens, mentions));
    if (modelProbability !== undefined && modelProbability < OVERRULE_COMPLAINT_BELOW) {
      return this.noComplaint(post, read, place, mentions, modelProbability);
    }
    const cues = this.findCues(ids, words, normalised, unspaced);
    const notCues = this.notCues.get(language.language);
    if (notCues) dropEverydayWords(cues, words, notCues);
    dropCountersInsideSuspicions(cues);
    if (SUBJECT_AFTER_VERB.has(language.language)) this.claimsBeforeNames(cues, mentions, words);
    const bareQuestion = bareNameQuestion(words, mentions, normalised);
    if (bareQuestion) cues.push(bareQuestion);
    addFineAfterNames(cues, mentions, words, normalised);
    addEllipticFailures(cues, mentions, words, normalised);
    addDittoFailures(cues, mentions, words, normalised);
    addNeitherNorFailures(cues, mentions, words);
    addSameDeviceComparisons(cues, mentions, words, normalised);
    const negated = this.negatedAction(words, ids, normalised, cues, mentions, language.language, unspaced);
    if (negated) cues.push(negated);
    addExceptedFailures(cues, mentions, words);
    dropContrastsBeforeNames(cues, mentions, words, normalised);
    if (language.language === 'tl' && mentions.length > 1) sayWorksOfTheNameAfter(cues, mentions, words, normalised);
    bindWorksToTheirOwnSubject(cues, mentions, words, normalised);
    addAffirmedAfterContrast(cues, mentions, words, normalised);
    this.negateRecoveries(cues, ids, mentions, language.language, words, normalised);
    this.dropNegatedWorking(cues, ids, mentions, language.language, words, normalised);
    denyNegatedOutages(cues, mentions, words, normalised, language.language);
    dropReportedClaims(cues, words);
    dropHypotheticalClaims(cues, mentions, words, ids, this.conditionals.get(language.language), normalised);
    dropClaimsBeforeConditionals(cues, mentions, words, this.conditionalsAfter);
    dropEveryoneRunsToAsk(cues, mentions, words, normalised);
    readDatedOutages(cues, mentions, words);
    readYesterdaysFailures(cues, words);
    if (language.language === 'tr') dropClaimsQuotedByAskers(cues, words, normalised);
    dropFallsByPercentage(cues, words, normalised);
    dropMarketFalls(cues, mentions, words);
    takeBackAnsweredNo(cues, words, normalised);
    readAskedRecoveries(cues, mentions, words, normalised);
    readMassSuspensions(cues, words);
    // Scanned at most once: for the market here, or for the country below.
    let scanned: { country: string; source: CountrySource } | null | undefined;
    const namedPlace = () =>
      (scanned === undefined ? (scanned = this.placeNamedIn(words, post.text, mentions) ?? null) : scanned) ?? undefined;
    language = this.languageOf(read, place, mentions);
    const outageTags = this.outageTagCount(tokens);
    // The author's market decides ambiguous and shared names: their place, else a place the post names.
    // Only names whose service depends on the market need it (the text scan costs).
    const needsMarket = mentions.some((m) => m.ambiguous || this.catalogue.marketsOf(m.service) !== 'global');
    const textPlace = place === undefined && needsMarket ? namedPlace() : undefined;
    const market = place?.country ?? textPlace?.country ?? languageMarket(language.language, script);
    const beside = unspaced && mentions.some((m) => m.ambiguous) ? unspacedProximity(words, normalised) : undefined;
    const stated = withRevelations(cues, mentions, words, normalised);
    const inMarket = market === undefined ? this.inMarketsOfLanguage(stated, language.language) : stated;
    const triedAsAccounts = withoutAppsTriedWithOneAccount(
      withoutBanksTriedAsAccounts(
        this.withoutNetworksTriedOn(
          withoutRuledOut(this.withoutNetworkConsequences(inMarket, cues, words, normalised), cues, words, normalised),
          words,
        ),
        words,
        this.isBank,
        this.isPayments,
      ),
      cues,
      words,
      this.isBank,
      this.isPayments,
    );
    const named = this.withoutAskedSuspects(triedAsAccounts, cues, words, normalised, language.language);
    let attribution = this.servicesOf(named, cues, market, words, normalised, language.language, beside);
    let services = failingOf(attribution, mentions, cues, words, normalised, tokens);
    if (unspaced) services = withListMates(services, inMarket, normalised, attribution.saidToWork);
    const isTelco = this.isTelco;
    const wifi = services.length > 0 ? fineOnWifi(words, cues, inMarket, isTelco) : -1;
    // The mobile network the apps fail on, even one named as where they were tried ("TikTok ga bisa dibuka pake
    // Telkomsel"); not the one whose Wi-Fi works ("evdeki Türk Telekom wifi'ye geçince düzeliyor").
    if (wifi >= 0) {
      // Not an ambiguous name of another market taken for no service ("e" in Italian is no e&).
      const plausible = (m: ServiceMention) => !m.ambiguous || services.includes(m.service) || this.marketFit(m.service, market) > 0;
      const telcos = inMarket.filter((m) => isTelco(m.service) && plausible(m) && !providesTheWifi(m.service, wifi, inMarket));
      // One name, several telcos (Vodafone in India is Vi): the author's market decides.
      const fits = (m: ServiceMention) =>
        !telcos.some(
          (r) =>
            r !== m &&
            r.start === m.start &&
            r.charStart === m.charStart &&
            this.marketFit(r.service, market) > this.marketFit(m.service, market),
        );
      services = [...new Set(telcos.filter(fits).map((m) => m.service))];
    }
    // Where apps fail beside a telco, the telco is cleared when another app is said to work on it ("youtube toh chal
    // raha hai") or the apps fail on another connection too ("wifi pe bhi same"): the apps fail, not the network.
    const appsAndTelcos = wifi < 0 && services.length > 1 && services.some(isTelco) && !services.every(isTelco);
    if (appsAndTelcos && (attribution.saidToWork.some((id) => !isTelco(id)) || sameOnAnotherConnection(words, normalised, cues))) {
      services = services.filter((id) => !isTelco(id));
    }
    // Claims beside a name count more only for names taken as services ("e" in Italian is not e&).
    let evidence = this.weigh(cues, mentions, services, attribution.saidToWork, outageTags, words);
    const supportAddressed = addressesSupport(tokens);
    let complaint = isComplaint(evidence, services, cues, words, supportAddressed);
    // A quoted error message or error code is one more claim: looked for only where one more
    // claim can change the outcome (no complaint yet, or several or ambiguous names to attribute).
    const quotesMayMatter = mentions.length > 1 || (mentions.length === 1 && (!complaint || (mentions[0] as ServiceMention).ambiguous));
    if (quotesMayMatter && addQuotedErrors(cues, mentions, normalised, post.text)) {
      dropReportedClaims(cues, words);
      attribution = this.servicesOf(named, cues, market, words, normalised, language.language, beside);
      services = failingOf(attribution, mentions, cues, words, normalised, tokens);
      evidence = this.weigh(cues, mentions, services, attribution.saidToWork, outageTags, words);
      complaint = isComplaint(evidence, services, cues, words, supportAddressed);
    }
    // Naming no catalogue service, a quoted error message is still one more claim where one more
    // can make the complaint ("Alexa down?? every command gets 'Sorry, I'm having trouble right now'").
    if (!complaint && mentions.length === 0 && evidence.positive >= 1 && addUnnamedQuotedErrors(cues, normalised)) {
      evidence = this.weigh(cues, mentions, services, attribution.saidToWork, outageTags, words);
      complaint = isComplaint(evidence, services, cues, words, supportAddressed);
    }
    // An advert riding the outage ("WhatsApp down? 20% off on our website") asks, but sells.
    const advert = complaint && offersADeal(words, post.text);
    if (advert) complaint = false;
    // A name and distress alone ("😭😭 whatsapp 😭😭", "WhatsApp'ım 💀💀"): posted when it fails.
    if (!complaint && nameAndDistressOnly(words, mentions, post.text)) {
      complaint = true;
      services = [(mentions[0] as ServiceMention).service];
    }
    // The complaint model overrules the rules where it is nearly sure they are wrong (model/complaint-model.ts).
    // Not into a complaint where the post sells (the model reads the outage words, not the offer).
    let overruled = this.overruled(complaint, modelProbability);
    if (overruled !== undefined && !complaint && (advert || offersADeal(words, post.text))) overruled = undefined;
    if (overruled !== undefined) complaint = !complaint;
    // A complaint that names no service may still name one by a feature only it has; a name
    // not taken as a service names none ("e" in Italian is no e&), nor one said to work ("msgs
    // stuck on single tick ... insta working fine").
    if (complaint && services.length === 0 && mentions.every((m) => m.ambiguous || attribution.saidToWork.includes(m.service)))
      services = this.catalogue.serviceOfFeatures(ids);
    // A complaint that names one app, no claim beside it, is about that app: mostly short or
    // ambiguous names left without context ("fb app just shows grey boxes where the posts
    // should be", "wa gaya?").
    if (complaint && services.length === 0) services = this.soleAppNamed(mentions, cues, attribution.saidToWork, words);
    // A maker's apps named as a whole ("all the Facebook apps are down") are each failing.
    if (complaint) services = withFamily(services, this.catalogue.familyNamedIn(ids));
    // Posts that claim or name nothing need no more than the author's own location (the text scan costs).
    const worthPlacing = complaint || services.length > 0;
    const country =
      place ?? (worthPlacing ? (namedPlace() ?? this.hintCountry(services, inMarket, language.language, post.text)) : undefined);
    return {
      id: post.id,
      complaint,
      // Networks services.csv does not list tell what a post is about, and are never named.
      services: complaint ? services.filter((id) => !isUnlisted(id)) : [],
      language: language.language,
      country: country?.country ?? null,
      countrySource: country?.source ?? 'none',
      symptom: complaint ? this.symptomOf(cues) : 'unspecified',
      confidence: overruled ?? this.confidence(complaint, evidence),
    };
  }

  /**
   * The complaint model's confidence when it overrules the rules' decision (it is nearly sure
   * they are wrong: `OVERRULE_*`), else undefined.
   */
  private overruled(complaint: boolean, p: number | undefined): number | undefined {
    if (p === undefined) return undefined;
    if (complaint ? p < OVERRULE_COMPLAINT_BELOW : p > OVERRULE_NOT_ABOVE) return modelConfidence(p);
    return undefined;
  }

  /**
   * A post the complaint model is nearly sure is no complaint (probability `p`), read no further
   * than its language: the author's own place (geo or profile) is its country, never one the
   * text names or a service's market suggests, which only complaints need.
   */
  private noComplaint(
    post: PostInput,
    read: ReadPost,
    place: ReadPost['place'],
    mentions: readonly ServiceMention[],
    p: number,
  ): Classification {
    return {
      id: post.id,
      complaint: false,
      services: [],
      language: this.languageOf(read, place, mentions).language,
      country: place?.country ?? null,
      countrySource: place?.source ?? 'none',
      symptom: 'unspecified',
      confidence: modelConfidence(p),
    };
  }

  /**
   * The language the post was read in, where romanised Hindi or Urdu is told apart by the author's
   * country, else a place the post names ("Karachi mein", "Lahore walo"), else a national service's
   * market (a place first: "Vivo" may be the phone, not the Brazilian telco).
   */
  private languageOf({ language, script, ids }: ReadPost, place: ReadPost['place'], mentions: readonly ServiceMention[]): LanguageGuess {
    if (script !== 'Latn' || (language.language !== 'hi' && language.language !== 'ur')) return language;
    const country = place?.country ?? this.hindustaniPlaceNamedIn(ids) ?? this.hindustaniMarketOf(mentions);
    return romanisedHindustani(language, script, country);
  }

  /**
   * What the complaint model reads of a post (for training it): its words as the classifier
   * tokenizes them, each catalogue name it writes as words masked, as `classify` gives the model.
   */
  complaintModelInput(post: PostInput): string {
    const read = this.read(post);
    return namesMasked(read.words, read.tokens, this.namesIn(post, read));
  }

  /** What every reading of a post starts from: its text normalised and tokenized, its script, the author's place and the language. */
  private read(post: PostInput): ReadPost {
    const normalised = normalise(post.text);
    const tokens = tokenize(normalised);
    const words: string[] = [];
    const ids: number[] = [];
    for (const token of tokens) {
      words.push(token.text);
      ids.push(this.vocabulary.idOf(token.text));
    }
    const { dominant: script, unspaced } = scriptProfile(normalised);
    const place = this.locate(post);
    const language = this.languages.identify(post.text, ids, script, post.lang ?? null, place?.country);
    return { normalised, tokens, words, ids, script, unspaced, place, language };
  }

  /** The catalogue names the post gives, less everyday words of its language and words that are no names there. */
  private namesIn(post: PostInput, { normalised, tokens, words, ids, unspaced, language }: ReadPost): ServiceMention[] {
    const mentions = this.withoutEverydayWords(
      this.catalogue.find(tokens, ids, normalised, unspaced, language.language),
      words,
      language.language,
      post.text,
    );
    dropWordsNotNames(mentions, words);
    if (unspaced) placeWordNamesByCharacters(mentions, words, normalised);
    return mentions;
  }

  private internHindustaniPlaceWords(data: ClassifierData): void {
    const add = (country: string, names: readonly string[]) => {
      for (const name of names) {
        const tokens = tokenize(normalise(name));
        if (tokens.length !== 1) continue;
        const id = this.vocabulary.intern((tokens[0] as Token).text);
        const known = this.hindustaniPlaceWords.get(id);
        this.hindustaniPlaceWords.set(id, known === undefined || known === country ? country : '');
      }
    };
    for (const c of data.countries) if (HINDUSTANI_COUNTRIES.has(c.country)) add(c.country, [...c.names, ...c.demonyms]);
    for (const p of data.places) if (HINDUSTANI_COUNTRIES.has(p.country) && p.rank >= MIN_TEXT_PLACE_RANK) add(p.country, p.names);
    // Institutions and brands of one of them outside the catalogue ("KSE-100", "Sensex").
    add('PK', PAKISTANI_NAMES);
    add('IN', INDIAN_NAMES);
  }

  /** Pakistan or India when the post's place words name only one of them. */
  private hindustaniPlaceNamedIn(ids: readonly number[]): string | undefined {
    let found: string | undefined;
    for (const id of ids) {
      const country = this.hindustaniPlaceWords.get(id);
      if (country === undefined) continue;
      if (country === '' || (found !== undefined && found !== country)) return undefined;
      found = country;
    }
    return found;
  }

  private addNotNameAfter(language: string, phrase: string): void {
    const [before, name, ...rest] = phrase.split(' ');
    if (before === undefined || name === undefined || rest.length > 0)
      throw new Error(`notNames phrase of two words expected: "${phrase}"`);
    const byName = this.notNamesAfter.get(language) ?? new Map<string, Set<string>>();
    this.notNamesAfter.set(language, byName.set(name, (byName.get(name) ?? new Set<string>()).add(before)));
  }

  /**
   * Drops ambiguous one-word names that are an everyday word of the post's language ("wa" in
   * Swahili) or part of an everyday phrase ("na wa" in Nigerian Pidgin), unless written in
   * capitals as a name is ("WA imekwama").
   */
  private withoutEverydayWords(mentions: ServiceMention[], words: readonly string[], language: string, text: string): ServiceMention[] {
    const everyday = this.notNames.get(language);
    const plain = this.plainNames.get(language);
    const after = this.notNamesAfter.get(language);
    if ((everyday === undefined && plain === undefined && after === undefined) || mentions.length === 0) return mentions;
    const kept: ServiceMention[] = [];
    for (const m of mentions) {
      const word = words[m.start] ?? '';
      if (!m.ambiguous || m.end - m.start !== 1) kept.push(m);
      else if (plain?.has(word)) kept.push({ ...m, ambiguous: false });
      else if (!everyday?.has(word) && !after?.get(word)?.has(words[m.start - 1] ?? '')) kept.push(m);
      else if (writtenIn(word.toUpperCase(), text) || this.spelledWithoutDiacritics(word, language, text)) kept.push(m);
    }
    return kept;
  }

  /** Whether an everyday word written with diacritics ("über") stands in the text only without them ("Uber"). */
  private spelledWithoutDiacritics(word: string, language: string, text: string): boolean {
    const written = this.notNamesAsWritten.get(language)?.get(word);
    return written !== undefined && !text.toLowerCase().includes(written);
  }

  /**
   * A counter-phrase holding an outage word with a name right after it says that service is
   * down: Italian puts the subject after the verb ("sono giù whatsapp e instagram?", not the
   * mood "sono giù"), the outage word last, right before the name. Only multi-word
   * counter-phrases ("download instagram" stays a download), and only in languages with that order (a Marathi recap "तासभर ठप्प" before NPCI is no claim).
   */
  private claimsBeforeNames(cues: Located<Cue>[], mentions: readonly ServiceMention[], words: readonly string[]): void {
    if (mentions.length === 0) return;
    for (let i = 0; i < cues.length; i++) {
      const cue = cues[i] as Located<Cue>;
      if (cue.value.kind !== 'negative' || cue.end - cue.start < 2 || cue.end >= words.length) continue;
      if (!mentions.some((m) => m.start === cue.end)) continue;
      // The outage word is the verb the name follows ("sono giù whatsapp"), not one with its own
      // object before the name ("mi hanno bloccato l'account Facebook" is a ban).
      if (this.cues.claimWords.has(words[cue.end - 1] as string)) {
        cues[i] = { value: NEGATED_RECOVERY, start: cue.start, end: cue.end };
      }
    }
  }

  private outageTagCount(tokens: readonly Token[]): number {
    let count = 0;
    for (const token of tokens) if (token.kind === 'hashtag' && this.catalogue.isOutageTag(token.text)) count++;
    return count;
  }

  /**
   * Outage cues made of a negator beside a cue of what a service does ("calls not
   * connecting", "app não abre"), or a Turkish negative verb beside a service name
   * ("WhatsApp açılmıyor"). Negators of the post's language and English only. One negated
   * action is one claim, however many negators surround it: the first found is returned.
   */
  private negatedAction(
    words: readonly string[],
    ids: readonly number[],
    normalised: string,
    cues: readonly Located<Cue>[],
    mentions: readonly ServiceMention[],
    language: string,
    unspaced: boolean,
  ): Located<Cue> | undefined {
    const negators = this.negatorsFor(language);
    const hasAction = cues.some((cue) => isAction(cue, cues));
    // Nothing to negate, and no verb that negates a name: most posts stop here, with nothing allocated.
    if (!hasAction && !negators.affixes) return undefined;
    // Without negative verbs only a negator within reach of an action can count: scan just there.
    const from = negators.affixes ? 0 : reachStart(cues);
    const to = negators.affixes || CLAUSE_FINAL_NEGATION.has(language) ? words.length : reachEnd(cues, words.length);
    let offsets: number[] | undefined;
    for (let at = from; at < to; at++) {
      const id = ids[at] as number;
      const negator = negators.ids.has(id) || (this.contractionStems.has(id) && ids[at + 1] === this.apostropheT);
      const negativeVerb = !negator && negators.affixes && isNegativeVerb(words[at] as string, negators);
      if (!negator && !negativeVerb) continue;
      if ((words[at] === 'no' && NO_IDIOM_NOUNS.has(words[at + 1] as string)) || negatorInIdiom(words, at)) continue;
      // A service's name is no negator ("X", Malay slang for "not", is the app here: "pedidos por X").
      if (isMentioned(mentions, at)) continue;
      if (cues.some((b) => isCounterCue(b) && b.start <= at && b.end > at)) continue;
      const nearAction = cues.some(
        (a) =>
          isAction(a, cues) &&
          a.start >= 0 &&
          ((a.start <= at + NEGATION_WINDOW &&
            a.end >= at - NEGATION_WINDOW + 1 &&
            (a.start <= at + 1 ||
              NEGATOR_AFTER_VERB.has(language) ||
              sameClause(at, a.start, words, normalised, (offsets ??= tokenOffsets(words, normalised))))) ||
            // German and Dutch put "nicht"/"niet" at the end of the verb's clause, however long
            // ("Instagram geht bei mir immer noch nicht").
            (CLAUSE_FINAL_NEGATION.has(language) &&
              a.end <= at &&
              at - a.start <= CLAUSE_FINAL_REACH &&
              sameClause(a.start, at, words, normalised, (offsets ??= tokenOffsets(words, normalised))))),
      );
      const nearService = negativeVerb && mentions.some((m) => m.start >= 0 && Math.abs(m.start - at) <= NEGATION_WINDOW);
      if (nearAction || nearService) return negatedActionCue(at);
    }
    if (unspaced && hasAction && negators.unspaced.some((n) => negatorOutsideCounters(n, normalised, cues, words.length)))
      return negatedActionCue(words.length);
    return undefined;
  }

  /**
   * A negated recovery phrase is a claim: "non funziona di nuovo" (not working again) holds
   * "funziona di nuovo", and German and Turkish negate after the verb, past the name ("bei mir
   * funktioniert WhatsApp nicht" holds "bei mir funktioniert", "bei mir läuft YouTube seit
   * gestern nicht"). A "no" in a clause of its own before the phrase answers a question and
   * negates nothing ("YouTube down? no, it was my router").
   */
  private negateRecoveries(
    cues: Located<Cue>[],
    ids: readonly number[],
    mentions: readonly ServiceMention[],
    language: string,
    words: readonly string[],
    normalised: string,
  ): void {
    const negators = this.negatorsFor(language).ids;
    // A negator inside a counter-phrase ("keine Ahnung", no idea) negates nothing here.
    const inCounterPhrase = (at: number) =>
      cues.some((c) => (c.value.kind === 'negative' || c.value.kind === 'news') && c.start <= at && c.end > at);
    const negatorWithin = (from: number, to: number) => {
      for (let at = Math.max(0, from); at < Math.min(ids.length, to); at++) {
        if (negators.has(ids[at] as number) && !inCounterPhrase(at)) return true;
      }
      return false;
    };
    let offsets: number[] | undefined;
    for (let i = cues.length - 1; i >= 0; i--) {
      const cue = cues[i] as Located<Cue>;
      if (cue.value.kind !== 'recovered' || cue.start >= ids.length) continue;
      const namedAfter = mentions.find((m) => m.start === cue.end);
      const negated =
        (negatorWithin(cue.start - 1, cue.start) &&
          sameClause(cue.start - 1, cue.start, words, normalised, (offsets ??= tokenOffsets(words, normalised)))) ||
        // Not past a new clause: "PayPal invece funziona quindi non è la mia connessione".
        (!CLAUSE_OPENERS.has(words[cue.end] as string) && negatorWithin(cue.end, cue.end + 2)) ||
        // Only a name in the recovery's own clause: "Facebook to chal gaya, WhatsApp abhi bhi nahi chal raha" negates WhatsApp.
        (namedAfter !== undefined &&
          negatorWithin(namedAfter.end, namedAfter.end + NEGATION_WINDOW + 1) &&
          sameClause(cue.end - 1, namedAfter.start, words, normalised, (offsets ??= tokenOffsets(words, normalised))));
      if (negated) cues[i] = { value: NEGATED_RECOVERY, start: cue.start, end: cue.end };
    }
  }

  /**
   * Drops the "works" phrases that say nothing works: inside a claim ("geht" in "geht nicht",
   * "bisa" in "ga bisa"), after a negator ("not working fine", "não está normal"), or with a
   * negator or claim later in their clause, before the next name ("Insta geht seit heute früh
   * nicht", but not "Gmail geht, aber Outlook nicht").
   */
  private dropNegatedWorking(
    cues: Located<Cue>[],
    ids: readonly number[],
    mentions: readonly ServiceMention[],
    language: string,
    words: readonly string[],
    normalised: string,
  ): void {
    if (!cues.some((c) => c.value.kind === 'working')) return;
    const negators = this.negatorsFor(language).ids;
    let offsets: number[] | undefined;
    // German and Dutch negate at the clause's end ("Instagram geht bei mir immer noch nicht").
    const clauseFinal = CLAUSE_FINAL_NEGATION.has(language)
      ? (from: number, to: number) => sameClause(from, to, words, normalised, (offsets ??= tokenOffsets(words, normalised)))
      : undefined;
    let kept = 0;
    // "rest of fb is fine": neither a "works" phrase nor a denial of the complaint (see restOf).
    const ofTheRest = (cue: Located<Cue>) => mentions.some((m) => restOf(m, words) && predicateOf(m, cue, NO_CUES));
    for (const cue of cues) {
      if (cue.value.kind !== 'working') {
        if (polarity(cue.value.kind) !== -1 || cue.value.kind === 'news' || !ofTheRest(cue)) cues[kept++] = cue;
      } else if (this.workingNegated(cue, cues, ids, words, mentions, negators, clauseFinal)) continue;
      else if (ofTheRest(cue)) continue;
      else if (!asked(cue, mentions, words, normalised, (offsets ??= tokenOffsets(words, normalised)), clauseFinal !== undefined))
        cues[kept++] = cue;
      // Asked of a name beside it ("kisi ka whatsapp chal raha hai?", "is Teams working?"): asked because it is not.
      // Not where a statement ends in a question mark as often as a question does ("네이버 잘 되는데요?": it works for me?).
      else if (!RHETORICAL_QUESTION_LANGUAGES.has(language) && mentions.some((m) => m.start >= 0 && gap(m, cue) <= 1))
        cues[kept++] = { value: ASKED_WORKING, start: cue.start, end: cue.end };
    }
    cues.length = kept;
  }

  private workingNegated(
    cue: Located<Cue>,
    cues: readonly Located<Cue>[],
    ids: readonly number[],
    words: readonly string[],
    mentions: readonly ServiceMention[],
    negators: ReadonlySet<number>,
    clauseFinal?: (from: number, to: number) => boolean,
  ): boolean {
    // Past the words (unspaced text), a "works" phrase binds only to a name right before it ("ไลน์ยังใช้ได้").
    if (isUnspacedPosition(cue.start, ids.length)) return !mentions.some((m) => m.charEnd >= 0 && unspacedPredicateOf(m, cue, ids.length));
    // Inside a longer claim; the same words read as a question ("tá funcionando?") still say it works.
    if (
      cues.some((c) => polarity(c.value.kind) === 1 && c.start <= cue.start && c.end >= cue.end && c.end - c.start > cue.end - cue.start)
    ) {
      return true;
    }
    if (cue.start > 0 && negators.has(ids[cue.start - 1] as number)) return true;
    // The phrase itself opens the next clause ("Paytm wallet works so it's not my phone").
    if (CLAUSE_OPENERS.has(words[cue.end - 1] as string)) return false;
    const clauseEnd = Math.min(ids.length, cue.end + (clauseFinal ? CLAUSE_FINAL_REACH : NEGATION_WINDOW + 1));
    for (let at = cue.end; at < clauseEnd; at++) {
      // A name ends the reach, except a subject after its verb in a clause-final language ("geht WhatsApp bei dir nicht?").
      if (mentions.some((m) => m.start === at) && !clauseFinal?.(cue.start, at)) return false;
      if (at > cue.end + NEGATION_WINDOW && !clauseFinal?.(cue.start, at)) return false;
      // A new clause: "Lloyds app works so it's not my phone".
      if (CLAUSE_OPENERS.has(words[at] as string)) return false;
      if (negators.has(ids[at] as number)) return true;
      if (cues.some((c) => c.start === at && polarity(c.value.kind) === 1 && c.value.kind !== 'question')) return true;
    }
    return false;
  }

  private negatorsFor(language: string): Negators {
    return this.negators.get(language) ?? NO_NEGATORS;
  }

  private compileNegators(language: string): Negators {
    // English negators join only where posts mix in English; in Portuguese "no" means "in the".
    const english = ENGLISH_MIXING.has(language) ? (NEGATORS.en ?? []) : [];
    const words = [...new Set([...(NEGATORS[language] ?? []), ...english].flatMap((n) => normaliseVariants(n)))];
    const suffixes = NEGATIVE_SUFFIXES[language] ?? [];
    const prefixes = (NEGATIVE_PREFIXES[language] ?? []).map((p) => normalise(p));
    return {
      ids: new Set(words.map((word) => this.vocabulary.intern(word))),
      unspaced: words.filter((n) => n.length > 0 && !/^[a-z]/.test(n)),
      suffixes,
      prefixes,
      affixes: suffixes.length > 0 || prefixes.length > 0,
      preferenceStems: NOT_FAILURE_NEGATED_STEMS[language] ?? [],
      plainNegative: PLAIN_NEGATIVE_AFTER_STEM[language],
      idiomStems: NEVER_FAILURE_NEGATED_STEMS[language] ?? [],
    };
  }

  private findCues(ids: readonly number[], words: readonly string[], normalised: string, unspaced: boolean): Located<Cue>[] {
    const wordCount = words.length;
    const found: Located<Cue>[] = withinSentences(this.withDurations(this.cues.phrases.matchIds(ids), words), words, normalised);
    if (unspaced) {
      // Unspaced matches have no token span: place them past the tokens, each its own span.
      for (const m of this.cues.substrings.match(normalised)) {
        found.push({ value: m.value, start: unspacedPosition(wordCount, m.at), end: unspacedPosition(wordCount, m.at + m.length) });
      }
    }
    return longestCueWins(found);
  }

  /**
   * The cues with each recap duration's lead read with the count and unit after it ("durante 2
   * horas", "pendant 2h"): a negative spanning them, or nothing when no duration follows.
   */
  private withDurations(found: Located<Cue>[], words: readonly string[]): Located<Cue>[] {
    if (!found.some((c) => c.value.kind === 'duration')) return found;
    const kept: Located<Cue>[] = [];
    for (const cue of found) {
      if (cue.value.kind !== 'duration') kept.push(cue);
      else {
        const durations = this.cues.durations.get(cue.value.lexicon);
        const end = durations === undefined ? -1 : durationEnd(durations, words, cue.end);
        if (end > 0) kept.push({ value: this.cues.durationNegative, start: cue.start, end });
      }
    }
    return kept;
  }

  /**
   * Evidence for and against a complaint. Overlapping claims are one claim ("ne capte plus
   * rien" holds three listed phrases): each cluster counts its strongest member, half more
   * when it also asks ("is it down?"), half more beside the name of a service the post is
   * about (or an outage hashtag's). An outage word that also has an everyday sense ("down",
   * "band") is half as strong alone. Overlapping counter-cues likewise count once. Weights
   * are multiples of a half, so the sums are exact whatever their order.
   */
  private weigh(
    cues: readonly Located<Cue>[],
    mentions: readonly ServiceMention[],
    services: readonly string[],
    saidToWork: readonly string[],
    outageTags: number,
    words: readonly string[],
  ) {
    let positive = outageTags * 1.5;
    for (const m of mentions) if (m.outageHashtag) positive += 1.5;
    const sorted = this.sortedByStart(cues, 1);
    let end = -1;
    let strongest = 0;
    let asks = false;
    let named = false;
    for (let i = 0; i <= sorted.length; i++) {
      const cue = sorted[i];
      // A cue that starts past the cluster's end, or the end of the list, closes the cluster.
      if (i > 0 && (cue === undefined || cue.start >= end)) {
        positive += Math.min(1.5, (strongest || 0.5) + (asks && strongest > 0 ? 0.5 : 0));
        if (named) positive += 0.5;
        strongest = 0;
        asks = false;
        named = false;
      }
      if (cue === undefined) break;
      end = i > 0 && cue.start < end ? Math.max(end, cue.end) : cue.end;
      if (cue.value.kind === 'question') asks = true;
      else strongest = Math.max(strongest, this.claimWeight(cue, words));
      const reach = cue.value === QUOTED_ERROR ? QUOTED_ERROR_WINDOW : CONTEXT_WINDOW;
      named ||= mentions.some((m) => m.start >= 0 && (m.outageHashtag || services.includes(m.service)) && gap(m, cue) <= reach);
    }
    let negative = 0;
    const counter = this.sortedByStart(cues, -1);
    // "WhatsApp e Instagram fora do ar, Telegram funcionando normal": said of Telegram, not of them;
    // and "Mercado Livre não carrega, Mercado Pago funcionando normal": the failing one is unnamed.
    if ((services.length > 0 || saidToWork.length > 0) && mentions.length > services.length) {
      dropCountersOfOthers(counter, mentions, services, cues, words.length);
    }
    // "YouTube dá erro ... e o wifi funcionando normal": said of the connection, not of the app.
    if (counter.length > 0 && services.length > 0) this.dropCountersOfTheConnection(counter, cues, mentions, services, words);
    if (counter.length > 0) dropCountersOfEverythingElse(counter, words);
    if (counter.length > 0 && positive > 0) dropCountersOfAnotherDevice(counter, cues, words);
    if (counter.length > 0 && positive > 0) dropCountersOfAnotherPart(counter, cues);
    if (counter.length > 0 && positive > 0) dropRecoveriesButAPart(counter, cues, words);
    if (counter.length > 0 && positive > 0) dropRecoveriesReported(counter, cues, words);
    let recovered = false;
    for (let i = 0; i <= counter.length; i++) {
      const cue = counter[i];
      if (i > 0 && (cue === undefined || cue.start >= end)) {
        negative += recovered ? 1.5 : 1;
        recovered = false;
      }
      if (cue === undefined) break;
      end = i > 0 && cue.start < end ? Math.max(end, cue.end) : cue.end;
      recovered ||= cue.value.kind === 'recovered' || cue.value.kind === 'news';
    }
    sorted.length = 0;
    return { positive, negative };
  }

  /**
   * Drops, in place, the recovery and "works" phrases whose subject is the author's own
   * connection ("o wifi funcionando normal", "my internet works fine"): beside an app that
   * fails they say the fault is the app's, so they deny nothing of the complaint. Not when a
   * telco is among the services (there the connection is what the post is about), nor when
   * a name stands in the subject ("Vivo internet funcionando").
   */
  private dropCountersOfTheConnection(
    counter: Located<Cue>[],
    cues: readonly Located<Cue>[],
    mentions: readonly ServiceMention[],
    services: readonly string[],
    words: readonly string[],
  ): void {
    if (services.some(this.isTelco)) return;
    const ofTheConnection = (cue: Located<Cue>) =>
      cue.value.kind !== 'news' &&
      counterSaysItWorks(cue, cues) &&
      // "era il mio wifi 🤦 tutto ok": everything works, the claim is taken back.
      !EVERYTHING_WORDS.has(words[cue.start] as string) &&
      cues.some(
        (c) =>
          c.value.kind === 'symptom' &&
          c.value.symptom === 'connectivity' &&
          c.end <= cue.start &&
          (cue.start - c.end <= 1 || fillersBetween(c.end, cue.start, words) || this.telcoBetween(c.end, cue.start, mentions)) &&
          !mentions.some((m) => m.start >= 0 && m.end >= c.start - 1 && m.start <= c.end && (!m.ambiguous || services.includes(m.service))),
      );
    let kept = 0;
    for (const cue of counter) if (!ofTheConnection(cue)) counter[kept++] = cue;
    counter.length = kept;
  }

  /** Whether the words from `from` to `to` are a telco's name after at most one word: "internet da Vivo", "wifi de Movistar". */
  private telcoBetween(from: number, to: number, mentions: readonly ServiceMention[]): boolean {
    return mentions.some((m) => m.end === to && m.start >= from && m.start - from <= 1 && this.isTelco(m.service));
  }

  /**
   * The cues of one polarity in order of start, the longer first at one start (a stable
   * sort's order), in an array reused from post to post. The cues come nearly in that order,
   * so an insertion sort; clusters of overlapping cues are then runs of this array.
   */
  private sortedByStart(cues: readonly Located<Cue>[], sign: Polarity): Located<Cue>[] {
    const sorted = this.sortScratch;
    sorted.length = 0;
    for (const cue of cues) if (polarity(cue.value.kind) === sign) insertByStart(sorted, cue);
    return sorted;
  }

  /** 1 for an outage or error cue; 0.5 for a lone word with an everyday sense. A negated action is never halved. */
  private claimWeight(cue: Located<Cue>, words: readonly string[]): number {
    const lone = cue.end - cue.start === 1 && cue.start < words.length && cue.value.lexicon >= 0;
    return lone && this.cues.doubleSenseWords.has(words[cue.start] as string) ? 0.5 : 1;
  }

  /**
   * Services in order of first mention. An ambiguous name counts only with context: a
   * hashtag or handle, or an outage claim beside it (not the claim that contains the name,
   * as "no signal" contains "signal"), and for a national service the author's market. When
   * one name fits several services (Telekom; Vodafone in India), the author's market decides.
   * With the services, those left out only for being said to work when no claim stood beside
   * any name: what is said of them still counts against the complaint (see `weigh`).
   */
  private servicesOf(
    mentions: readonly ServiceMention[],
    cues: readonly Located<Cue>[],
    place: string | undefined,
    words: readonly string[],
    normalised: string,
    language: string,
    beside?: UnspacedProximity,
  ): Attribution {
    // Most posts name nothing: skip the filters and copies below.
    if (mentions.length === 0) return attributedTo([]);
    // One name (the common case): no other name to share its span, nothing to attribute.
    if (mentions.length === 1) {
      const only = mentions[0] as ServiceMention;
      // Said to work after a claim ("Mercado Livre não carrega, Mercado Pago funcionando normal"):
      // the failing one is unnamed, and what is said of this one denies nothing.
      if (saidToWorkAfterUnspacedClaim(only, cues, words, normalised)) return { services: [], saidToWork: [only.service] };
      if (onlySaidToWork(only, cues)) {
        if (claimedBefore(only, cues, words, normalised)) return { services: [], saidToWork: [only.service] };
        return attributedTo(butPartFails(only, cues, words) ? [only.service] : []);
      }
      if (askedAsCause(only, cues, words)) return attributedTo([]);
      return attributedTo(!only.ambiguous || this.hasContext(only, mentions, cues, place, words, normalised, beside) ? [only.service] : []);
    }
    const claims = cues.filter((c) => polarity(c.value.kind) === 1);
    // "Works" phrases weigh nothing for the complaint, but deny a failure of the name they follow.
    const denials = cues.filter((c) => polarity(c.value.kind) === -1 || c.value.kind === 'working');
    let accepted = mentions.filter((m) => !m.ambiguous || this.hasContext(m, mentions, cues, place, words, normalised, beside));
    // One name, several services (Vodafone in India is Vi): the author's market decides, else
    // the one the post also names apart ("vodafone not working ... @VodafoneUK").
    accepted = accepted.filter(
      (m) =>
        !mentions.some((r) => {
          if (!sameSpan(r, m) || r.service === m.service) return false;
          const fit = this.marketFit(r.service, place) - this.marketFit(m.service, place);
          return fit > 0 || (fit === 0 && namedApart(r.service, mentions) && !namedApart(m.service, mentions));
        }),
    );
    const ordered = withoutUnspacedWorking(
      this.withoutConsequences(
        [...withoutAlternatives(accepted, cues, words)].sort((a, b) => a.start - b.start),
        cues,
        words,
      ),
      cues,
      words,
      normalised,
    );
    const named = [...new Set(ordered.map((m) => m.service))];
    if (named.length === 1 && ordered.every((m) => onlySaidToWork(m, cues))) return attributedTo([]);
    if (named.length < 2) return attributedTo(named);
    // Several services: keep the ones a claim is about, not the ones said to work
    // ("jio fiber chal raha hai"). Names listed together share a claim ("A, B and C all down").
    const nearestClaim = (m: ServiceMention) => Math.min(...claims.map((c) => gap(withQuantifier(m, words), c)));
    const nearestDenial = (m: ServiceMention) => Math.min(...denials.map((c) => gap(withQuantifier(m, words), c)));
    // A denial before a name past "but", or in a clause of its own, is another's: "youtube is working,
    // but whatsapp and instagram are not", "PTCL ka internet theek chal raha hai، WhatsApp aur Instagram dono band".
    let offsets: number[] | undefined;
    const anothers = (c: Located<Cue>, m: ServiceMention) =>
      c.end <= m.start &&
      (words.slice(c.end, m.start).some((w) => BUT_WORDS.has(w) || ONLY_WORDS.has(w)) ||
        !sameClause(c.end - 1, m.start, words, normalised, (offsets ??= tokenOffsets(words, normalised))));
    const verbFinal = VERB_FINAL.has(language) && !cues.some((c) => c.start > words.length);
    const deniedBeside = (m: ServiceMention) => denials.some((c) => gap(withQuantifier(m, words), c) <= LIST_GAP && !anothers(c, m));
    // A complaint addressed to a service's own support handle (@JioCare) is about that service,
    // and an outage hashtag (#UPIdown) claims its service's failure itself.
    const claimedMentions = new Set(
      ordered.filter(
        (m) =>
          (m.via === 'handle' && !saidToWork(m, claims, denials)) ||
          m.outageHashtag ||
          (nearestClaim(m) <= ATTRIBUTION_WINDOW &&
            claimWins(m, claims, denials, nearestClaim(m), nearestDenial(m)) &&
            !saidToWork(m, claims, denials)),
      ),
    );
    // Beside a name claimed so, in a verb-final language, the claim that ends a name's clause is
    // the name's too, however long its object ("Teams pe meeting join nahi ho rahi aur Outlook bhi
    // load nahi ho raha"). Only beside another claimed name: with none, every name not said to
    // work is taken below, which this would narrow.
    if (verbFinal && claimedMentions.size > 0) {
      offsets ??= tokenOffsets(words, normalised);
      for (const m of ordered) {
        if (claimedMentions.has(m) || !WHERE_AFTER_NAME.has(words[m.end] as string) || saidToWork(m, claims, denials)) continue;
        if (claimEndsItsClause(m, ordered, claims, denials, words, offsets, normalised, VERB_FINAL_REACH)) claimedMentions.add(m);
      }
    }
    // A name an outage hashtag claims is claimed where the text names it too, so the names
    // listed with it there share the claim ("Logged out of FB, Instagram and Threads ... #instagramdown").
    for (const m of ordered) if (m.start >= 0 && taggedDown(m.service, ordered) && !saidToWork(m, claims, denials)) claimedMentions.add(m);
    for (let changed = true; changed;) {
      changed = false;
      for (const m of ordered) {
        if (claimedMentions.has(m) || deniedBeside(m) || saidToWork(m, claims, denials)) continue;
        const carried = m.start >= 0 && carriesTheClaimOn(m, words);
        const shares = (c: ServiceMention) =>
          c.start >= 0 &&
          m.start >= 0 &&
          !ONLY_WORDS.has(words[c.start - 1] as string) &&
          (gap(m, c) <= LIST_GAP || (carried && c.end <= m.start));
        if ([...claimedMentions].some(shares)) {
          claimedMentions.add(m);
          changed = true;
        }
      }
    }
    withoutAddressedMaker(claimedMentions, words);
    const claimed = named.filter((service) => [...claimedMentions].some((m) => m.service === service));
    if (claimed.length > 0) return attributedTo(claimed);
    // No claim beside any name: the ones said to work are still not failing ("Shopee ga bisa
    // dibuka, tapi Gojek normal" complains of what the catalogue does not hold).
    const failing = named.filter((service) => ordered.some((m) => m.service === service && !saidToWork(m, claims, denials)));
    return { services: failing, saidToWork: named.filter((service) => !failing.includes(service)) };
  }

  /**
   * The app a complaint names alone, when nothing else could be what fails (see `soleNameOf`):
   * a messaging, social or video app ("Signal" aside, which is also the phone's), not named after
   * the network's failure ("no internet, even fb won't open" is the network's).
   */
  private soleAppNamed(
    mentions: readonly ServiceMention[],
    cues: readonly Located<Cue>[],
    saidToWork: readonly string[],
    words: readonly string[],
  ): string[] {
    const sole = soleNameOf(mentions, cues, saidToWork, words);
    if (sole === undefined || NAMED_LIKE_THE_NETWORK.has(sole) || !SOLE_NAME_CATEGORIES.has(this.catalogue.categoryOf(sole) ?? ''))
      return [];
    const first = mentions[0] as ServiceMention;
    const afterNetwork = cues.some(
      (c) => c.value.kind === 'symptom' && c.value.symptom === 'connectivity' && namedAfter(first, c.start + 1, words.length),
    );
    return afterNetwork ? [] : [sole];
  }

  /**
   * A telco only asked about while an app's failure is said is a suspect, not a failure: "Iliad
   * ha problemi? non mi partono i messaggi su whatsapp", "@ZongPakistan net kharab hai kya?
   * whatsapp pe msg nahi ja rahe". Not when the network's failure is said too ("... e anche internet lentissimo"), nor
   * when the app is asked about as well ("Vodafone mu çekmiyor WhatsApp mı çöktü" asks of both).
   */
  private withoutAskedSuspects(
    mentions: readonly ServiceMention[],
    cues: readonly Located<Cue>[],
    words: readonly string[],
    normalised: string,
    language: string,
  ): readonly ServiceMention[] {
    if (mentions.length < 2) return mentions;
    const isTelco = (m: ServiceMention) => this.isTelco(m.service);
    // Not "signal" read as the messenger: "EE ka signal phir gaya" is the network's own failure.
    const isApp = (m: ServiceMention) =>
      m.start >= 0 && !NAMED_LIKE_THE_NETWORK.has(m.service) && NEEDS_THE_NETWORK.has(this.catalogue.categoryOf(m.service) ?? '');
    if (!mentions.some(isTelco) || !mentions.some(isApp)) return mentions;
    // An app said to work or to be back shows the network up.
    // A particle may stand between ("youtube toh mast chal raha hai", "Instagram ise açılıyor").
    const worksBeside = (m: ServiceMention) => cues.some((c) => saysItWorks(c) && c.start >= m.end && c.start <= m.end + 2);
    // Nothing opens, or several apps fail: the network is what fails ("no me anda nada, ni WhatsApp").
    // An app named with no failure near it fails nothing: "phir twitter khola" opened it to check.
    const failsNear = (m: ServiceMention) =>
      cues.some((c) => claimsFailure(c) && c.end > m.start - FAILING_APP_REACH && c.start < m.end + FAILING_APP_REACH);
    const failingApps = new Set(mentions.filter((m) => isApp(m) && !worksBeside(m) && failsNear(m)).map((m) => m.service));
    const nothingWorks = words.some(
      (w, i) =>
        NOTHING_WORKS.has(w) && !negatorInIdiom(words, i) && cues.some((c) => claimsFailure(c) && c.start <= i + 2 && c.end >= i - 1),
    );
    const asked = askedWords(words, normalised, mentions, language);
    // Unspaced text (Japanese, Thai) has its cues past the words, counted in characters.
    const unspacedText = cues.some((c) => c.start > words.length);
    // The network said to work ("internet marche mais mes messages partent pas", "sinyal aman kok",
    // "broadband bhi theek chal raha hai"): every telco named is cleared, asked about or not.
    // Not when a name stands between: "jazz wali sim pe whatsapp chal raha" says the app works.
    const worksAfter = (c: Located<Cue>) =>
      cues.some(
        (w) =>
          saysItWorks(w) && w.start >= c.end - 1 && w.start <= c.end + 2 && !mentions.some((m) => m.start >= c.end && m.end <= w.start),
      );
    const isNetwork = (c: Located<Cue>) => c.value.kind === 'symptom' && c.value.symptom === 'connectivity';
    const networkWorks = cues.some((c) => isNetwork(c) && worksAfter(c));
    if (nothingWorks) return mentions;
    const askedOnly = (service: string) =>
      mentions.every((m) => m.service !== service || (m.start >= 0 && asked.slice(m.start, m.end).every(Boolean)));
    // Unless the network is said to work ("my internet is working fine, but whatsapp and instagram
    // are not connecting"), or the telco is only asked ("@TurkcellHizmet internet mi gitti? whatsapp
    // mesaj gitmiyor instagram yenilenmiyor").
    const severalFail = failingApps.size > 1 && !networkWorks;
    if (severalFail && !mentions.some((m) => isTelco(m) && askedOnly(m.service))) return mentions;
    const said = (c: Located<Cue>) => c.start >= 0 && !asked.slice(c.start, c.end).some(Boolean);
    // A telco with a failure said right after its name fails whatever else works ("Movistar Plus+ no carga").
    // Not across another name: "@ViCustomerCare whatsapp not working" claims WhatsApp's failure.
    const claimedBeside = (m: ServiceMention) =>
      cues.some(
        (c) =>
          claimsFailure(c) &&
          said(c) &&
          c.start >= m.end &&
          c.start <= m.end + 2 &&
          !mentions.some((other) => other.start >= m.end && other.end <= c.start),
      );
    const checkedOnly = (service: string) =>
      mentions.every((m) => m.service !== service || (checkedAsSuspect(m, words) && !claimedBeside(m)));
    const noClaimOfItsOwn = (service: string) => mentions.every((m) => m.service !== service || !claimedBeside(m));
    // The app's failure said right after its name, and none after the telco's: the telco is only
    // named ("Jio pe whatsapp nahi chal raha"). Not in unspaced text, whose cues stand past the words.
    const appClaimed = mentions.some((m) => isApp(m) && claimedBeside(m)) && !unspacedText;
    // Every other app said to work shows the network up too ("insta pe reel load nahi ho rahi, baki sab apps chal rahe hain").
    const othersWork = cues.some((c) => saysItWorks(c) && saidOfEverythingElse(c, words));
    const cleared = (service: string) =>
      askedOnly(service) ||
      (!severalFail && (checkedOnly(service) || ((networkWorks || appClaimed || othersWork) && noClaimOfItsOwn(service))));
    const suspects = new Set(mentions.filter((m) => isTelco(m) && cleared(m.service)).map((m) => m.service));
    // An app asked about as well is still the failing one: "Etisalat ka masla hai ya whatsapp ka?",
    // "Turkcell mi çekmiyor whatsapp mı çöktü anlamadım" are read as the app's (the twenty-first
    // pass's streams; this once kept both names unless the network was shown up).
    if (suspects.size === 0) return mentions;
    const apps = mentions.filter(isApp);
    const saidOfTheApp = (c: Located<Cue>) => isAppsOwn(c, cues, mentions, apps, unspacedText);
    const networkSaidToFail = cues.some((c) => isNetwork(c) && said(c) && !worksAfter(c) && failsAfter(c, cues, words) && !saidOfTheApp(c));
    if (networkSaidToFail) return mentions;
    // A failure said outside the questions; with the network shown up, a question about the app is one too.
    const appFailureSaid = cues.some((c) => claimsFailure(c) && (networkWorks || (c.value.kind !== 'question' && said(c))));
    if (!appFailureSaid) return mentions;
    const left = mentions.filter((m) => !suspects.has(m.service));
    return left.some(isApp) ? left : mentions;
  }

  /**
   * A telco the failing app was tried on, named after it with "on" ("whatsapp not working on EE
   * or on wifi", "o zap não manda nem no wifi nem no 4G da Vivo"), is the network it was tried
   * over, not a failure: the app fails on it as on wifi. Only when wifi or 4G is named beside it
   * too, which says the author tried two networks ("Tried 4G and PTCL broadband both").
   */
  private withoutNetworksTriedOn(mentions: readonly ServiceMention[], words: readonly string[]): readonly ServiceMention[] {
    if (mentions.length < 2) return mentions;
    const dataOf = mentions.some((m) => dataOfBefore(m.start, words));
    if (!dataOf && !words.some((w) => WIFI_WORDS.has(w) || MOBILE_DATA_WORDS.has(w))) return mentions;
    // Not "signal" read as the messenger: "no signal on EE" is the network's own failure.
    let firstApp: ServiceMention | undefined;
    for (const m of mentions) {
      const app = m.start >= 0 && !NAMED_LIKE_THE_NETWORK.has(m.service) && !this.isTelco(m.service);
      if (app && (firstApp === undefined || m.start < firstApp.start)) firstApp = m;
    }
    if (firstApp === undefined) return mentions;
    const appEnd = firstApp.end;
    const isTelco = (m: ServiceMention) => this.isTelco(m.service);
    const triedOn = (m: ServiceMention) =>
      m.start > appEnd &&
      isTelco(m) &&
      (dataOfBefore(m.start, words) ||
        words.slice(Math.max(appEnd, m.start - TRIED_ON_REACH), m.start).some((w) => TRIED_ON_WORDS.has(w)) ||
        TRIED_ON_AFTER.has(words[m.end] as string) ||
        // "jio wifi pe bhi" (on Jio's wifi too)
        (WIFI_WORDS.has(words[m.end] as string) && TRIED_ON_AFTER.has(words[m.end + 1] as string)));
    const isTelcoAt = (k: number) => mentions.some((o) => o.start <= k && k < o.end && isTelco(o));
    const left = mentions.filter((m) => !triedOn(m) && !(isTelco(m) && inTriedList(m, words, isTelcoAt)));
    return left.length > 0 ? left : mentions;
  }

  /**
   * Apps named after a failing telco are what its dead network stops, not failures of their
   * own ("o2 data gone ... can't even get whatsapp to connect", "Zong ka net ... Google tak nahi
   * khul raha"): the complaint is the telco's. Not an app said to fail "also" (`ALSO_AFTER`:
   * "Airtel ka net slow aur whatsapp bhi nahi chal raha", "üstüne whatsapp da çalışmıyor" name
   * two failures), nor an app right beside the telco's name
   * ("Jio pe WhatsApp nahi chal raha" is about WhatsApp on Jio), nor one named first, nor any
   * when another app is said to work. Games named after a failing console network are its
   * consequences the same way ("xbox live sign in failing 0x87DD0003, cant get into fortnite").
   */
  private withoutConsequences(ordered: ServiceMention[], cues: readonly Located<Cue>[], words: readonly string[]): ServiceMention[] {
    const categoryOf = (service: string) => this.catalogue.categoryOf(service) ?? '';
    const afterTelco = withoutDependents(
      ordered,
      cues,
      words,
      this.isTelco,
      (service) => NEEDS_THE_NETWORK.has(categoryOf(service)),
      // A payment app too ("nem o pix sai porque não tem 4G" is the network's failure), unless a
      // failure is said right after its own name ("... and M-Pesa keeps failing with ...").
      this.isPayments,
    );
    const afterConsole = withoutDependents(
      afterTelco,
      cues,
      words,
      (service) => CONSOLE_NETWORKS.has(service),
      (service) => categoryOf(service) === 'gaming' && !CONSOLE_NETWORKS.has(service) && service !== 'steam',
    );
    // A payment app that says the bank's server does not answer ("GPay pe 'Your bank's server is
    // not responding'", "फोनपे से 'बैंक सर्वर डाउन'") passes on the bank's failure: the bank named is the one failing.
    if (!afterConsole.some((m) => this.isBank(m.service)) || !blamesTheBanksServer(words)) return afterConsole;
    // The payment network itself (UPI, Pix) stays when the post says it fails.
    return afterConsole.filter((m) => !this.isPayments(m.service) || PAYMENT_NETWORKS.has(m.service));
  }

  /**
   * An app said to fail "even", after the network is said to fail ("النت ضعيف ... حتى يوتيوب ما
   * يفتح", "internet so slow even google won't load", "net itna slow hai ki YouTube tak nahi
   * chalta"), fails because the network did: it is not a failure of its own.
   */
  private withoutNetworkConsequences(
    mentions: readonly ServiceMention[],
    cues: readonly Located<Cue>[],
    words: readonly string[],
    normalised: string,
  ): readonly ServiceMention[] {
    if (mentions.length === 0) return mentions;
    const networkEnd = firstNetworkClaimEnd(cues, mentions) ?? this.failingTelcoEndUnspaced(mentions, cues, words.length);
    if (networkEnd === undefined) return mentions;
    const stopped = (m: ServiceMention) =>
      namedAfter(m, networkEnd, words.length) && NEEDS_THE_NETWORK.has(this.catalogue.categoryOf(m.service) ?? '');
    const even = mentions.filter((m) => stopped(m) && saidToFailEven(m, words, normalised));
    // The apps listed before the one said to fail "even" are read with it ("اینستا، تلگرام، حتی گوگل هیچی باز نمیشه").
    const lastEven = even.reduce((last, m) => Math.max(last, m.start), -1);
    const consequence = (m: ServiceMention) =>
      even.includes(m) || (stopped(m) && ((m.start >= 0 && m.start <= lastEven) || nothingAfter(m, words)));
    return mentions.some(consequence) ? mentions.filter((m) => !consequence(m)) : mentions;
  }

  /**
   * In unspaced text (Japanese, Thai), where a telco's name stands with a failure said right
   * after it ("ドコモ障害"), in the numbering of its cues: token distances there say nothing,
   * so `withoutConsequences` cannot tell its dependents, and the "even" rule stands in.
   */
  private failingTelcoEndUnspaced(
    mentions: readonly ServiceMention[],
    cues: readonly Located<Cue>[],
    wordCount: number,
  ): number | undefined {
    for (const m of mentions) {
      if (m.charEnd < 0 || !this.isTelco(m.service)) continue;
      const end = unspacedPosition(wordCount, m.charEnd);
      if (cues.some((c) => claimsFailure(c) && c.start >= end && c.start <= end + UNSPACED_CLAIM_REACH)) return end;
    }
    return undefined;
  }

  /** The one country of a national service the post names (PTCL → PK), if any. */
  private homeMarketOf(mentions: readonly ServiceMention[]): string | undefined {
    for (const mention of mentions) {
      const only = this.onlyMarketOf(mention.service);
      if (only) return only;
    }
    return undefined;
  }

  /** The one country a national service is sold in, if it is sold in one only (Jio: India). */
  private onlyMarketOf(service: string): string | undefined {
    const markets = this.catalogue.marketsOf(service);
    return markets !== 'global' && markets.length === 1 ? markets[0] : undefined;
  }

  /**
   * Without the author's place, a name two national services share is the one sold where the
   * post's language is written ("Vodafone Störung" is not India's Vi): the other is dropped.
   */
  private inMarketsOfLanguage(mentions: readonly ServiceMention[], language: string): readonly ServiceMention[] {
    const countries = mentions.length > 1 ? LANGUAGE_MARKETS[language] : undefined;
    if (countries === undefined) return mentions;
    const writes = (service: string) => {
      const markets = this.catalogue.marketsOf(service);
      return markets === 'global' || markets.some((c) => countries.includes(c));
    };
    const dropped = mentions.filter(
      (m) => !writes(m.service) && mentions.some((r) => sameSpan(r, m) && r.service !== m.service && writes(r.service)),
    );
    return dropped.length === 0 ? mentions : mentions.filter((m) => !dropped.includes(m));
  }

  /** 2: the service's market is the author's country; 1: a global service; 0: another market. */
  private marketFit(service: string, place: string | undefined): number {
    const markets = this.catalogue.marketsOf(service);
    if (markets === 'global') return 1;
    return place !== undefined && markets.includes(place) ? 2 : 0;
  }

  private hasContext(
    mention: ServiceMention,
    mentions: readonly ServiceMention[],
    cues: readonly Located<Cue>[],
    place: string | undefined,
    words: readonly string[],
    normalised: string,
    beside?: UnspacedProximity,
  ): boolean {
    if (
      mention.via === 'alias' &&
      (this.isNetworkWord(mention, mentions, cues, place, words) || isAnothersNoun(mention, mentions) || anotherNamesStore(mention, words))
    )
      return false;
    if (mention.via === 'alias' && this.isPlacePhrase(mention, mentions, cues)) return false;
    const national = this.catalogue.marketsOf(mention.service) !== 'global';
    // A one-letter name (e& is read "e") is a word in many languages (Portuguese "e", "é"; the
    // "E" of a phone's EDGE icon): it counts only in its own market.
    if (national && mention.via === 'alias' && mention.end - mention.start === 1 && (words[mention.start]?.length ?? 0) === 1) {
      if (this.marketFit(mention.service, place) !== 2) return false;
    }
    // A national service's plain-word name needs its market; an unknown place does not rule it out.
    if (national && place !== undefined && this.marketFit(mention.service, place) === 0 && mention.via === 'alias') return false;
    if (mention.via !== 'alias') return true;
    // A name that is part of a cue is the ordinary word there: "no signal", "line busy"; not
    // inside a long quoted error message, which names the app ("An error occurred while communicating with Steam").
    if (cues.some((c) => polarity(c.value.kind) !== 0 && c.start < mention.end && c.end > mention.start && !namesTheApp(c, mention)))
      return false;
    // Listed with a name an outage hashtag claims ("Logged out of FB, Instagram and Threads ... #instagramdown").
    if (listedWithTaggedDown(mention, mentions)) return true;
    // The post's topic, before a colon, of a post that claims a failure ("yt: mi ha disconnesso e non rientro").
    if (isTopicLabel(mention, words, normalised) && cues.some((c) => polarity(c.value.kind) === 1)) return true;
    // The app one switches to is the app ("Signal'e geçtik, o da çöktü"), not the phone's signal.
    const alternatives = cues.filter((c) => c.value.kind === 'alternative');
    if (alternatives.length > 0 && namedAsAlternative(mention, alternatives)) return true;
    // A Turkish case ending after an apostrophe is written on proper nouns only: "wp'de mesajlar gitmiyor".
    if (caseEndingAfterApostrophe(mention, words, normalised)) return true;
    // A Hindi or Urdu postposition after the name makes it where something fails ("prime pe match
    // nahi chal raha", "सिग्नल पे मैसेज अटके हैं"): the claim may come a few words on in that clause.
    if (LOCATIVE_POSTPOSITIONS.has(words[mention.end] as string) && claimAfterLocative(mention, mentions, cues)) return true;
    // In its own market a national name needs less: the claim may sit further off ("O2 Netz in München tot? Kein Empfang").
    const window = national && this.marketFit(mention.service, place) === 2 ? MARKET_CONTEXT_WINDOW : CONTEXT_WINDOW;
    // A claim before or after the list of names it stands in ("y a que moi qui ai plus whatsapp + ig ?").
    const { start, end } = listSpan(mention, mentions);
    // With no claim anywhere (a complaint only the model reads: "no insta, no fb, no whatsapp"), a
    // list's plain names are what the post is about, and a global app's short name listed with them
    // counts as they do (not a national one: "Non è la TIM, è WhatsApp", "tá vivo?").
    if (
      !national &&
      !cues.some((c) => polarity(c.value.kind) === 1) &&
      mentions.some((m) => m !== mention && !m.ambiguous && m.start >= start && m.end <= end)
    )
      return true;
    return cues.some(
      (c) =>
        polarity(c.value.kind) === 1 &&
        ((c.start <= end + window && c.end >= start - window) ||
          (c.value === QUOTED_ERROR && gap(mention, c) <= QUOTED_ERROR_WINDOW) ||
          (beside?.(mention, c) ?? false)),
    );
  }

  /**
   * "Phone pe" is PhonePe and also "on the phone" ("instagram phone pe bhi nahi khul raha"):
   * beside another service the ambiguous name of a payment app is that app only where the post
   * speaks of paying.
   */
  private isPlacePhrase(mention: ServiceMention, mentions: readonly ServiceMention[], cues: readonly Located<Cue>[]): boolean {
    if (!this.isPayments(mention.service)) return false;
    if (!mentions.some((m) => m.service !== mention.service && !m.ambiguous)) return false;
    return !cues.some((c) => c.value.kind === 'symptom' && c.value.symptom === 'payments');
  }

  /**
   * "Signal" is also the phone's signal (सिग्नल, سگنل, сигнал): where the post names a telco or
   * says the network itself fails ("Vi का नेटवर्क गायब है, सिग्नल ही नहीं आ रहा"), the plain word
   * is that, not the messenger.
   */
  private isNetworkWord(
    mention: ServiceMention,
    mentions: readonly ServiceMention[],
    cues: readonly Located<Cue>[],
    place: string | undefined,
    words: readonly string[],
  ): boolean {
    if (!NAMED_LIKE_THE_NETWORK.has(mention.service)) return false;
    // Beside another telecom named for sure: an ambiguous one may be a word ("c'è" reads as e&),
    // unless it is a telco of the author's market named by more than a letter ("Jazz ka signal")
    // in a post that says nothing a messenger does ("Signal no envía mensajes, claro que ...").
    const messaging = cues.some((c) => c.value.kind === 'symptom' && (c.value.symptom === 'messages' || c.value.symptom === 'media'));
    for (const m of mentions)
      if (
        m.service !== mention.service &&
        this.isTelco(m.service) &&
        (!m.ambiguous || (!messaging && this.marketFit(m.service, place) === 2 && (words[m.start]?.length ?? 0) > 1))
      )
        return true;
    // The network failing, and nothing a messenger does: not the word itself, nor "connecting" beside
    // messages, nor an app's own status line ("stuck on 'Connecting…'": an error cue over the symptom).
    if (messaging) return false;
    let network = false;
    for (const c of cues) {
      if (c.value.kind !== 'symptom') continue;
      if (
        c.value.symptom === 'connectivity' &&
        !mentions.some((m) => m.service === mention.service && c.start < m.end && c.end > m.start) &&
        !cues.some((e) => e.value.kind === 'error' && e.start <= c.start && e.end >= c.end)
      ) {
        network = true;
      }
    }
    return network;
  }

  /** Where the author is, from the geotag or the profile location. */
  private locate(post: PostInput): { country: string; source: CountrySource } | undefined {
    if (post.geo_country && /^[A-Za-z]{2}$/.test(post.geo_country)) return { country: post.geo_country.toUpperCase(), source: 'geo' };
    if (post.author_location) {
      const country = this.profileCountry(post.author_location);
      if (country) return { country, source: 'profile' };
    }
    return undefined;
  }

  /**
   * The country of a profile location, remembered: profile locations repeat endlessly in a
   * stream ("Mumbai", "London, UK"), and resolving one costs more than the rest of a post's
   * place logic. Bounded; the oldest entry goes first. A pure memo: same input, same answer.
   */
  private profileCountry(location: string): string | null {
    const known = this.locationMemo.get(location);
    if (known !== undefined) return known;
    const country = this.gazetteer.resolve(location)?.country ?? null;
    if (this.locationMemo.size >= LOCATION_MEMO_SIZE) this.locationMemo.delete(this.locationMemo.keys().next().value as string);
    this.locationMemo.set(location, country);
    return country;
  }

  /** A country or big place the post itself names ("Jio down in Mumbai"): a hint, not the author's profile. */
  private placeNamedIn(
    words: readonly string[],
    text: string,
    mentions: readonly ServiceMention[],
  ): { country: string; source: CountrySource } | undefined {
    let capitalised: ReadonlySet<string> | undefined;
    const isCapitalised = (at: number) => (capitalised ??= capitalisedWords(text)).has(words[at] as string);
    const readAsPlace = (start: number, end: number, country: string): boolean => {
      // A smaller place outside the markets of the national services named is another place of
      // that name: "Airtel ... in Salt Lake" is Kolkata's, not Utah's.
      if (!this.servedByNamedNationals(mentions, country)) return false;
      for (let at = start; at < end; at++) if (!isCapitalised(at)) return false;
      // "at Victoria station", "near Richmond Park": a landmark named after a town, anywhere.
      if (LANDMARK_NOUNS.has(words[end] as string)) return false;
      for (let at = start - 1; at >= 0 && at >= start - 1 - MAX_ADDRESS_WORDS; at--) {
        const word = words[at] as string;
        if (LOCATIVES.has(word)) return true;
        if (!/^\d+$/.test(word) && !isCapitalised(at)) return false;
      }
      return false;
    };
    const smallerPlaceAt = { minRank: MIN_TEXT_SMALL_PLACE_RANK, accept: readAsPlace };
    let found = this.gazetteer.resolveWords(words, MIN_TEXT_PLACE_RANK, smallerPlaceAt);
    // Most posts name no place: the everyday words that name one are looked for only when one is found.
    const read = found !== undefined && words.some(mayNameNoPlace) ? withoutWordsNamingNoPlace(words, text) : words;
    if (read !== words) found = this.gazetteer.resolveWords(read, MIN_TEXT_PLACE_RANK, smallerPlaceAt);
    // Several places named: the one the author is in comes after "in" ("UPI to India ... anyone else in SG?").
    if (found !== undefined && found.kind !== 'demonym') found = this.placeAfterLocative(read) ?? found;
    // A demonym in the text is more often a language or a cuisine ("subtitles in Spanish", "French
    // fries") than the author's nationality; the author's own place or a national service says more.
    const named = (found?.kind === 'demonym' ? undefined : found) ?? this.inflectedPlaceNamedIn(words);
    return named ? { country: named.country, source: 'hint' } : undefined;
  }

  /**
   * The first country or big place named right after a locative ("in SG", "in the UK", "at
   * Lagos"): where the author is, over a place named as a destination ("UPI to India"). The
   * name must start right after the locative (or its "the"), not merely fall within a few words.
   * `read` are the post's words with those that name no place blanked (`withoutWordsNamingNoPlace`).
   */
  private placeAfterLocative(read: readonly string[]) {
    for (let at = 0; at < read.length - 1; at++) {
      if (!LOCATIVES.has(read[at] as string)) continue;
      const from = read[at + 1] === 'the' ? at + 2 : at + 1;
      for (let to = from + 1; to <= Math.min(read.length, from + MAX_PLACE_WORDS); to++) {
        const named = this.gazetteer.resolveWords(read.slice(from, to), MIN_TEXT_PLACE_RANK);
        if (named === undefined || named.kind === 'demonym') continue;
        // The first word is the name's own: "bed watching Kenya" does not start with a place.
        if (to - from === 1 || this.gazetteer.resolveWords(read.slice(from + 1, to), MIN_TEXT_PLACE_RANK) === undefined) return named;
      }
    }
    return undefined;
  }

  /**
   * A profile place of a name several countries share, read in the market of a national
   * service the post names: "Hyderabad" with Zong is Sindh's, not Telangana's.
   */
  private placeServedByNamed(
    location: string,
    place: { country: string; source: CountrySource },
    mentions: readonly ServiceMention[],
  ): { country: string; source: CountrySource } {
    const nationals = mentions.filter((m) => !m.ambiguous && this.catalogue.marketsOf(m.service) !== 'global');
    if (nationals.length === 0 || nationals.some((m) => this.marketFit(m.service, place.country) === 2)) return place;
    for (const country of this.gazetteer.placeCountries(location)) {
      if (nationals.some((m) => this.marketFit(m.service, country) === 2)) return { country, source: 'profile' };
    }
    return place;
  }

  /**
   * Whether `country` is a market of some national service named, or none is named. Some, not
   * each: one name may be read as two services ("Vodafone" as Vodafone and India's Vi).
   */
  private servedByNamedNationals(mentions: readonly ServiceMention[], country: string): boolean {
    let anotherMarket = false;
    for (const mention of mentions) {
      const fit = this.marketFit(mention.service, country);
      if (fit === 2) return true;
      if (fit === 0) anotherMarket = true;
    }
    return !anotherMarket;
  }

  /**
   * Indian scripts write the case ending onto a place's name (কলকাতায় "in Kolkata",
   * नागपूरमध्ये "in Nagpur", கோவையில "in Coimbatore", யாழ்ப்பாணத்தில "in Jaffna"): a word of those
   * scripts read with up to five characters cut off its end. Only when nothing else placed the post, and only its
   * Indic words.
   */
  private inflectedPlaceNamedIn(words: readonly string[]) {
    for (const word of words) {
      const first = word.charCodeAt(0);
      if (first >= 0x0600 && first <= 0x06ff) {
        const named = this.arabicPlaceWithPreposition(word);
        if (named) return named;
        continue;
      }
      if (first < 0x0900 || first > 0x0dff) continue;
      for (let cut = 1; cut <= MAX_PLACE_ENDING && word.length - cut >= 3; cut++) {
        const stem = word.slice(0, word.length - cut);
        const named =
          this.gazetteer.resolveWords([stem], MIN_TEXT_PLACE_RANK) ??
          this.gazetteer.resolveWords([stem + TAMIL_VIRAMA], MIN_TEXT_PLACE_RANK) ??
          // Tamil names ending in -ம் take their ending on -த்த் (யாழ்ப்பாணம் → யாழ்ப்பாணத்தில)
          (word.startsWith(TAMIL_OBLIQUE_M, stem.length) ? this.gazetteer.resolveWords([stem + TAMIL_M], MIN_TEXT_PLACE_RANK) : undefined);
        if (named) return named;
      }
    }
    return undefined;
  }

  /**
   * Arabic writes a preposition or "and" onto the word (بالكويت "in Kuwait", بمصر "in Egypt",
   * وجدة "and Jeddah", للسعودية "to Saudi Arabia"): the place read with that prefix cut off.
   */
  private arabicPlaceWithPreposition(word: string) {
    for (const [prefix, restore] of ARABIC_PLACE_PREFIXES) {
      if (!word.startsWith(prefix) || word.length - prefix.length < 3) continue;
      const named = this.gazetteer.resolveWords([restore + word.slice(prefix.length)], MIN_TEXT_PLACE_RANK);
      if (named) return named;
    }
    return undefined;
  }

  /**
   * Pakistan or India when a service named serves one of them and not the other (Telenor,
   * Jazz; Jio, Vi), for romanised Hindustani: their other markets do not write it.
   */
  private hindustaniMarketOf(mentions: readonly ServiceMention[]): string | undefined {
    for (const mention of mentions) {
      if (mention.ambiguous) continue;
      const markets = this.catalogue.marketsOf(mention.service);
      if (markets === 'global') continue;
      const pk = markets.includes('PK');
      if (pk !== markets.includes('IN')) return pk ? 'PK' : 'IN';
    }
    return this.homeMarketOf(mentions);
  }

  private hintCountry(
    services: readonly string[],
    mentions: readonly ServiceMention[],
    language: string,
    text: string,
  ): { country: string; source: CountrySource } | undefined {
    for (const service of services) {
      const only = this.onlyMarketOf(service);
      if (only) return { country: only, source: 'hint' };
    }
    // A support handle for one country ("@HSBC_UK", "@VodafoneUK", "@AirtelNigeria"): its customers are there.
    const handled = text.includes('@') ? handleCountry(text) : undefined;
    if (handled) return { country: handled, source: 'hint' };
    // A national service addressed or suspected but not the one failing ("@Safaricom_Care mpesa
    // not going through", "Jio pe whatsapp nahi chal raha"): its users are in its market.
    for (const mention of mentions) {
      const only = mention.ambiguous ? undefined : this.onlyMarketOf(mention.service);
      if (only) return { country: only, source: 'hint' };
    }
    const byLanguage = LANGUAGE_COUNTRY[language];
    return byLanguage ? { country: byLanguage, source: 'hint' } : undefined;
  }

  /**
   * The symptom most cues name; a tie goes to the one earlier in SYMPTOM_ORDER. 'other' (the
   * app, loading, the server) only when nothing more specific is named: "feed not loading" is
   * the feed.
   */
  private symptomOf(cues: readonly Located<Cue>[]): Symptom | 'unspecified' {
    let best: Symptom | 'unspecified' = 'unspecified';
    let bestCount = 0;
    for (const symptom of SYMPTOM_ORDER) {
      if (symptom === 'other' && best !== 'unspecified') break;
      let count = 0;
      for (const cue of cues) if (cue.value.kind === 'symptom' && cue.value.symptom === symptom && !insideOtherSymptom(cue, cues)) count++;
      if (count > bestCount) {
        best = symptom;
        bestCount = count;
      }
    }
    return best;
  }

  /** Confidence grows with the margin between the evidence for and against the decision. */
  private confidence(complaint: boolean, evidence: { positive: number; negative: number }): number {
    const margin = Math.abs(evidence.positive - evidence.negative);
    const value = 0.5 + 0.5 * (1 - Math.exp(-margin / 1.5));
    return Math.round((complaint || margin > 0 ? value : 0.6) * 1000) / 1000;
  }
}

/** Compiles the built-in lexicons, catalogue and gazetteer (about half a second's work: do it once). */
export function createClassifier(options: ClassifierOptions = {}): Classifier {
  return new Classifier(
    {
      lexicons: options.data?.lexicons ?? LEXICONS,
      services: options.data?.services ?? [...SERVICES, ...UNLISTED_SERVICES],
      countries: options.data?.countries ?? allCountries(),
      places: options.data?.places ?? allPlaces(),
    },
    options,
  );
}

/** The kinds of app `Classifier.soleAppNamed` may take a name left without context for (fb, wa, ig, x). */
const SOLE_NAME_CATEGORIES: ReadonlySet<string> = new Set(['messaging', 'social', 'video']);

/**
 * The one service all the post's mentions name, if none of them is inside a cue ("no signal"
 * holds "signal"), said to work right after, asked about as the cause or named as the
 * alternative, and the attribution said none works.
 */
function soleNameOf(
  mentions: readonly ServiceMention[],
  cues: readonly Located<Cue>[],
  saidToWork: readonly string[],
  words: readonly string[],
): string | undefined {
  const first = mentions[0];
  if (first === undefined || mentions.some((m) => m.service !== first.service) || saidToWork.includes(first.service)) return undefined;
  const held = (m: ServiceMention) => cues.some((c) => c.start <= m.start && c.end >= m.end);
  // Said to work right after the name ("Instagram chal raha hai, masla Pinterest ka hai").
  const worksAfter = (m: ServiceMention) => cues.some((c) => c.value.kind === 'working' && c.start >= m.end && c.start <= m.end + 2);
  const aside = (m: ServiceMention) => worksAfter(m) || askedAsCause(m, cues, words, mentions);
  if (mentions.some((m) => m.start < 0 || held(m) || aside(m))) return undefined;
  return withoutAlternatives(mentions, cues, words).length === mentions.length ? first.service : undefined;
}

/** Countries a support handle ends with, as written there ("_UK", "Nigeria", "PK"), and their codes. */
const HANDLE_COUNTRIES: ReadonlyMap<string, string> = new Map([
  ...['UK', 'IN', 'PK', 'NG', 'KE', 'PH', 'EG', 'TR', 'IT', 'BR', 'ES', 'DE', 'FR', 'US', 'AU', 'ZA', 'GH', 'BD', 'ID', 'MY'].map(
    (code): [string, string] => [code, code === 'UK' ? 'GB' : code],
  ),
  ['India', 'IN'],
  ['Pakistan', 'PK'],
  ['Nigeria', 'NG'],
  ['Kenya', 'KE'],
  ['Egypt', 'EG'],
  ['Ghana', 'GH'],
  ['Italia', 'IT'],
  ['Brasil', 'BR'],
  ['Turkiye', 'TR'],
]);
/** A handle's last part: after an underscore, or a capitalised word or a two-capital code after a lower-case letter. */
const HANDLE_TAIL = /@\w*?(?:_([A-Za-z]+)|[a-z0-9]([A-Z][a-z]+|[A-Z]{2}))\b/g;

/** The country the first handle naming one is for, if any. */
function handleCountry(text: string): string | undefined {
  for (const match of text.matchAll(HANDLE_TAIL)) {
    const country = HANDLE_COUNTRIES.get((match[1] ?? match[2]) as string);
    if (country !== undefined) return country;
  }
  return undefined;
}

/** The services attributed, less a parent brand named beside its own product and the tags that close the post. */
function failingOf(
  attribution: Attribution,
  mentions: readonly ServiceMention[],
  cues: readonly Located<Cue>[],
  words: readonly string[],
  normalised: string,
  tokens: readonly Token[],
): string[] {
  return withoutClosingTags(withoutParentBrand(attribution.services, mentions, cues, words, normalised), mentions, tokens);
}

/**
 * Whether a name stands at or after `position`, a cue's end: in tokens, or, for unspaced text
 * (Japanese, Thai), in characters past the words, where its cues stand (see `findCues`).
 */
function namedAfter(m: ServiceMention, position: number, wordCount: number): boolean {
  if (!isUnspacedPosition(position, wordCount)) return m.start >= 0 && m.start >= position;
  return m.charStart >= 0 && unspacedPosition(wordCount, m.charStart) >= position;
}

/**
 * Japanese lists names with も after each ("インスタもFacebookも両方ダメ": Insta and Facebook both):
 * where one of them fails, so do the others, unless said to work. Attribution, which binds a
 * claim to the name nearest it, gives it to one.
 */
function withListMates(
  services: string[],
  mentions: readonly ServiceMention[],
  normalised: string,
  saidToWork: readonly string[],
): string[] {
  const listed = mentions.filter((m) => listedWithAlso(m, normalised));
  if (listed.length < 2 || !listed.some((m) => services.includes(m.service))) return services;
  const mates = listed.map((m) => m.service).filter((id) => !services.includes(id) && !saidToWork.includes(id));
  return mates.length === 0 ? services : [...services, ...new Set(mates)];
}
