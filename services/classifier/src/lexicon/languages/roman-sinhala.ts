import type { ComplaintLexicon } from '../types.js';

/**
 * Sinhala typed in Latin letters ("Singlish"), as much of it is in chats and comments: the
 * present with "-nne" and a negator after it ("wada karanne na", "yanne na", "load wenne
 * nehe"), "wada nathi" / "wada nehe" (not working), "signal nehe"; not "wada na" ("do not
 * promise" in Hindustani) nor "signal na" / "net na" (Hinglish "signal na mile"). A small list beside si.ts
 * (Sinhala script).
 *
 * Only the markers vote (`markersOnly`), and they are words no other Latin-script lexicon has
 * ("karanne", "yanne", "wenne", "nehe", "thiyenne", "kohomada"); "na", "nathi" (Gujarati
 * "is not") and "mata" (Spanish) are left out.
 */
export const romanSinhala: ComplaintLexicon = {
  language: 'si',
  scripts: ['Latn'],
  name: 'Roman Sinhala',
  markersOnly: true,

  outage: [
    'wada nathi',
    'wada nehe',
    'wada karanne na',
    'wada karanne nehe',
    'wada karanne naha',
    'wada karanna nehe',
    'yanne na',
    'yanne nehe',
    'enne na',
    'enne nehe',
    'wenne na',
    'wenne nehe',
    'load wenne na',
    'load wenne nehe',
    'open wenne na',
    'open wenne nehe',
    'connect wenne na',
    'login wenne na',
    'signal nehe',
    'signal nathi',
    'net nehe',
    'call yanne na',
    'message yanne na',
    'msg yanne na',
  ],

  question: ['okkotama da', 'okkotama ehema da', 'mata witharada', 'mata witharai da'],
  errors: [],
  hashtags: [],
  working: ['wada karanawa', 'hodata wada'],
  recovered: ['aye awa', 'aapahu awa', 'hari giya', 'wada karanawa dan', 'mata wada karanawa'],
  negative: ['download karanna'],
  symptoms: {},
  markers: ['karanne', 'yanne', 'wenne', 'nehe', 'thiyenne', 'kohomada', 'karanawa', 'okkotama', 'witharada', 'nadda'],
};
