/**
 * One entry per key (`service|country`, or `service|*`), made when the key is first seen and
 * then reused: its interned name, service and country, the service's worldwide entry and the
 * key's state. Every complaint counts under two keys and its windows are keyed by the entries,
 * so a closed window is scored, decided and learnt from its entry with no further lookup by
 * key name (in maps of 100,000 keys those lookups were a quarter of the detector's time).
 */
import type { KeyState } from './key-state.js';
import { ANY_COUNTRY, keyOf } from './types.js';

export class KeyEntry {
  /** The key's state: undefined until its first window is scored (or it is restored). */
  state: KeyState | undefined = undefined;
  /** Whether the state changed since the last changelog (`Detector.takeChanges`). */
  dirty = false;
  /** The service's worldwide entry (`service|*`): this one for the worldwide key itself. */
  readonly worldwide: KeyEntry;

  constructor(
    readonly key: string,
    readonly service: string,
    readonly country: string,
    worldwide: KeyEntry | undefined,
  ) {
    this.worldwide = worldwide ?? this;
  }

  get isWorldwide(): boolean {
    return this.worldwide === this;
  }
}

export class KeyEntries {
  private readonly byService = new Map<string, Map<string, KeyEntry>>();

  /** The entry of `service|country` (country '*' for the worldwide key), made on first sight. */
  of(service: string, country: string): KeyEntry {
    let countries = this.byService.get(service);
    if (!countries) {
      countries = new Map([[ANY_COUNTRY, new KeyEntry(keyOf(service, ANY_COUNTRY), service, ANY_COUNTRY, undefined)]]);
      this.byService.set(service, countries);
    }
    let entry = countries.get(country);
    if (entry === undefined) {
      entry = new KeyEntry(keyOf(service, country), service, country, countries.get(ANY_COUNTRY));
      countries.set(country, entry);
    }
    return entry;
  }

  /** The entry of a key name made by `keyOf` (a snapshot's keys): countries never hold '|', services may. */
  ofKey(key: string): KeyEntry {
    const bar = key.lastIndexOf('|');
    return this.of(key.slice(0, bar), key.slice(bar + 1));
  }
}
