/**
 * Claims that come from no outage word, and the decision. A post naming no service still complains
 * when it says what fails (an app said to crash, "mtandao umekatika"); an account suspension
 * everyone gets is an outage; an error message quoted from an app near a name is a claim about it
 * (looked for only where one more claim can change the outcome); a name with only distress emoji
 * is a complaint. `isComplaint` weighs a post's claims against the counter-evidence; the complaint
 * model reads the post's words with the names masked (`namesMasked`) and gives its confidence when
 * it overrules the rules.
 */
import type { ServiceMention } from '../catalogue/catalogue.js';
import type { Cue } from '../lexicon/cues.js';
import { errorCodes, hasQuoteMark, quotedErrors } from '../quoted-errors.js';
import type { Token } from '../text/tokens.js';
import { foldedSet } from './words.js';
import { gap, type Located } from './claims.js';

/**
 * A post that names no catalogue service still complains when it says what is failing
 * ("mtandao umekatika", "اینترنت قطع شده": the network, the internet, an app).
 */
function saysWhatFails(cues: readonly Located<Cue>[], words: readonly string[]): boolean {
  return cues.some((c) => c.value.kind === 'symptom' && (c.value.symptom !== 'other' || appFails(c, cues, words)));
}

/** Words for "the app" (an unnamed one): "la app se cierra sola", "uygulama kapanıyor". */
const APP_WORDS: ReadonlySet<string> = foldedSet([
  'app',
  'aplicacion',
  'aplicativo',
  'applicazione',
  'appli',
  'application',
  'uygulama',
  'uygulamasi',
  // Turkish banks' apps are "<bank> Mobil"; a car in Indonesian and Malay, which list it as no cue.
  'mobil',
  'aplikasi',
  'aplikasinya',
  'التطبيق',
]);
/** Tokens from "the app" to the claim made of it ("the app just keeps crashing"). */
const APP_CLAIM_GAP = 2;

/**
 * An app said to fail by an outage phrase right after the word for it ("se cierra sola",
 * "keeps crashing"): what fails is said, though unnamed. Not a bare negator ("the app is not
 * for me"): only a listed phrase.
 */
function appFails(symptom: Located<Cue>, cues: readonly Located<Cue>[], words: readonly string[]): boolean {
  if (symptom.end - symptom.start !== 1 || !APP_WORDS.has(words[symptom.start] as string)) return false;
  return cues.some(
    (c) => c.value.kind === 'outage' && c.value.lexicon >= 0 && c.start >= symptom.end && c.start - symptom.end <= APP_CLAIM_GAP,
  );
}

/**
 * Claims needed when no catalogue service is named ("Telcel sin servicio en CDMX", a power
 * cut): more than one, since a lone outage phrase with nothing named is often chatter.
 */
const UNNAMED_SERVICE_EVIDENCE = 1.5;

/** Words of an account suspended, as the normaliser writes them. */
const SUSPENSION_WORDS: ReadonlySet<string> = foldedSet([
  'suspended',
  'suspend',
  'suspending',
  'suspension',
  'askıya',
  'sospeso',
  'sospesa',
  'suspendida',
  'suspendieron',
  'suspensa',
  'सस्पेंड',
  'متعلق',
]);
/** Words that say it happens to everyone, or is the service's glitch ("sabka", "herkese", "same screen", "glitch hai kya"). */
const EVERYONE_WORDS: ReadonlySet<string> = foldedSet([
  ...['everyone', "everyone's", 'everyones', 'everybody', 'every', 'anyone', 'same', 'glitch', 'bug', 'bugging'],
  ...['sabka', 'sabke', 'sab', 'सबके', 'सबका', 'herkese', 'herkes', 'mezzo', 'tutti', 'también', 'fallo', 'كلها', 'semua'],
]);
/** An account suspension said of everyone: a failure (Instagram's bug of 31 October 2022). */
const MASS_SUSPENSION: Cue = { kind: 'outage', lexicon: -1 };

/**
 * Reads an account "suspended" as an outage when the post says it happens to everyone or is a
 * glitch ("insta pe sabka account suspend dikha raha hai", "Instagram'da herkese 'Hesabını
 * askıya aldık' yazısı çıkıyor", "my bf got the same screen"): one person's suspension is a ban,
 * everyone's at once is the service failing.
 */
export function readMassSuspensions(cues: Located<Cue>[], words: readonly string[]): void {
  if (!words.some((w) => EVERYONE_WORDS.has(w))) return;
  const suspended = (c: Located<Cue>) =>
    c.value.kind === 'negative' && c.end <= words.length && words.slice(c.start, c.end).some((w) => SUSPENSION_WORDS.has(w));
  if (!cues.some(suspended)) return;
  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i] as Located<Cue>;
    if (suspended(cue)) cues[i] = { value: MASS_SUSPENSION, start: cue.start, end: cue.end };
  }
}

/** Any emoji: one that is not of distress keeps a post of a name out ("spotify 😍"). */
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
/** Emoji of distress or exasperation: a post of a name and these alone complains of it. */
const DISTRESS = new Set(['😭', '😡', '😤', '🤬', '💀', '😩', '😫', '😒', '🙄', '🤡', '😑', '😠', '😢', '😞', '🥲']);
/** Emoji question and exclamation marks, which ask beside the distress ("WhatsApp 😭😭😭❓"). */
const ASKING_MARKS: ReadonlySet<string> = new Set(['❓', '❔', '❗', '‼', '⁉']);
/** Words a name may carry in such a post: a Turkish possessive ("WhatsApp'ım"), "again", "yaar". */
const NAME_ONLY_EXTRAS: ReadonlySet<string> = foldedSet([
  ...['im', 'ım', 'um', 'üm', 'my', 'again', 'phir', 'yine', 'yaar', 'yar', 'bro', 'bhai'],
  // "this" and sighs: "हे राम ये व्हाट्सअप 😩", "ugh this whatsapp 😤"
  ...['this', 'ye', 'yeh', 'ये', 'हे', 'राम', 'omg', 'ugh', 'uff', 'ufff'],
]);

