/**
 * Counter-phrases (recoveries, "works" phrases) that deny nothing of the complaint, dropped in
 * place as the classifier weighs the evidence: those said of a name the post does not complain
 * about ("Telegram funziona bene" beside a failing WhatsApp), of another part ("Shorts won't load,
 * normal videos are fine") or device ("phone works fine"), of "everything else"; recoveries
 * somebody else reports while the author still fails ("customer care says no issue. mine still
 * …"), a recovery "but" a part still fails; and, as cues are collected, recoveries that overlap a
 * suspicion ("pensé que era mi módem").
 */
import type { ServiceMention } from '../catalogue/catalogue.js';
import type { Cue } from '../lexicon/cues.js';
import { BUT_WORDS, foldedSet, MINE_WORDS, STILL_WORDS } from './words.js';
import { counterSaysItWorks, type Located, polarity } from './claims.js';
import { REPORT_WORDS, reportedBefore, stillMine } from './reported.js';
import { predicateOf, unspacedPredicateOf } from './said-to-work.js';

/**
 * Drops the recoveries that overlap a suspicion ("pensé que era mi módem": "era mi" is no
 * recovery; "thought it was back"): what the author thought says nothing of now. Not the
 * other-sense cues: alternatives hold sources too ("segundo o Downdetector" is news).
 */
export function dropCountersInsideSuspicions(cues: Located<Cue>[]): void {
  const suspicions = cues.filter((c) => c.value.kind === 'alternative' && c.value.side === 'before');
  if (suspicions.length === 0) return;
  for (let i = cues.length - 1; i >= 0; i--) {
    const cue = cues[i] as Located<Cue>;
    if (cue.value.kind === 'recovered' && suspicions.some((s) => cue.start >= s.start && cue.start < s.end)) cues.splice(i, 1);
  }
}

/**
 * Drops, in place, the counter-cues said after a name the post does not complain about
 * ("Telegram funziona bene" beside a failing WhatsApp): they deny nothing of the complaint.
 * News and hearsay still count, and so does what follows an ambiguous name (the Italian "e"
 * of "e funziona di nuovo" is no Etisalat).
 */
export function dropCountersOfOthers(
  counter: Located<Cue>[],
  mentions: readonly ServiceMention[],
  services: readonly string[],
  cues: readonly Located<Cue>[],
  wordCount: number,
): void {
  let kept = 0;
  for (const cue of counter) {
    const ofAnother =
      cue.value.kind !== 'news' &&
      mentions.some(
        (m) =>
          !services.includes(m.service) &&
          ((!m.ambiguous && m.start >= 0 && m.end <= cue.start && isPredicate(m, cue, cues)) ||
            // in unspaced text, right after the name's characters ("ไลน์กลับมาแล้ว แต่เฟซบุ๊กยังล่มอยู่"),
            // an ambiguous name too: a phrase glued to it is said of it ("LINEは復旧したけど")
            (m.charEnd >= 0 && unspacedPredicateOf(m, cue, wordCount))),
      );
    if (!ofAnother) counter[kept++] = cue;
  }
  counter.length = kept;
}

/** Right after the name, or (a recovery phrase) a few words on with no claim between. */
function isPredicate(mention: ServiceMention, cue: Located<Cue>, cues: readonly Located<Cue>[]): boolean {
  if (cue.start - mention.end <= 1) return true;
  // A counter-phrase that is also a "works" phrase ("Airtel wifi at office works fine") is a predicate as one.
  const said =
    cue.value.kind === 'recovered' ? cue : cues.find((w) => w.value.kind === 'working' && w.start === cue.start && w.end === cue.end);
  return (
    said !== undefined &&
    predicateOf(
      mention,
      said,
      cues.filter((c) => polarity(c.value.kind) === 1),
    )
  );
}

/** Tokens between a claim and the symptom word it is said of ("Shorts won't load", "calls keep dropping"). */
const PART_CLAIM_GAP = 1;

/** Whether a claim is said of a part the post names as its subject (a symptom word right before it). */
function saidOfAPart(claim: Located<Cue>, cues: readonly Located<Cue>[]): boolean {
  return cues.some((c) => c.value.kind === 'symptom' && c.end <= claim.start && claim.start - c.end <= PART_CLAIM_GAP);
}

/**
 * Drops, in place, the "works" phrases said of a part of an app after a claim about another
 * part ("Shorts won't load at all, normal videos are fine", "calls keep dropping, messages are
 * fine"): the claim stands, narrowed. Only a "works" phrase right after a symptom word, and only
 * after a claim said of another part (not "is it down? nope, messages are fine", which takes it back);
 * a recovery ("messages are fine now", "fine for me") still denies.
 */
