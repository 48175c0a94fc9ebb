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
  /** Every service's entries, by name (see `ServiceTable`). */
  private readonly serviceTable = new ServiceTable();

  /** `windowKeys`: the numbers of the entries as the detector's windows know them. */
  constructor(private readonly windowKeys: WindowKeys<KeyEntry>) {}

  /** Whether a service was added since the services were last ranked. */
  private unranked = false;
  /** Whether some service name holds '|': then key names do not sort as service, then country. */
  private barInServiceName = false;
  readonly countries = new Countries();

  /** The entries of a service's keys (one lookup for both keys a complaint counts under). */
  ofService(service: string): ServiceEntries {
    let entries = this.serviceTable.get(service);
    if (!entries) {
      entries = new ServiceEntries(service, this.countries, this.windowKeys);
      this.serviceTable.add(entries);
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
    const services = [...this.serviceTable.all];
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
  /**
   * The numbers of two-letter codes A–Z, by (first − 'A') × 26 + (second − 'A'), −1 for none
   * yet: every complaint's country is one, and a decoded string is new to V8, which hashes it
   * afresh for a map look-up (twice the time of this).
   */
  private readonly byCode = new Int32Array(26 * 26).fill(-1);
  /** By country number: its place in code-unit order among all countries seen. */
  private readonly ranks: number[] = [0];
  /** Whether a country was added since the countries were last ranked. */
  private unranked = false;

  numberOf(country: string): number {
    const code = codeIndex(country);
    if (code >= 0) {
      const known = this.byCode[code] as number;
      if (known >= 0) return known;
    }
    let number = this.numbers.get(country);
    if (number === undefined) {
      number = this.numbers.size;
      this.numbers.set(country, number);
      this.ranks.push(0);
      this.unranked = true;
    }
    if (code >= 0) this.byCode[code] = number;
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

/** A two-letter code A–Z as a number below 26 × 26, else −1. */
function codeIndex(country: string): number {
  if (country.length !== 2) return -1;
  const first = country.charCodeAt(0) - 65;
  const second = country.charCodeAt(1) - 65;
  return first >= 0 && first < 26 && second >= 0 && second < 26 ? first * 26 + second : -1;
}

/**
 * Services' entries by name in an open-addressing table keyed by an FNV-1a hash of the name's
 * code units, confirmed by comparing the name: a complaint's service is a string the decoder
 * just made, whose hash V8 would compute in a runtime call for a `Map` look-up (twice the time).
 */
class ServiceTable {
  /** Per slot: the entries' place in `entries` + 1 (0: empty). */
  private slots = new Int32Array(64);
  private readonly entries: ServiceEntries[] = [];

  /** Every service's entries, in the order they were added. */
  get all(): readonly ServiceEntries[] {
    return this.entries;
  }

  get(service: string): ServiceEntries | undefined {
    const mask = this.slots.length - 1;
    for (let slot = nameHash(service) & mask; ; slot = (slot + 1) & mask) {
      const held = this.slots[slot] as number;
      if (held === 0) return undefined;
      const entries = this.entries[held - 1] as ServiceEntries;
      if (entries.service === service) return entries;
    }
  }

  /** Adds a service not in the table yet; doubles the slots when half are taken. */
  add(entries: ServiceEntries): void {
    this.entries.push(entries);
    if (2 * this.entries.length <= this.slots.length) {
      this.place(this.entries.length - 1);
      return;
    }
    this.slots = new Int32Array(2 * this.slots.length);
    for (let i = 0; i < this.entries.length; i++) this.place(i);
  }

  private place(index: number): void {
    const mask = this.slots.length - 1;
    let slot = nameHash((this.entries[index] as ServiceEntries).service) & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = index + 1;
  }
}

function nameHash(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193);
  return hash ^ (hash >>> 15);
}

/** Code-unit order (as `Array.prototype.sort` without a comparator). */
export function codeUnitOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
