/**
 * Country names and demonyms for every ISO 3166-1 alpha-2 code: the
 * generated half (countries-generated.ts, from CLDR via i18n-iso-countries,
 * mledoze/countries via world-countries, and i18n-nationality; see
 * scripts/gen-gazetteer.mjs) merged with the hand-written half
 * (countries-hand.ts). One entry per country; names and demonyms keep their
 * first spelling, duplicates (same text ignoring case) dropped.
 *
 * Attribution: contains country names from Unicode CLDR (Unicode License v3)
 * and data from mledoze/countries, made available under the Open Database
 * License 1.0 (https://opendatacommons.org/licenses/odbl/1.0/).
 */
import { COUNTRIES_GENERATED } from './countries-generated.js';
import { COUNTRIES_HAND } from './countries-hand.js';
import type { CountryNames } from './types.js';

/**
 * Generated names that are everyday words in a language written in the same script, so they
 * place authors who never named a country: Urdu and Persian "شام" is "evening" ("شام سے بند
 * ہے", down since the evening) far more often than Syria, which Urdu also writes "ملک شام".
 */
const NOT_COUNTRY_NAMES: ReadonlySet<string> = new Set(['شام']);

function mergeCountries(...sources: readonly (readonly CountryNames[])[]): CountryNames[] {
  const byCode = new Map<string, { names: string[]; demonyms: string[]; seenNames: Set<string>; seenDemonyms: Set<string> }>();
  for (const source of sources) {
    for (const entry of source) {
      let acc = byCode.get(entry.country);
      if (acc === undefined) {
        acc = { names: [], demonyms: [], seenNames: new Set(), seenDemonyms: new Set() };
        byCode.set(entry.country, acc);
      }
      for (const name of entry.names) {
        const key = name.normalize('NFC').toLowerCase();
        if (NOT_COUNTRY_NAMES.has(key)) continue;
        if (!acc.seenNames.has(key)) {
          acc.seenNames.add(key);
          acc.names.push(name);
        }
      }
      for (const demonym of entry.demonyms) {
        const key = demonym.normalize('NFC').toLowerCase();
        if (!acc.seenDemonyms.has(key)) {
          acc.seenDemonyms.add(key);
          acc.demonyms.push(demonym);
        }
      }
    }
  }
  return [...byCode.entries()].map(([country, acc]) => ({ country, names: acc.names, demonyms: acc.demonyms }));
}

let countries: readonly CountryNames[] | undefined;

/** Every country's names and demonyms, merged on first use (never at import time). */
export function allCountries(): readonly CountryNames[] {
  countries ??= mergeCountries(COUNTRIES_GENERATED, COUNTRIES_HAND);
  return countries;
}
