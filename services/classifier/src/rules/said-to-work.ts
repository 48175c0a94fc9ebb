/**
 * Which name a "works" or recovery phrase is said of ("YouTube donuyor, Netflix gayet akıyor": the
 * phrase after a name is what is said of it; a Tagalog phrase before it; in Thai or Japanese by
 * characters), and the "works" claims no lexicon phrase makes: a bare "fine" or "ok" closing a
 * name's clause ("BT broadband fine, Netflix fine, WhatsApp dead"), "Instagram e Facebook vanno,
 * whatsapp no", a name compared on "the same phone", "ma Y sì", and a contrast that moves a claim
 * to the name after it ("X açılıyor ama Y açılmıyor"). The classifier adds these cues before it
 * negates recoveries, and asks the rest when it attributes claims to names.
 */
import type { ServiceMention } from '../catalogue/catalogue.js';
import type { Cue } from '../lexicon/cues.js';
import { BUT_WORDS, foldedSet } from './words.js';
import { claimsFailure, type Located, polarity, saysItWorks } from './claims.js';
import { charOffsetOf } from './unspaced.js';
import {
  CLAUSE_OPENERS,
  clauseEndsAfter,
  closesClauseAfter,
  endsClause,
  endsClauseOrSentence,
  endsSentence,
  markBetween,
  sameClause,
  tokenOffsets,
} from './sentences.js';

/** Contrast words that close a claim of the "X opens but ..." kind ("açılıyor ama"). */
const CONTRASTS: ReadonlySet<string> = new Set(['ama', 'fakat', 'ancak', 'lakin']);
/** The value of a contrast claim turned into a "works" phrase (derived, so no lexicon). */
const WORKS_BEFORE_CONTRAST: Cue = { kind: 'working', lexicon: -1 };

/**
 * "X açılıyor ama Y açılmıyor": a claim that ends in a contrast word says what follows fails,
 * and where another name follows, that is the one failing, not X before it: there the claim
 * becomes a "works" phrase of X, without the contrast word. So too where the sentence ends on
 * the contrast word, as English ends on "though" ("insta dm'ler gitmiyor. facebook açılıyor
 * ama"). Without a name after it ("Uber açılıyor ama taksi çağıramıyorum") the claim is about X.
 */
export function dropContrastsBeforeNames(
  cues: Located<Cue>[],
  mentions: readonly ServiceMention[],
  words: readonly string[],
  normalised: string,
): void {
  if (mentions.length < 2) return;
  for (let i = cues.length - 1; i >= 0; i--) {
    const cue = cues[i] as Located<Cue>;
    if (polarity(cue.value.kind) !== 1 || cue.end > words.length || !CONTRASTS.has(words[cue.end - 1] as string)) continue;
    const nameAfter = mentions.some((m) => m.start >= cue.end && m.start - cue.end <= 1);
    if (nameAfter || clauseEndsAfter(cue.end - 1, words, normalised, endsSentence))
      cues[i] = { value: WORKS_BEFORE_CONTRAST, start: cue.start, end: cue.end - 1 };
  }
}

/** A bare "yes" that answers for a name ("ma Instagram sì", "pero Instagram sí", "but Instagram yes"). */
const AFFIRMATIVES: ReadonlySet<string> = new Set(['si', 'sim', 'yes', 'ja', 'oui', 'evet']);

/**
 * "X non va ma Y sì": a name after "but" and a bare "yes" that closes its clause, after a claim,
 * is said to work (a "works" phrase of it). Not a "si" that goes on ("ma WhatsApp si blocca").
 */
export function addAffirmedAfterContrast(
  cues: Located<Cue>[],
  mentions: readonly ServiceMention[],
  words: readonly string[],
  normalised: string,
): void {
  if (mentions.length < 2) return;
  for (const m of mentions) {
    if (m.start < 1 || !BUT_WORDS.has(words[m.start - 1] as string)) continue;
    if (!closesClauseAfter(m, AFFIRMATIVES, words, normalised, endsClauseOrSentence)) continue;
    if (!cues.some((c) => polarity(c.value.kind) === 1 && c.value.kind !== 'question' && c.end < m.start)) continue;
    cues.push({ value: WORKS_BEFORE_CONTRAST, start: m.end, end: m.end + 1 });
  }
}

/** Characters between a name in unspaced text and what is said of it ("ไลน์ยังใช้ได้": "ยัง", still). */
export const UNSPACED_PREDICATE_CHARS = 4;

/**
 * Names in unspaced text (Thai, Japanese) have no token span, so the token rules cannot tell
 * which of several a "works" phrase is said of: the phrase found right after a name's
 * characters is ("เฟซบุ๊กล่มอีกแล้ว แต่ไลน์ยังใช้ได้": Facebook is down, LINE still works). So
 * too a name in Latin letters followed by unspaced text ("แต่ netflix ยังดูได้ปกติ"). Those names
 * are left out, unless every name would be.
 */
