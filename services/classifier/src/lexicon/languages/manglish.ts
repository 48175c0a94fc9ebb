import type { ComplaintLexicon } from '../types.js';

/**
 * Malayalam typed in Latin letters ("Manglish"), as most of Kerala and its Gulf diaspora post:
 * the negative present "-unnilla" of the verbs of a service failing ("kittunnilla",
 * "pattunnilla", "aavunnilla", "pokunnilla"), "poyi" (gone: "net poyi"), the question particle
 * "-o" ("down aano?", "aarkkenkilum undo?"), with English nouns ("network", "call", "load").
 *
 * Only the markers vote (`markersOnly`), and they are words no other Latin-script lexicon has:
 * not "illa" (no), "ellarum" (everyone), "nalla" (good) or "onnu" (one), which Tanglish writes
 * too, nor "undo", an English word.
 *
 * The conditional "aayal" / "aanenkil" follows its clause ("WhatsApp down aayal ...", if
 * WhatsApp goes down): `conditionalsAfter`.
 *
 * Negatives: a recharge price raised ("rate kootti"), a phone dropped or its screen broken
 * ("phone veenu", "screen potti"), a strike ("harthal"), a shop shut ("kada adachu").
 */
export const manglish: ComplaintLexicon = {
  language: 'ml',
  scripts: ['Latn'],
  name: 'Manglish (romanised Malayalam)',
  markersOnly: true,
  conditionalsAfter: ['aayal', 'aanenkil', 'aayaal'],

  outage: [
    'work aavunnilla',
    'work aakunnilla',
    'work cheyyunnilla',
    'load aavunnilla',
    'load aakunnilla',
    'open aavunnilla',
    'open aakunnilla',
    'login aavunnilla',
    'login aakunnilla',
    'connect aavunnilla',
    'connect aakunnilla',
    // "can't" alone is any inability ("jayikkan pattunnilla", can't win): only with what fails
    'cheyyan pattunnilla',
    'kayaran pattunnilla',
    'net kittunnilla',
    'signal kittunnilla',
    'range kittunnilla',
    'otp kittunnilla',
    'otp varunnilla',
    'message varunnilla',
    'msg varunnilla',
    'payment pokunnilla',
    'message pokunnilla',
    'msg pokunnilla',
    'call pokunnilla',
    'call kittunnilla',
    'net poyi',
    'network poyi',
    'range poyi',
    'signal poyi',
    'net illa',
    'network illa',
    'range illa',
    'signal illa',
    'down aayi',
    'down aanu',
    'kedayi',
  ],

  question: ['down aano', 'aarkkenkilum undo', 'aarkkelum undo', 'ningalkkum undo', 'enikku maathram aano', 'same issue undo'],
  errors: [],
  hashtags: [],
  working: ['work aavunnundu', 'work aakunnundu', 'ok aanu', 'maathram ok', 'mathram ok', 'kuzhappamilla'],
  recovered: ['sheri aayi', 'ippo sheri aayi', 'thirichu vannu', 'ippo work aavunnundu', 'ippo ok aayi'],
  negative: ['rate kootti', 'rate koottiyallo', 'vila kootti', 'phone veenu', 'screen potti', 'harthal', 'kada adachu', 'download cheyyan'],
  symptoms: {},
  markers: [
    'aano',
    'aanu',
    'alle',
    'ippo',
    'ippol',
    'enthu',
    'enthanu',
    'enikku',
    'ente',
    'njan',
    'ningal',
    'ningalude',
    'ningalkku',
    'aarkkenkilum',
    'aarkkelum',
    'veendum',
    'maathram',
    'mathram',
    'innu',
    'innale',
    'parayu',
    'pattunnilla',
    'kittunnilla',
    'aavunnilla',
    'aakunnilla',
    'varunnilla',
    'pokunnilla',
    'cheyyan',
    'cheyyu',
    'cheythu',
    'poyi',
    'aayi',
    'aayal',
    'avide',
    'ivide',
    'sheri',
    'kure',
    'chetta',
    'chechi',
  ],
};
