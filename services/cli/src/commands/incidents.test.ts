import type { Anomaly } from '@spike/schemas';
import { describe, expect, it } from 'vitest';
import { incidentsToShow, latestByIncident } from './incidents.js';
import { anomalyEvent } from '../test-support/anomaly.js';

const MINUTE = 60_000;
function event(
  incident: string,
  service: string,
  country: string,
  status: Anomaly['status'],
  startMinute: number,
  minute: number,
): Anomaly {
  const start = Date.UTC(2022, 9, 25, 7) + startMinute * MINUTE;
  return anomalyEvent({
    incident_id: incident,
    service,
    countries: [country],
    status,
    started_at: start,
    window_start: start + minute * MINUTE,
  });
}

const stream = [
  event('wa', 'whatsapp', 'IN', 'OPEN', 10, 0),
  event('jio', 'jio', 'IN', 'OPEN', 0, 0),
  event('wa', 'whatsapp', 'IN', 'UPDATE', 10, 1),
  event('jio', 'jio', 'IN', 'RESOLVED', 0, 30),
  event('bank', 'lloyds', 'GB', 'OPEN', 5, 0),
  event('bank', 'lloyds', 'GB', 'RECOVERING', 5, 20),
];

describe('spike incidents', () => {
  it('keepsEachIncidentsLatestEvent', () => {
    const latest = latestByIncident(stream);
    expect([...latest.keys()]).toEqual(['wa', 'jio', 'bank']);
    expect(latest.get('wa')?.status).toBe('UPDATE');
    expect(latest.get('bank')?.status).toBe('RECOVERING');
  });

  it('showsTheUnresolvedOnesOldestFirstOrAllOfThem', () => {
    const latest = latestByIncident(stream);
    expect(incidentsToShow(latest, {}).map((e) => e.incident_id)).toEqual(['bank', 'wa']);
    expect(incidentsToShow(latest, { all: true }).map((e) => e.incident_id)).toEqual(['jio', 'bank', 'wa']);
    expect(incidentsToShow(latest, { country: 'gb' }).map((e) => e.incident_id)).toEqual(['bank']);
    expect(incidentsToShow(latest, { service: 'jio' })).toEqual([]);
  });
});
