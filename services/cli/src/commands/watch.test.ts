import type { Anomaly } from '@spike/schemas';
import { describe, expect, it } from 'vitest';
import { formatAnomaly, matchesFilter } from './watch.js';

const event: Anomaly = {
  incident_id: 'whatsapp-20221025T0700Z',
  status: 'OPEN',
  service: 'whatsapp',
  countries: ['IN', 'IT'],
  window_start: Date.UTC(2022, 9, 25, 7, 1),
  window_end: Date.UTC(2022, 9, 25, 7, 2),
  observed: 58,
  expected: 0.93,
  score: 0.91,
  started_at: Date.UTC(2022, 9, 25, 7, 0),
  peak_count: 58,
  peak_at: Date.UTC(2022, 9, 25, 7, 1),
  symptom_shares: { messages: 0.8, login: 0.2 },
  language_shares: { hi: 0.6, it: 0.4 },
  sample_post_ids: ['p1'],
  params_version: 'd1-00000000',
};

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
