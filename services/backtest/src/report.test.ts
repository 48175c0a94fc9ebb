import { describe, expect, it } from 'vitest';
import type { Anomaly } from '@spike/detector';
import { buildReport, summariseIncidents, type ReportInput } from './report.js';
import { compactStatuses, formatReportMarkdown } from './report-markdown.js';

const MINUTE = 60_000;
const T0 = Date.UTC(2022, 9, 25, 7, 0);

function event(id: string, status: Anomaly['status'], minute: number, extra: Partial<Anomaly> = {}): Anomaly {
  return {
    incident_id: id,
    status,
    service: 'whatsapp',
    countries: ['IN'],
    window_start: T0 + minute * MINUTE,
    window_end: T0 + (minute + 1) * MINUTE,
    observed: 40,
    expected: 1,
    score: 0.9,
    started_at: T0 + 1 * MINUTE,
    peak_count: 40,
    peak_at: T0 + 1 * MINUTE,
    symptom_shares: { messages: 0.7, login: 0.3 },
    language_shares: { hi: 1 },
    sample_post_ids: ['p1'],
    params_version: 'd1-test',
    ...extra,
  };
}

function input(overrides: Partial<ReportInput>): ReportInput {
  return {
    labels: [],
    events: [],
    paramsVersion: 'd1-test',
    posts: 100,
    badLines: 0,
    invalidPosts: 0,
    complaints: 50,
    lateComplaints: 0,
    from: T0 - 14 * 24 * 60 * MINUTE,
    to: T0 + 6 * 60 * MINUTE,
    keys: 10,
    warmUpMs: 2 * 24 * 60 * MINUTE,
    ...overrides,
  };
}

const label = { service: 'whatsapp', countries: ['GB', 'IN'], start: '2022-10-25T07:00:00Z', end: '2022-10-25T09:15:00Z' };

describe('buildReport', () => {
  it('detects a labelled incident, measures the delay to the end of the opening window and compares countries', () => {
    const events = [
      event('wa-1', 'OPEN', 1),
      event('wa-1', 'UPDATE', 3, { countries: ['IN', 'IT'] }),
      event('wa-1', 'RECOVERING', 100, { countries: ['IN', 'IT'] }),
      event('wa-1', 'RESOLVED', 150, { countries: ['IN', 'IT'] }),
    ];
    const report = buildReport(input({ labels: [label], events }));
    const [result] = report.labels;
    expect(result).toMatchObject({
      detected: true,
      incidentIds: ['wa-1'],
      delayMinutes: 2,
      countriesFound: ['IN'],
      countriesMissed: ['GB'],
      countriesExtra: ['IT'],
      statuses: ['OPEN', 'UPDATE', 'RECOVERING', 'RESOLVED'],
      topSymptom: 'messages',
    });
    expect(report.recall).toBe(1);
    expect(report.incidents).toEqual({ total: 1, matched: 1, precision: 1 });
    expect(report.falseAlarms.total).toBe(0);
  });

  it('counts an incident of another service, or outside the label, as a false alarm on each of its keys', () => {
    const events = [
      event('wa-early', 'OPEN', -300, { started_at: T0 - 300 * MINUTE }),
      event('wa-early', 'RESOLVED', -280, { started_at: T0 - 300 * MINUTE }),
      event('ig-1', 'OPEN', 10, { service: 'instagram', countries: ['IT', 'TR'] }),
    ];
    const report = buildReport(input({ labels: [label], events }));
    expect(report.labels[0]?.detected).toBe(false);
    expect(report.labels[0]?.delayMinutes).toBeNull();
    expect(report.recall).toBe(0);
    expect(report.incidents).toEqual({ total: 2, matched: 0, precision: 0 });
    expect(report.falseAlarms.byKey.map((k) => [k.key, k.falseAlarms])).toEqual([
      ['instagram|IT', 1],
      ['instagram|TR', 1],
      ['whatsapp|IN', 1],
    ]);
    // 10 keys over 14.25 days of input less 2 days of warm-up.
    expect(report.falseAlarms.keyDays).toBe(122.5);
    expect(report.falseAlarms.perHundredKeyDays).toBeCloseTo((100 * 2) / 122.5, 3);
  });

  it('gives null rates, not NaN, when there is nothing to divide by', () => {
    const report = buildReport(input({ to: T0 - 13 * 24 * 60 * MINUTE }));
    expect(report.recall).toBeNull();
    expect(report.incidents.precision).toBeNull();
    expect(report.delays).toEqual({ medianMinutes: null, maxMinutes: null });
    expect(report.falseAlarms.perHundredKeyDays).toBeNull();
  });

  it('takes the earliest matching incident when a label is split in two', () => {
    const events = [event('wa-b', 'OPEN', 9, { countries: ['GB'] }), event('wa-a', 'OPEN', 4)];
    const [result] = buildReport(input({ labels: [label], events })).labels;
    expect(result?.incidentIds).toEqual(['wa-b', 'wa-a']);
    expect(result?.delayMinutes).toBe(5);
    expect(result?.countriesFound).toEqual(['GB', 'IN']);
  });
});

describe('summariseIncidents', () => {
  it('keeps an incident without RESOLVED open', () => {
    const [incident] = summariseIncidents([event('wa-1', 'OPEN', 1), event('wa-1', 'UPDATE', 2, { peak_count: 90 })]);
    expect(incident).toMatchObject({ resolvedAt: undefined, peakCount: 90, statuses: ['OPEN', 'UPDATE'] });
  });
});

describe('report.md', () => {
  it('folds runs of one status and lists labels, false alarms and charts', () => {
    expect(compactStatuses(['OPEN', 'UPDATE', 'UPDATE', 'RECOVERING', 'RESOLVED'])).toBe('OPEN → UPDATE×2 → RECOVERING → RESOLVED');
    const events = [event('wa-1', 'OPEN', 1), event('ig-1', 'OPEN', 10, { service: 'instagram' })];
    const markdown = formatReportMarkdown(buildReport(input({ labels: [label], events })), [
      { key: 'whatsapp|IN', file: 'charts/whatsapp_IN.svg' },
    ]);
    expect(markdown).toContain('| labelled incidents detected (recall) | 1 / 1 (100.0%) |');
    expect(markdown).toContain('| instagram\\|IN | 1 | ig-1 |');
    expect(markdown).toContain('![whatsapp\\|IN](charts/whatsapp_IN.svg)');
  });
});
