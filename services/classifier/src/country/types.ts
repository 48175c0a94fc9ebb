/** One gazetteer place that resolves to a country. */
export interface Place {
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** Every name a profile location may use for it, in any language or script. */
  names: readonly string[];
  /** Population or another rank; larger wins when two places share a name. */
  rank: number;
}

export interface CountryNames {
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** Country names in English, the local languages and the languages of the project, and common short forms ("UK", "USA", "KSA", "Türkiye", "भारत", "پاکستان"). */
  names: readonly string[];
  /** Demonyms and adjectives ("Indian", "italiano", "Türk", "پاکستانی"). */
  demonyms: readonly string[];
}
