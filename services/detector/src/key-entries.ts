/**
 * One entry per key (`service|country`, or `service|*`), made when the key is first seen and
 * then reused: its interned name, service and country, the service's worldwide entry and the
 * index of the key's state. Every complaint counts under two keys and its windows are keyed by the entries,
 * so a closed window is scored, decided and learnt from its entry with no further lookup by
 * key name (in maps of 100,000 keys those lookups were a quarter of the detector's time).
 */
import type { ShareCell } from './shares.js';
import { ANY_COUNTRY, keyOf } from './types.js';
import { grownInts, WindowKey, type WindowKeys, type WindowTallies } from './windows.js';

export class KeyEntry extends WindowKey {
  /** The index of the key's state in the detector's `KeyStates`: −1 until its first window is scored (or it is restored). */
  stateIndex = -1;
  /** Its cold-start share sum (its country's, or its service's for the worldwide key), once it has one. */
  share: ShareCell | undefined = undefined;
  /** Whether the state changed since the last changelog (`Detector.takeChanges`). */
  dirty = false;
  /** Distinct authors of its window at the start being processed (the detector sets it as it scores a start). */
  closedCount = 0;
  /** The service's worldwide entry (`service|*`): this one for the worldwide key itself. */
  readonly worldwide: KeyEntry;

  constructor(
    key: string,
    readonly service: string,
    readonly country: string,
    /** Its country's number (`Countries`). */
    readonly countryNumber: number,
    /** The entries of its service. */
    readonly serviceEntries: ServiceEntries,
    worldwide: KeyEntry | undefined,
  ) {
    // Only the worldwide window's symptoms, languages and posts describe an incident.
    super(key, worldwide === undefined);
    this.worldwide = worldwide ?? this;
  }

  get isWorldwide(): boolean {
    return this.worldwide === this;
  }
}

export class KeyEntries {
  private readonly byService = new Map<string, ServiceEntries>();

  /** `windowKeys`: the numbers of the entries as the detector's windows know them. */
  constructor(private readonly windowKeys: WindowKeys<KeyEntry>) {}

  /** Whether a service was added since the services were last ranked. */
  private unranked = false;
  /** Whether some service name holds '|': then key names do not sort as service, then country. */
  private barInServiceName = false;
  readonly countries = new Countries();

  /** The entries of a service's keys (one lookup for both keys a complaint counts under). */
  ofService(service: string): ServiceEntries {
    let entries = this.byService.get(service);
    if (!entries) {
      entries = new ServiceEntries(service, this.countries, this.windowKeys);
      this.byService.set(service, entries);
      this.unranked = true;
      this.barInServiceName ||= service.includes('|');
    }
    return entries;
  }

  /**
   * Whether key names sort as (service + '|', then country): true unless a service name holds
   * '|' (then 'a|b|US' falls between 'a|AT' and 'a|ZW').
   */
  get keyNamesSortByService(): boolean {
    return !this.barInServiceName;
  }

  /** Brings every service's `nameRank` and `keyNameRank`, and every country's rank, up to date (after some were added). */
  rankServices(): void {
    this.countries.rank();
    if (!this.unranked) return;
    const services = [...this.byService.values()];
    services.sort((a, b) => codeUnitOrder(a.service, b.service)).forEach((s, i) => (s.nameRank = i));
    services.sort((a, b) => codeUnitOrder(`${a.service}|`, `${b.service}|`)).forEach((s, i) => (s.keyNameRank = i));
    this.unranked = false;
  }

  /** The entry of a key name made by `keyOf` (a snapshot's keys): countries never hold '|', services may. */
  ofKey(key: string): KeyEntry {
    const bar = key.lastIndexOf('|');
    return this.ofService(key.slice(0, bar)).of(key.slice(bar + 1));
  }
}

