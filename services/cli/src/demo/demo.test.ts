import { describe, expect, it } from 'vitest';
import type { Anomaly } from '@spike/schemas';
import { anomalyEvent } from '../test-support/anomaly.js';
import { demoPlan, demoRunId, DEMO_IDLE_MS } from './demo-plan.js';
import { isSettled, lagOf, QUIET_MS } from './settle.js';
import { formatDemoSummary } from './summary.js';

describe('demoPlan', () => {
  it('names its own topics and groups after the run, and gives the workers free health ports', () => {
    const runId = demoRunId(Date.UTC(2026, 10, 26, 10, 15, 2));
    expect(runId).toBe('demo-20261126-101502');
    const plan = demoPlan(runId, '127.0.0.1:9092', {});
    expect(plan.topics.postsRaw).toBe('demo-20261126-101502.posts.raw');
    expect(plan.topics.detectorState).toBe('demo-20261126-101502.detector.state');
    expect(plan.workerEnv).toMatchObject({
      KAFKA_BROKERS: '127.0.0.1:9092',
      KAFKA_GROUP_PREFIX: 'spike-demo-20261126-101502',
      TOPIC_COMPLAINTS: 'demo-20261126-101502.complaints',
      HTTP_PORT: '0',
      TOPIC_RETENTION_MS: '-1',
      DETECTOR_IDLE_MS: String(DEMO_IDLE_MS),
    });
    expect(demoPlan(runId, 'b:9092', { DETECTOR_IDLE_MS: '20000' }).workerEnv.DETECTOR_IDLE_MS).toBe('20000');
  });
});

describe('settling', () => {
  it('counts records not yet committed, from the start of a partition never committed', () => {
    const ends = [
      { partition: 0, low: '0', high: '10' },
      { partition: 1, low: '5', high: '8' },
      { partition: 2, low: '0', high: '0' },
    ];
    expect(lagOf(ends, [{ partition: 0, offset: '10' }])).toBe(3);
    expect(
      lagOf(ends, [
        { partition: 0, offset: '4' },
        { partition: 1, offset: '-1' },
      ]),
    ).toBe(9);
    expect(
      lagOf(ends, [
        { partition: 0, offset: '10' },
        { partition: 1, offset: '8' },
      ]),
    ).toBe(0);
  });

  it('is settled only when replayed, caught up, resolved and quiet', () => {
    const settled = { replayDone: true, classifierLag: 0, detectorLag: 0, openIncidents: 0, msSinceLastEvent: QUIET_MS };
    expect(isSettled(settled)).toBe(true);
    expect(isSettled({ ...settled, replayDone: false })).toBe(false);
    expect(isSettled({ ...settled, classifierLag: 1 })).toBe(false);
    expect(isSettled({ ...settled, detectorLag: 1 })).toBe(false);
    expect(isSettled({ ...settled, openIncidents: 1 })).toBe(false);
    expect(isSettled({ ...settled, msSinceLastEvent: QUIET_MS - 1 })).toBe(false);
  });
});

describe('formatDemoSummary', () => {
  const at = (status: Anomaly['status'], hour: number, minute: number): Anomaly =>
    anomalyEvent({
      incident_id: 'whatsapp-20221025T0701Z',
      status,
      countries: ['GB', 'IN', 'IT', 'PK', 'TR'],
      window_start: Date.UTC(2022, 9, 25, hour, minute),
      window_end: Date.UTC(2022, 9, 25, hour, minute + 1),
      observed: 300,
      expected: 2,
      score: 0.97,
      started_at: Date.UTC(2022, 9, 25, 7, 1),
      peak_count: 812,
      peak_at: Date.UTC(2022, 9, 25, 7, 40),
      language_shares: { en: 0.5, hi: 0.5 },
      sample_post_ids: [],
      params_version: 'd1-x',
    });

  it('lists the incident with its lifecycle and judges it against the labels', () => {
    const text = formatDemoSummary({
      scenario: 'whatsapp-2022-10-25',
      posts: 400_000,
      badPosts: 0,
      wallMs: 95_000,
      events: [at('OPEN', 7, 1), at('RECOVERING', 8, 40), at('RESOLVED', 9, 40)],
      labels: [
        {
          service: 'whatsapp',
          countries: ['GB', 'IN', 'IT', 'PK', 'TR', 'US'],
          start: '2022-10-25T07:00:00Z',
          end: '2022-10-25T09:15:00Z',
        },
      ],
      anomaliesTopic: 'demo-x.anomalies',
      logsDir: '.cache/demo/demo-x',
    });
    expect(text).toContain('400,000 posts of scenario whatsapp-2022-10-25 replayed');
    expect(text).toMatch(
      /whatsapp\s+2022-10-25 07:01Z–09:41Z\s+GB,IN,IT,PK,TR\s+peak 812\s+symptom messages\s+OPEN → RECOVERING → RESOLVED/,
    );
    expect(text).toContain(
      'whatsapp 07:00Z–09:15Z GB,IN,IT,PK,TR,US: detected 2 min after its start; countries found GB,IN,IT,PK,TR, missed US',
    );
    expect(text).toContain('false alarms: 0');
  });
});
