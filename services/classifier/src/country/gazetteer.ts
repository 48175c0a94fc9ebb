/**
 * Where an author is, from the free-text profile location or the post itself, against a
 * gazetteer of country names, demonyms, flags, states and provinces, and a few thousand
 * cities in English and local scripts.
 *
 * A country named outright beats a place; a larger place beats a smaller one of the same
 * name (Hyderabad, India over Hyderabad, Pakistan), unless the location also names the
 * country or a region of the other one.
 */
import { PhraseIndex } from '../lexicon/phrase-index.js';
import { Vocabulary } from '../lexicon/vocabulary.js';
import { wordsOf } from '../text/tokens.js';
import type { CountryNames, Place } from './types.js';

type NameKind = 'country' | 'demonym' | 'place';

interface NameHit {
  country: string;
  kind: NameKind;
  rank: number;
}

export interface PlaceGuess {
  country: string;
  /** country: a country name or flag; place: a city or region; demonym: "Indian", "italiano". */
  kind: NameKind | 'flag';
  rank: number;
}

const FLAG = /([\u{1F1E6}-\u{1F1FF}])([\u{1F1E6}-\u{1F1FF}])/u;
const REGIONAL_A = 0x1f1e6;

/** The ISO code of the first flag emoji in the text (🇵🇰 → PK). */
export function flagCountry(text: string): string | undefined {
  const match = FLAG.exec(text);
  if (!match) return undefined;
  const letter = (s: string) => String.fromCharCode(65 + (s.codePointAt(0) as number) - REGIONAL_A);
  const code = letter(match[1] as string) + letter(match[2] as string);
  return code === 'UK' ? 'GB' : code;
}

const KIND_PRIORITY: Record<NameKind, number> = { country: 3, demonym: 2, place: 1 };

/** France's overseas departments and territories, whose towns share names with the mainland's. */
const FRENCH_OVERSEAS: ReadonlySet<string> = new Set(['RE', 'GP', 'MQ', 'GF', 'YT', 'NC', 'PF', 'PM', 'BL', 'MF', 'WF']);
/**
 * A mainland French department number after a town, in brackets or after a comma or dash:
 * "Saint-Denis (93)", "Saint-Pierre, 31". Overseas numbers have three digits (974).
 */
const MAINLAND_DEPARTMENT = /(?:\(\s*|,\s*|\s-\s*)(?:0[1-9]|[1-8]\d|9[0-5]|2[ab])\s*\)?\s*$|\(\s*(?:0[1-9]|[1-8]\d|9[0-5]|2[ab])\s*\)/i;
/** Arabic vowel marks other than the shadda (ّ), which is kept to tell homographs apart. */
const HARAKAT_BUT_SHADDA = /[\u064b-\u0650\u0652-\u065f]/g;
/**
 * Amman written with its shadda (عمّان): normalising drops the mark and leaves عمان, which is
 * also Oman (عُمان). With the shadda the author wrote Jordan's capital.
 */
const AMMAN_WITH_SHADDA = '\u0639\u0645\u0651\u0627\u0646';

/** The US Postal Service's two-letter codes of the states and DC. */
const US_STATE_CODES: ReadonlySet<string> = new Set(
  'AK AL AR AZ CA CO CT DC DE FL GA HI IA ID IL IN KS KY LA MA MD ME MI MN MO MS MT NC ND NE NH NJ NM NV NY OH OK OR PA RI SC SD TN TX UT VA VT WA WI WV WY'.split(
    ' ',
  ),
);
/**
 * State codes that are also other countries' region codes, beside the ISO country codes and
 * the gazetteer's own names: Western Australia (WA), Italian provinces (Milano MI, Catania CT,
 * Oristano OR, Rieti RI, Viterbo VT), Goa (GA).
 */
