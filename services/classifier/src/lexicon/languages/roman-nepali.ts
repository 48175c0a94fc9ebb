import type { ComplaintLexicon } from '../types.js';

/**
 * Nepali typed in Latin letters, as it mostly is on phones: the negative past and present of
 * the verbs of a service failing ("chalena", "chaldaina", "jadaina", "aayena", "khulena"), the
 * copula "chha / chaina" and "bhayo" ("down bhayo"). A small list beside ne.ts (Devanagari).
 *
 * Only the markers vote (`markersOnly`), and they are words no other Latin-script lexicon has
 * ("chalena", "chaina", "bhayo", "kasaiko", "hudaina"); "ho", "ma", "ko", "pani" ("water" in
 * Hindi) and "cha" are left out, being words of Hinglish, Tagalog or Italian too.
 */
export const romanNepali: ComplaintLexicon = {
  language: 'ne',
  scripts: ['Latn'],
  name: 'Roman Nepali',
  markersOnly: true,

  outage: [
    'chalena',
    'chaldaina',
    'chalirako chaina',
    'chaleko chaina',
    'jadaina',
    'gayena',
    'aayena',
    'aaudaina',
    'audaina',
    'khulena',
    'khuldaina',
    'load bhayena',
    'load hudaina',
    'connect bhayena',
    'connect hudaina',
    'login bhayena',
    'login hudaina',
    'down bhayo',
    'down cha',
    'down chha',
    'net chaina',
    'net chhaina',
    'network chaina',
    'network chhaina',
    'signal chaina',
    'signal chhaina',
    'message jadaina',
    'msg jadaina',
    'call lagdaina',
    'call jadaina',
    'lagdaina',
    'kaam gardaina',
    'kam gardaina',
    'bigryo',
  ],

  question: ['kasaiko chaldai cha', 'kasailai pani', 'malai matra ho', 'malai matrai ho', 'sabailai yestai ho'],
  errors: [],
  hashtags: [],
  working: ['chaldai cha', 'chalirako cha', 'thik cha'],
  recovered: ['chalyo', 'chalna thalyo', 'aayo aba', 'thik bhayo', 'malai chaldai cha', 'malai thik cha'],
  negative: ['download gara', 'nepal banda', 'mahango bhayo'],
  symptoms: {},
  markers: [
    'chalena',
    'chaldaina',
    'chaina',
    'chhaina',
    'bhayo',
    'bhayena',
    'kasaiko',
    'kasailai',
    'hudaina',
    'jadaina',
    'malai',
    'ahile',
    'aayena',
    'khulena',
  ],
};
