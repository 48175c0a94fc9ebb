/**
 * Names for a maker's apps as a whole, which people use when all of them fail at once ("all the
 * Facebook apps are down", "everything Zuckerberg owns", "se cayó todo lo de Facebook"): each
 * service of the family is failing. Only the whole-family phrases are listed; a parent's own
 * name ("Meta", "Facebook") stays the one service it names.
 */
export interface ServiceFamily {
  /** Catalogue ids of the family's services. */
  services: readonly string[];
  /** How people name the family, in any language and script. */
  names: readonly string[];
}

export const SERVICE_FAMILIES: readonly ServiceFamily[] = [
  {
    // Threads is left out: the family phrases of the big Meta outages predate it.
    services: ['facebook', 'instagram', 'messenger', 'whatsapp'],
    names: [
      // English
      'all the facebook apps',
      'all facebook apps',
      'all of the facebook apps',
      'the facebook apps',
      'all the meta apps',
      'all meta apps',
      'all of the meta apps',
      'the meta apps',
      'meta family of apps',
      'facebook family of apps',
      'the whole meta family',
      'everything zuckerberg owns',
      'everything zuck owns',
      'everything meta owns',
      'everything facebook owns',
      "all of zuckerberg's apps",
      "zuckerberg's apps",
      "zuck's apps",
      'zuckerberg apps',
      'zuckerverse',
      // Spanish
      'todo lo de facebook',
      'todo lo de meta',
      'todo lo de zuckerberg',
      'las apps de facebook',
      'las apps de meta',
      'todas las apps de facebook',
      'todas las apps de meta',
      'las aplicaciones de facebook',
      'todas las aplicaciones de facebook',
      // Portuguese
      'tudo do facebook',
      'tudo da meta',
      'tudo do zuckerberg',
      'os apps do facebook',
      'todos os apps do facebook',
      'os apps da meta',
      'todos os apps da meta',
      'os aplicativos do facebook',
      // Hinglish
      'facebook ke saare apps',
      'facebook ke sare apps',
      'meta ke saare apps',
      'meta ke sare apps',
      'zuckerberg ke saare apps',
      // German
      'alle facebook-apps',
      'alle meta-apps',
      'alles von facebook',
      'alles von meta',
      'alles von zuckerberg',
      // French
      'toutes les applis facebook',
      'toutes les applis de facebook',
      'toutes les applis de meta',
      'toutes les applications facebook',
      // Italian
      'tutte le app di facebook',
      'tutte le app di meta',
      'tutte le app di zuckerberg',
      // Turkish
      "facebook'un tüm uygulamaları",
      "meta'nın tüm uygulamaları",
      "zuckerberg'in tüm uygulamaları",
      // Indonesian
      'semua aplikasi facebook',
      'semua aplikasi meta',
      'semua aplikasi zuckerberg',
      // Tagalog
      'lahat ng apps ng facebook',
      'lahat ng facebook apps',
    ],
  },
];