const OTHER_REGION_CODES: ReadonlySet<string> = new Set(['WA', 'MI', 'CT', 'OR', 'RI', 'VT', 'GA']);
/** A US mailing address's tail: "Dublin, OH", "Birmingham, AL 35203" (the city, then the state code in capitals). */
const US_STATE_ADDRESS = /^(.*\S)\s*,\s*([A-Z]{2})(?:\s+[0-9]{5})?\s*$/;

export class Gazetteer {
  private readonly names: PhraseIndex<NameHit>;
  /** Every country's ISO code: a state code that is also one ("IN", "DE", "AL") needs the city to agree. */
  private readonly countryCodes = new Set<string>();

  constructor(countries: readonly CountryNames[], places: readonly Place[], vocabulary: Vocabulary = new Vocabulary()) {
    this.names = new PhraseIndex<NameHit>(vocabulary);
    for (const c of countries) {
      this.countryCodes.add(c.country);
      for (const name of c.names) this.names.add(name, { country: c.country, kind: 'country', rank: Number.MAX_SAFE_INTEGER });
      for (const name of c.demonyms) this.names.add(name, { country: c.country, kind: 'demonym', rank: 1e9 });
    }
    for (const p of places) for (const name of p.names) this.names.add(name, { country: p.country, kind: 'place', rank: p.rank });
  }

  /**
   * The best country for a location string, or undefined. `minPlaceRank` drops small places
   * (used when scanning post text, where a small town's name is more likely a word).
   */
  resolve(location: string, minPlaceRank = 0): PlaceGuess | undefined {
    const flag = flagCountry(location);
    if (flag) return { country: flag, kind: 'flag', rank: Number.MAX_SAFE_INTEGER };
    const guess = this.resolveWords(wordsOf(location), minPlaceRank);
    // "Saint-Denis (93)" is Seine-Saint-Denis, not Réunion's capital: a mainland department number decides.
    if (guess && guess.kind === 'place' && FRENCH_OVERSEAS.has(guess.country) && MAINLAND_DEPARTMENT.test(location)) {
      return { ...guess, country: 'FR' };
    }
    if (guess?.country === 'OM' && location.replace(HARAKAT_BUT_SHADDA, '').includes(AMMAN_WITH_SHADDA)) {
      return { country: 'JO', kind: 'place', rank: guess.rank };
    }
    if (guess?.country !== 'US' && guess?.kind !== 'country' && guess?.kind !== 'flag' && this.isUsAddress(location)) {
      return { country: 'US', kind: 'place', rank: guess?.rank ?? 0 };
    }
    return guess;
  }

  /**
   * Whether a location is written as a US address, the city then a state's postal code in
   * capitals ("Dublin, OH", "Birmingham, AL"): the state decides over a larger namesake
   * abroad (Dublin, Ireland). A code that is also a country's ("Jakarta, ID", "Berlin, DE") or
   * another country's region ("Chennai, TN", "Perth, WA", "Milano, MI") counts only for a city the US has too.
   */
  private isUsAddress(location: string): boolean {
    const address = US_STATE_ADDRESS.exec(location);
    if (!address || !US_STATE_CODES.has(address[2] as string)) return false;
    const code = address[2] as string;
    const other = this.countryCodes.has(code) || OTHER_REGION_CODES.has(code) || this.resolveWords([code.toLowerCase()]) !== undefined;
    return !other || this.placeCountries(address[1] as string).includes('US');
  }

  /**
   * Every country a location's place names could mean, the best first ("Hyderabad": India,
   * then Pakistan), or none when it names a country or flag outright. For the caller that
   * knows more than the gazetteer (the post names a service of one of them).
   */
  placeCountries(location: string): string[] {
    if (flagCountry(location)) return [];
    const hits = outermost(this.names.matchIds(this.names.vocabulary.encode(wordsOf(location))));
    if (hits.some((h) => h.value.kind !== 'place')) return [];
    const countries: string[] = [];
    for (const hit of [...hits].sort((a, b) => b.value.rank - a.value.rank)) {
      if (!countries.includes(hit.value.country)) countries.push(hit.value.country);
    }
    return countries;
  }