/** One service's entries: `service|*` and its countries', made on first sight. */
export class ServiceEntries {
  readonly worldwide: KeyEntry;
  /** The keys of the service's closed windows at the start being processed (the detector fills and empties it). */
  readonly closed: KeyEntry[] = [];
  /** What the worldwide window's complaints were about at the start being processed, if it had one. */
  worldwideTallies: WindowTallies | undefined = undefined;
  /** Its place among the services in name order, and of its keys among all keys in key-name order (`KeyEntries.rankServices`). */
  nameRank = 0;
  keyNameRank = 0;
  /** The worldwide key's number in the windows' `WindowKeys`. */
  readonly worldwideId: number;
  /** By country number (`Countries`); undefined for countries this service has not seen. */
  private readonly byCountry: (KeyEntry | undefined)[];
  /**
   * By country number: its entry's number in the windows' `WindowKeys` (−1 for countries this
   * service has not seen), so that a complaint reaches its window without reading the entry.
   */
  private ids: Int32Array;

  constructor(
    readonly service: string,
    private readonly countries: Countries,
    private readonly windowKeys: WindowKeys<KeyEntry>,
  ) {
    this.worldwide = new KeyEntry(keyOf(service, ANY_COUNTRY), service, ANY_COUNTRY, 0, this, undefined);
    this.byCountry = [this.worldwide];
    this.worldwideId = windowKeys.idOf(this.worldwide);
    this.ids = new Int32Array(8).fill(-1);
    this.ids[0] = this.worldwideId;
  }

  /** The entry of `service|country` (country '*' for the worldwide key). */
  of(country: string): KeyEntry {
    const index = this.countries.numberOf(country);
    const entry = this.byCountry[index];
    return entry ?? this.made(country, index);
  }

  /** The number of the entry of `service|country` in the windows' `WindowKeys` (made if need be). */
  idOf(country: string): number {
    const index = this.countries.numberOf(country);
    const id = index < this.ids.length ? (this.ids[index] as number) : -1;
    return id >= 0 ? id : this.made(country, index).windowId;
  }

  private made(country: string, index: number): KeyEntry {
    const entry = new KeyEntry(keyOf(this.service, country), this.service, country, index, this, this.worldwide);
    // Filled up to the index (not a hole far past the end), so the array keeps fast elements.
    while (this.byCountry.length <= index) this.byCountry.push(undefined);
    this.byCountry[index] = entry;
    if (index >= this.ids.length) this.ids = grownInts(this.ids, Math.max(2 * this.ids.length, index + 1), -1);
    this.ids[index] = this.windowKeys.idOf(entry);
    return entry;
  }
}

/**
 * Every country seen, numbered in order of first sight ('*' is 0): one small table that stays
 * in cache, where a table per service would not. Each country also has its rank in code-unit
 * order, so that sorting a start's windows by country compares numbers, not strings (string
 * comparisons were a few percent of the sparse bench's time).
 */
export class Countries {
  private readonly numbers = new Map<string, number>([[ANY_COUNTRY, 0]]);
  /** By country number: its place in code-unit order among all countries seen. */
  private readonly ranks: number[] = [0];
  /** Whether a country was added since the countries were last ranked. */
  private unranked = false;

  numberOf(country: string): number {
    let number = this.numbers.get(country);
    if (number === undefined) {
      number = this.numbers.size;
      this.numbers.set(country, number);
      this.ranks.push(0);
      this.unranked = true;
    }
    return number;
  }

  /** Brings the ranks up to date (call before `compare` after countries were added). */
  rank(): void {
    if (!this.unranked) return;
    [...this.numbers.entries()].sort(([a], [b]) => codeUnitOrder(a, b)).forEach(([, number], rank) => (this.ranks[number] = rank));
    this.unranked = false;
  }

  /** Code-unit order of the entries' countries, by rank (as of the last `rank`). */
  readonly compare = (a: KeyEntry, b: KeyEntry): number =>
    (this.ranks[a.countryNumber] as number) - (this.ranks[b.countryNumber] as number);
}

/** Code-unit order (as `Array.prototype.sort` without a comparator). */
export function codeUnitOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
