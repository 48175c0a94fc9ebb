/** Every complaint lexicon the classifier loads. Add a language by adding its file here. */
import type { ComplaintLexicon } from '../types.js';
import { lexicon_ar } from './ar.js';
import { arabizi } from './arabizi.js';
import { banglish } from './banglish.js';
import { bn } from './bn.js';
import { lexicon_de } from './de.js';
import { lexicon_el } from './el.js';
import { en } from './en.js';
import { lexicon_es } from './es.js';
import { lexicon_fa } from './fa.js';
import { finglish } from './finglish.js';
import { lexicon_fr } from './fr.js';
import { greeklish } from './greeklish.js';
import { gu } from './gu.js';
import { gujlish } from './gujlish.js';
import { manglish } from './manglish.js';
import { hi } from './hi.js';
import { hinglish } from './hinglish.js';
import { lexicon_id } from './id.js';
import { lexicon_it } from './it.js';
import { lexicon_ja } from './ja.js';
import { kn } from './kn.js';
import { lexicon_ko } from './ko.js';
import { ml } from './ml.js';
import { mr } from './mr.js';
import { lexicon_ms } from './ms.js';
import { lexicon_nl } from './nl.js';
import { ne } from './ne.js';
import { pa } from './pa.js';
import { lexicon_pl } from './pl.js';
import { lexicon_pt } from './pt.js';
import { romanNepali } from './roman-nepali.js';
import { romanPunjabi } from './roman-punjabi.js';
import { romanSinhala } from './roman-sinhala.js';
import { romanUrdu } from './roman-urdu.js';
import { lexicon_ru } from './ru.js';
import { shahmukhi } from './shahmukhi.js';
import { si } from './si.js';
import { sw } from './sw.js';
import { ta } from './ta.js';
import { taglish } from './taglish.js';
import { te } from './te.js';
import { lexicon_th } from './th.js';
import { lexicon_tr } from './tr.js';
import { lexicon_uk } from './uk.js';
import { ur } from './ur.js';
import { lexicon_vi } from './vi.js';
import { lexicon_zh } from './zh.js';

export const LEXICONS: readonly ComplaintLexicon[] = [
  en,
  hi,
  hinglish,
  ur,
  romanUrdu,
  bn,
  banglish,
  ta,
  te,
  mr,
  ne,
  gu,
  gujlish,
  pa,
  romanPunjabi,
  shahmukhi,
  si,
  taglish,
  sw,
  lexicon_it,
  lexicon_tr,
  lexicon_pt,
  lexicon_es,
  lexicon_fr,
  lexicon_de,
  lexicon_ar,
  arabizi,
  lexicon_fa,
  finglish,
  lexicon_id,
  lexicon_ms,
  lexicon_ja,
  lexicon_ko,
  lexicon_ru,
  lexicon_uk,
  lexicon_vi,
  lexicon_th,
  lexicon_pl,
  lexicon_nl,
  lexicon_zh,
  lexicon_el,
  greeklish,
  // Added last: a phrase several lexicons list keeps the index of the first that lists it.
  kn,
  ml,
  romanNepali,
  romanSinhala,
  manglish,
];
