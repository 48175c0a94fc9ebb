/**
 * The `npm start` flow end to end, through the real broker: both workers as child processes,
 * a scenario replayed into the run's posts.raw, the pipeline left to settle; then the run's
 * anomalies topic must hold exactly the incident events the in-process backtest produces from
 * the same posts (same classifier, detector, partitioning and parameters).
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { summariseIncidents } from '@spike/backtest';
import { runBacktest, runDemo, scenarioSocialPosts } from '@spike/cli';
import { detectorParams } from '@spike/detector';
import { SingleObjectFormat } from '@spike/runtime';
import { simulate } from '@spike/scenarios';
import type { Anomaly, SocialPost } from '@spike/schemas';
import { readTopic, recordCount, testBrokers, withAdmin } from '../support/kafka.js';

const SCENARIO = 'whatsapp-2022-10-25';
const SCALE = 0.25;
const wire = new SingleObjectFormat();

/** Events grouped by incident, each incident's in window order: the topic's partitions interleave incidents. */
function byIncident(events: Anomaly[]): Record<string, Anomaly[]> {
  const grouped: Record<string, Anomaly[]> = {};
  for (const event of events) (grouped[event.incident_id] ??= []).push(event);
  for (const list of Object.values(grouped)) list.sort((a, b) => a.window_start - b.window_start);
  return grouped;
}

function scenarioPosts(): SocialPost[] {
  return [...scenarioSocialPosts(simulate(SCENARIO, { seed: 1, scale: SCALE }).posts())];
}

describe('npm start (spike demo)', () => {
  it('finds the WhatsApp outage through Kafka, and the anomalies topic matches the in-process backtest', { timeout: 600_000 }, async () => {
    const printed: string[] = [];
    const result = await runDemo({
      scenario: SCENARIO,
      seed: 1,
      scale: SCALE,
      follow: false,
      keepTopics: true,
      timeoutMs: 300_000,
      env: { ...process.env, KAFKA_BROKERS: testBrokers().join(','), LOG_LEVEL: 'info' },
      print: (line) => printed.push(line),
      progressStream: new PassThrough() as unknown as NodeJS.WriteStream,
    });
    try {
      expect(result.settled).toBe(true);
      expect(result.replay.posts).toBe(scenarioPosts().length);
      const records = await readTopic(result.topics.anomalies, await recordCount(result.topics.anomalies));
      const onTopic = await Promise.all(records.map((r) => wire.decode('Anomaly', r.message.value as Buffer)));

      const backtest = await runBacktest(scenarioPosts(), {
        params: detectorParams({}),
        labels: [],
        partitions: 6,
        drainMs: 24 * 3600_000,
      });
      expect(byIncident(onTopic)).toEqual(byIncident(backtest.events));

      const whatsapp = summariseIncidents(onTopic).filter((i) => i.service === 'whatsapp');
      expect(whatsapp).toHaveLength(1);
      expect(whatsapp[0]?.countries).toEqual(expect.arrayContaining(['IN', 'PK', 'IT', 'TR', 'GB']));
      expect(whatsapp[0]?.topSymptom).toBe('messages');
      const statuses = whatsapp[0]?.statuses ?? [];
      expect(statuses[0]).toBe('OPEN');
      expect(statuses.indexOf('RECOVERING')).toBeGreaterThan(0);
      expect(statuses.at(-1)).toBe('RESOLVED');
      expect(printed.join('\n')).toMatch(/whatsapp \d\d:\d\dZ–\d\d:\d\dZ [A-Z,]+: detected \d+(\.\d+)? min after its start/);
    } finally {
      await withAdmin((admin) => admin.deleteTopics({ topics: Object.values(result.topics) }));
    }
  });
});
