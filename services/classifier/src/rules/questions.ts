/**
 * What a post asks rather than says. A post that is only a name asked after ("WhatsApp???") asks
 * whether it is down; a claim its author answers "nope" across the question mark is taken back; a
 * recovery asked and then denied ("düzeldi mi? Bende hâlâ bağlanıyor") is no recovery, and "is it
 * back?" alone asks whether it is down. The classifier reads a bare name's question as it collects
 * cues and the others once it has dropped reported and dated claims; `asked` and `askedWords` tell
 * its attribution which "works" phrases and which words stand in a question.
 */
import type { ServiceMention } from '../catalogue/catalogue.js';
import type { Cue } from '../lexicon/cues.js';
import { STILL_WORDS } from './words.js';
import { claimsFailure, type Located, polarity } from './claims.js';
import { closedByAMark, endsSentence, markBetween, opensSentence, questionMarkEnding, sentenceAsks, tokenOffsets } from './sentences.js';
import { UNSPACED_PREDICATE_CHARS } from './said-to-work.js';
import { charOffsetOf, isUnspacedPosition } from './unspaced.js';

/** Words that may stand beside a bare name asked after ("is WhatsApp...?", "insta again???"). */
const BARE_QUESTION_WORDS: ReadonlySet<string> = new Set(['is', 'are', 'again', 'anyone', 'just', 'me', 'or', 'and']);
/** The question cue of a bare name asked after. */
const BARE_NAME_QUESTION: Cue = { kind: 'question', lexicon: -1 };

/**
 * A post that is only a service's name asked after ("WhatsApp???", "is instagram...?", "insta
 * and fb??") asks whether it is down: a question over the first name. Unambiguous names only
 * ("Line??" may be anything), and a doubled question mark or a bare "is"/"are" question.
 */
export function bareNameQuestion(
  words: readonly string[],
  mentions: readonly ServiceMention[],
  normalised: string,
): Located<Cue> | undefined {
  if (words.length > 4 || mentions.length === 0 || !normalised.includes('?')) return undefined;
  const first = mentions.find((m) => !m.ambiguous && m.start >= 0);
  if (first === undefined) return undefined;
  for (let at = 0; at < words.length; at++) {
    if (!BARE_QUESTION_WORDS.has(words[at] as string) && !mentions.some((m) => m.start <= at && at < m.end)) return undefined;
  }
  if (!normalised.includes('??') && words[0] !== 'is' && words[0] !== 'are') return undefined;
  return { value: BARE_NAME_QUESTION, start: first.start, end: first.end };
}

/** One-word answers of "no" that an author gives its own question ("nope", "nah"). */
const SELF_ANSWERS: ReadonlySet<string> = new Set(['nope', 'nah', 'nop']);
/** "No" in words that also negate a verb ("non riesco"): an answer only when a comma or full stop closes it ("Discord en panne ? Non, c'est mon pote"). */
const CLOSED_SELF_ANSWERS: ReadonlySet<string> = new Set(['no', 'non', 'nein', 'hayir', 'nao']);
/** The value of a claim its author answered no: one object, not one per post. */
const ANSWERED_NO: Cue = { kind: 'recovered', lexicon: -1 };

/**
 * A claim asked and answered no by its author is taken back: "is snapchat down? nope, she just
 * left me on delivered", "¿netflix caído? nah". Only across a question mark, so "stuck, nah
 * still nothing" is no answer; "no" (non, nein, hayır, não) only when a comma or full stop closes
 * it, as it also begins claims ("down? no messages at all", "è giù? non riesco a entrare").
 */
export function takeBackAnsweredNo(cues: Located<Cue>[], words: readonly string[], normalised: string): void {
  for (let i = cues.length - 1; i >= 0; i--) {
    const cue = cues[i] as Located<Cue>;
    const answer = words[cue.end] as string;
    if (polarity(cue.value.kind) !== 1 || !(SELF_ANSWERS.has(answer) || CLOSED_SELF_ANSWERS.has(answer))) continue;
    const offsets = tokenOffsets(words, normalised);
    const from = (offsets[cue.end - 1] as number) + (words[cue.end - 1] as string).length;
    if (!normalised.slice(from, offsets[cue.end]).includes('?')) continue;
    if (
      !SELF_ANSWERS.has(answer) &&
      !(closedByAMark(normalised, (offsets[cue.end] as number) + answer.length) && shortQuestion(cue, words, normalised, offsets))
    )
      continue;
    cues[i] = { value: ANSWERED_NO, start: cue.start, end: cue.end + 1 };
  }
}

/** Words in a question that "no" answers about the claim itself ("Discord en panne ?", "is whatsapp down?"), not about more ("Orange you glad WhatsApp is down? No."). */
const SHORT_QUESTION_WORDS = 4;

