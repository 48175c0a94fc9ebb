/**
 * The complaint lexicons of every language, compiled once into lookup structures:
 * phrase cues (outage, question, error, recovered, negative, symptom) over tokens, the
 * same over raw text for unspaced scripts, outage hashtags, and per-language marker words.
 */
import { normalise } from '../text/normalise.js';
import { isUnspaced, scriptCounts, dominantScript } from '../text/script.js';
import { compileDurations, type CompiledDurations } from './durations.js';
import { PhraseIndex, SubstringIndex } from './phrase-index.js';
import { wordsOf } from '../text/tokens.js';
import { Vocabulary } from './vocabulary.js';
import type { ComplaintLexicon, Symptom } from './types.js';

/**
 * `duration` marks the lead of a lexicon's recap duration ("durante", "pendant"): the classifier
 * reads the count and unit after it and makes it a negative, or drops it (see durations.ts).
 */
export type CueKind =
  'outage' | 'question' | 'error' | 'recovered' | 'negative' | 'news' | 'symptom' | 'alternative' | 'revelation' | 'working' | 'duration';

export interface Cue {
  kind: CueKind;
  /**
   * Index of a lexicon listing the cue, -1 for cues the classifier derives (negated
   * actions). A phrase listed by several languages is stored once, so this is the first.
   */
  lexicon: number;
  symptom?: Symptom;
  /** For an alternative or a revelation: whether it stands before the service's name or after it. */
  side?: 'before' | 'after';
  /** For an alternative: a known outage asked about as the cause (`ComplaintLexicon.causesAsked`). */
  cause?: true;
  /** For a cause: the word that must follow the name ("thing" in "is this the * thing"). */
  then?: string;
}

export interface CompiledCues {
  lexicons: readonly ComplaintLexicon[];
  phrases: PhraseIndex<Cue>;
  substrings: SubstringIndex<Cue>;
  /** Outage hashtag words without '#', normalised ("down", "outage", "coktu"). */
  outageHashtags: ReadonlySet<string>;
  /** Marker words → the lexicons they belong to, for language identification. */
  markers: ReadonlyMap<string, readonly number[]>;
  /** Every word of every phrase of a lexicon → the lexicons using it (weaker language evidence). */
  vocabulary: ReadonlyMap<string, readonly number[]>;
  /**
   * Words that also occur inside a multi-word negative entry of some language ("down" in
   * "feeling down", "band" in "band kar do"): alone, such a word is only weak evidence.
   */
  doubleSenseWords: ReadonlySet<string>;
  /** One-word outage and error entries of every lexicon ("down", "giù", "çöktü"). */
  claimWords: ReadonlySet<string>;
  /** Each lexicon's recap durations by its index, for the `duration` cues of its leads. */
  durations: ReadonlyMap<number, CompiledDurations>;
  /** The negative a recap duration makes. */
  durationNegative: Cue;
}

function isUnspacedEntry(entry: string): boolean {
  return isUnspaced(dominantScript(scriptCounts(entry)));
}

function addTo(map: Map<string, number[]>, word: string, lexicon: number): void {
  const list = map.get(word);
  if (!list) map.set(word, [lexicon]);
  else if (!list.includes(lexicon)) list.push(lexicon);
}

/** Every outage word or error string of every lexicon, normalised. */
function claimEntries(lexicons: readonly ComplaintLexicon[]): Set<string> {
  return new Set(lexicons.flatMap((l) => [...l.outage, ...l.errors].map((entry) => normalise(entry).trim())));
}

/**
 * Alternatives ("switch to *", "* pe aa jao") or revelations ("turns out *", "meğer *") without
 * their `*`, each with the side of the name it governs. Not added to the language vocabulary:
 * they are made of prepositions and verbs that many languages share.
 */
function addSlotted(
  lexicon: ComplaintLexicon,
  index: number,
  kind: 'alternative' | 'revelation' | 'cause',
  addPhrase: (entry: string, cue: Cue) => void,
): void {
  const entries = kind === 'alternative' ? lexicon.alternatives : kind === 'cause' ? lexicon.causesAsked : lexicon.revelations;
  for (const entry of entries ?? []) {
    // A cause may close with one word after its name: "is this the * thing".
    const [trimmed, then] = kind === 'cause' && / \* \S+$/.test(entry.trim()) ? splitLastWord(entry.trim()) : [entry.trim(), undefined];
    const side = trimmed.startsWith('*') ? 'after' : trimmed.endsWith('*') ? 'before' : undefined;
    const phrase = trimmed.replace(/^\*|\*$/g, '').trim();
    if (side === undefined || phrase === '' || phrase.includes('*') || isUnspacedEntry(phrase)) {
      throw new Error(
        `${kind} "${entry}" of lexicon ${lexicon.language} needs one * at its start or end (a cause may close with one word after it) and spaced words`,
      );
    }
    const cue: Cue = kind === 'cause' ? { kind: 'alternative', lexicon: index, side, cause: true } : { kind, lexicon: index, side };
    if (then !== undefined) cue.then = normalise(then);
    addPhrase(phrase, cue);
  }
}

