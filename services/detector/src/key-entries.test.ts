import { describe, expect, it } from 'vitest';
import { Countries, KeyEntries } from './key-entries.js';
import { WindowKeys } from './windows.js';

/** A copy of `text` as a new string object, as the Avro decoder makes one per record. */
function fresh(text: string): string {
  const bytes = Buffer.from(text);
  return bytes.toString('utf8', 0, bytes.length);
}

describe('key entries', () => {
  it('findsEachServiceByANewStringOfItsName', () => {
    const entries = new KeyEntries(new WindowKeys());
    // Enough services that the table doubles a few times, with names that differ in one character.
    const names = Array.from({ length: 300 }, (_, i) => `service-${i}`);
    const made = names.map((name) => entries.ofService(name));
    names.forEach((name, i) => expect(entries.ofService(fresh(name))).toBe(made[i]));
    expect(new Set(made).size).toBe(names.length);
    expect(made.map((e) => e.service)).toEqual(names);
  });

  it('ranksServicesInNameOrderWhateverTheOrderTheyCame', () => {
    const entries = new KeyEntries(new WindowKeys());
    const [whatsapp, instagram, jio] = ['whatsapp', 'instagram', 'jio'].map((name) => entries.ofService(name));
    entries.rankServices();
    expect([instagram, jio, whatsapp].map((e) => e?.nameRank)).toEqual([0, 1, 2]);
  });
});

describe('countries', () => {
  it('numbersTwoLetterCodesAndOtherNamesAlikeAndKeepsTheirNumbers', () => {
    const countries = new Countries();
    expect(countries.numberOf('*')).toBe(0);
    const gb = countries.numberOf('GB');
    const lower = countries.numberOf('gb');
    const kosovo = countries.numberOf('XKX');
    const zz = countries.numberOf('ZZ');
    expect(new Set([0, gb, lower, kosovo, zz]).size).toBe(5);
    expect(countries.numberOf(fresh('GB'))).toBe(gb);
    expect(countries.numberOf(fresh('gb'))).toBe(lower);
    expect(countries.numberOf(fresh('XKX'))).toBe(kosovo);
    expect(countries.numberOf('ZZ')).toBe(zz);
  });
});