export function dropCountersOfAnotherPart(counter: Located<Cue>[], cues: readonly Located<Cue>[]): void {
  const ofAPart = (cue: Located<Cue>) =>
    cue.value.kind === 'negative' &&
    cues.some((w) => w.value.kind === 'working' && w.start === cue.start && w.end === cue.end) &&
    cues.some((c) => c.value.kind === 'symptom' && c.end === cue.start) &&
    cues.some((c) => (c.value.kind === 'outage' || c.value.kind === 'error') && c.end <= cue.start && saidOfAPart(c, cues));
  let kept = 0;
  for (const cue of counter) if (!ofAPart(cue)) counter[kept++] = cue;
  counter.length = kept;
}

/** Whether an outage or error cue starts after `from` and passes `accept`. */
function anyClaimAfter(cues: readonly Located<Cue>[], from: number, accept: (c: Located<Cue>) => boolean): boolean {
  return cues.some((c) => (c.value.kind === 'outage' || c.value.kind === 'error') && c.start > from && accept(c));
}

/**
 * Removes, in place, the counter-phrases in `dropped` and the hearsay that leads into one of
 * them ("everyone says it's back. mine is still ...": the "everyone says" goes with the recovery).
 */
function dropWithTheirLeads(counter: Located<Cue>[], dropped: readonly Located<Cue>[]): void {
  if (dropped.length === 0) return;
  const leadsIn = (cue: Located<Cue>) => cue.value.kind === 'negative' && dropped.some((r) => cue.end <= r.start && r.start - cue.end <= 2);
  let kept = 0;
  for (const cue of counter) if (!dropped.includes(cue) && !leadsIn(cue)) counter[kept++] = cue;
  counter.length = kept;
}

/** "Then" opening the author's retort ("keh rahe hain koi masla nahi. Phir whatsapp kyun nahi chal raha"). */
const THEN_WORDS: ReadonlySet<string> = foldedSet(['then', 'phir', 'fir', 'फिर', 'پھر']);
/** Words after a recovery within which its verb of saying may stand ("düzeldi diyor"). */
const REPORTER_AFTER_REACH = 2;

/**
 * Drops, in place, the recoveries and "works" phrases somebody else says ("Jio customer care
 * says no issue", "a Vodafone diz que está tudo normal", "stc يقولون تم حل المشكلة") when the
 * author then turns to their own failure, still had: a claim after it with "but", "still" or
 * "mine" between ("... mas não tenho dados", "... وانا للحين ما عندي شبكة"). Said alone, the
 * company's word still counts ("Jio says the network is restored").
 */
export function dropRecoveriesReported(counter: Located<Cue>[], cues: readonly Located<Cue>[], words: readonly string[]): void {
  const reported = (cue: Located<Cue>) =>
    counterSaysItWorks(cue, cues) &&
    cue.start <= words.length &&
    (reportedBefore(cue.start, words) ||
      // Said after the recovery where the verb comes last ("Meta düzeldi diyor", "theek ho gaya bol rahe").
      words.slice(cue.end, cue.end + REPORTER_AFTER_REACH).some((w) => REPORT_WORDS.has(w))) &&
    anyClaimAfter(cues, cue.end - 1, (c) =>
      words.slice(cue.end, c.start + 1).some((w) => BUT_WORDS.has(w) || STILL_WORDS.has(w) || MINE_WORDS.has(w) || THEN_WORDS.has(w)),
    );
  // The news or hearsay that brings it goes with it ("ट्विटर पर खबर चल रही है कि ... ठीक हो गया").
  dropWithTheirLeads(counter, counter.filter(reported));
}

/** Words after a recovery within which "but" may turn to a failure the author still has ("back for most people but ..."). */
const BUT_AFTER_RECOVERY_FOR_OTHERS = 4;
/** Words after a recovery within which the author's own failure still had may begin ("everyone says it's back. mine is still ..."). */
const STILL_MINE_REACH = 12;

/**
 * Drops, in place, the recoveries followed by "but" and a claim said of a part ("WhatsApp is back
 * but voice notes still won't download", "funziona di nuovo WhatsApp ma i vocali non si
 * scaricano"): the service is back only in part, and the claim stands, narrowed; or back for
 * others, with a claim the author still has ("it's back for most people but mine still won't
 * load", or in the next sentence: "everyone says it's back. mine is still ..."), with the hearsay
 * that brought it. The "but" at most two words after the recovery (the name between), four before
 * a "still"; not a claim of no part nor still had ("it's back but it was down for hours" stays a
 * recovery).
 */
