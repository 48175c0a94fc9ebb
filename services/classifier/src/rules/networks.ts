/**
 * Networks and what depends on them: telcos, Wi-Fi, mobile data, console networks, a bank's
 * server. An app that fails well after a failing carrier is that network's consequence, not a
 * failure of its own ("o2 data gone … can't even get whatsapp to connect"); "on wifi everything's
 * fine" leaves the mobile network as what fails; a network the author tried ("tried Zong, Jazz and
 * PTCL wifi"), checked (its router restarted, its operator called) or whose data another app works
 * on ("con los mismos datos de Movistar") is not failing. The classifier applies these as it
 * settles which names fail, before and after it attributes claims.
 */
import type { ServiceMention } from '../catalogue/catalogue.js';
import type { Cue } from '../lexicon/cues.js';
import { ALSO_AFTER, foldedSet } from './words.js';
import { claimsFailure, gap, type Located, polarity, saysItWorks } from './claims.js';
import { onlySaidToWork } from './said-to-work.js';
import { ATTRIBUTION_WINDOW } from './attribution.js';
import { QUOTED_ERROR } from './complaint.js';

/** "Nothing" in the lexicons' languages, and the words that make "some" into it ("kuch nahi", "کچھ نہیں"). */
const NOTHING_WORDS: ReadonlySet<string> = foldedSet(['nothing', 'nada', 'niente', 'hicbir', 'rien']);
const SOME_WORDS: ReadonlySet<string> = foldedSet(['kuch', 'kuchh', 'کچھ', 'कुछ']);
const NOT_WORDS: ReadonlySet<string> = foldedSet(['nahi', 'nahin', 'nai', 'nhi', 'نہیں', 'نئیں', 'नहीं', 'नही']);

/** "X to kya" (forget X, even Y): in romanised Hindi/Urdu, Urdu and Hindi script. */
const FORGET_PAIRS: ReadonlySet<string> = foldedSet(['to kya', 'toh kya', 'تو کیا', 'तो क्या']);
/** Whether the words from `from` to `to` hold "X to kya" ("youtube to kya google bhi nahi khul raha"). */
function forgetBefore(words: readonly string[], from: number, to: number): boolean {
  for (let at = from; at + 1 < to; at++) if (FORGET_PAIRS.has(`${words[at]} ${words[at + 1]}`)) return true;
  return false;
}
/** "Nor anything" right after a name ("ni whatsapp ni nada", "nem whatsapp nem nada", "né whatsapp né niente"). */
const NOTHING_AFTER: ReadonlySet<string> = foldedSet(['ni nada', 'nem nada', 'ne niente', 'na kuch', 'ya kuch']);

/** Whether the words from `from` to `to` say that nothing works ("nothing loads", "kuch nahi chal raha"). */
function saysNothingWorks(words: readonly string[], from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const word = words[at] as string;
    if (NOTHING_WORDS.has(word) || (SOME_WORDS.has(word) && NOT_WORDS.has(words[at + 1] as string))) return true;
  }
  return false;
}

/**
 * The mentions without the dependents (apps, games) named well after a failing carrier (a telco,
 * a console network): see `Classifier.withoutConsequences`. A dependent said to work shows the
 * carrier up, and then none is dropped.
 */
