/**
 * The statistical second opinion for posts whose words no lexicon votes on (under 1% of
 * posts on the dev set): franc-min's trigram models, the maintained library of the franc
 * family that fits our memory budget (eld's smallest model alone added ~120 MB; cld3-asm
 * ~30 MB and 55 µs a post). At ~50 µs a post it would be too slow for every post, so the
 * lexicons and scripts decide first (see language.ts).
 */
import { franc } from 'franc-min';
import { iso6393 } from 'iso-639-3';
import type { LanguageFallback } from './language.js';

let toIso6391: Map<string, string> | undefined;

/** franc answers in ISO 639-3 ("hin"); the classifier reports ISO 639-1 ("hi"). */
function iso6391Of(code: string): string | undefined {
  toIso6391 ??= new Map(iso6393.filter((l) => l.iso6391).map((l) => [l.iso6393, l.iso6391 as string]));
  return toIso6391.get(code);
}

export const francFallback: LanguageFallback = (text) => {
  const language = iso6391Of(franc(text, { minLength: 8 }));
  return language ? { language, confidence: 0.4 } : undefined;
};
