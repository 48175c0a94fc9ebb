import type { ComplaintLexicon } from '../types.js';

/**
 * Sinhala in its own script (only Sinhala writes it, so the script decides the language; the
 * `markers` are there for completeness). A small list: Sinhala negates with "නැහැ/නෑ" after
 * the verb ("වැඩ කරන්නේ නැහැ", "does not work") or fuses it ("වැඩ කරන්නෑ"), and "බැහැ/බෑ"
 * for "cannot". English loanwords carry the object ("සිග්නල්", "ඩේටා", "ලෝඩ්").
 *
 * Tricky negatives: "ඩවුන්ලෝඩ්" (download), news "පුවත්", "වාර්තා".
 */
export const si: ComplaintLexicon = {
  language: 'si',
  scripts: ['Sinh'],
  name: 'Sinhala',

  outage: [
    'වැඩ කරන්නේ නැහැ',
    'වැඩ කරන්නෙ නැහැ',
    'වැඩ කරන්නේ නෑ',
    'වැඩ කරන්නෑ',
    'වැඩ නැහැ',
    'වැඩ නෑ',
    'සිග්නල් නැහැ',
    'සිග්නල් නෑ',
    'නෙට් නැහැ',
    'නෙට් නෑ',
    'ඩේටා නැහැ',
    'ඩේටා නෑ',
    'ඩවුන්',
    'ලෝඩ් වෙන්නේ නැහැ',
    'ලෝඩ් වෙන්නෑ',
    'ඕපන් වෙන්නේ නැහැ',
    'ඕපන් වෙන්නෑ',
    'යන්නේ නැහැ',
    'යන්නෑ',
    'එන්නේ නැහැ',
    'එන්නෑ',
    'කනෙක්ට් වෙන්නේ නැහැ',
    'කනෙක්ට් වෙන්නෑ',
    'ලොග් වෙන්න බැහැ',
    'ලොග් වෙන්න බෑ',
  ],

  question: ['කාටද තව', 'තව කාටද', 'අනිත් අයටත්', 'ඔයාලටත්', 'මට විතරද', 'ඩවුන් ද'],

  errors: [],

  hashtags: ['ඩවුන්'],

  working: ['වැඩ කරනවා', 'හොඳට වැඩ'],

  recovered: ['ආයෙත් වැඩ කරනවා', 'දැන් වැඩ කරනවා', 'දැන් හරි', 'හරි ගියා'],

  negative: ['ඩවුන්ලෝඩ්', 'පුවත්', 'වාර්තා'],

  symptoms: {
    messages: ['මැසේජ්', 'මැසේජ්ස්', 'පණිවිඩ'],
    calls: ['කෝල්', 'ඇමතුම්'],
    login: ['ලොග්', 'පාස්වර්ඩ්', 'ඕටීපී'],
    media: ['වීඩියෝ', 'ෆොටෝ', 'සින්දු'],
    payments: ['පේමන්ට්', 'ගෙවීම්', 'සල්ලි'],
    connectivity: ['සිග්නල්', 'ඩේටා', 'නෙට්', 'ඉන්ටර්නෙට්', 'වයිෆයි', 'නෙට්වර්ක්'],
    other: ['ඇප්', 'සර්වර්', 'කරන්ට්'],
  },

  markers: ['නැහැ', 'නෑ', 'බැහැ', 'බෑ', 'මට', 'මගේ', 'තව', 'කාටද', 'දැන්', 'අද', 'උදේ', 'ඉඳන්', 'කරන්නේ', 'වැඩ'],
};
