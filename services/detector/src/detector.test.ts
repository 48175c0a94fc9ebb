import { describe, expect, it } from 'vitest';
import { Detector } from './detector.js';
import { detectorParams, type DetectorParams } from './params.js';
import { complaint, MINUTE, OUTAGE_DAY, stream, type Outage } from './scenarios.js';
import type { Anomaly, Complaint } from './types.js';

const DAY = 24 * 60 * MINUTE;
const WARM_UP_FROM = OUTAGE_DAY - 3 * DAY;
const OUTAGE_START = OUTAGE_DAY + 7 * 60 * MINUTE;
const OUTAGE_END = OUTAGE_START + 120 * MINUTE;

/** Runs complaints through a detector, then lets the watermark pass the end so everything closes. */
function run(
  complaints: readonly Complaint[],
  params: DetectorParams = detectorParams(),
  until?: number,
): { events: Anomaly[]; detector: Detector } {
  const detector = new Detector(params);
  const events: Anomaly[] = [];
  complaints.forEach((c, offset) => events.push(...detector.add(c, offset)));
  if (until !== undefined) events.push(...detector.advanceTo(until));
  return { events, detector };
}

const background = [
  { service: 'whatsapp', country: 'IN', peakPerMinute: 0.5 },
  { service: 'whatsapp', country: 'IT', peakPerMinute: 0.2 },
  { service: 'whatsapp', country: null, peakPerMinute: 0.3 },
  { service: 'jio', country: 'IN', peakPerMinute: 0.3 },
];

function outageStream(outages: Outage[], to = OUTAGE_END + 60 * MINUTE): Complaint[] {
  return stream({ from: WARM_UP_FROM, to, background, outages });
}

describe('Detector on a two-hour WhatsApp outage in India and Italy', () => {
  const outages: Outage[] = [
    { service: 'whatsapp', country: 'IN', from: OUTAGE_START, to: OUTAGE_END, authorsPerMinute: 40 },
    { service: 'whatsapp', country: 'IT', from: OUTAGE_START + 2 * MINUTE, to: OUTAGE_END, authorsPerMinute: 15, language: 'it' },
  ];
  const complaints = outageStream(outages);
  const { events } = run(complaints, detectorParams(), OUTAGE_END + 3 * 60 * MINUTE);

  it('opensExactlyOneIncidentWithinTwoMinutesOfTheStart', () => {
    const opens = events.filter((e) => e.status === 'OPEN');
    expect(opens).toHaveLength(1);
    const open = opens[0] as Anomaly;
    expect(open.service).toBe('whatsapp');
    expect(open.started_at).toBe(OUTAGE_START);
    expect(open.window_end - OUTAGE_START).toBeLessThanOrEqual(2 * MINUTE);
  });

  it('listsBothCountriesInOneIncident', () => {
    const ids = new Set(events.map((e) => e.incident_id));
    expect(ids.size).toBe(1);
    const last = events.filter((e) => e.status !== 'RESOLVED').at(-1) as Anomaly;
    expect(last.countries).toEqual(['IN', 'IT']);
  });

  it('resolvesOnceAfterTheOutageEndsAndTheHoldPasses', () => {
    const resolved = events.filter((e) => e.status === 'RESOLVED');
    expect(resolved).toHaveLength(1);
    const end = (resolved[0] as Anomaly).window_end;
    expect(end).toBeGreaterThanOrEqual(OUTAGE_END + 15 * MINUTE);
    expect(end).toBeLessThanOrEqual(OUTAGE_END + 30 * MINUTE);
    expect(events.at(-1)?.status).toBe('RESOLVED');
  });

  it('reportsPeakSymptomsLanguagesAndSamples', () => {
    const last = events.at(-1) as Anomaly;
    expect(last.peak_count).toBeGreaterThanOrEqual(50);
    expect(last.symptom_shares.messages).toBeGreaterThan(0.9);
    expect(Object.keys(last.language_shares).sort()).toEqual(['en', 'it']);
    expect(last.sample_post_ids.length).toBe(5);
    expect(last.observed).toBeLessThan(last.peak_count);
  });

  it('doesNotAlarmOnTheOtherService', () => {
    expect(events.every((e) => e.service === 'whatsapp')).toBe(true);
  });

  it('givesTheSameEventsForTheSameInput', () => {
    expect(run(complaints, detectorParams(), OUTAGE_END + 3 * 60 * MINUTE).events).toEqual(events);
  });

  it('continuesFromASnapshotExactlyAsIfUninterrupted', () => {
    const cut = complaints.findIndex((c) => c.event_time >= OUTAGE_START + 30 * MINUTE);
    const first = new Detector(detectorParams());
    const before: Anomaly[] = [];
    complaints.slice(0, cut).forEach((c, offset) => before.push(...first.add(c, offset)));
    // A restart re-reads from the oldest complaint of a still open window.
    const resumeAt = first.oldestOpenPosition();
    const snapshot = JSON.parse(JSON.stringify(first.snapshot())) as ReturnType<Detector['snapshot']>;
    const second = Detector.restore(detectorParams(), snapshot);
    const after: Anomaly[] = [];
    complaints.slice(resumeAt).forEach((c, i) => after.push(...second.add(c, resumeAt + i)));
    after.push(...second.advanceTo(OUTAGE_END + 3 * 60 * MINUTE));
    expect(JSON.stringify([...before, ...after], null, 1)).toEqual(JSON.stringify(events, null, 1));
    expect(second.snapshot().keys).toEqual(run(complaints, detectorParams(), OUTAGE_END + 3 * 60 * MINUTE).detector.snapshot().keys);
  });
});

