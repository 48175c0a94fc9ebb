/**
 * Language identification for short posts in any script.
 *
 * The script decides first (Devanagari → Hindi or Marathi, Arabic script → Urdu, Persian or
 * Arabic, Bengali, Tamil, Hangul, Kana, Thai, Cyrillic → Russian or Ukrainian...), with
 * letters only one language of a script uses (Urdu's ٹ ڈ ڑ ں ے, Ukrainian's і ї є ґ). Within
 * a script — above all Latin, where Hinglish, Roman Urdu, Taglish, Swahili, Indonesian and
 * the European languages meet — each lexicon's marker words and vocabulary vote, a word
 * shared by several languages counting for less. General-purpose detectors (eld, cld3,
 * tinyld) were measured first: none tells romanised Hindi from Urdu, and the one accurate
 * enough on short posts cost more memory than the whole classifier may use (see README).
 * A pluggable fallback covers posts with no evidence at all.
 */
import type { CompiledCues } from './lexicon/cues.js';
import type { Script } from './text/script.js';

export interface LanguageGuess {
  /** ISO 639-1, or 'und' when nothing tells. */
  language: string;
  /** How sure, in [0, 1]. */
  confidence: number;
}

/** A second opinion for posts the lexicons cannot place (e.g. a statistical detector at the edge). */
export type LanguageFallback = (text: string) => LanguageGuess | undefined;

const SINGLE_LANGUAGE_SCRIPTS: Partial<Record<Script, string>> = {
  Beng: 'bn',
  Taml: 'ta',
  Telu: 'te',
  Gujr: 'gu',
  Guru: 'pa',
  Knda: 'kn',
  Mlym: 'ml',
  Thai: 'th',
  Hang: 'ko',
  Kana: 'ja',
  Hani: 'zh',
  Grek: 'el',
  Hebr: 'he',
};

const URDU_LETTERS = /[ٹڈڑںےۓھ]/;
const PERSIAN_LETTERS = /[پچژگ]/;
const UKRAINIAN_LETTERS = /[іїєґ]/;

/** Scripts each lexicon votes in (a lexicon with Latin entries votes among Latin posts). */
function lexiconsVotingIn(cues: CompiledCues, script: Script): Set<number> {
  const voters = new Set<number>();
  cues.lexicons.forEach((lexicon, index) => {
    if (lexicon.scripts.includes(script)) voters.add(index);
  });
  return voters;
}

export class LanguageIdentifier {
  private readonly votersByScript = new Map<Script, Set<number>>();

  constructor(
    private readonly cues: CompiledCues,
    private readonly fallback?: LanguageFallback,
  ) {}

  private voters(script: Script): Set<number> {
    let voters = this.votersByScript.get(script);
    if (!voters) {
      voters = lexiconsVotingIn(this.cues, script);
      this.votersByScript.set(script, voters);
    }
    return voters;
  }

  /** Votes of each lexicon of the script: markers count 2, vocabulary 1, split among languages sharing a word. */
  private vote(words: readonly string[], script: Script): { language: string; score: number; margin: number } | undefined {
    const voters = this.voters(script);
    const scores = new Map<string, number>();
    for (const word of words) {
      for (const [table, weight] of [
        [this.cues.markers, 2],
        [this.cues.vocabulary, 1],
      ] as const) {
        const lexicons = table.get(word)?.filter((l) => voters.has(l));
        if (!lexicons || lexicons.length === 0) continue;
        const languages = new Set(lexicons.map((l) => this.cues.lexicons[l]?.language as string));
        for (const language of languages) scores.set(language, (scores.get(language) ?? 0) + weight / languages.size);
      }
    }
    let best: string | undefined;
    let bestScore = 0;
    let second = 0;
    for (const [language, score] of scores) {
      if (score > bestScore) {
        second = bestScore;
        best = language;
        bestScore = score;
      } else if (score > second) second = score;
    }
    return best ? { language: best, score: bestScore, margin: bestScore - second } : undefined;
  }

  identify(text: string, words: readonly string[], script: Script | undefined, platformLang: string | null): LanguageGuess {
    const platform =
      platformLang && /^[a-z]{2}$/.test(platformLang.slice(0, 2)) && platformLang !== 'und' ? platformLang.slice(0, 2) : undefined;
    if (!script) return { language: platform ?? 'und', confidence: platform ? 0.3 : 0 };
    const single = SINGLE_LANGUAGE_SCRIPTS[script];
    if (single) return { language: single, confidence: 0.95 };
    if (script === 'Arab') {
      if (URDU_LETTERS.test(text)) return { language: 'ur', confidence: 0.9 };
      const voted = this.vote(words, script);
      if (voted && voted.margin >= 1) return { language: voted.language, confidence: 0.8 };
      return { language: PERSIAN_LETTERS.test(text) ? 'fa' : 'ar', confidence: 0.6 };
    }
    if (script === 'Cyrl') return { language: UKRAINIAN_LETTERS.test(text) ? 'uk' : 'ru', confidence: 0.85 };
    const voted = this.vote(words, script);
    if (voted && (voted.margin >= 1 || voted.language === platform)) {
      return { language: voted.language, confidence: Math.min(0.95, 0.5 + voted.margin / 6) };
    }
    if (platform) return { language: platform, confidence: 0.5 };
    const second = this.fallback?.(text);
    if (second) return second;
    if (voted) return { language: voted.language, confidence: 0.35 };
    return { language: script === 'Deva' ? 'hi' : script === 'Latn' ? 'en' : 'und', confidence: 0.2 };
  }
}
