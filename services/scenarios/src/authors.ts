/**
 * Simulated authors: a fixed pool per country, each with stable traits (language, profile
 * location, platform) derived from a hash of the author's number, so nothing per author is
 * stored and the same author always writes the same way from the same place.
 */
import { JUNK_LOCATIONS, type Country } from './countries.js';
import { LANGUAGE_PACKS, type LanguagePack } from './lexicon/index.js';
import { mix32, unit, Weighted } from './random.js';

/** Simulated users at scale 1 over all countries (a country's pool is its share of these). */
export const AUTHORS_AT_SCALE_1 = 2_000_000;

const PLATFORMS = new Weighted<string>([
  ['x', 55],
  ['threads', 8],
  ['mastodon', 3],
  ['bluesky', 6],
  ['reddit', 8],
  ['facebook', 10],
  ['youtube', 7],
  ['other', 3],
]);

export interface Author {
  id: string;
  pack: LanguagePack;
  location: string | null;
  platform: string;
}

/** The authors of one country; `get(i)` builds author number i on demand. */
export class AuthorPool {
  readonly size: number;
  private readonly languages: Weighted<LanguagePack>;
  private readonly locations: Weighted<string | null>;
  private readonly countryIndex: number;

  constructor(
    readonly country: Country,
    countryIndex: number,
    scale: number,
  ) {
    this.countryIndex = countryIndex;
    this.size = Math.max(1000, Math.min(1 << 22, Math.round(AUTHORS_AT_SCALE_1 * country.share * Math.max(scale, 0.05))));
    this.languages = new Weighted(country.languages.map(([id, share]) => [LANGUAGE_PACKS[id], share] as const));
    const located = country.locatedShare;
    const each = located / country.locations.length;
    const junk = (1 - located) * 0.3;
    this.locations = new Weighted<string | null>([
      ...country.locations.map((l) => [l, each] as const),
      ...JUNK_LOCATIONS.map((l) => [l, junk / JUNK_LOCATIONS.length] as const),
      ['', (1 - located) * 0.1],
      [null, (1 - located) * 0.6],
    ]);
  }

  get(index: number): Author {
    // A bijective hash of (country, number): distinct authors get distinct ids, and the ids say nothing.
    const key = (this.countryIndex << 22) | index;
    return {
      id: `u${mix32(key, 0x5bd1e995).toString(36).padStart(7, '0')}`,
      pack: this.languages.at(unit(key, 1)),
      location: this.locations.at(unit(key, 2)),
      platform: PLATFORMS.at(unit(key, 3)),
    };
  }
}