export function withoutUnspacedWorking(
  mentions: readonly ServiceMention[],
  cues: readonly Located<Cue>[],
  words: readonly string[],
  normalised: string,
): readonly ServiceMention[] {
  const wordCount = words.length;
  if (mentions.length < 2 || !cues.some((c) => c.start > wordCount)) return mentions;
  const chars = new CharSpans(words, normalised);
  const working = mentions.filter((m) => {
    const charEnd = chars.endOf(m);
    return charEnd >= 0 && unspacedPredicateWorks(charEnd, cues, wordCount);
  });
  if (working.length === 0 || working.length === mentions.length) return mentions;
  const services = new Set(working.map((m) => m.service));
  const left = mentions.filter((m) => !services.has(m.service));
  return left.length > 0 ? left : mentions;
}

/**
 * The one name of a post said to work by the unspaced text right after it, after a claim
 * about something else ("TrueID ดูบอลไม่ได้ ... แต่ netflix ยังดูได้ปกติ": TrueID, not in the
 * catalogue, fails).
 */
export function saidToWorkAfterUnspacedClaim(
  mention: ServiceMention,
  cues: readonly Located<Cue>[],
  words: readonly string[],
  normalised: string,
): boolean {
  const wordCount = words.length;
  if (!cues.some((c) => c.start > wordCount && c.value.kind === 'working')) return false;
  const chars = new CharSpans(words, normalised);
  const charEnd = chars.endOf(mention);
  if (charEnd < 0 || !unspacedPredicateWorks(charEnd, cues, wordCount)) return false;
  const charStart = chars.startOf(mention);
  return cues.some((c) => polarity(c.value.kind) === 1 && c.value.kind !== 'question' && chars.startOfCue(c) < charStart);
}

/** Character offsets in the normalised text of names and cues, spaced or not. */
class CharSpans {
  private offsets: number[] | undefined;
  constructor(
    private readonly words: readonly string[],
    private readonly normalised: string,
  ) {}

  /** Where a name ends; for a spaced one, past the space that follows it, if one does (not a character between it and unspaced text). */
  endOf(m: ServiceMention): number {
    if (m.charEnd >= 0 || m.start < 0) return m.charEnd;
    const last = m.end - 1;
    const end = this.tokenOffset(last) + (this.words[last] as string).length;
    return this.normalised[end] === ' ' ? end + 1 : end;
  }

  startOf(m: ServiceMention): number {
    return m.charStart >= 0 || m.start < 0 ? m.charStart : this.tokenOffset(m.start);
  }

  startOfCue(c: Located<Cue>): number {
    const wordCount = this.words.length;
    return c.start > wordCount ? charOffsetOf(c.start, wordCount) : this.tokenOffset(c.start);
  }

  private tokenOffset(token: number): number {
    this.offsets ??= tokenOffsets(this.words, this.normalised);
    return this.offsets[token] as number;
  }
}

/** Whether an unspaced cue starts within `UNSPACED_PREDICATE_CHARS` after the name's characters. */
export function unspacedPredicateOf(mention: ServiceMention, cue: Located<Cue>, wordCount: number): boolean {
  return startsAfterChars(mention.charEnd, cue, wordCount);
}

function startsAfterChars(charEnd: number, cue: Located<Cue>, wordCount: number): boolean {
  const at = charOffsetOf(cue.start, wordCount);
  return at >= charEnd && at - charEnd <= UNSPACED_PREDICATE_CHARS;
}

/** Whether the unspaced cue nearest after a name ending at `charEnd` (within `UNSPACED_PREDICATE_CHARS`) says it works or is back. */
function unspacedPredicateWorks(charEnd: number, cues: readonly Located<Cue>[], wordCount: number): boolean {
  let nearest: Located<Cue> | undefined;
  for (const cue of cues) {
    if (!startsAfterChars(charEnd, cue, wordCount)) continue;
    if (polarity(cue.value.kind) === 0 && cue.value.kind !== 'working') continue;
    if (nearest === undefined || cue.start < nearest.start || (cue.start === nearest.start && cue.end > nearest.end)) nearest = cue;
  }
  return nearest?.value.kind === 'working' || nearest?.value.kind === 'recovered';
}

/** How far after a name its predicate may stand ("تلگرام با همین نت کار میکنه", "Swiggy se kar liya, wo to chal raha hai"). */
const PREDICATE_GAP = 4;
/** The same for a "works" phrase, which may follow a longer subject ("Airtel line on my other phone is fine"). */
const WORKING_GAP = 6;

/**
 * Whether a counter-cue is said of a mention: it follows the name closely with no claim between
 * them (a claim overlapping the counter-phrase is not between: "o pix tá funcionando normal"
 * holds the question "tá funcionando").
 */
export function predicateOf(mention: ServiceMention, counter: Located<Cue>, claims: readonly Located<Cue>[]): boolean {
  if (counter.value === WORKING_BEFORE_NAME) return mention.start >= counter.end && mention.start - counter.end <= VERB_FIRST_GAP;
  const own = anyOwnSubjects && counter.value.kind === 'working' ? ownSubjects.get(counter) : undefined;
  if (own !== undefined && mention.start < own.from && !own.services.includes(mention.service)) return false;
  const within = counter.value.kind === 'working' ? WORKING_GAP : PREDICATE_GAP;
  if (mention.start < 0 || counter.start < mention.end || counter.start - mention.end > within) return false;
  return !claims.some((c) => c.start >= mention.end && c.start < counter.start && c.end <= counter.start);
}