describe('Detector on an outage that recovers partly before it ends', () => {
  const partialFrom = OUTAGE_START + 60 * MINUTE;
  // Full for an hour, then at a quarter: still far above normal (and anomalous), but recovering.
  const outages: Outage[] = [
    { service: 'whatsapp', country: 'IN', from: OUTAGE_START, to: partialFrom, authorsPerMinute: 40 },
    { service: 'whatsapp', country: 'IN', from: partialFrom, to: OUTAGE_END, authorsPerMinute: 10 },
  ];
  const { events } = run(outageStream(outages), detectorParams(), OUTAGE_END + 3 * 60 * MINUTE);
  const statuses = events.map((e) => e.status);

  it('goesRecoveringWithinMinutesOfThePartialRecoveryAndOnlyThen', () => {
    const recovering = events.filter((e) => e.status === 'RECOVERING');
    expect(recovering).toHaveLength(1);
    const at = (recovering[0] as Anomaly).window_start;
    expect(at).toBeGreaterThanOrEqual(partialFrom);
    expect(at).toBeLessThanOrEqual(partialFrom + 5 * MINUTE);
  });

  it('staysRecoveringUntilResolved', () => {
    expect(statuses.at(-1)).toBe('RESOLVED');
    expect(statuses.slice(statuses.indexOf('RECOVERING') + 1)).toEqual(['RESOLVED']);
  });
});

