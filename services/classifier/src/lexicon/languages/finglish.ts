import type { ComplaintLexicon } from '../types.js';

/**
 * Finglish (Pinglish): Persian typed in Latin letters, as Iranians do on phones without a
 * Persian keyboard and in the diaspora. Colloquial Tehrani forms first ("nemishe" for
 * "nemishavad", "kar nemikone" for "kar nemikonad"), with the common spellings ("kh"/"x",
 * "gh"/"q", "-e"/"-eh").
 *
 * Markers are colloquial verbs and words no other Latin-script lexicon has ("nemishe",
 * "mikone", "chera", "kheili"); short words shared with Hindi or Urdu ("kar", "har", "chi")
 * are not markers.
 *
 * Recovery: "dorost shod" (fixed), "vasl shod" (connected), "dobare kar mikone" (works again).
 */
export const finglish: ComplaintLexicon = {
  language: 'fa',
  scripts: ['Latn'],
  name: 'Finglish (romanised Persian)',

  outage: [
    'kar nemikone',
    'kar nemikoneh',
    'kar nemikonad',
    'kar nemikonan',
    'baz nemishe',
    'baz nemisheh',
    'vasl nemishe',
    'vasl nemisheh',
    'load nemishe',
    'load nemisheh',
    'ersal nemishe',
    'ersal nemisheh',
    'nemiad',
    'nemiyad',
    'ghate',
    'ghateh',
    'ghat shode',
    'ghat shodeh',
    'qate',
    'qat shode',
    'khata mide',
    'khata mideh',
    'error mide',
    'error mideh',
    'moshkel dare',
    'moshkel dareh',
    'khabide',
    'khabideh',
    'kharab shode',
    'kharab shodeh',
    'down shode',
    'down shodeh',
  ],
  question: ['faghat man', 'faqat man', 'faghat baraye man', 'shoma ham', 'shomam', 'baraye shoma ham', 'kasi dige', 'kase dige'],
  errors: [],
  hashtags: [],
  recovered: ['dorost shod', 'dorost shode', 'vasl shod', 'dobare kar mikone', 'dobare vasl shod', 'alan kar mikone', 'baraye man kar mikone'],
  negative: [],
  symptoms: {
    messages: ['payam', 'payamha'],
    connectivity: ['filtershekan', 'vpn nadare'],
  },
  markers: [
    'nemishe',
    'nemisheh',
    'nemikone',
    'nemikoneh',
    'mikone',
    'mikoneh',
    'mishe',
    'misheh',
    'mide',
    'mideh',
    'minevisam',
    'minevisim',
    'chera',
    'kheili',
    'kheyli',
    'khili',
    'hichi',
    'aslan',
    'dige',
    'nist',
    'hast',
    'shode',
    'shodeh',
    'baraye',
    'chie',
    'chejoori',
    'alan',
    'dobare',
    'faghat',
  ],
};
