import { describe, expect, it } from 'vitest';
import type { BacktestReport, LabelResult } from './report.js';
import { missedBars } from './scenario-bars.js';

const whatsappLabel: LabelResult = {
  label: { service: 'whatsapp', countries: ['GB', 'IN', 'IT', 'PK', 'TR'], start: '2022-10-25T07:00:00Z', end: '2022-10-25T09:15:00Z' },
  detected: true,
  incidentIds: ['whatsapp-20221025T0700Z'],
  delayMinutes: 1,
  countriesFound: ['GB', 'IN', 'IT', 'PK', 'TR'],
  countriesMissed: [],
  countriesExtra: [],
  statuses: ['OPEN', 'UPDATE', 'RECOVERING', 'RESOLVED'],
  topSymptom: 'messages',
};

function report(labels: LabelResult[], overrides: Partial<BacktestReport> = {}): BacktestReport {
  return {
    paramsVersion: 'd1-x',
    input: { posts: 1, badLines: 0, invalidPosts: 0, complaints: 1, lateComplaints: 0, from: null, to: null },
    labels,
    recall: 1,
    incidents: { total: 1, matched: 1, precision: 1 },
    delays: { medianMinutes: 1, maxMinutes: 1 },
    falseAlarms: { total: 0, keys: 10, keyDays: 100, perHundredKeyDays: 0, byKey: [] },
    ...overrides,
  };
}

describe('missedBars', () => {
  it('passes the 2022 WhatsApp outage found as one incident in the five countries, messages first, recovering then resolved', () => {
    expect(missedBars('whatsapp-2022-10-25', report([whatsappLabel]))).toEqual([]);
  });

  it('names every bar the 2022 WhatsApp outage misses', () => {
    const split = {
      ...whatsappLabel,
      incidentIds: ['a', 'b'],
      countriesFound: ['IN', 'IT'],
      topSymptom: 'login',
      statuses: ['OPEN', 'RESOLVED'] as LabelResult['statuses'],
    };
    expect(missedBars('whatsapp-2022-10-25', report([split]))).toEqual([
      'whatsapp came out as 2 incidents, not one',
      'whatsapp incident does not name PK, TR, GB',
      'whatsapp top symptom is login, not messages',
      'whatsapp incident does not go RECOVERING before RESOLVED',
    ]);
  });

  it('holds every scenario to detection and delay, and a scenario without incidents to its false-alarm rate', () => {
    const missed = { ...whatsappLabel, label: { ...whatsappLabel.label, service: 'jio' }, detected: false, delayMinutes: null };
    expect(missedBars('jio-night', report([missed], { delays: { medianMinutes: 3, maxMinutes: 6 } }))).toEqual([
      'jio 2022-10-25T07:00:00Z not detected',
      'median delay 3 min > 2',
      'a delay of 6 min > 5',
    ]);
    const noisy = report([], { falseAlarms: { total: 3, keys: 10, keyDays: 100, perHundredKeyDays: 3, byKey: [] } });
    expect(missedBars('quiet-week', noisy)).toEqual(['3 false alarms per 100 key-days > 1']);
    expect(missedBars('quiet-week', report([]))).toEqual([]);
  });
});
