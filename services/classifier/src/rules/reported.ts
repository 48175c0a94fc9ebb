/**
 * Claims that are not the author's own failure now, dropped or turned into negatives right after
 * the classifier negates a post's cues: hearsay after a news cue ("users report videos not
 * loading"), a hypothetical after a conditional and a name ("if WhatsApp goes down"), an outage
 * dated in the past ("yesterday's AWS outage", "kal WhatsApp band hua"), the question a Turkish
 * quotative puts in others' mouths ("… açılmıyor mu diye soranlar"), and a fall in a figure or a
 * market ("usage down 20%", "o mercado tá down"). `reportedBefore` (a verb of saying just before)
 * also serves the denial and recovery rules.
 */
import type { ServiceMention } from '../catalogue/catalogue.js';
import type { Cue } from '../lexicon/cues.js';
import { foldedSet, MINE_WORDS, STILL_WORDS } from './words.js';
import { claimsFailure, type Located, polarity } from './claims.js';
import { sameClause, sentenceAsks, tokenOffsets } from './sentences.js';

/**
 * Claims after a news or hearsay cue are reported, not the author's own: "YouTube outage:
 * users report videos not loading". Claims before it still count, and so does the author's
 * own failure still had ("news says jio is fixed. I still have no service").
 */
export function dropReportedClaims(cues: Located<Cue>[], words: readonly string[]): void {
  const wordCount = words.length;
  let reportFrom = Infinity;
  for (const cue of cues) if (cue.value.kind === 'news' && cue.start < wordCount) reportFrom = Math.min(reportFrom, cue.end);
  if (reportFrom === Infinity) return;
  for (let i = cues.length - 1; i >= 0; i--) {
    const cue = cues[i] as Located<Cue>;
    if (polarity(cue.value.kind) === 1 && cue.start >= reportFrom && cue.start < wordCount && !stillMine(words, reportFrom, cue.end)) {
      cues.splice(i, 1);
    }
  }
}

/** Whether the words from `from` to `to` say "still" and "mine" (or "I"): the author's own failure, still had. */
export function stillMine(words: readonly string[], from: number, to: number): boolean {
  let still = false;
  let mine = false;
  for (let k = from; k < to && k < words.length; k++) {
    const word = words[k] as string;
    still ||= STILL_WORDS.has(word);
    mine ||= MINE_WORDS.has(word);
  }
  return still && mine;
}

/** Nouns for an outage as an event, which a recap dates ("yesterday's AWS outage", "the 2021 facebook outage"). */
const OUTAGE_NOUNS: ReadonlySet<string> = new Set(['outage', 'outages', 'downtime', 'blackout', 'meltdown', 'disruption']);
/** Periods after "last" that date a past outage ("last night's", "last week's"). */
const PAST_PERIODS: ReadonlySet<string> = new Set([
  'night',
  'week',
  'weekend',
  'month',
  'year',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);
/** A year as a recap dates an outage ("the 2021 facebook outage"). */
const YEAR = /^(19|20)[0-9][0-9]$/;
/** The negative an outage noun becomes when a past date stands before it and its name. */
const DATED_OUTAGE: Cue = { kind: 'negative', lexicon: -1 };

/** Units of a duration written before an outage noun ("two-hour", "6 hour"). */
const DURATION_UNITS: ReadonlySet<string> = new Set(['hour', 'hours', 'hr', 'hrs', 'minute', 'minutes', 'min', 'mins', 'day', 'days']);
/** A count written in digits ("2-hour"). */
const DIGITS = /^[0-9]+$/;
/** Counts written as words before such a unit. */
const COUNT_WORDS: ReadonlySet<string> = new Set([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'several',
  'multi',
]);

/**
 * Where a duration ending at `end` (exclusive) starts ("yesterday's two-hour WhatsApp outage":
 * the date stands before it), or `end` when no duration ends there.
 */
function durationStart(words: readonly string[], end: number): number {
  if (!DURATION_UNITS.has(words[end - 1] as string)) return end;
  const count = words[end - 2];
  return count !== undefined && (COUNT_WORDS.has(count) || DIGITS.test(count)) ? end - 2 : end;
}

/** Whether the words ending at `end` (exclusive) date something in the past: "yesterday's", "last week's", "2021". */
function pastDateEndsAt(words: readonly string[], end: number): boolean {
  const last = words[end - 1];
  if (last === undefined) return false;
  if (YEAR.test(last)) return true;
  if (last !== 's') return false;
  const period = words[end - 2];
  return period === 'yesterday' || (period !== undefined && PAST_PERIODS.has(period) && words[end - 3] === 'last');
}

/**
 * An outage noun dated in the past, with the name between ("Yesterday's AWS outage cost us
 * hours", "a video essay on the 2021 facebook outage"), is a recap: the noun becomes a negative
 * (the lexicons list "yesterday's outage" itself). "Today's outage" is now, and stays a claim.
 */
export function readDatedOutages(cues: Located<Cue>[], mentions: readonly ServiceMention[], words: readonly string[]): void {
  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i] as Located<Cue>;
    if (cue.value.kind !== 'outage' || cue.end - cue.start !== 1 || !OUTAGE_NOUNS.has(words[cue.start] as string)) continue;
    let before = cue.start;
    for (const m of mentions) if (m.start >= 0 && m.end === before) before = m.start;
    before = durationStart(words, before);
    if (pastDateEndsAt(words, before)) cues[i] = { value: DATED_OUTAGE, start: before, end: cue.end };
  }
}

