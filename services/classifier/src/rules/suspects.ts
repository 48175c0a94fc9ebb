/**
 * Suspects and findings. What the author found the failure to be ("turns out its whatsapp", "meğer
 * WhatsApp çökmüş", "galti WhatsApp ki nikli") claims that name, and the services named before it
 * were the suspects; names ruled out each in a clause of their own ("airtel nahi, jio nahi,
 * problem whatsapp me hai") are not what fails when another name is left. The classifier applies
 * these to the names it found, before it drops networks tried on and asked suspects and attributes
 * claims.
 */
import type { ServiceMention } from '../catalogue/catalogue.js';
import type { Cue } from '../lexicon/cues.js';
import { isCounterCue, type Located, polarity, saysItWorks } from './claims.js';
import { sameClause, sentenceEndsBetween, tokenOffsets } from './sentences.js';
import { askedAt } from './questions.js';
import { ELLIPTIC_CLAIM } from './said-to-work.js';

/** "Not" said after a name in a clause of its own, ruling it out: "airtel nahi, jio nahi", "Türk Telekom değil,". */
const RULED_OUT_AFTER: ReadonlySet<string> = new Set(['nahi', 'nahin', 'nhi', 'नहीं', 'नही', 'değil', 'degil', 'not']);
/** "My", "our" between "not" and a name: "not my Airtel wifi". */
const MY_WORDS: ReadonlySet<string> = new Set(['my', 'our', 'the']);
/** "Not" said before a name in a clause of its own: "not jio, not airtel,", "bukan Telkomsel,". */
const RULED_OUT_BEFORE: ReadonlySet<string> = new Set(['not', 'bukan']);

/**
 * Names ruled out as the cause, each "not" and its name a clause of their own ("airtel nahi,
 * jio nahi, problem whatsapp me hai", "not jio, not airtel, it's whatsapp"), are not what
 * fails when another name is left. "Jio nahi chal raha" is a claim: the clause goes on.
 */
export function withoutRuledOut(
  mentions: readonly ServiceMention[],
  cues: readonly Located<Cue>[],
  words: readonly string[],
  normalised: string,
): readonly ServiceMention[] {
  if (mentions.length < 2) return mentions;
  let offsets: number[] | undefined;
  const clauseBreak = (before: number) =>
    before <= 0 ||
    before >= words.length ||
    !sameClause(before - 1, before, words, normalised, (offsets ??= tokenOffsets(words, normalised)));
  // Not a "no" read as the verb said of the names before ("insta chal raha hai, youtube nahi.").
  const ruledOut = (m: ServiceMention) =>
    m.start >= 0 &&
    !cues.some((c) => c.value === ELLIPTIC_CLAIM && c.start === m.end) &&
    // "and not my Airtel wifi": the author's own, denied.
    ((m.start >= 2 && words[m.start - 2] === 'not' && MY_WORDS.has(words[m.start - 1] as string)) ||
      (RULED_OUT_AFTER.has(words[m.end] as string) && clauseBreak(m.start) && clauseBreak(m.end + 1)) ||
      (RULED_OUT_BEFORE.has(words[m.start - 1] as string) && clauseBreak(m.start - 1) && clauseBreak(m.end)));
  if (!mentions.some(ruledOut)) return mentions;
  const left = mentions.filter((m) => !ruledOut(m));
  return left.length > 0 ? left : mentions;
}

/** Services whose ambiguous name is also the word for a phone's network ("no signal"). */
export const NAMED_LIKE_THE_NETWORK: ReadonlySet<string> = new Set(['signal']);

/** The claim a revelation makes of the name in its place ("turns out it's WhatsApp"). */
const REVEALED_CLAIM: Cue = { kind: 'outage', lexicon: -1 };

/**
 * What the author found the failure to be: each revelation with a name in its place ("turns out
 * its whatsapp", "meğer WhatsApp çökmüş", "Galti WhatsApp ki nikli") claims that name (a claim
 * added to `cues` at the revelation), and the other services named before it were the
 * suspects ("Blamed Vi for 20 mins", "chiamato Fastweb"), wherever else they are named: the
 * mentions without them.
 */