/** A "works" phrase said of the name after it, in a language that puts the verb first. */
const WORKING_BEFORE_NAME: Cue = { kind: 'working', lexicon: -1, side: 'before' };
/** Words between a verb-first "works" phrase and its subject ("nakakapanood naman kami ng Netflix"). */
const VERB_FIRST_GAP = 3;

/**
 * Tagalog puts the predicate first: "ok naman whatsapp ko", "nakakapanood naman kami ng Netflix"
 * say the name after the phrase works, not the one before it ("ayaw mag-load ng youtube pero ...").
 * Only where a name follows within `VERB_FIRST_GAP` words in the same clause and none stands
 * right before the phrase ("whatsapp ok naman" is the English order).
 */
export function sayWorksOfTheNameAfter(
  cues: Located<Cue>[],
  mentions: readonly ServiceMention[],
  words: readonly string[],
  normalised: string,
): void {
  let offsets: number[] | undefined;
  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i] as Located<Cue>;
    if (cue.value.kind !== 'working') continue;
    if (mentions.some((m) => m.start >= 0 && m.end === cue.start)) continue;
    const subject = mentions.find((m) => m.start >= cue.end && m.start - cue.end <= VERB_FIRST_GAP);
    if (subject === undefined) continue;
    if (!sameClause(cue.end - 1, subject.start, words, normalised, (offsets ??= tokenOffsets(words, normalised)))) continue;
    if (words.slice(cue.end, subject.start).some((w) => BUT_WORDS.has(w))) continue;
    cues[i] = { value: WORKING_BEFORE_NAME, start: cue.start, end: cue.end };
  }
}

/**
 * A name followed by a recovery or "works" phrase is said to work, whatever claim stands
 * before it ("YouTube donuyor, Netflix gayet akıyor"; "... nahi ho raha. Swiggy se kar liya,
 * wo to chal raha hai"): the predicate after a name is what is said of it.
 */
export function saidToWork(mention: ServiceMention, claims: readonly Located<Cue>[], denials: readonly Located<Cue>[]): boolean {
  return denials.some((d) => saysItWorks(d) && predicateOf(mention, d, claims));
}

/**
 * Whether a claim stands before the name in an earlier clause ("Mercado Livre não carrega, Mercado
 * Pago funcionando normal"): a claim right before it is about it ("se cayó WhatsApp? a mí me
 * funciona bien" asks, then denies).
 */
export function claimedBefore(
  mention: ServiceMention,
  cues: readonly Located<Cue>[],
  words: readonly string[],
  normalised: string,
): boolean {
  if (mention.start < 0) return false;
  let offsets: number[] | undefined;
  return cues.some(
    (c) =>
      polarity(c.value.kind) === 1 &&
      c.value.kind !== 'question' &&
      c.end <= mention.start &&
      !sameClause(c.end - 1, mention.start, words, normalised, (offsets ??= tokenOffsets(words, normalised))),
  );
}

/** "The rest of", by its last word ("of", "de", "di"...), after the word for "rest". */
const REST_OF: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['rest', new Set(['of'])],
  ['resto', new Set(['de', 'do', 'da', 'di', 'del', 'dello', 'della'])],
  ['reste', new Set(['de', 'du', 'd'])],
]);

/**
 * A name after "the rest of" ("Marketplace won't load, rest of fb is fine"): what works is the
 * rest of it, so the part that fails is the service's own, and it is not said to work.
 */
export function restOf(mention: ServiceMention, words: readonly string[]): boolean {
  if (mention.start < 2) return false;
  return REST_OF.get(words[mention.start - 2] as string)?.has(words[mention.start - 1] as string) ?? false;
}

/**
 * Whether the one name of a post is said to work ("... ga bisa dibuka, tapi Gojek normal"): the
 * complaint is about something else. Only a "works" phrase, not a recovery ("WhatsApp is back").
 */
export function onlySaidToWork(mention: ServiceMention, cues: readonly Located<Cue>[]): boolean {
  if (!cues.some((c) => c.value.kind === 'working')) return false;
  const claims = cues.filter((c) => polarity(c.value.kind) === 1);
  return cues.some((c) => c.value.kind === 'working' && predicateOf(mention, c, claims));
}

/** Whether a "works" phrase is the start of a longer recovery ("funziona" of "funziona di nuovo"). */
function withinRecovery(w: Located<Cue>, cues: readonly Located<Cue>[]): boolean {
  return cues.some((r) => r.value.kind === 'recovered' && r.start <= w.start && r.end > w.end);
}

/**
 * The one name said to work, then "but" and a claim ("whatsapp chal raha hai lekin voice notes
 * download nahi ho rahe"; one word, an auxiliary, may stand between): what works is the service
 * as a whole, what fails a part of it, so the complaint is about it.
 */
