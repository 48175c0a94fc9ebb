/**
 * What one run of the demo uses: its own topics and consumer groups, named after the run, so a
 * demo never mixes with an earlier run (the detector's changelog would carry its watermark
 * over) nor with a deployment's real topics on a shared cluster. The workers run as child
 * processes configured through the same environment variables an operator sets.
 */
import { TOPIC_DEFAULTS, type TopicNames } from '@spike/schemas';

/** How long a quiet detector partition waits before time moves on without it: short, so the demo ends soon after the replay. */
export const DEMO_IDLE_MS = 10_000;

export interface DemoPlan {
  runId: string;
  topics: TopicNames;
  groupPrefix: string;
  /** Environment of the worker processes (on top of the demo's own). */
  workerEnv: Record<string, string>;
}

/** A run id from the start time: demo-20261126-101502. */
export function demoRunId(startedAtMs: number): string {
  return `demo-${new Date(startedAtMs).toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-')}`;
}

export function demoPlan(runId: string, brokers: string, env: NodeJS.ProcessEnv): DemoPlan {
  const topics = Object.fromEntries(Object.entries(TOPIC_DEFAULTS).map(([role, name]) => [role, `${runId}.${name}`])) as TopicNames;
  const groupPrefix = `spike-${runId}`;
  return {
    runId,
    topics,
    groupPrefix,
    workerEnv: {
      KAFKA_BROKERS: brokers,
      KAFKA_GROUP_PREFIX: groupPrefix,
      TOPIC_POSTS_RAW: topics.postsRaw,
      TOPIC_COMPLAINTS: topics.complaints,
      TOPIC_ANOMALIES: topics.anomalies,
      TOPIC_POSTS_DLQ: topics.postsDlq,
      TOPIC_DETECTOR_STATE: topics.detectorState,
      // Replayed posts carry their 2022 times as Kafka timestamps: a time-based retention would
      // delete them (and the incidents) at the broker's next check. The topics go at the end.
      TOPIC_RETENTION_MS: '-1',
      // Two workers on one machine: let each pick a free port for /healthz and /metrics.
      HTTP_PORT: '0',
      DETECTOR_IDLE_MS: env.DETECTOR_IDLE_MS ?? String(DEMO_IDLE_MS),
    },
  };
}
