/**
 * Interned key names: one `service|country` string per key, made once and then reused, with
 * its service and country. Every complaint counts under two keys and every closed window is
 * looked up in several maps by its key: a key built afresh each time would be a new string
 * to allocate and hash each time, and splitting it again would allocate twice more.
 */
import { keyOf } from './types.js';

interface KeyParts {
  service: string;
  country: string;
}

export class KeyNames {
  private readonly byService = new Map<string, Map<string, string>>();
  private readonly parts = new Map<string, KeyParts>();

  /** The interned `service|country` (country '*' for the worldwide key). */
  of(service: string, country: string): string {
    let countries = this.byService.get(service);
    if (!countries) {
      countries = new Map();
      this.byService.set(service, countries);
    }
    let key = countries.get(country);
    if (key === undefined) {
      key = keyOf(service, country);
      countries.set(country, key);
      this.parts.set(key, { service, country });
    }
    return key;
  }

  serviceOf(key: string): string {
    return this.partsOf(key).service;
  }

  countryOf(key: string): string {
    return this.partsOf(key).country;
  }

  /** The parts of a key made by `of` (the detector's windows only hold those). */
  private partsOf(key: string): KeyParts {
    return this.parts.get(key) as KeyParts;
  }
}