export function withoutDependents(
  ordered: ServiceMention[],
  cues: readonly Located<Cue>[],
  words: readonly string[],
  isCarrier: (service: string) => boolean,
  isDependent: (service: string) => boolean,
  isDependentUnlessClaimed: (service: string) => boolean = () => false,
): ServiceMention[] {
  // Where the carrier is first named (its support handle may come last), unless said to work
  // ("Jio ka network thik hai par WhatsApp nahi chal raha" is about WhatsApp).
  let carrierEnd = Infinity;
  for (const m of ordered) if (m.start >= 0 && isCarrier(m.service) && !onlySaidToWork(m, cues)) carrierEnd = Math.min(carrierEnd, m.end);
  if (carrierEnd === Infinity) return ordered;
  const firstStart = new Map<string, number>();
  for (const m of ordered) if (!firstStart.has(m.service)) firstStart.set(m.service, m.start);
  // A quoted error may stand a few words on ("M-Pesa keeps failing with \"request cannot be processed\"").
  const claimedAfter = (m: ServiceMention) =>
    cues.some(
      (c) =>
        claimsFailure(c) && c.start >= m.end && c.start <= m.end + (c.value === QUOTED_ERROR ? QUOTED_ERROR_REACH : ATTRIBUTION_WINDOW),
    );
  const mayDepend = (m: ServiceMention) => isDependent(m.service) || isDependentUnlessClaimed(m.service);
  const dependent = (m: ServiceMention) => isDependent(m.service) || (isDependentUnlessClaimed(m.service) && !claimedAfter(m));
  // After "nothing works" on the carrier, "also" is "even" ("kuch nahi chal raha, YouTube bhi nahi khulta"),
  // and after "forget X" too ("یوٹیوب تو کیا گوگل بھی نہیں کھل رہا", "youtube to kya google bhi nahi khul raha").
  const alsoItsOwn = (m: ServiceMention) =>
    ALSO_AFTER.has(words[m.end] ?? '') && !saysNothingWorks(words, carrierEnd, m.start) && !forgetBefore(words, carrierEnd, m.start);
  // "Neither X nor anything" lists X among what the dead network stops, however near its name.
  const amongNothing = (m: ServiceMention) => NOTHING_AFTER.has(`${words[m.end] ?? ''} ${words[m.end + 1] ?? ''}`);
  const consequence = (m: ServiceMention) =>
    dependent(m) && (amongNothing(m) || ((firstStart.get(m.service) ?? -1) - carrierEnd > ATTRIBUTION_WINDOW && !alsoItsOwn(m)));
  // Other dependents said to work show the carrier up ("PTCL wala router restart kiya. youtube chal
  // raha hai ... bas whatsapp 'connecting...' pe atka hua hai"): the app fails on its own.
  if (ordered.some((m) => mayDepend(m) && m.start >= 0 && onlySaidToWork(m, cues))) return ordered;
  return ordered.some(consequence) ? ordered.filter((m) => !consequence(m)) : ordered;
}

/** Wi-Fi, and the words after it that say "on it" ("wifi pe", "wifi te", "wifi la"). */
export const WIFI_WORDS: ReadonlySet<string> = foldedSet([
  'wifi',
  'wi-fi',
  'wi',
  'wlan',
  'vaifai',
  'वाईफाई',
  'वाईफ़ाई',
  'ওয়াইফাই',
  'وائی فائی',
  'வைஃபை',
]);
const ON_AFTER_WIFI: ReadonlySet<string> = new Set([
  // Turkish dative ("wifi'ye", "wifi'a")
  'ye',
  'ya',
  'pe',
  'par',
  'me',
  'mein',
  'te',
  'e',
  'la',
  'lo',
  'pa',
  'पर',
  'पे',
  'में',
  'তে',
  'এ',
  'پر',
  'میں',
]);
/** Whether the service is named right beside the Wi-Fi word at `wifi` ("Türk Telekom wifi", "wifi IndiHome"). */
export function providesTheWifi(service: string, wifi: number, mentions: readonly ServiceMention[]): boolean {
  return mentions.some((m) => m.service === service && m.start >= 0 && (m.end === wifi || m.start === wifi + 1));
}

/** Before Wi-Fi, the place it works on: "on wifi", Indonesian "ke wifi" (to), "pake wifi" (using). */
const ON_BEFORE_WIFI: ReadonlySet<string> = new Set(['on', 'ke', 'pake', 'pakai', 'via', 'over']);
/** After Wi-Fi, a switch to it ("wifi'ye geçince": on switching to the wifi). */
const SWITCH_AFTER_WIFI: ReadonlySet<string> = new Set(['gecince', 'baglaninca']);
/** Wi-Fi with a locative ending ("ওয়াইফাইতে"). */
const ON_WIFI_FUSED: ReadonlySet<string> = new Set(['ওয়াইফাইতে', 'ওয়াইফাইয়ে']);