/** Hindustani past auxiliaries after a failure ("band hua", "down tha", "band ho gaya tha"). */
const HINDUSTANI_PAST: ReadonlySet<string> = new Set(['hua', 'hui', 'huwa', 'huya', 'tha', 'thi', 'the']);
/** Words that may stand between the failure and its past auxiliary ("band ho gaya tha"). */
const HINDUSTANI_PERFECT: ReadonlySet<string> = new Set(['ho', 'gaya', 'gya', 'gayi', 'gyi', 'hogaya', 'hogya', 'raha', 'rha', 'rahi']);
/** How far before a failure "kal" (yesterday) dates it. */
const YESTERDAY_REACH = 6;

/**
 * A failure dated "kal" (yesterday) and told in the past ("Kal WhatsApp band hua to ammi ne
 * call ki", "kal ke outage ke baad") is a recap: the cue becomes a negative. "Kal" is also
 * tomorrow, hence the past auxiliary; "kal se" (since yesterday) is still going on.
 */
export function readYesterdaysFailures(cues: Located<Cue>[], words: readonly string[]): void {
  const kal = words.indexOf('kal');
  if (kal < 0 || words[kal + 1] === 'se' || words[kal + 2] === 'se' || words.includes('abhi')) return;
  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i] as Located<Cue>;
    if (cue.value.kind !== 'outage' || cue.start <= kal || cue.start - kal > YESTERDAY_REACH) continue;
    let next = cue.end;
    while (HINDUSTANI_PERFECT.has(words[next] as string)) next++;
    const past = HINDUSTANI_PAST.has(words[next] as string) || (words[next] === 'ke' && words[next + 1] === 'baad');
    if (past) cues[i] = { value: DATED_OUTAGE, start: cue.start, end: cue.end };
  }
}

/** A number written as a percentage: "12%", "12.5 %" (group 1), or Turkish "%12" (group 2), digits as the tokenizer keeps them. */
const PERCENTAGE = /(\d+(?:\.\d+)?)\s*%|%\s*(\d+(?:\.\d+)?)/g;
/**
 * Words that may stand between an outage word and the percentage it fell by ("down by 12%",
 * "se cayó un 12%", "caiu uns 5%"). Not "at", "en", "em": "stuck at 99%", "se queda cargando en
 * 25%" is progress that stopped, a failure.
 */
const FALL_BY: ReadonlySet<string> = new Set([
  'by',
  'almost',
  'nearly',
  'about',
  'around',
  'over',
  'un',
  'una',
  'unos',
  'casi',
  'um',
  'uma',
  'uns',
  'quase',
]);

