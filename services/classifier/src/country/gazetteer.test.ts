import { describe, expect, it } from 'vitest';
import { allCountries } from './countries-data.js';
import { flagCountry, Gazetteer } from './gazetteer.js';
import { allPlaces } from './places-data.js';

const gazetteer = new Gazetteer(allCountries(), allPlaces());
const country = (location: string) => gazetteer.resolve(location)?.country ?? null;

describe('Gazetteer', () => {
  it('readsCitiesInEnglishAndLocalScripts', () => {
    expect(country('Bombay')).toBe('IN');
    expect(country('Milano')).toBe('IT');
    expect(country('İstanbul')).toBe('TR');
    expect(country('لاہور')).toBe('PK');
  });

  it('letsANamedCountryDecideBetweenPlacesOfOneName', () => {
    expect(country('Hyderabad')).toBe('IN');
    expect(country('Hyderabad, Pakistan')).toBe('PK');
  });

  it('letsTheLastOfTwoCountriesNamedDecide', () => {
    // "Granada" is Grenada's Spanish name and a Spanish city; a location ends with its country.
    expect(country('Granada')).toBe('GD');
    expect(country('Granada, España')).toBe('ES');
  });

  it('letsNamesThatAgreeDecideBetweenARegionsCountries', () => {
    // Punjab is in India and (larger) Pakistan; the city beside it says which.
    expect(country('Jalandhar, Punjab')).toBe('IN');
    expect(country('Multan, Punjab')).toBe('PK');
    expect(country('Punjab')).toBe('PK');
    expect(country('Hyderabad, Sindh')).toBe('PK');
    expect(country('London, Ontario')).toBe('CA');
  });

  it('ignoresANameInsideALongerOne', () => {
    expect(country('New South Wales')).toBe('AU');
    expect(country('New Jersey')).toBe('US');
  });

  it('readsAMainlandFrenchDepartmentNumberOverAnOverseasTownOfTheSameName', () => {
    expect(country('Saint-Denis')).toBe('RE');
    expect(country('Saint-Denis (93)')).toBe('FR');
    expect(country('St. Denis, 93')).toBe('FR');
    expect(country('Saint-Denis 974')).toBe('RE');
  });

  it('readsFlagsAndLeavesFancyUnknown', () => {
    expect(flagCountry('home 🇬🇧')).toBe('GB');
    expect(country('somewhere over the rainbow')).toBeNull();
  });
});