/**
 * "On wifi everything's fine" ("ফেসবুক ইউটিউব কিছুই খুলছে না, ওয়াইফাইতে সব ঠিক", "insta nahi
 * chal raha, wifi pe sab theek"): the apps work, the mobile network fails, so the apps named
 * are what the network stops, not failures of their own. A "works" or recovery phrase within
 * two words after Wi-Fi written as the place it works.
 */
export function fineOnWifi(
  words: readonly string[],
  cues: readonly Located<Cue>[],
  mentions: readonly ServiceMention[],
  isTelco: (service: string) => boolean,
): number {
  for (let at = 0; at < words.length; at++) {
    const word = words[at] as string;
    let on = -1;
    if (ON_WIFI_FUSED.has(word)) on = at + 1;
    else if (WIFI_WORDS.has(word)) {
      if (ON_AFTER_WIFI.has(words[at + 1] as string)) on = at + 2;
      else if (at > 0 && ON_BEFORE_WIFI.has(words[at - 1] as string)) on = at + 1;
      // Another network's box or a switch between: "ganti ke wifi IndiHome langsung lancar", "wifi'ye geçince düzeliyor".
      const providerAt = (i: number) => mentions.find((m) => m.start === i && isTelco(m.service));
      for (let provider = providerAt(on); on >= 0 && (SWITCH_AFTER_WIFI.has(words[on] as string) || provider); provider = providerAt(on))
        on = provider ? provider.end : on + 1;
    }
    // "whatsapp only works on wifi", "só vai no wifi", "sirf wifi pe chal raha": nothing but Wi-Fi works.
    if (WIFI_WORDS.has(word) && onlyBefore(at, words, mentions) && mentions.some((m) => isTelco(m.service))) return at;
    if (on < 0) continue;
    // What works there is everything, not another app named ("wifi pe YouTube chal raha hai": Netflix still fails).
    const fine = (c: Located<Cue>) =>
      saysItWorks(c) && c.start >= on && c.start - on <= 2 && !mentions.some((m) => m.start >= on && m.start < c.start);
    if (cues.some(fine)) return at;
  }
  return -1;
}

/** "Only" before the Wi-Fi it works on, beyond ONLY_WORDS ("cuma di wifi", "hanya pakai wifi"). */
const MORE_ONLY_ON_WIFI: ReadonlySet<string> = new Set(['cuma', 'hanya', 'seulement', 'yalnizca']);
/** Tokens before the Wi-Fi word within which its "only" stands ("only works on wifi"). */
const ONLY_REACH = 3;

/**
 * Whether "only" stands within ONLY_REACH words before the Wi-Fi word at `at`, with no name
 * between; Portuguese "só" folds to "so", so it counts only as "só vai no wifi".
 */
function onlyBefore(at: number, words: readonly string[], mentions: readonly ServiceMention[]): boolean {
  if (at >= 3 && words[at - 3] === 'so' && (words[at - 1] === 'no' || words[at - 1] === 'na')) return true;
  for (let k = at - 1; k >= 0 && k >= at - ONLY_REACH; k--) {
    if (mentions.some((m) => m.start >= k && m.start < at)) return false;
    const word = words[k] as string;
    if (ONLY_WORDS.has(word) || MORE_ONLY_ON_WIFI.has(word)) return true;
  }
  return false;
}

/**
 * "Even" in the languages of the lexicons (folded as posts are: "même" is "meme"), before an
 * app's name ("even google", "حتى يوتيوب", "bile WhatsApp") or, for Hindustani "tak", after it
 * ("YouTube tak").
 */
const EVEN_BEFORE: ReadonlySet<string> = foldedSet([
  'even',
  'bile',
  'hatta',
  'neanche',
  'nemmeno',
  'manco',
  'siquiera',
  'nem',
  'meme',
  'sogar',
  'bahkan',
  'hata',
  'حتى',
  'حتا',
  'حتی',
]);
const EVEN_AFTER: ReadonlySet<string> = new Set(['tak', 'तक', 'تک', 'bile', 'pun']);
/** Tokens before an app's name within which "even" governs it ("can't even get whatsapp"). */
const EVEN_REACH = 3;