/** "is this the * thing" → ["is this the *", "thing"]. */
function splitLastWord(entry: string): [string, string] {
  const space = entry.lastIndexOf(' ');
  return [entry.slice(0, space), entry.slice(space + 1)];
}

export function compileCues(lexicons: readonly ComplaintLexicon[], wordIds: Vocabulary = new Vocabulary()): CompiledCues {
  const phrases = new PhraseIndex<Cue>(wordIds);
  const substrings = new SubstringIndex<Cue>();
  const outageHashtags = new Set<string>();
  const markers = new Map<string, number[]>();
  const vocabulary = new Map<string, number[]>();
  const doubleSenseWords = new Set<string>();
  const claims = claimEntries(lexicons);
  const durations = new Map<number, CompiledDurations>();

  // One Cue object per kind and symptom: "down" in twenty lexicons is one value at its trie
  // node, not twenty that each post would have to de-duplicate.
  const shared = new Map<string, Cue>();
  const cueOf = (cue: Cue): Cue => {
    const key = `${cue.kind}:${cue.symptom ?? ''}:${cue.side ?? ''}:${cue.cause ?? ''}:${cue.then ?? ''}`;
    const known = shared.get(key);
    if (known) return known;
    shared.set(key, cue);
    return cue;
  };
  lexicons.forEach((lexicon, index) => {
    const add = (entries: readonly string[], given: Cue) => {
      const cue = cueOf(given);
      for (const entry of entries) {
        if (isUnspacedEntry(entry)) substrings.add(entry, cue);
        else phrases.add(entry, cue);
        if (lexicon.markersOnly) continue;
        for (const word of normalise(entry).split(/[^\p{L}\p{M}\p{N}]+/u)) if (word) addTo(vocabulary, word, index);
      }
    };
    add(lexicon.outage, { kind: 'outage', lexicon: index });
    add(lexicon.question, { kind: 'question', lexicon: index });
    add(lexicon.errors, { kind: 'error', lexicon: index });
    add(lexicon.recovered, { kind: 'recovered', lexicon: index });
    // A negative that is a single outage word ("caídos") would cancel every use of it: only
    // longer negatives ("se me ha caído el móvil") may overrule an outage word.
    add(
      lexicon.negative.filter((entry) => {
        const word = normalise(entry).trim();
        return /\s/.test(word) || !claims.has(word);
      }),
      { kind: 'negative', lexicon: index },
    );
    for (const entry of lexicon.negative) {
      const words = normalise(entry)
        .split(/[^\p{L}\p{M}\p{N}]+/u)
        .filter(Boolean);
      if (words.length > 1) for (const word of words) doubleSenseWords.add(word);
    }
    add(lexicon.news ?? [], { kind: 'news', lexicon: index });
    addSlotted(lexicon, index, 'alternative', (entry, cue) => phrases.add(entry, cueOf(cue)));
    addSlotted(lexicon, index, 'revelation', (entry, cue) => phrases.add(entry, cueOf(cue)));
    addSlotted(lexicon, index, 'cause', (entry, cue) => phrases.add(entry, cueOf(cue)));
    // "Works" phrases are everyday words of many languages: not added to the language vocabulary.
    const working = cueOf({ kind: 'working', lexicon: index });
    for (const entry of lexicon.working ?? []) {
      if (isUnspacedEntry(entry)) substrings.add(entry, working);
      else phrases.add(entry, working);
    }
    for (const [symptom, entries] of Object.entries(lexicon.symptoms) as [Symptom, readonly string[]][]) {
      add(entries, { kind: 'symptom', lexicon: index, symptom });
    }
    if (lexicon.recapDurations) {
      // Leads are everyday words ("por", "per"): not added to the language vocabulary.
      const lead: Cue = { kind: 'duration', lexicon: index };
      for (const entry of lexicon.recapDurations.leads) phrases.add(entry, lead);
      durations.set(index, compileDurations(lexicon.recapDurations, wordsOf));
    }
    for (const tag of lexicon.hashtags) outageHashtags.add(normalise(tag).replace(/^#/, '').replace(/\s+/g, ''));
    for (const marker of lexicon.markers) addTo(markers, normalise(marker), index);
  });
  const claimWords = new Set([...claims].filter((entry) => !/\s/.test(entry)));
  const durationNegative = cueOf({ kind: 'negative', lexicon: -1 });
  return { lexicons, phrases, substrings, outageHashtags, markers, vocabulary, doubleSenseWords, claimWords, durations, durationNegative };
}