/**
 * An outage word with a percentage is a fall in a figure, not a failure: "usage down 20%",
 * "el mercado se cayó un 12%", "%5 düştü", "share 5% down". A post without a percent sign
 * costs one `includes`.
 */
export function dropFallsByPercentage(cues: Located<Cue>[], words: readonly string[], normalised: string): void {
  if (!normalised.includes('%')) return;
  const after = new Set<string>();
  const before = new Set<string>();
  for (const match of normalised.matchAll(PERCENTAGE)) {
    if (match[1] !== undefined) after.add(match[1]);
    else before.add(match[2] as string);
  }
  for (let i = cues.length - 1; i >= 0; i--) {
    const cue = cues[i] as Located<Cue>;
    if (cue.value.kind !== 'outage' && cue.value.kind !== 'question') continue;
    const next = words[cue.end];
    const previous = cue.start > 0 ? (words[cue.start - 1] as string) : '';
    const falls =
      (next !== undefined && (after.has(next) || (FALL_BY.has(next) && after.has(words[cue.end + 1] as string)))) ||
      before.has(previous) ||
      // "share 5% down"; not "100% down", which says how down, nor "0% pe atka", stuck at nought.
      (after.has(previous) && previous !== '100' && previous !== '0');
    if (falls) cues.splice(i, 1);
  }
}

/** Turkish words after the quotative "diye" for the people who ask or say it ("... diye soranlar"). */
const TURKISH_ASKERS: ReadonlySet<string> = foldedSet([
  ...['soran', 'soranlar', 'sorana', 'soranlara', 'sorup', 'soruyor', 'soruyorlar', 'soranları'],
  ...['diyen', 'diyenler', 'diyenlere', 'düşünen', 'düşünenler', 'düşünenlere'],
]);

/**
 * Drops, in place, the claims a Turkish quotative puts in others' mouths: the clause before
 * "diye soranlar" ("YouTube açılmıyor mu diye soranlar, sorun sizin DNS'te") is what they ask,
 * not the author's failure. Turkish quotes before the verb of saying, so hearsay cues, which
 * act on what follows them, miss it.
 */
export function dropClaimsQuotedByAskers(cues: Located<Cue>[], words: readonly string[], normalised: string): void {
  const at = words.findIndex((w, i) => w === 'diye' && TURKISH_ASKERS.has(words[i + 1] as string));
  if (at < 0) return;
  const offsets = tokenOffsets(words, normalised);
  let from = at;
  while (from > 0 && sameClause(from - 1, from, words, normalised, offsets)) from--;
  for (let i = cues.length - 1; i >= 0; i--) {
    const cue = cues[i] as Located<Cue>;
    if (polarity(cue.value.kind) === 1 && cue.start >= from && cue.start < at) cues.splice(i, 1);
  }
}

/** Markets, shares and indices: an outage word just after one is a fall in prices ("Facebook'un hissesi çöktü"). */
const MARKET_NOUNS: ReadonlySet<string> = foldedSet([
  ...['stock', 'stocks', 'shares', 'share', 'market', 'markets', 'nasdaq', 'sensex', 'nifty'],
  ...['bolsa', 'acciones', 'mercado', 'mercados', 'ações', 'ibovespa', 'borsa', 'azioni', 'titolo', 'mercato'],
  ...['hisse', 'hissesi', 'hisseleri', 'piyasa', 'aktie', 'aktien', 'börse', 'bourse', 'शेयर', 'बाजार', 'سٹاک', 'اسٹاک', 'شیئر'],
]);
/** Words after "mercado" that make it a marketplace's name, in the catalogue or not ("Mercado Livre não carrega"). */
const MARKETPLACES: ReadonlySet<string> = new Set(['livre', 'libre', 'pago']);
/** Tokens from a market noun to the outage word said of it ("mercado tá down", "hissesi de çöktü"). */
const MARKET_REACH = 3;

/**
 * Drops, in place, the outage words said of a market or a share ("O mercado tá down hoje",
 * "Facebook ka share 5% down"): a fall in prices. Not a name that holds such a word ("Mercado
 * Pago caiu", "Mercado Livre fora").
 */
