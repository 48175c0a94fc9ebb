/**
 * Templates compiled once into parts (text, slots, choices) and rendered with a seeded PRNG.
 * See lexicon/types.ts for the syntax.
 */
import type { Random } from './random.js';

export type SlotName = 'svc' | 'other' | 'sym' | 't' | 'e' | 'h';

/** `spaced`: the space before an optional part belongs to it, so an empty pick leaves no stray space ("down ?"). */
type Part = { text: string } | { slot: SlotName; spaced?: boolean } | { choice: Part[][]; spaced?: boolean };

/** Slots that are often empty. */
const OPTIONAL_SLOTS = new Set<SlotName>(['t', 'e', 'h']);

export type Template = readonly Part[];

const SLOT_NAMES = new Set<string>(['svc', 'other', 'sym', 't', 'e', 'h']);

export function compile(source: string): Template {
  const parts: Part[] = [];
  let i = 0;
  let text = '';
  const flush = (): void => {
    if (text) parts.push({ text });
    text = '';
  };
  while (i < source.length) {
    const ch = source[i] as string;
    if (ch === '{') {
      const end = source.indexOf('}', i);
      const name = source.slice(i + 1, end);
      if (end < 0 || !SLOT_NAMES.has(name)) throw new Error(`bad slot in template: ${source}`);
      const slot = name as SlotName;
      const spaced = OPTIONAL_SLOTS.has(slot) && text.endsWith(' ');
      if (spaced) text = text.slice(0, -1);
      flush();
      parts.push(spaced ? { slot, spaced } : { slot });
      i = end + 1;
    } else if (ch === '[') {
      const end = source.indexOf(']', i);
      if (end < 0) throw new Error(`unclosed [ in template: ${source}`);
      const alternatives = source.slice(i + 1, end).split('|');
      const spaced = alternatives.includes('') && text.endsWith(' ');
      if (spaced) text = text.slice(0, -1);
      flush();
      const choice = alternatives.map((alt) => [...compile(alt)]);
      parts.push(spaced ? { choice, spaced } : { choice });
      i = end + 1;
    } else {
      text += ch;
      i++;
    }
  }
  flush();
  return parts;
}

export function compileAll(sources: readonly string[]): Template[] {
  return sources.map(compile);
}

/** Fills a template's slots; `fill` answers each slot. Double spaces and edge spaces are tidied. */
export function render(template: Template, random: Random, fill: (slot: SlotName) => string): string {
  const out = renderParts(template, random, fill);
  return out.includes('  ') || out.startsWith(' ') || out.endsWith(' ') ? out.replace(/ {2,}/g, ' ').trim() : out;
}

function renderParts(parts: readonly Part[], random: Random, fill: (slot: SlotName) => string): string {
  let out = '';
  for (const part of parts) {
    if ('text' in part) {
      out += part.text;
      continue;
    }
    const value = 'slot' in part ? fill(part.slot) : renderParts(random.pick(part.choice), random, fill);
    out += part.spaced && value !== '' ? ` ${value}` : value;
  }
  return out;
}