/** Japanese "also" after a name: "even" after a failure, and how names are listed ("インスタもFacebookも"). */
const ALSO_PARTICLE = 'も';
/** "Also, even" written right after a name in Japanese, unspaced ("インスタも", "LINEまで"). */
const EVEN_PARTICLES_AFTER: readonly string[] = [ALSO_PARTICLE, 'すら', 'さえ', 'まで'];

/** Whether a name in unspaced Japanese has "also" (も) right after it. */
export function listedWithAlso(mention: ServiceMention, normalised: string): boolean {
  return mention.charEnd >= 0 && normalised.startsWith(ALSO_PARTICLE, mention.charEnd);
}
/** "Also, even" ending a Korean name's word ("유튜브도", "카톡까지"), or its own token after a Latin name ("youtube도"). */
const EVEN_ENDINGS: readonly string[] = ['도', '조차', '까지'];

export function saidToFailEven(mention: ServiceMention, words: readonly string[], normalised: string): boolean {
  const next = words[mention.end] ?? '';
  if (EVEN_AFTER.has(next) || EVEN_ENDINGS.includes(next)) return true;
  for (let at = Math.max(0, mention.start - EVEN_REACH); at < mention.start; at++) if (EVEN_BEFORE.has(words[at] as string)) return true;
  if (mention.charEnd >= 0 && EVEN_PARTICLES_AFTER.some((particle) => normalised.startsWith(particle, mention.charEnd))) return true;
  return mention.start >= 0 && endsInEvenParticle(words[mention.end - 1] ?? '');
}

/**
 * "None of them" after a list of apps ("هیچکدوم باز نمیشه"). Not "nothing", which after one
 * app's name is what it fails to load ("Instagram non carica niente").
 */
const NOTHING_AFTER_LIST: ReadonlySet<string> = foldedSet(['هیچکدوم', 'هیچکدام']);
/** "Whatever ... too": Vietnamese "gì cũng", folded or not (the post's other letters decide). */
const WHATEVER_PAIRS: ReadonlySet<string> = new Set(['gì cũng', 'gi cung']);
/** Tokens after an app's name within which "nothing" sums up its list. */
const NOTHING_REACH = 3;

/** Whether "nothing" or "whatever" follows the app's name closely, summing up a list of what does not work. */
export function nothingAfter(mention: ServiceMention, words: readonly string[]): boolean {
  if (mention.start < 0) return false;
  for (let at = mention.end; at < words.length && at <= mention.end + NOTHING_REACH; at++) {
    if (NOTHING_AFTER_LIST.has(words[at] as string) || WHATEVER_PAIRS.has(`${words[at]} ${words[at + 1]}`)) return true;
  }
  return false;
}

/** A Hangul word longer than the particle it ends with: the name's word with "도" on it. */
function endsInEvenParticle(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 0xac00 || code > 0xd7a3) return false;
  return EVEN_ENDINGS.some((ending) => word.length > ending.length + 1 && word.endsWith(ending));
}

/**
 * Where the first claim that the network itself fails ends (a connectivity symptom beside an
 * outage word), if any. Not a symptom word that is a service's name ("line" is LINE).
 */
export function firstNetworkClaimEnd(cues: readonly Located<Cue>[], mentions: readonly ServiceMention[]): number | undefined {
  let end: number | undefined;
  for (const cue of cues) {
    if (cue.value.kind !== 'symptom' || cue.value.symptom !== 'connectivity' || cue.start < 0) continue;
    if (mentions.some((m) => m.start === cue.start && m.end === cue.end)) continue;
    const claimed = cues.some((c) => polarity(c.value.kind) === 1 && gap(c, cue) <= ATTRIBUTION_WINDOW);
    if (claimed && (end === undefined || cue.end < end)) end = cue.end;
  }
  return end;
}

/** "Only" before a name: its claim is its own, not shared with the names listed before it ("YouTube va, solo WhatsApp è morto"). */
export const ONLY_WORDS: ReadonlySet<string> = new Set([
  'only',
  'just',
  'solo',
  'solamente',
  'soltanto',
  'sadece',
  'sirf',
  'bas',
  'apenas',
  'nur',
]);