/** Whether the claim's sentence, up to its end, has at most `SHORT_QUESTION_WORDS` words. */
function shortQuestion(cue: Located<Cue>, words: readonly string[], normalised: string, offsets: readonly number[]): boolean {
  for (let first = cue.end - 1; first >= 0 && cue.end - first <= SHORT_QUESTION_WORDS; first--) {
    if (first === 0 || markBetween(first - 1, first, words, normalised, offsets, endsSentence)) return true;
  }
  return false;
}

/** A recovery asked, then denied: one object, not one per post. */
const ASKED_RECOVERY: Cue = { kind: 'question', lexicon: -1 };

/**
 * A recovery asked and then denied by its author is no recovery: "WhatsApp düzeldi mi? Bende
 * hâlâ bağlanıyor", "is it back? mine still won't send", "theek ho gaya kya? mera abhi bhi nahi
 * chal raha". When its sentence ends with a question mark and a claim or a symptom follows in
 * a later sentence, with no recovery there, it is a question whether the name is down ("WA chal gaya?" gives an
 * ambiguous name its context); asked alone ("is WhatsApp back?") it still counts as a recovery.
 */
export function readAskedRecoveries(
  cues: Located<Cue>[],
  mentions: readonly ServiceMention[],
  words: readonly string[],
  normalised: string,
): void {
  if (!cues.some((c) => c.value.kind === 'recovered')) return;
  let offsets: number[] | undefined;
  let kept = 0;
  for (const cue of cues) {
    // Cues found in unspaced text (Thai, Japanese) stand past the words: not read here.
    if (cue.value.kind === 'recovered' && cue.value !== ANSWERED_NO && cue.end <= words.length) {
      offsets ??= tokenOffsets(words, normalised);
      const from = (offsets[cue.end - 1] as number) + (words[cue.end - 1] as string).length;
      const mark = questionMarkEnding(normalised, from);
      const at = offsets;
      const after = (c: Located<Cue>) => c.start < at.length && (at[c.start] as number) > mark;
      // A failure still said before the question denies it too: "mera abhi bhi nahi chal raha, kisi ka chal gaya?"
      const before = (c: Located<Cue>) => c.end <= cue.start && claimsFailure(c) && stillBefore(c, words);
      const denies = (c: Located<Cue>) =>
        before(c) || (after(c) && (polarity(c.value.kind) === 1 || (c.value.kind === 'symptom' && stillBefore(c, words))));
      // "is it back? yes, messages sending again": answered yes, still a recovery.
      const answersYes = (c: Located<Cue>) => after(c) && polarity(c.value.kind) === -1;
      // The mark asks of another name's failure said after the recovery: "insta is back but whatsapp still down??".
      const anotherAsked = (c: Located<Cue>) =>
        claimsFailure(c) && c.start >= cue.end && !after(c) && mentions.some((m) => m.start >= cue.end && m.end <= c.start);
      if (
        mark >= 0 &&
        !cues.some(anotherAsked) &&
        (cues.some(denies) || asksOnlyIfBack(cue, words, normalised, mark)) &&
        !cues.some(answersYes)
      ) {
        cues[kept++] = { value: ASKED_RECOVERY, start: cue.start, end: cue.end };
        continue;
      }
    }
    cues[kept++] = cue;
  }
  cues.length = kept;
}

/**
 * Words of a recovery that say the service came back (not "works", not "up again"), folded. Not
 * Hindustani "aa gaya kya?", "start ho gaya kya sabka?": asked alone, the fourth pass read it as
 * asking whether the others have it back too.
 */
const BACK_WORDS: ReadonlySet<string> = new Set(['back', 'geri', 'tornato', 'tornata', 'voltou', 'volvio', 'wieder', 'duzeldi', 'revenu']);

/**
 * Whether a post is only the question whether the service is back ("WhatsApp geri geldi mi?",
 * "whatsapp è tornato??", "is it back?"): its author is still without it, so it asks whether it
 * is down. Nothing may follow the question mark: "is it back? working here" answers it.
 */
function asksOnlyIfBack(cue: Located<Cue>, words: readonly string[], normalised: string, mark: number): boolean {
  if (!words.slice(cue.start, cue.end).some((w) => BACK_WORDS.has(w))) return false;
  return !/[\p{L}\p{N}]/u.test(normalised.slice(mark));
}

/** Whether "still" stands right before the cue, or one word before it ("still just connecting"). */
function stillBefore(cue: Located<Cue>, words: readonly string[]): boolean {
  return STILL_WORDS.has(words[cue.start - 1] as string) || STILL_WORDS.has(words[cue.start - 2] as string);
}

