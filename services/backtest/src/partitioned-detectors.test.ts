import { describe, expect, it } from 'vitest';
import { Detector, detectorParams, scenarios, type Complaint } from '@spike/detector';
import { PartitionedDetectors } from './partitioned-detectors.js';
import { SeriesRecorder, sliceSeries } from './series.js';

const { MINUTE, OUTAGE_DAY, stream } = scenarios;
const HOUR = 60 * MINUTE;
const params = detectorParams({});
const services = ['whatsapp', 'instagram', 'jio'];
const partitionOf = (service: string) => services.indexOf(service) % 2;

function complaints(): Complaint[] {
  return stream({
    from: OUTAGE_DAY - 3 * 24 * HOUR,
    to: OUTAGE_DAY + 10 * HOUR,
    background: services.flatMap((service) => [
      { service, country: 'IN', peakPerMinute: 0.5 },
      { service, country: 'IT', peakPerMinute: 0.2 },
    ]),
    outages: [{ service: 'whatsapp', country: 'IN', from: OUTAGE_DAY + 7 * HOUR, to: OUTAGE_DAY + 8 * HOUR, authorsPerMinute: 30 }],
    seed: 5,
  });
}

describe('PartitionedDetectors', () => {
  it('gives each partition exactly what a detector fed only that partition gives', () => {
    const input = complaints();
    const partitioned = new PartitionedDetectors({ params, partitions: 2, partitionOf });
    const together = input.flatMap((c) => partitioned.add(c));
    const alone = [0, 1].flatMap((p) => {
      const detector = new Detector(params);
      return input.filter((c) => partitionOf(c.service) === p).flatMap((c) => detector.add(c));
    });
    const byId = (events: typeof together) =>
      [...events].sort((a, b) => (a.incident_id + a.window_start < b.incident_id + b.window_start ? -1 : 1));
    expect(together.length).toBeGreaterThan(0);
    expect(byId(together)).toEqual(byId(alone));
    expect(together.some((e) => e.status === 'OPEN' && e.service === 'whatsapp' && e.countries.includes('IN'))).toBe(true);
    expect(partitioned.counters.counted + partitioned.counters.late).toBe(input.length);
    expect(partitioned.latestEvent).toBe(input.at(-1)?.event_time);
  });

  it('refuses a partition function that points outside the partitions', () => {
    const partitioned = new PartitionedDetectors({ params, partitions: 2, partitionOf: () => 2 });
    expect(() => partitioned.add(complaints()[0] as Complaint)).toThrow(/outside 0\.\.1/);
    expect(() => new PartitionedDetectors({ params, partitions: 0, partitionOf })).toThrow(RangeError);
  });

  it('records the observed and expected counts of every scored window per key', () => {
    const recorder = new SeriesRecorder();
    const partitioned = new PartitionedDetectors({ params, partitions: 2, partitionOf, hooks: recorder.hooks });
    const input = complaints();
    for (const c of input) partitioned.add(c);
    partitioned.advanceTo(OUTAGE_DAY + 12 * HOUR);
    const series = recorder.of('whatsapp|IN');
    expect(series).toBeDefined();
    const outage = sliceSeries(series!, OUTAGE_DAY + 7 * HOUR + 5 * MINUTE, OUTAGE_DAY + 7 * HOUR + 55 * MINUTE);
    expect(outage.starts).toHaveLength(50);
    // 30 outage authors a minute plus a little background; the baseline expects about one.
    for (const observed of outage.observed) expect(observed).toBeGreaterThanOrEqual(30);
    for (const expected of outage.expected) expect(expected).toBeLessThan(3);
    const authorsPerWindow = new Map<number, Set<string>>();
    for (const c of input.filter((c) => c.service === 'whatsapp' && c.country === 'IN')) {
      const start = Math.floor(c.event_time / MINUTE) * MINUTE;
      authorsPerWindow.set(start, (authorsPerWindow.get(start) ?? new Set()).add(c.author_key));
    }
    series!.starts.forEach((start, i) => expect(series!.observed[i]).toBe(authorsPerWindow.get(start)?.size ?? 0));
    expect(recorder.keys()).toContain('whatsapp|*');
  });
});