/** A bank, and its server, in our languages (folded and as the normaliser writes them). */
const BANK_WORDS: ReadonlySet<string> = new Set(['bank', 'banks', 'बैंक', 'بینک', 'banco', 'banka']);
const SERVER_WORDS: ReadonlySet<string> = new Set(['server', 'servers', 'सर्वर', 'سرور', 'servidor', 'sunucu', 'sunucusu']);

/** Words from "bank" within which its server is named ("bank server", "bank's server", "bank ka server"). */
const BANK_SERVER_REACH = 3;

/** Whether the post names a bank's server ("bank server down", "Your bank's server is not responding", "बैंक सर्वर डाउन"). */
export function blamesTheBanksServer(words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    if (!BANK_WORDS.has(words[i] as string)) continue;
    for (let k = i + 1; k <= i + BANK_SERVER_REACH && k < words.length; k++) if (SERVER_WORDS.has(words[k] as string)) return true;
  }
  return false;
}

/** Verbs of trying a list of networks: "tried Zong, Jazz and PTCL wifi", "Zong, Jazz, PTCL... tried all three". */
const TRIED_VERBS: ReadonlySet<string> = new Set(['tried', 'try', 'denedim', 'provato', 'probe', 'testei', 'tentei']);
/** What may stand between the networks of a tried list: joiners, Wi-Fi and data words, "all", "three". */
const TRIED_LIST_FILLERS: ReadonlySet<string> = new Set([
  'and',
  'aur',
  've',
  'e',
  'y',
  'or',
  'all',
  'both',
  'three',
  'two',
  'data',
  'sim',
  'home',
  'office',
  'the',
  'my',
]);
/** Tokens from a network to the verb of a tried list it is part of. */
const TRIED_LIST_REACH = 6;

/** Whether a network is one of a list the author tried, the verb before or just after the list. */
export function inTriedList(m: { start: number; end: number }, words: readonly string[], isTelcoAt: (k: number) => boolean): boolean {
  const inList = (k: number) => TRIED_LIST_FILLERS.has(words[k] as string) || WIFI_WORDS.has(words[k] as string) || isTelcoAt(k);
  for (let k = m.start - 1; k >= 0 && k >= m.start - TRIED_LIST_REACH; k--) {
    if (TRIED_VERBS.has(words[k] as string)) return true;
    if (!inList(k)) break;
  }
  for (let k = m.end; k < words.length && k < m.end + TRIED_LIST_REACH; k++) {
    if (TRIED_VERBS.has(words[k] as string)) return true;
    if (!inList(k)) return false;
  }
  return false;
}

/** "Data" right before "of" and a network ("con los mismos datos de Movistar", "nos dados da Claro"): the network tried. */
const DATA_OF_WORDS: ReadonlySet<string> = new Set(['datos', 'dados']);
const OF_BEFORE_NETWORK: ReadonlySet<string> = new Set(['de', 'da', 'do']);

/** Whether the words right before `at` are "datos de" or "dados da". */
export function dataOfBefore(at: number, words: readonly string[]): boolean {
  return at >= 2 && OF_BEFORE_NETWORK.has(words[at - 1] as string) && DATA_OF_WORDS.has(words[at - 2] as string);
}