/** A question mark or a Thai or Japanese question particle opening the text after an unspaced "works" phrase. */
const UNSPACED_QUESTION_AFTER = /^\s*(?:[?？]|ไหม|มั้ย|มั๊ย|หรือเปล่า|หรือยัง|ป่าว|か)/;

/** Words after a "works" phrase within which a question mark makes it a question. */
const ASKED_WINDOW = 2;

/**
 * Whether a "works" phrase is asked, not said: a question mark ends its clause within a few
 * words, before the next name ("Instagram está normal pra vocês?", "Teams läuft bei euch?").
 */
export function asked(
  cue: Located<Cue>,
  mentions: readonly ServiceMention[],
  words: readonly string[],
  normalised: string,
  offsets: readonly number[],
  verbFirst = false,
): boolean {
  // Unspaced (past the words): a question mark or particle right after it ("ไลน์ใช้ได้ไหม", "使える？").
  if (isUnspacedPosition(cue.start, words.length)) {
    const end = charOffsetOf(cue.end, words.length);
    return UNSPACED_QUESTION_AFTER.test(normalised.slice(end, end + UNSPACED_PREDICATE_CHARS + 4));
  }
  const last = cue.end - 1;
  const from = (offsets[last] as number) + (words[last] as string).length;
  // A verb that opens its sentence asks about the names after it, to the sentence's end
  // ("Funktioniert WhatsApp / Instagram bei euch?", "Werkt Teams bij jullie?").
  if (verbFirst && opensSentence(cue, normalised, offsets)) return sentenceAsks(normalised, from);
  let until = Math.min(words.length, cue.end + ASKED_WINDOW);
  for (const m of mentions) if (m.start >= cue.end && m.start < until) until = m.start;
  const to = until < words.length ? (offsets[until] as number) : normalised.length;
  for (let i = from; i < to; i++) {
    const ch = normalised[i];
    if (ch === '?' || ch === '؟') return true;
    if (ch === '.' || ch === '!' || ch === '\n') return false;
  }
  return false;
}

/** Turkish question particles after a name ("Vodafone mu gitti", "WhatsApp mı çöktü"), folded. */
const QUESTION_PARTICLES: ReadonlySet<string> = new Set(['mu', 'mi', 'mü']);
/** Words after a particle its question still covers ("Vodafone mu gitti"). */
const PARTICLE_REACH = 2;

/**
 * "Why" opening a question: an accusation, not a suspect asked about ("Aje Airtel mnanikatia data
 * kila saa?", "why is jio so slow today?"): its sentence is said, not asked.
 */
const WHY_WORDS: ReadonlySet<string> = new Set([
  'why',
  'aje',
  'mbona',
  'kyun',
  'kyu',
  'kyon',
  'क्यों',
  'کیوں',
  'neden',
  'niye',
  'perche',
  'pourquoi',
  'warum',
]);

/**
 * Per word, whether it stands in a question: in a clause (to a comma or a sentence's end) that ends with a question mark, or
 * (in Turkish) right after a name and its question particle ("Vodafone mu gitti, WhatsApp mı").
 */
export function askedWords(words: readonly string[], normalised: string, mentions: readonly ServiceMention[], language: string): boolean[] {
  const asked = new Array<boolean>(words.length).fill(false);
  const offsets = tokenOffsets(words, normalised);
  let sentenceStart = 0;
  for (let i = 0; i < words.length; i++) {
    const end = (offsets[i] as number) + (words[i] as string).length;
    const next = i + 1 < words.length ? (offsets[i + 1] as number) : normalised.length;
    let terminator = 0;
    for (let at = end; at < next; at++) {
      const code = normalised.charCodeAt(at);
      if (endsSentence(code) || code === 0x2c || code === 0x60c)
        terminator = terminator === 0x3f || terminator === 0x61f ? terminator : code;
    }
    if (terminator === 0 && i + 1 < words.length) continue;
    const accuses = WHY_WORDS.has(words[sentenceStart] as string) || WHY_WORDS.has(words[sentenceStart + 1] as string);
    if ((terminator === 0x3f || terminator === 0x61f) && !accuses) asked.fill(true, sentenceStart, i + 1);
    sentenceStart = i + 1;
  }
  if (language === 'tr') {
    for (const m of mentions) {
      if (m.start >= 0 && QUESTION_PARTICLES.has(words[m.end] as string))
        asked.fill(true, m.start, Math.min(words.length, m.end + PARTICLE_REACH));
    }
  }
  return asked;
}

/** Whether the word at `index` stands in a sentence that ends with a question mark. */
export function askedAt(index: number, words: readonly string[], normalised: string): boolean {
  const offsets = tokenOffsets(words, normalised);
  return index >= 0 && index < words.length && sentenceAsks(normalised, offsets[index] as number);
}