export function dropMarketFalls(cues: Located<Cue>[], mentions: readonly ServiceMention[], words: readonly string[]): void {
  const market = (at: number) =>
    MARKET_NOUNS.has(words[at] as string) &&
    !MARKETPLACES.has(words[at + 1] as string) &&
    !mentions.some((m) => m.start <= at && m.end > at);
  for (let i = cues.length - 1; i >= 0; i--) {
    const cue = cues[i] as Located<Cue>;
    if (cue.value.kind !== 'outage' || cue.start >= words.length) continue;
    for (let at = Math.max(0, cue.start - MARKET_REACH); at < cue.start; at++) {
      if (market(at)) {
        cues.splice(i, 1);
        break;
      }
    }
  }
}

/**
 * "When" opening a post, a name right after it: the joke's set-up, what happens whenever the
 * service fails ("When Instagram is down for 5 minutes and everyone...", "Kiedy Facebook nie
 * działa 5 minut i wszyscy..."), not a failure now. Read as a conditional there only, and not in
 * a question ("when instagram down again??"): elsewhere "when" also asks ("since when is X
 * down?") or dates a failure the author has.
 */
const WHEN_OPENERS: ReadonlySet<string> = new Set(['when', 'cuando', 'quand', 'quando', 'kiedy', 'gdy', 'wanneer', 'als', 'когда', 'коли']);
/** Tokens from the opening "when" to the name ("when my WhatsApp ..."). */
const WHEN_NAME_REACH = 2;
/** Tokens from a conditional to the claim it governs ("if my WhatsApp and Instagram go down"). */
const CONDITIONAL_REACH = 6;
/**
 * Words after which "if" asks "whether" ("anyone know if X is down", "non so se", "no sé si",
 * "je sais pas si"): there the claim is a question, not a hypothetical.
 */
const WHETHER_AFTER: ReadonlySet<string> = new Set([
  'know',
  'knows',
  'sure',
  'wonder',
  'wondering',
  'idk',
  'dunno',
  'check',
  'checking',
  'see',
  'ask',
  'asking',
  'tell',
  'so',
  'sa',
  'sai',
  'sapete',
  'sapere',
  'chiedo',
  'capire',
  'vedere',
  'controllare',
  'se',
  'sabe',
  'sabes',
  'saben',
  'saber',
  'pregunto',
  'ver',
  'sei',
  'sabem',
  'sais',
  'sait',
  'savez',
  'savoir',
  'demande',
  'voir',
  'weiss',
  'wissen',
  'frage',
]);

/**
 * Words that make "if X is down for you too" a report, not a hypothetical: the author has the
 * failure and asks who shares it ("if your WhatsApp is down too, RT", "se anche a voi non va").
 * Turkish "de/da" is left out: as a clitic it also joins ordinary clauses.
 */
const SHARED_FAILURE: ReadonlySet<string> = foldedSet([
  'too',
  'also',
  'either',
  'anche',
  'pure',
  'tambien',
  'tampoco',
  'tb',
  'tbm',
  'auch',
  'aussi',
  'bhi',
  'بھی',
  'भी',
]);

/**
 * A claim right after a conditional of the post's language and a name is a hypothetical, not a
 * complaint: "if WhatsApp goes down, ...", "se WhatsApp va giù", "agar whatsapp band ho gaya to".
 * Not when the clause asks who shares the failure (`SHARED_FAILURE`).
 */