/** What a suspected network's own box is called ("the Sky router", "Jio Fiber ka router", "türk telekom modemini"). */
const BOX_WORDS: ReadonlySet<string> = new Set([
  ...['router', 'routers', 'modem', 'modemi', 'modemini', 'modemim', 'modemimi', 'fritzbox', 'freebox', 'livebox', 'bbox', 'box', 'hub'],
  ...['ont', 'onu', 'roteador', 'enrutador'],
]);
/** Restarting a box, folded, in the languages of our markets ("restart kiya", "resetledim", "reiniciei", "riavviato"). */
const RESTART_WORDS: ReadonlySet<string> = new Set([
  ...['restart', 'restarted', 'reboot', 'rebooted', 'reset', 'resetted', 'resetledim', 'resetledik', 'resetlendi', 'reiniciei'],
  ...[
    'reiniciado',
    'reinicie',
    'riavviato',
    'resettato',
    'redemarre',
    'neugestartet',
    'gestartet',
    'switched',
    'reboote',
    'cycling',
    'cycled',
  ],
]);
/** Calling the operator, folded ("called Vodafone", "bei o2 angerufen", "Turkcell'i aradım", "llamé a Movistar"). */
const CALL_WORDS: ReadonlySet<string> = new Set(['called', 'angerufen', 'aradim', 'aradik', 'llame', 'chiamato', 'liguei', 'appele']);
/** Words around a telco's name within which its box or its call is said. */
const CHECKED_REACH = 5;

/**
 * Whether a telco is named as what the author checked: its box restarted or its operator called
 * ("insta nahi chala to Jio Fiber ka router restart kiya", "bei o2 angerufen... instagram ist
 * einfach down"). Restarting or calling is looking for the fault, not finding it there.
 */
export function checkedAsSuspect(mention: ServiceMention, words: readonly string[]): boolean {
  if (mention.start < 0) return false;
  const around = words.slice(Math.max(0, mention.start - CHECKED_REACH), mention.end + CHECKED_REACH);
  return around.some((w) => CALL_WORDS.has(w)) || (around.some((w) => RESTART_WORDS.has(w)) && around.some((w) => BOX_WORDS.has(w)));
}

/** Words between the network's word and a failure said of it ("جاز والوں کا انٹرنیٹ کسی کا بھی نہیں چل رہا"). */
const NETWORK_CLAIM_REACH = 5;

/** Characters between the network's word and a failure said of it in unspaced text. */
const UNSPACED_CLAIM_REACH = 2;

/** Words between an app's name and a connection word said of it ("instagram are not connecting"). */
const APP_PREDICATE_GAP = 3;

/**
 * Whether a failure is said after the network's word (within `NETWORK_CLAIM_REACH` words) or
 * touching it ("net band hai", "no internet"): "on my vi sim" names the network and says nothing
 * of it, and an app's failure before the word is the app's. Unspaced text's cues count
 * characters, not words: there only what nearly touches the word.
 */
export function failsAfter(network: Located<Cue>, cues: readonly Located<Cue>[], words: readonly string[]): boolean {
  const reach = network.start < words.length ? NETWORK_CLAIM_REACH : UNSPACED_CLAIM_REACH;
  return cues.some((f) => f !== network && claimsFailure(f) && f.start <= network.end + reach && f.end >= network.start);
}

/**
 * Whether a connection word belongs to an app rather than the network: an app's own "not
 * connecting" ("whatsapp and instagram are not connecting"), a word of an app's quoted error
 * ("« en attente de connexion »"), or, in unspaced text, the app's own name read as one ("LINEのメッセージ").
 */
export function isAppsOwn(
  word: Located<Cue>,
  cues: readonly Located<Cue>[],
  mentions: readonly ServiceMention[],
  apps: readonly ServiceMention[],
  unspacedText: boolean,
): boolean {
  if (unspacedText && apps.some((m) => m.start <= word.start && m.end >= word.end)) return true;
  if (cues.some((e) => e.value.kind === 'error' && e.start <= word.start && e.end >= word.end)) return true;
  // The app's predicate: no other name between ("whatsapp and instagram are not connecting" is Instagram's).
  return apps.some(
    (m) => m.end <= word.start && word.start - m.end <= APP_PREDICATE_GAP && !mentions.some((o) => o.start >= m.end && o.end <= word.start),
  );
}

/** Particles and intensifiers between the connection's word and what is said of it ("net to bilkul theek chal raha hai"). */
const CONNECTION_FILLERS: ReadonlySet<string> = new Set(['to', 'toh', 'tou', 'bilkul', 'ekdum', 'bhi', 'totally', 'perfectly']);

