/**
 * Gazetteer places that resolve to a country: the generated cities
 * (places-generated.ts, from GeoNames; see scripts/gen-gazetteer.mjs) merged
 * with the hand-written regions, city names and aliases (places-hand.ts).
 *
 * A hand entry whose country and first name equal a generated city's adds its
 * names to that city (the larger rank is kept); any other hand entry is a
 * place of its own. The same name may still belong to several places, in one
 * country or in several: the classifier takes, for a name, the place of the
 * highest rank.
 *
 * Attribution: contains data from GeoNames (https://www.geonames.org/),
 * licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).
 */
import { PLACES_GENERATED } from './places-generated.js';
import { DROPPED_NAMES, PLACES_HAND } from './places-hand.js';
import type { Place } from './types.js';

function placeKey(place: Place): string {
  return nameKey(place.country, place.names[0] ?? '');
}

/** A name within its country, as places are merged and names dropped. */
function nameKey(country: string, name: string): string {
  return `${country}\u0000${name.normalize('NFC').toLowerCase()}`;
}

function mergePlaces(generated: readonly Place[], hand: readonly Place[]): Place[] {
  const merged: { country: string; names: string[]; rank: number; seen: Set<string> }[] = [];
  const byKey = new Map<string, (typeof merged)[number]>();
  const add = (place: Place, mergeable: boolean): void => {
    const key = placeKey(place);
    const existing = mergeable ? byKey.get(key) : undefined;
    if (existing === undefined) {
      const entry = { country: place.country, names: [] as string[], rank: place.rank, seen: new Set<string>() };
      for (const name of place.names) {
        const k = name.normalize('NFC').toLowerCase();
        if (!entry.seen.has(k)) {
          entry.seen.add(k);
          entry.names.push(name);
        }
      }
      merged.push(entry);
      if (!byKey.has(key)) byKey.set(key, entry);
      return;
    }
    existing.rank = Math.max(existing.rank, place.rank);
    for (const name of place.names) {
      const k = name.normalize('NFC').toLowerCase();
      if (!existing.seen.has(k)) {
        existing.seen.add(k);
        existing.names.push(name);
      }
    }
  };
  const dropped = new Set(DROPPED_NAMES.map(({ country, name }) => nameKey(country, name)));
  const withoutDropped = (place: Place): Place => ({
    ...place,
    names: place.names.filter((name) => !dropped.has(nameKey(place.country, name))),
  });
  for (const place of generated) add(withoutDropped(place), false);
  for (const place of hand) add(place, true);
  return merged.map(({ country, names, rank }) => ({ country, names, rank }));
}

let places: readonly Place[] | undefined;

/** Every place, merged on first use (never at import time). */
export function allPlaces(): readonly Place[] {
  places ??= mergePlaces(PLACES_GENERATED, PLACES_HAND);
  return places;
}
