/**
 * The writing system of a text: which Unicode script most of its letters are in, and
 * script-specific letters that tell languages apart (Urdu's ٹ ڈ ڑ ں ے, Persian's پ چ ژ گ
 * without them, Ukrainian's і ї є ґ).
 */

export type Script =
  | 'Latn'
  | 'Deva'
  | 'Arab'
  | 'Beng'
  | 'Taml'
  | 'Telu'
  | 'Gujr'
  | 'Guru'
  | 'Knda'
  | 'Mlym'
  | 'Sinh'
  | 'Cyrl'
  | 'Thai'
  | 'Hang'
  | 'Kana'
  | 'Hani'
  | 'Grek'
  | 'Hebr'
  | 'Other';

const RANGES: [number, number, Script][] = [
  [0x0041, 0x024f, 'Latn'],
  [0x0370, 0x03ff, 'Grek'],
  [0x0400, 0x04ff, 'Cyrl'],
  [0x0590, 0x05ff, 'Hebr'],
  [0x0600, 0x06ff, 'Arab'],
  [0x0750, 0x077f, 'Arab'],
  [0x0900, 0x097f, 'Deva'],
  [0x0980, 0x09ff, 'Beng'],
  [0x0a00, 0x0a7f, 'Guru'],
  [0x0a80, 0x0aff, 'Gujr'],
  [0x0b80, 0x0bff, 'Taml'],
  [0x0c00, 0x0c7f, 'Telu'],
  [0x0c80, 0x0cff, 'Knda'],
  [0x0d00, 0x0d7f, 'Mlym'],
  [0x0d80, 0x0dff, 'Sinh'],
  [0x0e00, 0x0e7f, 'Thai'],
  [0x1100, 0x11ff, 'Hang'],
  [0x1e00, 0x1eff, 'Latn'],
  [0x3040, 0x30ff, 'Kana'],
  [0x3400, 0x4dbf, 'Hani'],
  [0x4e00, 0x9fff, 'Hani'],
  [0xac00, 0xd7af, 'Hang'],
  [0xfb50, 0xfdff, 'Arab'],
  [0xfe70, 0xfeff, 'Arab'],
];

export function scriptOf(codePoint: number): Script | undefined {
  if (codePoint < 0x41) return undefined;
  for (const [from, to, script] of RANGES) {
    if (codePoint < from) return undefined;
    if (codePoint <= to) {
      // Latin-1 punctuation and symbols are not letters.
      if (script === 'Latn' && (codePoint < 0x61 ? codePoint > 0x5a : codePoint > 0x7a && codePoint < 0xc0)) return undefined;
      return script;
    }
  }
  return undefined;
}

const SCRIPTS: readonly Script[] = [...new Set(RANGES.map(([, , script]) => script))];
const LATIN_INDEX = SCRIPTS.indexOf('Latn');
const KANA_INDEX = SCRIPTS.indexOf('Kana');
const HAN_INDEX = SCRIPTS.indexOf('Hani');
const THAI_INDEX = SCRIPTS.indexOf('Thai');

/**
 * Index into SCRIPTS + 1 of every BMP code unit's script, 0 for none (64 KB, built once).
 * Every range lies in the BMP, so a character beyond it (an emoji) is no letter of ours and
 * both halves of its surrogate pair read 0 here: no code-point decoding while counting.
 */
const BMP_SCRIPT: Uint8Array = (() => {
  if (RANGES.some(([, to]) => to > 0xffff)) throw new Error('script ranges beyond the BMP need countInto to decode surrogate pairs');
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    const script = scriptOf(code);
    if (script) table[code] = SCRIPTS.indexOf(script) + 1;
  }
  return table;
})();

/** Letter counts per script index, reused from post to post (pure: filled afresh by each call). */
const scratch = new Int32Array(SCRIPTS.length);

function countInto(text: string, counts: Int32Array): void {
  counts.fill(0);
  for (let i = 0; i < text.length; i++) {
    const index = BMP_SCRIPT[text.charCodeAt(i)] as number;
    if (index > 0) counts[index - 1] = (counts[index - 1] as number) + 1;
  }
}

/** Letter counts per script. */
export function scriptCounts(text: string): Map<Script, number> {
  countInto(text, scratch);
  const counts = new Map<Script, number>();
  scratch.forEach((count, index) => {
    if (count > 0) counts.set(SCRIPTS[index] as Script, count);
  });
  return counts;
}

/**
 * The dominant script. Japanese text mixes Kana and Han: any Kana makes it Kana.
 * A few Latin letters (brand names) do not outweigh a post written in another script.
 */
export function dominantScript(counts: Map<Script, number>): Script | undefined {
  if ((counts.get('Kana') ?? 0) > 0) return 'Kana';
  let best: Script | undefined;
  let bestCount = 0;
  for (const [script, count] of counts) {
    const weighted = script === 'Latn' ? count * 0.5 : count;
    if (weighted > bestCount) {
      best = script;
      bestCount = weighted;
    }
  }
  return best;
}

export interface ScriptProfile {
  /** As `dominantScript` says. */
  dominant: Script | undefined;
  /** Whether any letter is of a script written without spaces (Thai, Kana, Han). */
  unspaced: boolean;
}

/** `dominantScript` and whether the text has unspaced letters, in one pass and no allocation beyond the answer. */
export function scriptProfile(text: string): ScriptProfile {
  countInto(text, scratch);
  let best = -1;
  let bestCount = 0;
  for (let index = 0; index < scratch.length; index++) {
    const count = scratch[index] as number;
    // As in dominantScript, whose counts come in this order: a tie goes to the earlier script.
    const weighted = index === LATIN_INDEX ? count * 0.5 : count;
    if (weighted > bestCount) {
      best = index;
      bestCount = weighted;
    }
  }
  const kana = (scratch[KANA_INDEX] as number) > 0;
  return {
    dominant: kana ? 'Kana' : best < 0 ? undefined : SCRIPTS[best],
    unspaced: kana || (scratch[HAN_INDEX] as number) > 0 || (scratch[THAI_INDEX] as number) > 0,
  };
}

/** Scripts written without spaces between words, where lexicon entries match as substrings. */
export function isUnspaced(script: Script | undefined): boolean {
  return script === 'Thai' || script === 'Kana' || script === 'Hani';
}
