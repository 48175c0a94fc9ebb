import { Detector, detectorParams, scenarios, type Anomaly } from '@spike/detector';
import { recordType } from '@spike/schemas';
import { describe, expect, it } from 'vitest';
import { restoreDetector, stateRecords, type StateRecord } from './detector-state.js';

const { MINUTE, OUTAGE_DAY } = scenarios;
const OUTAGE_START = OUTAGE_DAY + 7 * 60 * MINUTE;
const complaints = scenarios.stream({
  from: OUTAGE_DAY - 2 * 24 * 60 * MINUTE,
  to: OUTAGE_START + 90 * MINUTE,
  background: [{ service: 'whatsapp', country: 'IN', peakPerMinute: 0.5 }],
  outages: [{ service: 'whatsapp', country: 'IN', from: OUTAGE_START, to: OUTAGE_START + 40 * MINUTE, authorsPerMinute: 30 }],
});

/** Through Avro and back, as the changelog would carry it. */
function throughAvro(records: StateRecord[]): StateRecord[] {
  const type = recordType('DetectorState');
  return records.map((r) => ({ key: r.key, value: r.value && (type.fromBuffer(type.toBuffer(r.value)) as StateRecord['value']) }));
}

describe('detector state on the changelog', () => {
  it('restoresADetectorThatContinuesExactlyAsTheOriginal', () => {
    const params = detectorParams();
    const original = new Detector(params);
    const log: StateRecord[] = [];
    const cut = complaints.findIndex((c) => c.event_time >= OUTAGE_START + 10 * MINUTE);
    complaints.slice(0, cut).forEach((c, offset) => {
      original.add(c, offset);
      if (offset % 500 === 0) log.push(...throughAvro(stateRecords(0, original.paramsVersion, original.takeChanges())));
    });
    log.push(...throughAvro(stateRecords(0, original.paramsVersion, original.takeChanges())));
    const resumeAt = original.oldestOpenPosition();
    const restored = restoreDetector(params, log);
    expect(restored.snapshot()).toEqual(original.snapshot());

    const rest = (d: Detector, from: number): Anomaly[] => complaints.slice(from).flatMap((c, i) => d.add(c, from + i));
    const tail = rest(restored, resumeAt);
    expect(tail.map((e) => e.status)).not.toContain('OPEN');
    expect(tail.map((e) => e.status)).toContain('RESOLVED');
    expect(tail).toEqual(rest(original, cut));
  });

  it('deletesAResolvedIncidentWithATombstone', () => {
    const params = detectorParams();
    const detector = new Detector(params);
    const records: StateRecord[] = [];
    complaints.forEach((c, offset) => {
      detector.add(c, offset);
      if (offset % 1000 === 0) records.push(...stateRecords(0, detector.paramsVersion, detector.takeChanges()));
    });
    detector.advanceTo(OUTAGE_START + 200 * MINUTE);
    records.push(...stateRecords(0, detector.paramsVersion, detector.takeChanges()));
    expect(records.filter((r) => r.key === 'INCIDENT:whatsapp').at(-1)?.value).toBeNull();
    expect(restoreDetector(params, records).snapshot().incidents).toEqual({});
  });

  it('ignoresStateWrittenUnderOtherParameters', () => {
    const detector = new Detector(detectorParams({ minCount: 7 }));
    complaints.slice(0, 2000).forEach((c, offset) => detector.add(c, offset));
    const records = stateRecords(0, detector.paramsVersion, detector.takeChanges());
    expect(restoreDetector(detectorParams(), records).keyCount).toBe(0);
  });
});