describe('Detector on quiet and hostile input', () => {
  it('raisesNothingOnOrdinaryDays', () => {
    const { events } = run(outageStream([], OUTAGE_DAY + DAY), detectorParams(), OUTAGE_DAY + DAY);
    expect(events).toEqual([]);
  });

  it('countsDistinctAuthorsSoOneAccountCannotMakeAnOutage', () => {
    const base = outageStream([], OUTAGE_START);
    const spam = Array.from({ length: 500 }, (_, i) => complaint('whatsapp', 'IN', OUTAGE_START + i * 100, 'one-bot'));
    const { events } = run([...base, ...spam], detectorParams(), OUTAGE_START + 60 * MINUTE);
    expect(events).toEqual([]);
  });

  it('seesAWorldwideOutageWhoseCountriesAreEachTooSmall', () => {
    const countries = ['BR', 'DE', 'FR', 'GB', 'ID', 'JP', 'KE', 'MX', 'NG', 'TR'];
    const outages = countries.map((country) => ({ service: 'whatsapp', country, from: OUTAGE_START, to: OUTAGE_END, authorsPerMinute: 2 }));
    const { events } = run(outageStream(outages), detectorParams(), OUTAGE_END + 3 * 60 * MINUTE);
    const open = events.find((e) => e.status === 'OPEN') as Anomaly;
    expect(open.countries).toEqual(['*']);
    expect(open.observed).toBeGreaterThanOrEqual(15);
  });

  it('resolvesWhenPostsStopAndOnlyTheClockMoves', () => {
    const outages = [{ service: 'jio', country: 'IN', from: OUTAGE_START, to: OUTAGE_END, authorsPerMinute: 30 }];
    const { events, detector } = run(outageStream(outages, OUTAGE_END));
    expect(events.filter((e) => e.status === 'RESOLVED')).toEqual([]);
    const later = detector.advanceTo(OUTAGE_END + 60 * MINUTE);
    expect(later.map((e) => e.status)).toContain('RESOLVED');
  });

  it('countsAndDropsComplaintsArrivingAfterTheGracePeriod', () => {
    const detector = new Detector(detectorParams());
    detector.add(complaint('x', 'IN', OUTAGE_START, 'a'));
    detector.add(complaint('x', 'IN', OUTAGE_START + 5 * MINUTE, 'b'));
    detector.add(complaint('x', 'IN', OUTAGE_START + 30_000, 'c'));
    expect(detector.counters).toMatchObject({ counted: 2, late: 1 });
  });

  it('commitsOnlyUpToTheOldestComplaintOfAnOpenWindow', () => {
    const detector = new Detector(detectorParams());
    detector.add(complaint('x', 'IN', OUTAGE_START, 'a'), 10);
    detector.add(complaint('x', 'IN', OUTAGE_START + 20_000, 'b'), 11);
    expect(detector.oldestOpenPosition()).toBe(10);
    detector.add(complaint('x', 'IN', OUTAGE_START + 3 * MINUTE, 'c'), 12);
    expect(detector.oldestOpenPosition()).toBe(12);
  });
});

describe('Detector parameters', () => {
  const outages = [{ service: 'whatsapp', country: 'IN', from: OUTAGE_START, to: OUTAGE_START + 20 * MINUTE, authorsPerMinute: 6 }];
  const complaints = outageStream(outages, OUTAGE_START + 120 * MINUTE);
  const opens = (params: Partial<DetectorParams>) =>
    run(complaints, detectorParams(params), OUTAGE_START + 180 * MINUTE).events.filter((e) => e.status === 'OPEN').length;

  it('opensForAModestOutageWithTheDefaults', () => {
    expect(opens({})).toBe(1);
  });

  it('eachOfMinCountMinRatioAndOpenSurpriseCanSilenceIt', () => {
    expect(opens({ minCount: 50 })).toBe(0);
    expect(opens({ minRatio: 100 })).toBe(0);
    expect(opens({ openSurprise: 250 })).toBe(0);
  });

  it('resolveHoldDelaysTheAllClear', () => {
    const resolvedAt = (resolveHoldMs: number) =>
      run(complaints, detectorParams({ resolveHoldMs }), OUTAGE_START + 180 * MINUTE).events.find((e) => e.status === 'RESOLVED')
        ?.window_end;
    expect(resolvedAt(30 * MINUTE)).toBeGreaterThan(resolvedAt(5 * MINUTE) as number);
  });

  it('rejectsNonsense', () => {
    expect(() => detectorParams({ windowSizeMs: -1 })).toThrow();
    expect(() => detectorParams({ unknown: 1 } as Partial<DetectorParams>)).toThrow();
  });
});