export function butPartFails(mention: ServiceMention, cues: readonly Located<Cue>[], words: readonly string[]): boolean {
  const claims = cues.filter((c) => polarity(c.value.kind) === 1 && c.value.kind !== 'question');
  return cues.some(
    (w) =>
      w.value.kind === 'working' &&
      predicateOf(mention, w, claims) &&
      (BUT_WORDS.has(words[w.end] as string) ||
        BUT_WORDS.has(words[w.end + 1] as string) ||
        (BUT_WORDS.has(words[w.end + 2] as string) && withinRecovery(w, cues))) &&
      claims.some((c) => c.start > w.end),
  );
}

/** "Fine" right after a name, closing its clause: said to work ("BT broadband fine, Netflix fine, WhatsApp dead", "Sky va, Netflix va,"). */
const FINE_AFTER_NAME: ReadonlySet<string> = new Set([
  ...['fine', 'ok', 'okay', 'works', 'working', 'va', 'funziona', 'marche', 'funciona'],
  ...['iyi', 'theek', 'thik', 'jalan', 'lancar', 'gumagana'],
]);
/** A word that may stand between a name and its "fine": "drive also fine", "jazzcash khud theek hai". */
const BEFORE_FINE: ReadonlySet<string> = new Set([
  ...['also', 'too', 'still', 'bhi', 'khud', 'toh', 'to', 'de', 'da', 'naman'],
  // "il sito Amazon però va", "telegram invece va"
  ...['pero', 'invece', 'comunque', 'pure'],
  // what it does, fine: "Meanwhile FB posts fine", "Spotify plays fine"
  ...['posts', 'sends', 'opens', 'plays', 'streams', 'uploads', 'connects'],
]);
/** A word after "fine" that closes its clause as a comma would: "insta fine but wa stuck", "theek hai". */
const AFTER_FINE: ReadonlySet<string> = new Set(['hai', 'he', 'h', 'je', 'lah', 'aja', 'kok']);
const CONTRAST_AFTER_FINE: ReadonlySet<string> = new Set(['but', 'par', 'lekin', 'magar', 'pero', 'mas', 'ma', 'ama', 'tapi']);

const SAID_TO_WORK: Cue = { kind: 'working', lexicon: -1 };

/**
 * Adds a "works" claim for each name followed by a bare "fine" or "ok" that ends its clause, in a
 * post naming another service: "BT broadband fine, Netflix fine, WhatsApp absolutely dead". Bare
 * "fine" is no "works" phrase of its own ("fine, whatever", "a fine mess").
 */
export function addFineAfterNames(
  cues: Located<Cue>[],
  mentions: readonly ServiceMention[],
  words: readonly string[],
  normalised: string,
): void {
  if (mentions.length < 2 || !words.some((w) => FINE_AFTER_NAME.has(w))) return;
  if (!mentions.some((m) => m.service !== (mentions[0] as ServiceMention).service)) return;
  for (const m of mentions) {
    if (m.start < 0) continue;
    // "Lloyds app works so it's not my phone": the name's app, and a clause of its own before "so".
    const app = words[m.end] === 'app' ? { start: m.start, end: m.end + 1 } : m;
    const named = BEFORE_FINE.has(words[app.end] as string) ? { start: app.start, end: app.end + 1 } : app;
    if (fineClosesClause(named, words, normalised)) cues.push({ value: SAID_TO_WORK, start: named.end, end: named.end + 1 });
    else {
      const fine = fineBesidePlace(named, words, normalised);
      if (fine >= 0) cues.push({ value: SAID_TO_WORK, start: fine, end: fine + 1 });
    }
  }
}

/** Words that open a short phrase of where or on what something works ("on the same laptop", "on my PC", "su Sky Q"). */
const PLACE_OPENERS: ReadonlySet<string> = new Set(['on', 'in', 'via', 'from', 'su', 'sul', 'sulla', 'no', 'na', 'pe', 'par', 'en', 'em']);
/** Words such a phrase may hold before "works" or the clause's end. */
const PLACE_REACH = 4;

/**
 * Where "works" stands beside a short phrase of where it works, its clause then closing: "teams
 * works on the same laptop so it's not my internet", "Steam on my PC works so ...", "PSN on the
 * other console works.". -1 when the name has no such "works".
 */
function fineBesidePlace(named: { start: number; end: number }, words: readonly string[], normalised: string): number {
  const closesAt = (at: number) => fineEndsClauseAt(at, words, normalised);
  // "works on the same laptop so": the phrase after "works", then the clause's end.
  if (FINE_AFTER_NAME.has(words[named.end] as string) && PLACE_OPENERS.has(words[named.end + 1] as string)) {
    for (let at = named.end + 2; at <= named.end + PLACE_REACH && at < words.length; at++) if (closesAt(at)) return named.end;
  }
  // "on my PC works so": the phrase first, "works" closing the clause.
  if (PLACE_OPENERS.has(words[named.end] as string)) {
    for (let at = named.end + 2; at <= named.end + PLACE_REACH && at < words.length; at++) {
      if (FINE_AFTER_NAME.has(words[at] as string)) return closesAt(at) ? at : -1;
    }
  }
  return -1;
}

