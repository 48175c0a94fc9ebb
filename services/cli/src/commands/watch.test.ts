import { describe, expect, it } from 'vitest';
import { anomalyEvent } from '../test-support/anomaly.js';
import { formatAnomaly, matchesFilter } from './watch.js';

const event = anomalyEvent();

describe('spike watch', () => {
  it('printsStatusServiceCountriesObservedVersusExpectedAndSinceWhen', () => {
    expect(formatAnomaly(event)).toBe(
      '2022-10-25 07:01Z  OPEN        whatsapp  IN,IT  58 complaining vs 0.9 expected  score 0.91  since 2022-10-25 07:00Z  peak 58 at 07:01Z  symptom messages 80%  lang hi 60%  [whatsapp-20221025T0700Z]',
    );
  });

  it('saysWorldwideForTheAllCountriesKey', () => {
    expect(formatAnomaly({ ...event, countries: ['*'] })).toContain('  whatsapp  worldwide  ');
  });

  it('filtersByServiceAndCountryCaseInsensitively', () => {
    expect(matchesFilter(event, {})).toBe(true);
    expect(matchesFilter(event, { service: 'WhatsApp', country: 'it' })).toBe(true);
    expect(matchesFilter(event, { service: 'jio' })).toBe(false);
    expect(matchesFilter(event, { country: 'PK' })).toBe(false);
  });
});