export function dropHypotheticalClaims(
  cues: Located<Cue>[],
  mentions: readonly ServiceMention[],
  words: readonly string[],
  ids: readonly number[],
  conditionals: ReadonlySet<number> | undefined,
  normalised: string,
): void {
  if (mentions.length === 0) return;
  const opensWithWhen =
    WHEN_OPENERS.has(words[0] as string) && mentions.some((m) => m.start > 0 && m.start <= WHEN_NAME_REACH) && !sentenceAsks(normalised, 0);
  if (!conditionals && !opensWithWhen) return;
  const wordCount = words.length;
  const isClaim = (cue: Located<Cue>) => (cue.value.kind === 'outage' || cue.value.kind === 'error') && cue.start < wordCount;
  if (!cues.some(isClaim)) return;
  for (let at = 0; at < ids.length; at++) {
    const conditional = (at === 0 && opensWithWhen) || conditionals?.has(ids[at] as number) === true;
    if (!conditional || (at > 0 && WHETHER_AFTER.has(words[at - 1] as string))) continue;
    const named = mentions.find((m) => m.start > at && m.start - at <= CONDITIONAL_REACH);
    if (!named || sharedFailureAfter(words, at)) continue;
    for (let i = cues.length - 1; i >= 0; i--) {
      const cue = cues[i] as Located<Cue>;
      // Between the conditional and the name too, where the verb comes first (Tagalog "pag down ang FB").
      if (isClaim(cue) && cue.start > at && cue.start - at <= CONDITIONAL_REACH) cues.splice(i, 1);
    }
  }
}

/**
 * A claim right after a name and right before a conditional that follows its clause ("WhatsApp
 * down aithe family group lo peace untadi") is a hypothetical, as with a conditional before it.
 * `conditionalsAfter`: every lexicon's `conditionalsAfter`, folded.
 */
export function dropClaimsBeforeConditionals(
  cues: Located<Cue>[],
  mentions: readonly ServiceMention[],
  words: readonly string[],
  conditionalsAfter: ReadonlySet<string>,
): void {
  if (mentions.length === 0) return;
  const isClaim = (cue: Located<Cue>) => cue.value.kind === 'outage' || cue.value.kind === 'error';
  // The claims right before a conditional, with a name just before them ("Facebook ek din band bhayo bhane").
  const anchors = cues.filter(
    (cue) =>
      isClaim(cue) &&
      conditionalsAfter.has(words[cue.end] ?? '') &&
      mentions.some((m) => m.start >= 0 && m.end <= cue.start && cue.start - m.end <= NAME_TO_CLAIM_BEFORE_CONDITIONAL),
  );
  if (anchors.length === 0) return;
  // Every claim inside such a span goes with it: "band" inside "band bhayo".
  for (let i = cues.length - 1; i >= 0; i--) {
    const cue = cues[i] as Located<Cue>;
    if (isClaim(cue) && anchors.some((a) => cue.start >= a.start && cue.end <= a.end)) cues.splice(i, 1);
  }
}

/** Words that may stand between a name and a claim a postposed conditional makes hypothetical ("Facebook ek din band bhayo bhane"). */
const NAME_TO_CLAIM_BEFORE_CONDITIONAL = 2;

/** Whether a word of `SHARED_FAILURE` comes within the conditional's reach after it. */
function sharedFailureAfter(words: readonly string[], conditional: number): boolean {
  const end = Math.min(words.length, conditional + 1 + 2 * CONDITIONAL_REACH);
  for (let at = conditional + 1; at < end; at++) if (SHARED_FAILURE.has(words[at] as string)) return true;
  return false;
}

/** Words before a recovery within which the one who says it stands ("customer care says no issue", "berita bilang udah pulih"). */
const REPORTER_REACH = 6;

/** Verbs of saying and telling, folded: what follows them is somebody else's word. */
export const REPORT_WORDS: ReadonlySet<string> = foldedSet([
  ...['says', 'said', 'say', 'claims', 'tweeted', 'announced', 'sagt', 'sagen', 'meint'],
  ...['bol', 'bola', 'boli', 'bole', 'keh', 'kehte', 'kaha', 'bilang', 'kata', 'katanya'],
  ...['diz', 'dizem', 'disse', 'dizia', 'dice', 'dicen', 'dijo', 'twittato', 'dicono', 'detto', 'diyor', 'diyorlar', 'dedi'],
  ...['बोल', 'बोला', 'कहा', 'कहते', 'बताया', 'खबर', 'کہتے', 'کہا', 'کیا', 'یقولون', 'یقول', 'قالوا'],
]);

/** Whether a verb of saying stands within `REPORTER_REACH` words before token `at`: what follows is somebody else's word. */
export function reportedBefore(at: number, words: readonly string[]): boolean {
  for (let k = Math.max(0, at - REPORTER_REACH); k < at; k++) if (REPORT_WORDS.has(words[k] as string)) return true;
  return false;
}