  /**
   * The same over words already normalised and tokenised. `smallerPlaceAt` admits places down
   * to its `minRank` where `accept` says their words are read as a place ("in Eldoret") in that country.
   */
  resolveWords(
    words: readonly string[],
    minPlaceRank = 0,
    smallerPlaceAt?: { minRank: number; accept: (start: number, end: number, country: string) => boolean },
  ): PlaceGuess | undefined {
    return this.resolveIds(this.names.vocabulary.encode(words), minPlaceRank, smallerPlaceAt);
  }

  /** The same over word ids of the shared vocabulary (`smallerPlaceAt` as above). */
  resolveIds(
    ids: readonly number[],
    minPlaceRank = 0,
    smallerPlaceAt?: { minRank: number; accept: (start: number, end: number, country: string) => boolean },
  ): PlaceGuess | undefined {
    const all = this.names
      .matchIds(ids)
      .filter(
        (m) =>
          m.value.kind !== 'place' ||
          m.value.rank >= minPlaceRank ||
          (smallerPlaceAt !== undefined &&
            m.value.rank >= smallerPlaceAt.minRank &&
            smallerPlaceAt.accept(m.start, m.end, m.value.country)),
      );
    const hits = outermost(all);
    if (hits.length === 0) return undefined;
    // A country named outright decides among the places ("Hyderabad, Pakistan"); of two named, the
    // last, as a location ends with its country ("Granada, España": Granada is Grenada's Spanish name too).
    const countryHits = hits.filter((h) => h.value.kind === 'country');
    const lastCountry = countryHits.reduce<(typeof hits)[number] | undefined>(
      (last, h) => (!last || h.start > last.start ? h : last),
      undefined,
    );
    const countriesNamed = new Set(
      countryHits.length > 1 && lastCountry !== undefined ? [lastCountry.value.country] : countryHits.map((h) => h.value.country),
    );
    // Names that agree decide among a name's countries: "Amritsar, Punjab" is India's Punjab,
    // "Lahore, Punjab" Pakistan's, "London, Ontario" Canada's, whatever the larger namesake.
    const support = hits.length > 1 ? supportByCountry(hits) : undefined;
    let best: (typeof hits)[number] | undefined;
    for (const hit of hits) {
      if (countriesNamed.size > 0 && !countriesNamed.has(hit.value.country)) continue;
      if (!best) best = hit;
      else {
        const more = support === undefined ? 0 : (support.get(hit.value.country) ?? 0) - (support.get(best.value.country) ?? 0);
        if (more > 0 || (more === 0 && this.better(hit, best))) best = hit;
      }
    }
    return best ? { country: best.value.country, kind: best.value.kind, rank: best.value.rank } : undefined;
  }

  private better(a: { value: NameHit; start: number; end: number }, b: { value: NameHit; start: number; end: number }): boolean {
    const spanA = a.end - a.start;
    const spanB = b.end - b.start;
    if (a.value.kind !== b.value.kind) return KIND_PRIORITY[a.value.kind] > KIND_PRIORITY[b.value.kind];
    if (spanA !== spanB) return spanA > spanB;
    return a.value.rank > b.value.rank;
  }
}

/** How many of the location's names (distinct spans) each country has a hit for. */
function supportByCountry(hits: readonly { value: NameHit; start: number; end: number }[]): Map<string, number> {
  const spans = new Map<string, Set<number>>();
  for (const hit of hits) {
    let set = spans.get(hit.value.country);
    if (!set) spans.set(hit.value.country, (set = new Set()));
    set.add(hit.start * 1024 + hit.end);
  }
  const support = new Map<string, number>();
  for (const [country, set] of spans) support.set(country, set.size);
  return support;
}

/** The names not inside a longer name: "Wales" in "New South Wales", "Jersey" in "New Jersey" are not meant. */
function outermost<H extends { start: number; end: number }>(all: readonly H[]): H[] {
  return all.filter((a) => !all.some((b) => b.start <= a.start && b.end >= a.end && b.end - b.start > a.end - a.start));
}
