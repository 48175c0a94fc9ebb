import { describe, expect, it } from 'vitest';
import { evaluateScenarios } from './evaluate-scenarios.js';
import { detectorParams } from './params.js';

describe('the detector on generated scenarios (two services; `spike eval-detector` runs ten)', () => {
  const report = evaluateScenarios(detectorParams(), 2);

  it('raisesAtMostOneFalseAlarmPerHundredKeyDaysInAQuietWeek', () => {
    expect(report.quietWeek.keyDays).toBe(154);
    expect(report.quietWeek.perHundredKeyDays).toBeLessThanOrEqual(1);
  });

  it('detectsEveryOutageWithinTwoMinutesAtTheMedian', () => {
    expect(report.outages.detected).toBe(report.outages.total);
    expect(report.outages.medianDelayMinutes).toBeLessThanOrEqual(2);
  });

  it('isBlindToNothingAndAlarmedByEverythingAtTheExtremes', () => {
    // The measurement can fail: a detector that never opens detects nothing, one that always opens raises false alarms.
    expect(evaluateScenarios(detectorParams({ minCount: 100_000 }), 1).outages.detected).toBe(0);
    expect(evaluateScenarios(detectorParams({ openSurprise: 2, minCount: 2, minRatio: 1.5 }), 1).quietWeek.falseAlarms).toBeGreaterThan(10);
  });
});
