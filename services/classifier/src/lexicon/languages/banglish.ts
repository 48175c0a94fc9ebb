import type { ComplaintLexicon } from '../types.js';

/**
 * Banglish: Bengali typed in Latin letters, as in Bangladesh and West Bengal. Colloquial
 * verb forms with their common spellings ("jacche"/"jachhe", "cholche"/"cholchhe", "korche"/
 * "korchhe"); the negative "na" follows the verb ("message jacche na").
 *
 * Markers are the verb forms and words no other Latin-script lexicon has ("jacche", "ache",
 * "shudhu", "ekhon"); "na", "ki", "ar", "kintu" and "thik" are shared with Hindi, Urdu or
 * Indonesian and are not markers.
 *
 * "thik ache" (it is fine) is a counter-phrase, not a recovery: "Messenger e message jacche
 * na ... FB thik ache" is a complaint about Messenger.
 */
export const banglish: ComplaintLexicon = {
  language: 'bn',
  scripts: ['Latn'],
  name: 'Banglish (romanised Bengali)',

  outage: [
    'jacche na',
    'jachhe na',
    'jache na',
    'hocche na',
    'hochhe na',
    'hoche na',
    'kaj korche na',
    'kaaj korche na',
    'kaj korchhe na',
    'kaj kore na',
    'cholche na',
    'cholchhe na',
    'choltese na',
    'khulche na',
    'khulchhe na',
    'khulse na',
    'load hocche na',
    'dhukte parchi na',
    'dhukte parchhi na',
    'login korte parchi na',
    'pathate parchi na',
    'net nai',
    'net nei',
    'network nai',
    'network nei',
    'bondho hoye geche',
    'down naki',
  ],
  question: ['karo hocche', 'karo hochhe', 'ar karo', 'shudhu amar', 'sudhu amar', 'amar e', 'apnader o', 'tomader o'],
  errors: [],
  hashtags: [],
  working: [
    'cholche',
    'thik ache',
    'thik ase',
    'thikthak cholche',
    'kaj korche',
  ],
  recovered: ['thik hoye geche', 'abar cholche', 'abar chalu', 'ekhon cholche', 'ekhon thik ache'],
  negative: ['thik ache', 'notun offer'],
  symptoms: {
    messages: ['message jacche', 'msg jacche'],
  },
  markers: [
    'jacche',
    'jachhe',
    'hocche',
    'hochhe',
    'korche',
    'korchhe',
    'cholche',
    'cholchhe',
    'dekhacche',
    'dekhachhe',
    'dekhache',
    'ache',
    'achhe',
    'shudhu',
    'sudhu',
    'ekhon',
    'ekhuni',
    'keno',
    'kichu',
    'amar',
    'amader',
    'tomar',
    'apnar',
    'notun',
    'matro',
    'takay',
    'kinun',
    'geche',
    'parchi',
    'hoye',
  ],
};