/** Whether "fine" right after the name ends its clause: at a mark or the end, before a new clause ("so") or a contrast ("insta fine but wa stuck"), after "hai". */
function fineClosesClause(named: { start: number; end: number }, words: readonly string[], normalised: string): boolean {
  if (!FINE_AFTER_NAME.has(words[named.end] as string)) return false;
  const closedAt = AFTER_FINE.has(words[named.end + 1] as string) ? named.end + 1 : named.end;
  return fineEndsClauseAt(closedAt, words, normalised);
}

/** Whether the clause of a "fine" ends with token `at`: a new clause ("so") or a contrast ("but") next, or a mark, or the end. */
function fineEndsClauseAt(at: number, words: readonly string[], normalised: string): boolean {
  const next = words[at + 1] as string;
  return CONTRAST_AFTER_FINE.has(next) || CLAUSE_OPENERS.has(next) || clauseEndsAfter(at, words, normalised);
}

/** A bare "no" after a name, closing its clause, after others were said to work: "Instagram e Facebook vanno, whatsapp no.", "twitter works, insta doesn't". */
const ELLIPTIC_NO: ReadonlySet<string> = foldedSet([
  'no',
  'non',
  'nao',
  'nahi',
  'nahin',
  'nhi',
  'nein',
  'لا',
  'نہیں',
  'doesn',
  'don',
  'isn',
  'yok',
]);
export const ELLIPTIC_CLAIM: Cue = { kind: 'outage', lexicon: -1 };

/**
 * Adds a claim at each "no" that stands for the verb just said of other names ("Instagram e
 * Facebook vanno, whatsapp no", "insta chal raha hai, whatsapp nahi."): only after a "works"
 * phrase, and only where "no" ends its clause (not "whatsapp no messages").
 */
export function addEllipticFailures(
  cues: Located<Cue>[],
  mentions: readonly ServiceMention[],
  words: readonly string[],
  normalised: string,
): void {
  if (mentions.length < 2 || !words.some((w) => ELLIPTIC_NO.has(w))) return;
  const worksFrom = Math.min(...cues.filter(saysItWorks).map((c) => c.start));
  if (!Number.isFinite(worksFrom)) return;
  for (const m of mentions) {
    if (m.start > worksFrom && closesClauseAfter(m, ELLIPTIC_NO, words, normalised))
      cues.push({ value: ELLIPTIC_CLAIM, start: m.end, end: m.end + 1 });
  }
}

/** "Too, same" closing a clause of a name alone ("facebook same.", "fb bhi."): it repeats the failure said before. */
const DITTO_WORDS: ReadonlySet<string> = foldedSet([
  ...['same', 'too', 'also', 'aswell', 'bhi', 'भी', 'بھی', 'auch', 'anche', 'pure', 'aussi', 'también', 'tambien', 'também', 'tambem'],
  ...['juga', 'din', 'rin'],
]);

/** "Neither … nor" before names, folded: "ne WhatsApp ne Instagram", "ni X ni Y", "né X né Y", "neither X nor Y", "ни X ни Y". */
const NEITHER_PARTICLES: ReadonlySet<string> = foldedSet(['neither', 'nor', 'ne', 'né', 'ni', 'nem', 'ни', 'نه']);
/** Tokens after the last name within which the verb of a "neither … nor" list stands. */
const NEITHER_VERB_REACH = 4;

/**
 * Adds a failure claim after a "neither … nor" list of names whose verb is said plainly ("Ne
 * WhatsApp ne Instagram açılıyor", "ni WhatsApp ni Instagram funcionan", "neither whatsapp nor
 * instagram loads"): the particles negate it, so what reads as "opens" or "works" says both
 * fail. Its "works" phrase is dropped; no claim is added when a failure is said there already.
 */
export function addNeitherNorFailures(cues: Located<Cue>[], mentions: readonly ServiceMention[], words: readonly string[]): void {
  if (mentions.length < 2 || !words.some((w) => NEITHER_PARTICLES.has(w))) return;
  // Where a name's particle would stand: right before it, or before its article ("nem o zap nem o insta").
  const particleAt = (m: ServiceMention) => (ARTICLES.has(words[m.start - 1] as string) ? m.start - 2 : m.start - 1);
  const listed = mentions
    .filter((m) => m.start >= 0 && particleAt(m) >= 0 && NEITHER_PARTICLES.has(words[particleAt(m)] as string))
    .sort((a, b) => a.start - b.start);
  if (new Set(listed.map((m) => m.service)).size < 2) return;
  // The first particle opens the list: not a copula after a name (Swahili "Safaricom ni …").
  const opening = particleAt(listed[0] as ServiceMention);
  if (mentions.some((m) => m.end === opening)) return;
  const last = listed[listed.length - 1] as ServiceMention;
  const reach = (c: Located<Cue>) => c.start >= last.end && c.start <= last.end + NEITHER_VERB_REACH;
  const said = cues.some((c) => reach(c) && claimsFailure(c));
  if (!said && !cues.some((c) => reach(c) && (saysItWorks(c) || c.value.kind === 'symptom'))) return;
  for (let i = cues.length - 1; i >= 0; i--) if (reach(cues[i] as Located<Cue>) && saysItWorks(cues[i] as Located<Cue>)) cues.splice(i, 1);
  if (!said) cues.push({ value: ELLIPTIC_CLAIM, start: last.end, end: last.end + 1 });
}