export function dropRecoveriesButAPart(counter: Located<Cue>[], cues: readonly Located<Cue>[], words: readonly string[]): void {
  const hasStill = (from: number, to: number) => words.slice(from, to).some((w) => STILL_WORDS.has(w));
  const claimAfter = (from: number, accept: (c: Located<Cue>) => boolean) => anyClaimAfter(cues, from, accept);
  // "Mine is still ..." in the next sentence ("log keh rahe hain wapis aa gaya, mera abhi bhi 'connecting' pe hai").
  const stillMineAfter = (cue: Located<Cue>) =>
    claimAfter(cue.end - 1, (c) => c.start - cue.end <= STILL_MINE_REACH && stillMine(words, cue.end, c.end));
  const partial = (cue: Located<Cue>) => {
    // A report of others ("news said it's fixed", "sab keh rahe theek ho gaya") before the author's own failure still had.
    if (cue.value.kind === 'negative' || cue.value.kind === 'news') return stillMineAfter(cue);
    if (cue.value.kind !== 'recovered') return false;
    let but = -1;
    for (let k = cue.end; k <= cue.end + BUT_AFTER_RECOVERY_FOR_OTHERS && k < words.length; k++) {
      if (BUT_WORDS.has(words[k] as string)) {
        but = k;
        break;
      }
    }
    if (but >= 0 && claimAfter(but, (c) => (but <= cue.end + 2 && saidOfAPart(c, cues)) || hasStill(but + 1, c.end))) return true;
    // Back for others, the author's own failure still had in the next sentence.
    return stillMineAfter(cue);
  };
  // The hearsay that brings the others' recovery goes with it ("everyone says it's back. mine is still ...").
  dropWithTheirLeads(counter, counter.filter(partial));
}

/** Words for the others after "else" ("everything else", "everyone else", "all else"). */
const ELSE_SUBJECTS: ReadonlySet<string> = new Set(['everything', 'everyone', 'everybody', 'all', 'anything']);

/**
 * Drops, in place, what is said to work of "everything else" ("it's just Steam that's down,
 * everything else loads fine"): the rest working says the named one alone fails, and denies
 * nothing of the complaint.
 */
export function dropCountersOfEverythingElse(counter: Located<Cue>[], words: readonly string[]): void {
  let kept = 0;
  for (const cue of counter) if (!saidOfEverythingElse(cue, words)) counter[kept++] = cue;
  counter.length = kept;
}

/** "The rest", "other", before what is said of the other apps ("baki sab apps chal rahe hain", "every other app works", "le altre app vanno"). */
const REST_WORDS: ReadonlySet<string> = new Set([
  'baki',
  'baaki',
  'baqi',
  'बाकी',
  'باقی',
  'other',
  'altre',
  'otras',
  'outros',
  'resto',
  'diger',
  'andere',
]);

/** Another device the app works on: "phone works fine", "en el celular funciona perfecto", "sur le tel ça marche". */
const DEVICE_WORDS: ReadonlySet<string> = new Set([
  'phone',
  'mobile',
  'laptop',
  'pc',
  'tablet',
  'ipad',
  'tel',
  'telephone',
  'portable',
  'celular',
  'movil',
  'telefono',
  'telefone',
  'cel',
  'handy',
  'telefon',
]);

/**
 * Drops, in place, what is said to work on another device right after its name ("YouTube on the
 * TV shows a black screen, phone works fine"): the app fails where the author uses it, and that
 * it works elsewhere denies nothing of the complaint. Only when a claim stands.
 */
export function dropCountersOfAnotherDevice(counter: Located<Cue>[], cues: readonly Located<Cue>[], words: readonly string[]): void {
  // A "works" phrase ("works fine", "funciona perfecto"), not a how-to or a broken phone ("naye phone mein kaise").
  const ofADevice = (cue: Located<Cue>) =>
    counterSaysItWorks(cue, cues) && (DEVICE_WORDS.has(words[cue.start - 1] as string) || DEVICE_WORDS.has(words[cue.start - 2] as string));
  let kept = 0;
  for (const cue of counter) if (!ofADevice(cue)) counter[kept++] = cue;
  counter.length = kept;
}

/** Whether a phrase is said of "everything else" ("everything else loads fine") or of the other apps, within three words. */
export function saidOfEverythingElse(cue: Located<Cue>, words: readonly string[]): boolean {
  if (words[cue.start - 1] === 'else' && ELSE_SUBJECTS.has(words[cue.start - 2] as string)) return true;
  for (let at = Math.max(0, cue.start - 3); at < cue.start; at++) if (REST_WORDS.has(words[at] as string)) return true;
  return false;
}