export function withRevelations(
  cues: Located<Cue>[],
  mentions: readonly ServiceMention[],
  words: readonly string[],
  normalised: string,
): readonly ServiceMention[] {
  if (!cues.some((c) => c.value.kind === 'revelation')) return mentions;
  let kept = mentions;
  const alternatives = cues.filter((c) => c.value.kind === 'alternative');
  for (const cue of cues.filter((c) => c.value.kind === 'revelation')) {
    // Inside a suspicion ("achei que era a Vivo", "pensavo che era TIM"), not a finding.
    if (alternatives.some((a) => a.start <= cue.start && a.end >= cue.end)) continue;
    // Asked, not found ("PTCL ka masla hai ya youtube ka?").
    if (askedAt(cue.start, words, normalised)) continue;
    // The name right in the slot, and more than a letter ("it's just showing E" reveals no e&).
    const revealed = mentions.find(
      (m) =>
        (!m.ambiguous || (words[m.start]?.length ?? 0) > 1) &&
        // a name written as one: "fixed the issue' #WhatsAppDown" reveals nothing
        m.via !== 'hashtag' &&
        m.start >= 0 &&
        (cue.value.side === 'before' ? m.start === cue.end : m.end === cue.start),
    );
    if (revealed === undefined || sentenceEndsBetween(cue, revealed, words, normalised)) continue;
    // "bas signal ka masla hai": the phone's signal, the network's failure, not the messenger found.
    if (revealed.ambiguous && NAMED_LIKE_THE_NETWORK.has(revealed.service)) continue;
    // After a bare "it's", "c'est", "è", the name found ends its clause or is what a claim is said
    // of ("it's WhatsApp.", "c'est WhatsApp qui est HS"): "it's instagram with a text box" describes.
    if (isBareCopula(cue, words) && !endsTheFinding(revealed, cues, words, normalised)) continue;
    // The name a suspicion governs ("pehle laga jio ka issue hai"): what was thought, not found;
    // and a guess ("lagta hai UPI hi down hai") is no finding either.
    if (alternatives.some((a) => a.value.side === 'before' && a.end === revealed.start) || guessedAt(revealed.start, words)) continue;
    cues.push({ value: REVEALED_CLAIM, start: cue.start, end: cue.end });
    const from = Math.min(cue.start, revealed.start);
    dropCheckedBefore(cues, from, mentions);
    // A suspect named again after the finding is still the suspect ("Jazz ko gaaliyan dena band karo").
    const suspects = new Set(mentions.filter((m) => m.start >= 0 && m.end <= from).map((m) => m.service));
    kept = kept.filter((m) => m.service === revealed.service || m.start < 0 || (m.end > from && !suspects.has(m.service)));
  }
  return kept;
}

/** Words between a name and a "works" phrase said of it ("airtel ka net chal raha hai"). */
const NAME_TO_WORKS_GAP = 3;

/**
 * Drops the "works" phrases before a finding (ending by `from`) that no name is just before:
 * what was checked works ("balance check kiya sab theek hai. WhatsApp hi band hai"), said of
 * the suspects, not of the failure found. One said of a name ("Sky va benissimo, è WhatsApp
 * che non manda niente") stays: it tells that name works, and the name's phrases are weighed as such.
 */
function dropCheckedBefore(cues: Located<Cue>[], from: number, mentions: readonly ServiceMention[]): void {
  const checked = cues.filter(
    (cue) =>
      saysItWorks(cue) &&
      cue.end <= from &&
      !mentions.some((m) => m.start >= 0 && m.end <= cue.start && cue.start - m.end <= NAME_TO_WORKS_GAP),
  );
  // The same words listed as a counter too ("va benissimo") go with them.
  for (let i = cues.length - 1; i >= 0; i--) {
    const cue = cues[i] as Located<Cue>;
    if (isCounterCue(cue) || saysItWorks(cue)) {
      if (checked.some((c) => c.start === cue.start && c.end === cue.end)) cues.splice(i, 1);
    }
  }
}

/** Words after a name found that go on to say what it does: "c'est WhatsApp qui", "è WhatsApp che", "it's whatsapp that's". */
const CLEFT_WORDS: ReadonlySet<string> = new Set([
  'qui',
  'che',
  'que',
  'that',
  'thats',
  'which',
  'ka',
  'ki',
  'ke',
  'hi',
  'bas',
  'only',
  'o',
]);

/** Last words of the bare copulas that reveal a name ("it's", "its", "it was", "c'est", "è" folded, "a to"), in one or two words. */
const BARE_COPULAS: ReadonlySet<string> = new Set(['s', 'its', 'est', 'e', 'to', 'was']);
/** Words a bare copula with "always" takes at most ("it's always": it, s, always). */
const ALWAYS_COPULA_WORDS = 3;

/** Whether a revelation is a bare copula (at most two words), or one that ends with "always". */
function isBareCopula(cue: Located<Cue>, words: readonly string[]): boolean {
  const length = cue.end - cue.start;
  const last = words[cue.end - 1] as string;
  if (cue.value.side !== 'before') return false;
  return last === 'always' ? length <= ALWAYS_COPULA_WORDS : length < 3 && BARE_COPULAS.has(last);
}

/** Whether the name a revelation found ends its clause, is followed by a cleft word, or by a claim. */
function endsTheFinding(revealed: ServiceMention, cues: readonly Located<Cue>[], words: readonly string[], normalised: string): boolean {
  if (revealed.end >= words.length || CLEFT_WORDS.has(words[revealed.end] as string)) return true;
  // A possessive goes on to name something of it ("it's Microsoft's end").
  if (words[revealed.end] === 's') return false;
  if (
    cues.some((c) => polarity(c.value.kind) === 1 && c.value !== REVEALED_CLAIM && c.start >= revealed.end && c.start <= revealed.end + 1)
  )
    return true;
  const offsets = tokenOffsets(words, normalised);
  const nameEnd = (offsets[revealed.end - 1] as number) + (words[revealed.end - 1] as string).length;
  return /^\s*[^\s\p{L}\p{N}]/u.test(normalised.slice(nameEnd, offsets[revealed.end]) + (words[revealed.end] ?? ''));
}

/** Words that make what follows a guess ("lagta hai UPI hi down hai", "shayad jio ka masla hai"). */
const GUESS_WORDS: ReadonlySet<string> = new Set(['lagta', 'lagti', 'shayad', 'shaayad', 'probably', 'maybe']);
/** How far before a name a guess word reaches ("lagta hai UPI": two words). */
const GUESS_REACH = 2;

function guessedAt(start: number, words: readonly string[]): boolean {
  for (let i = Math.max(0, start - GUESS_REACH); i < start; i++) if (GUESS_WORDS.has(words[i] as string)) return true;
  return false;
}