/** A clause end that does not ask: "facebook too?" asks whether it fails too. */
function endsSaidClause(code: number): boolean {
  return code !== 0x3f && code !== 0xff1f && code !== 0x61f && endsClauseOrSentence(code);
}

/**
 * Adds a claim at a name whose clause is the name and "same" or "too" alone, after a failure
 * said of another ("can't post on instagram. facebook same. whatsapp is fine"): a ditto, where
 * a "works" phrase later in the post would otherwise leave the name without a claim. Only when
 * the nearest claim before it says something fails, and the name opens its clause.
 */
export function addDittoFailures(
  cues: Located<Cue>[],
  mentions: readonly ServiceMention[],
  words: readonly string[],
  normalised: string,
): void {
  if (mentions.length < 2 || !words.some((w) => DITTO_WORDS.has(w))) return;
  let offsets: number[] | undefined;
  for (const m of mentions) {
    if (m.start <= 0 || !closesClauseAfter(m, DITTO_WORDS, words, normalised, endsSaidClause)) continue;
    // The name opens its clause: a comma or sentence end stands before it.
    if (!markBetween(m.start - 1, m.start, words, normalised, (offsets ??= tokenOffsets(words, normalised)), endsClauseOrSentence))
      continue;
    let nearest: Located<Cue> | undefined;
    for (const c of cues)
      if ((polarity(c.value.kind) !== 0 || saysItWorks(c)) && c.end <= m.start && (!nearest || c.end > nearest.end)) nearest = c;
    if (nearest && claimsFailure(nearest)) cues.push({ value: ELLIPTIC_CLAIM, start: m.end, end: m.end + 1 });
  }
}

/** "Same" before a device or connection, in the languages whose posts compare apps on one ("on the same phone"). */
const SAME_WORDS: ReadonlySet<string> = new Set(['same', 'misma', 'mismo', 'meme', 'stesso', 'stessa', 'mesmo', 'mesma']);
const SAME_DEVICES: ReadonlySet<string> = new Set([
  'phone',
  'machine',
  'laptop',
  'device',
  'pc',
  'tv',
  'wifi',
  'network',
  'sim',
  'connection',
  'account',
  'tele',
  'red',
  'celular',
  'movil',
  'telefono',
  'telephone',
  'connexion',
  'reseau',
]);

/**
 * A name in a clause that compares it on "the same phone" (or wifi, laptop, account) with no
 * failure said in that clause is said to work: "HDFC app working on the same phone so it's not
 * my net", "outlook on the same machine fine", "Airtel sim on the same phone dey browse fine".
 */
export function addSameDeviceComparisons(
  cues: Located<Cue>[],
  mentions: readonly ServiceMention[],
  words: readonly string[],
  normalised: string,
): void {
  if (mentions.length < 2) return;
  for (let i = 1; i + 1 < words.length; i++) {
    if (!SAME_WORDS.has(words[i] as string) || !SAME_DEVICES.has(words[i + 1] as string)) continue;
    const offsets = tokenOffsets(words, normalised);
    const from = clauseEndBefore(i, 0, words, normalised, offsets) + 1;
    let to = i + 1;
    while (to + 1 < words.length && sameClause(to, to + 1, words, normalised, offsets)) to++;
    const compared = mentions.find((m) => m.start >= from && m.end <= i);
    const claimed = cues.some((c) => claimsFailure(c) && c.start >= from && c.start <= to);
    if (compared !== undefined && !claimed) cues.push({ value: SAID_TO_WORK, start: compared.end, end: compared.end + 1 });
  }
}

/**
 * The "works" phrases of the post being read that have a subject of their own: the token where
 * its clause starts, and the services that clause names before the phrase. Kept beside the cues,
 * not on them: a cue of another shape makes every read of a cue's fields slower (3–5% of the
 * classifier's time, paired).
 */
const ownSubjects = new WeakMap<Located<Cue>, { from: number; services: readonly string[] }>();
/** Whether the post being read has any (most have none: `predicateOf` then skips the look-up). */
let anyOwnSubjects = false;

/**
 * Subjects of a "works" phrase that are not the services named before it: "the rest is fine",
 * "everything else works", "5g is fine", "net theek hai".
 */
const OTHER_SUBJECTS: ReadonlySet<string> = foldedSet([
  ...['rest', 'else', 'other', 'others', 'everything', 'network', 'signal', 'data', 'internet', 'net', 'broadband', 'wifi'],
  ...['5g', '4g', 'lte', 'baki', 'baaki', 'baqi', 'diğer', 'gerisi', 'resto', 'altri', 'altre', 'altro', 'demás', 'outros'],
  ...['outras', 'autres', 'reste', 'lainnya'],
]);