/** Whether the words from `from` to `to` are at most two such fillers. */
export function fillersBetween(from: number, to: number, words: readonly string[]): boolean {
  if (to - from > 2) return false;
  for (let at = from; at < to; at++) if (!CONNECTION_FILLERS.has(words[at] as string)) return false;
  return true;
}

/** Words after a name within which a quoted error is said of that name ("M-Pesa keeps failing with '…'"). */
const QUOTED_ERROR_REACH = 4;

/** Mobile data as a post names it ("4g", "ڈیٹا"). */
export const MOBILE_DATA_WORDS: ReadonlySet<string> = new Set(['4g', '5g', 'lte', 'ڈیٹا', 'डेटा']);
/** The connections a failure may be tried on: Wi-Fi, mobile data, and the plain word for data. */
const CONNECTION_WORDS: ReadonlySet<string> = new Set([
  ...WIFI_WORDS,
  ...MOBILE_DATA_WORDS,
  ...foldedSet(['data', 'datos', 'dados', 'veri', 'veride', 'डेटावर', 'ডেটা', 'ডাটা']),
]);
/** What says the failure is the same there too ("on wifi too", "wifi pe bhi", "auch im WLAN", "no wifi também"). */
const SAME_THERE_WORDS: ReadonlySet<string> = foldedSet([
  ...['too', 'also', 'even', 'same', 'bhi', 'भी', 'بھی', 'पण', 'auch', 'dasselbe', 'gleiche', 'juga', 'sama', 'também', 'tambem'],
  ...['también', 'tambien', 'anche', 'pure', 'aussi', 'même', 'bile', 'dahi', 'yine', 'aynı', 'aynısı', 'ও', 'தான்'],
]);
/** Words from the connection word to its "too". */
const SAME_THERE_REACH = 3;
/** Japanese "even on Wi-Fi", written without spaces. */
const SAME_ON_WIFI_UNSPACED = /(?:wi-?fi|ワイファイ)(?:で|に)も/;

/**
 * Whether the post says its failure is the same on another connection ("won't load on 4g or on
 * wifi", "wifi pe bhi same", "im WLAN dasselbe", "Wi-Fiでも同じ"): then no mobile network or
 * broadband named is the cause, only the app. Not where the connection is said to work
 * ("wifi is fine too": see `fineOnWifi`).
 */
export function sameOnAnotherConnection(words: readonly string[], normalised: string, cues: readonly Located<Cue>[]): boolean {
  if (SAME_ON_WIFI_UNSPACED.test(normalised)) return true;
  for (let at = 0; at < words.length; at++) {
    if (!CONNECTION_WORDS.has(words[at] as string)) continue;
    const from = Math.max(0, at - SAME_THERE_REACH);
    const to = Math.min(words.length, at + SAME_THERE_REACH + 1);
    if (cues.some((c) => saysItWorks(c) && c.end > from && c.start < to)) continue;
    for (let near = from; near < to; near++) if (near !== at && SAME_THERE_WORDS.has(words[near] as string)) return true;
  }
  return false;
}

/** What a bank is named as when a payment was tried from it: "from my SBI and HDFC accounts". */
const ACCOUNT_WORDS: ReadonlySet<string> = foldedSet([
  ...['account', 'accounts', 'acc', 'accs', 'ac', 'card', 'cards', 'khata', 'khate', 'खाता', 'खाते', 'اکاؤنٹ'],
  ...['hesabı', 'hesabim', 'hesabımdan', 'hesaplardan', 'conta', 'contas', 'cuenta', 'cuentas', 'conto', 'conti', 'rekening'],
]);
/** Words that join the banks of such a list. */
const BANK_LIST_JOINERS: ReadonlySet<string> = foldedSet(['and', 'or', 'both', 'aur', 'ya', 've', 'e', 'y', 'o', 'dan', 'ou', '及']);

/**
 * Banks listed as the accounts a failing payment was tried from ("UPI failing, tried from both
 * SBI and HDFC accounts"): two banks failing alike say the payment system fails, not the banks.
 * `isBank` and `isPayments` read the catalogue's categories. Returns the mentions without those banks.
 */