/** "Everyone" in the lexicons' languages, as words, and in scripts written without spaces, as text. */
const EVERYONE_RUNS: ReadonlySet<string> = foldedSet([
  ...['everyone', 'everybody', 'все', 'всі', 'andaru', 'అందరూ', 'sab', 'sabhi', 'sagle', 'सब', 'सगळे', 'सगळी', 'সবাই', 'sobai'],
  ...['herkes', 'semua', 'semuanya', 'tutti', 'todos', 'alle', 'همه', 'الكل', 'ellarum', 'எல்லாரும்', '다들', '모두', 'wote'],
]);
const EVERYONE_UNSPACED: readonly string[] = ['ทุกคน', 'みんな', '皆'];
/** "When, whenever, every time, if": the joke's habitual set-up. */
const HABITUAL_WORDS: ReadonlySet<string> = foldedSet([
  ...['when', 'whenever', 'every', 'когда', 'каждый', 'коли', 'aithe', 'ayithe', 'jab', 'jabhi', 'cuando', 'quando', 'quand'],
  ...['wenn', 'kalau', 'kalo', 'khi', 'mỗi', 'وقتی', 'هر', 'যখন', 'jokhon', 'जेव्हा', 'ఎప్పుడు', 'her', '때', '때마다'],
  ...['ikiwa', 'kila', 'wakati'],
]);
const HABITUAL_UNSPACED: readonly string[] = ['ทุกครั้ง', 'ตอน', 'เวลา', 'たび', '時', 'とき'];

/**
 * The joke of every outage: "when X goes down, everyone runs to Y to ask whether X is down"
 * ("когда телега падает, все бегут в твиттер проверять, упала ли телега", "ตอนเฟซล่ม
 * ทุกคนแห่ไปทวิตเตอร์เพื่อถามว่าเฟซล่มไหม"). A habitual "when" before another service is named,
 * "everyone" between the first name and it, and the first named again after it: its claims are
 * the joke's, none the author's, and they go.
 */
export function dropEveryoneRunsToAsk(
  cues: Located<Cue>[],
  mentions: readonly ServiceMention[],
  words: readonly string[],
  normalised: string,
): void {
  if (mentions.length < 2 || !cues.some(claimsFailure)) return;
  let offsets: number[] | undefined;
  const offsetsOf = () => (offsets ??= tokenOffsets(words, normalised));
  const at = (m: ServiceMention) => (m.charStart >= 0 ? m.charStart : offsetsOf()[m.start]);
  const byPosition = mentions.filter((m) => m.start >= 0 || m.charStart >= 0).sort((a, b) => (at(a) as number) - (at(b) as number));
  const first = byPosition[0];
  if (first === undefined) return;
  const other = byPosition.find((m) => m.service !== first.service);
  if (other === undefined) return;
  const otherAt = at(other) as number;
  // Unspaced text names a service once in the mentions: look for the first name's own letters again.
  const namedAgain =
    byPosition.some((m) => m.service === first.service && (at(m) as number) > otherAt) ||
    (first.charStart >= 0 && normalised.indexOf(normalised.slice(first.charStart, first.charEnd), otherAt) >= 0);
  if (!namedAgain) return;
  // The post's own words in a stretch of its text, or (Thai, Japanese) the stretch's letters.
  const holds = (from: number, to: number, set: ReadonlySet<string>, unspaced: readonly string[]) =>
    words.some((word, k) => set.has(word) && (offsetsOf()[k] as number) >= from && (offsetsOf()[k] as number) < to) ||
    unspaced.some((s) => normalised.slice(from, to).includes(s));
  if (!holds(at(first) as number, otherAt, EVERYONE_RUNS, EVERYONE_UNSPACED) || !holds(0, otherAt, HABITUAL_WORDS, HABITUAL_UNSPACED))
    return;
  for (let i = cues.length - 1; i >= 0; i--) if (claimsFailure(cues[i] as Located<Cue>)) cues.splice(i, 1);
}