/**
 * A "works" phrase whose subject is something else, after a sentence or clause that says a name
 * fails: "can't load instagram. the rest is fine", "can't send photos on whatsapp. 5g is fine",
 * "can't load instagram, vodafone is fine". It is said of that subject (another name, the network,
 * "the rest"), not of the names before the boundary, which the phrase's closeness alone used to
 * clear, unless its subject is the same service named again ("the Teams invite fails. Teams
 * desktop works"). After a comma only when the clause before holds a claim: "Netflix, Prime all working
 * fine" is one list, one subject.
 */
export function bindWorksToTheirOwnSubject(
  cues: Located<Cue>[],
  mentions: readonly ServiceMention[],
  words: readonly string[],
  normalised: string,
): void {
  anyOwnSubjects = false;
  let offsets: number[] | undefined;
  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i] as Located<Cue>;
    if (cue.value.kind !== 'working' || cue.value === WORKING_BEFORE_NAME || cue.start === 0) continue;
    offsets ??= tokenOffsets(words, normalised);
    const boundary = clauseEndBefore(cue.start, cue.start - WORKING_GAP, words, normalised, offsets);
    if (boundary < 0) continue;
    // The phrase may hold its subject ("everything else works").
    const clause = words.slice(boundary + 1, cue.end);
    const subjects = mentions.filter((m) => m.start > boundary && m.end <= cue.start).map((m) => m.service);
    const ownSubject = subjects.length > 0 || clause.some((w) => OTHER_SUBJECTS.has(w));
    if (!ownSubject) continue;
    if (!markBetween(boundary, boundary + 1, words, normalised, offsets, endsSentence)) {
      const clauseStart = clauseEndBefore(boundary, 0, words, normalised, offsets) + 1;
      const claimed = cues.some(
        (c) => polarity(c.value.kind) === 1 && c.value.kind !== 'question' && c.start >= clauseStart && c.end - 1 <= boundary,
      );
      if (!claimed) continue;
    }
    ownSubjects.set(cue, { from: boundary + 1, services: subjects });
    anyOwnSubjects = true;
  }
}

/** The last token before `before` (not earlier than `from`) that a clause or sentence end follows, or -1. */
function clauseEndBefore(before: number, from: number, words: readonly string[], normalised: string, offsets: readonly number[]): number {
  // Cues found by characters in unspaced text may lie past the last token.
  for (let t = Math.min(before - 1, words.length - 2); t >= Math.max(0, from); t--)
    if (markBetween(t, t + 1, words, normalised, offsets, endsClause)) return t;
  return -1;
}

/** "Except" before the name it excepts ("everything works except whatsapp", "tutto va tranne WhatsApp"). */
const EXCEPT_BEFORE: ReadonlySet<string> = foldedSet([
  ...['except', 'excluding', 'siwaye', 'siwae', 'siwa', 'siway', 'sivay', 'sivaye', 'tranne', 'eccetto', 'fuorché'],
  ...['menos', 'excepto', 'exceto', 'salvo', 'kecuali', 'selain', 'außer', 'sauf'],
]);
/** "Except" after the name it excepts ("WhatsApp hariç her şey çalışıyor", "whatsapp ke alawa sab chal raha"). */
const EXCEPT_AFTER: ReadonlySet<string> = foldedSet(['hariç', 'dışında', 'alawa', 'alava', 'ilawa', 'siwa', 'siwaye']);
/** Both, for the one look-up per word that most posts end with. */
const EXCEPT_WORDS: ReadonlySet<string> = new Set([...EXCEPT_BEFORE, ...EXCEPT_AFTER]);
/** What makes a "works" phrase say that nothing works ("nothing works except whatsapp": WhatsApp is what works). */
const NOTHING_WORDS: ReadonlySet<string> = foldedSet([
  ...['nothing', 'none', 'no', 'not', 'nada', 'nenhum', 'nenhuma', 'niente', 'nulla', 'hiçbir', 'nahi', 'nahin', 'nhi'],
  ...['tidak', 'gak', 'nggak', 'nichts', 'rien'],
]);
/** The articles "except" may stand before ("menos o whatsapp", "tranne il"), and no other word: a name there is the excepted one. */
const ARTICLES: ReadonlySet<string> = foldedSet([
  ...['the', 'o', 'a', 'os', 'as', 'el', 'la', 'los', 'las', 'il', 'lo', 'l', 'i', 'gli', 'le', 'der', 'die', 'das', 'den', 'dem'],
]);
/** What makes a failure claim say that all fails ("everything is down except whatsapp", "sab band hai siwaye whatsapp ke"). */
const EVERYTHING_WORDS: ReadonlySet<string> = foldedSet([
  ...['everything', 'all', 'every', 'sab', 'sabhi', 'saare', 'sare', 'tutto', 'tutti', 'tutte', 'todo', 'todos', 'todas', 'tudo'],
  ...['hepsi', 'herşey', 'semua', 'semuanya', 'alles', 'alle', 'tout', 'tous', 'toutes'],
]);
/** Words before "menos" that make it "at least" or "more or less", not "except" ("pelo menos spotify funciona"). */
const NOT_EXCEPT_BEFORE_MENOS: ReadonlySet<string> = new Set(['pelo', 'por', 'lo', 'al', 'a', 'ao', 'o', 'mais', 'mas']);
/** Words a "works" phrase and its "except" may stand apart ("all my apps are working fine except whatsapp"). */
const EXCEPT_REACH = 4;
const EXCEPTED_CLAIM: Cue = { kind: 'outage', lexicon: -1 };