export function withoutBanksTriedAsAccounts(
  mentions: readonly ServiceMention[],
  words: readonly string[],
  isBank: (id: string) => boolean,
  isPayments: (id: string) => boolean,
): readonly ServiceMention[] {
  if (mentions.length < 3 || !mentions.some((m) => isPayments(m.service)) || !words.some((w) => ACCOUNT_WORDS.has(w))) return mentions;
  const banks = mentions.filter((m) => m.start >= 0 && isBank(m.service)).sort((a, b) => a.start - b.start);
  const tried = new Set<ServiceMention>();
  for (let first = 0; first < banks.length; first++) {
    let last = first;
    while (
      last + 1 < banks.length &&
      words.slice((banks[last] as ServiceMention).end, (banks[last + 1] as ServiceMention).start).every((w) => BANK_LIST_JOINERS.has(w))
    )
      last++;
    const end = (banks[last] as ServiceMention).end;
    if (last > first && (ACCOUNT_WORDS.has(words[end] ?? '') || ACCOUNT_WORDS.has(words[end + 1] ?? ''))) {
      for (let k = first; k <= last; k++) tried.add(banks[k] as ServiceMention);
    }
    first = last;
  }
  return tried.size === 0 ? mentions : mentions.filter((m) => !tried.has(m));
}

/** Words before a bank that name it as the account a payment went from: "from my SBI account". */
const FROM_BEFORE_ACCOUNT: ReadonlySet<string> = foldedSet(['from', 'with', 'using', 'via', 'thru', 'through']);
/** Words after "account" that do the same: Hindustani "SBI account se". */
const FROM_AFTER_ACCOUNT: ReadonlySet<string> = foldedSet(['se', 'say', 'sy', 'से', 'سے']);
/** Words that may stand between "from" and the bank. */
const OWNERS: ReadonlySet<string> = foldedSet(['my', 'the', 'mera', 'mere', 'meri', 'apne']);

/**
 * The mirror of `withoutBanksTriedAsAccounts`: two or more payment apps failing with the one
 * bank account they were tried from ("GPay ho ya PhonePe, SBI account se payment nahi ja raha",
 * "tried gpay and paytm from my HDFC account, both fail") say the bank fails, not the apps.
 * Only a single bank, named as where the money went from, with the apps named before it and no
 * failure said between them (in "gpay and phonepe both down, money debited from my SBI
 * account" the apps fail). Returns the mentions without those apps.
 */
export function withoutAppsTriedWithOneAccount(
  mentions: readonly ServiceMention[],
  cues: readonly Located<Cue>[],
  words: readonly string[],
  isBank: (id: string) => boolean,
  isPayments: (id: string) => boolean,
): readonly ServiceMention[] {
  if (mentions.length < 3 || !words.some((w) => ACCOUNT_WORDS.has(w))) return mentions;
  const banks = mentions.filter((m) => isBank(m.service));
  if (banks.length === 0 || banks.some((m) => m.service !== (banks[0] as ServiceMention).service)) return mentions;
  const account = banks.find((m) => m.start >= 0 && namedAsPaidFrom(m, words));
  if (account === undefined) return mentions;
  const apps = mentions.filter((m) => isPayments(m.service));
  if (new Set(apps.map((m) => m.service)).size < 2 || apps.some((m) => m.start < 0 || m.start > account.start)) return mentions;
  const first = Math.min(...apps.map((m) => m.start));
  if (cues.some((c) => claimsFailure(c) && c.start > first && c.end <= account.start)) return mentions;
  return mentions.filter((m) => !isPayments(m.service));
}

/** Whether the bank is named as the account a payment went from: "from my SBI account", "SBI account se". */
function namedAsPaidFrom(bank: ServiceMention, words: readonly string[]): boolean {
  const account = ACCOUNT_WORDS.has(words[bank.end] ?? '') ? bank.end : -1;
  if (account < 0) return false;
  if (FROM_AFTER_ACCOUNT.has(words[account + 1] ?? '')) return true;
  let before = bank.start - 1;
  if (OWNERS.has(words[before] ?? '')) before--;
  return FROM_BEFORE_ACCOUNT.has(words[before] ?? '');
}
