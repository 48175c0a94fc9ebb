/** Every language pack, by id. */
import { DE } from './de.js';
import { EN } from './en.js';
import { ES } from './es.js';
import { FR } from './fr.js';
import { HI, HI_LATN } from './hi.js';
import { ID } from './id.js';
import { IT } from './it.js';
import { PT } from './pt.js';
import { TR } from './tr.js';
import type { LanguageId, LanguagePack } from './types.js';
import { UR, UR_LATN } from './ur.js';

export const LANGUAGE_PACKS: Readonly<Record<LanguageId, LanguagePack>> = {
  en: EN,
  'hi-Latn': HI_LATN,
  hi: HI,
  'ur-Latn': UR_LATN,
  ur: UR,
  it: IT,
  tr: TR,
  pt: PT,
  es: ES,
  de: DE,
  id: ID,
  fr: FR,
};

export type { LanguageId, LanguagePack, Symptom } from './types.js';