/** What the names excepted from "nothing works" are said to do: they work ("nothing loads except whatsapp"). */
const EXCEPTED_WORKS: Cue = { kind: 'working', lexicon: -1 };

/**
 * Reads "except" before or after a name. From a "works" phrase the name is excepted from, it
 * fails: "everything works except whatsapp", "sab apps chal rahi hain siwaye whatsapp ke", "tutto
 * funziona tranne WhatsApp", "WhatsApp hariç her şey çalışıyor" (a claim is added). From a claim
 * that nothing works, it works: "nothing loads except whatsapp", "kuch nahi chal raha siwaye
 * whatsapp ke" (a "works" phrase is added after it).
 */
export function addExceptedFailures(cues: Located<Cue>[], mentions: readonly ServiceMention[], words: readonly string[]): void {
  if (mentions.length === 0 || !words.some((w) => EXCEPT_WORDS.has(w))) return;
  const apart = (c: Located<Cue>, at: number) => (c.end <= at ? at - c.end : c.start - at - 1);
  const near = (at: number, which: (c: Located<Cue>) => boolean) => cues.find((c) => which(c) && apart(c, at) <= EXCEPT_REACH);
  const added: Located<Cue>[] = [];
  for (const m of mentions) {
    if (m.start < 0) continue;
    // The word right before the name, or one before that past an article ("menos o whatsapp").
    const before = [m.start - 1, m.start - 2].find(
      (i) =>
        i >= 0 &&
        (i === m.start - 1 || ARTICLES.has(words[m.start - 1] as string)) &&
        EXCEPT_BEFORE.has(words[i] as string) &&
        !(words[i] === 'menos' && NOT_EXCEPT_BEFORE_MENOS.has(words[i - 1] as string)),
    );
    const after = [m.end, m.end + 1].find((i) => i < words.length && EXCEPT_AFTER.has(words[i] as string));
    const except = before ?? after;
    if (except === undefined) continue;
    const bare = bareWorksBefore(except, words);
    const nothing =
      near(except, (c) => polarity(c.value.kind) === 1 && saysNothing(c, except, words)) ||
      (bare !== undefined && saysNothing({ start: bare, end: bare + 1 }, except, words)) ||
      (bare === undefined && near(except, (c) => claimsFailure(c) && c.value.kind !== 'question' && saysEverything(c, except, words)));
    if (nothing) {
      // Zero-width, right after the name: a word-wide cue there would stand on the next word and
      // split a list that follows ("... except whatsapp. instagram and facebook all dead").
      added.push({ value: EXCEPTED_WORKS, start: m.end, end: m.end });
    } else if (bare !== undefined || near(except, (c) => saysItWorks(c) && !saysNothing(c, except, words))) {
      added.push({ value: EXCEPTED_CLAIM, start: except, end: except + 1 });
    }
  }
  cues.push(...added);
}

/** Bare verbs of working that no "works" phrase holds alone ("everything works except whatsapp", "todo funciona menos whatsapp"). */
const BARE_WORKS: ReadonlySet<string> = foldedSet([
  ...['works', 'working', 'loads', 'loading', 'opens', 'funciona', 'funcionando', 'funziona', 'funzionano', 'va', 'vanno', 'jalan'],
]);
/** Words between a bare verb of working and its "except" ("everything is working fine except"). */
const BARE_WORKS_REACH = 2;

/** Where a bare verb of working stands just before the "except" at `except`, if one does. */
function bareWorksBefore(except: number, words: readonly string[]): number | undefined {
  for (let i = except - 1; i >= 0 && i >= except - 1 - BARE_WORKS_REACH; i--) if (BARE_WORKS.has(words[i] as string)) return i;
  return undefined;
}

/** Whether an "everything" word stands in or just before a failure claim, or between it and its "except" ("everything is down except whatsapp": WhatsApp works; four back: "all my apps are down"). */
function saysEverything(claim: { start: number; end: number }, except: number, words: readonly string[]): boolean {
  return quantifiedBefore(claim, except, words, EVERYTHING_WORDS, 4);
}

/** Whether a "nothing" word stands in or just before the "works" phrase, or between it and its "except". */
function saysNothing(works: { start: number; end: number }, except: number, words: readonly string[]): boolean {
  return quantifiedBefore(works, except, words, NOTHING_WORDS, 3);
}

/** Whether one of `quantifiers` stands in `span`, up to `back` words before it, or between it and its "except" at `except`. */
function quantifiedBefore(
  span: { start: number; end: number },
  except: number,
  words: readonly string[],
  quantifiers: ReadonlySet<string>,
  back: number,
): boolean {
  const from = Math.max(0, Math.min(span.start - back, except));
  const to = Math.max(span.end, except);
  return words.slice(from, to).some((w) => quantifiers.has(w));
}