/** Whether the post is one unambiguous name, at most a possessive or "again", and distress emoji. */
export function nameAndDistressOnly(words: readonly string[], mentions: readonly ServiceMention[], text: string): boolean {
  const first = mentions[0];
  if (first === undefined || first.ambiguous || first.start < 0 || mentions.some((m) => m.service !== first.service)) return false;
  const named = new Set<number>();
  for (const m of mentions) for (let at = m.start; at < m.end; at++) named.add(at);
  if (words.some((word, at) => !named.has(at) && !NAME_ONLY_EXTRAS.has(word))) return false;
  let distress = false;
  for (const char of text) {
    if (DISTRESS.has(char)) distress = true;
    else if (PICTOGRAPH.test(char) && !ASKING_MARKS.has(char)) return false;
  }
  return distress;
}

/** How far from a name a quoted error message or error code may stand (an error is often reported a clause later). */
export const QUOTED_ERROR_WINDOW = 12;

export const QUOTED_ERROR: Cue = { kind: 'error', lexicon: -1 };

/**
 * An error message quoted from an app ("PayPal keeps saying 'Sorry, we couldn't…'") or a
 * product error code (WS-116522-7) near a name is a claim, and one about that name as far off
 * as `QUOTED_ERROR_WINDOW`, before or after it ("Teams kicked us out ... staring at 'We're
 * sorry—we've run into an issue'"): added even where a listed error string covers it (the
 * overlapping cues are one claim), so that its reach counts.
 */
export function addQuotedErrors(cues: Located<Cue>[], mentions: readonly ServiceMention[], normalised: string, text: string): boolean {
  const codes = errorCodes(text);
  const spans = hasQuoteMark(normalised) ? [...quotedErrors(normalised), ...codes] : codes;
  let added = false;
  for (const span of spans) {
    if (!mentions.some((m) => gap(m, span) <= QUOTED_ERROR_WINDOW)) continue;
    cues.push({ value: QUOTED_ERROR, start: span.start, end: span.end });
    added = true;
  }
  return added;
}

/**
 * The quoted error messages of a post that names no catalogue service, added as claims (a
 * product error code is not: with no name it may be anything's). Only asked where a claim
 * already stands, so a quote alone makes no complaint.
 */
export function addUnnamedQuotedErrors(cues: Located<Cue>[], normalised: string): boolean {
  if (!hasQuoteMark(normalised)) return false;
  let added = false;
  for (const span of quotedErrors(normalised)) {
    cues.push({ value: QUOTED_ERROR, start: span.start, end: span.end });
    added = true;
  }
  return added;
}

/** Words besides the name a quoted error message holds when it names the app it comes from. */
const NAMING_ERROR_WORDS = 4;

/** Whether a quoted error message names the app in it: a sentence, not a two-word label ("'No signal'"). */
export function namesTheApp(cue: Located<Cue>, mention: ServiceMention): boolean {
  return cue.value === QUOTED_ERROR && cue.end - cue.start - (mention.end - mention.start) >= NAMING_ERROR_WORDS;
}

/** The word that stands for a catalogue name in what the complaint model reads. */
const MASKED_NAME = 'servicename';

/** The complaint model's confidence in its answer, to three places. */
export function modelConfidence(p: number): number {
  return Math.round(Math.max(p, 1 - p) * 1000) / 1000;
}

/**
 * The post's words, each run of words a catalogue name (not an ambiguous one, which the rules
 * may read as a word) replaced by one `MASKED_NAME`: the model learns what is said of a service,
 * not which services people complain of, which in the fixtures was nearly every post that named
 * Instagram ("síguenos en Instagram" scored 0.93). Hashtags and handles are kept whole: their
 * words may say more ("#WhatsAppDown"). The words joined by spaces: one flat string to hash.
 */
export function namesMasked(words: readonly string[], tokens: readonly Token[], mentions: readonly ServiceMention[]): string {
  let masked: string[] | undefined;
  for (const m of mentions) {
    if (m.ambiguous || m.via !== 'alias' || m.start < 0 || tokens[m.start]?.kind !== 'word') continue;
    masked ??= [...words];
    masked[m.start] = MASKED_NAME;
    // The rest of a name of several words goes (an empty text has no words).
    for (let i = m.start + 1; i < m.end; i++) masked[i] = '';
  }
  return (masked ?? words).join(' ');
}

/**
 * Enough claims, more than the counter-evidence, and a service named, the failure said, or a
 * service's support account addressed (`addressesSupport`).
 */
export function isComplaint(
  evidence: { positive: number; negative: number },
  services: readonly string[],
  cues: readonly Located<Cue>[],
  words: readonly string[],
  supportAddressed = false,
): boolean {
  return (
    evidence.positive >= 1 &&
    evidence.positive > evidence.negative &&
    (services.length > 0 || supportAddressed || evidence.positive >= UNNAMED_SERVICE_EVIDENCE || saysWhatFails(cues, words))
  );
}

/** A support account's handle: "@Snapp_Support", "@JioCare", "@AirtelCares", "@KenyaPower_Care", "@XHelp". */
const SUPPORT_HANDLE = /(?:support|care|cares|help|helps|_cs)$/;

/**
 * Whether the post addresses a service's support account: what fails is a service, though not
 * one of the catalogue's ("اسنپ باز نمیشه @Snapp_Support").
 */
export function addressesSupport(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.kind === 'mention' && t.text.length > 6 && SUPPORT_HANDLE.test(t.text));
}
