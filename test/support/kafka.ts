/** Helpers for tests that cross a real broker: fresh topics, clients, reading a topic to the end, waiting on conditions. */
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, type Admin, type KafkaMessage } from 'kafkajs';
import { inject } from 'vitest';
import { loadConfig, waitForLeaders, type SpikeConfig } from '@spike/runtime';

export function testBrokers(): string[] {
  return inject('kafkaBrokers');
}

export function testKafka(clientId = 'spike-test'): Kafka {
  return new Kafka({ clientId, brokers: testBrokers(), logLevel: logLevel.NOTHING, retry: { retries: 8 } });
}

/** A unique suffix so every test sees only its own topics and groups. */
export function uniqueSuffix(): string {
  return randomUUID().slice(0, 8);
}

/** Environment for the test broker with every topic renamed `<name>.<suffix>` (for workers run as processes too). */
export function testEnv(suffix: string): Record<string, string> {
  return {
    KAFKA_BROKERS: testBrokers().join(','),
    TOPIC_POSTS_RAW: `posts.raw.${suffix}`,
    TOPIC_COMPLAINTS: `complaints.${suffix}`,
    TOPIC_ANOMALIES: `anomalies.${suffix}`,
    TOPIC_POSTS_DLQ: `posts.dlq.${suffix}`,
    TOPIC_DETECTOR_STATE: `detector.state.${suffix}`,
    TOPIC_PARTITIONS: '3',
    // The tests' records carry 2022 event times as Kafka timestamps, which a time-based
    // retention deletes at the broker's next check (every 5 minutes): a topic read twice, minutes
    // apart, then came back empty the second time.
    TOPIC_RETENTION_MS: '-1',
  };
}

/** Config from `testEnv`, quiet logs, and any overrides. */
export function testConfig(suffix: string, env: NodeJS.ProcessEnv = {}): SpikeConfig {
  return loadConfig({ ...testEnv(suffix), LOG_LEVEL: 'silent', ...env });
}

export async function withAdmin<T>(fn: (admin: Admin) => Promise<T>): Promise<T> {
  const admin = testKafka('spike-test-admin').admin();
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.disconnect();
  }
}

/**
 * Creates a topic and waits until every partition has a leader. Not kafkajs's own
 * `waitForLeaders`, which gives up on UNKNOWN_TOPIC_OR_PARTITION while a busy broker is still
 * propagating a new topic's metadata: the runtime's wait retries it.
 */
export async function createTopic(topic: string, partitions = 1): Promise<void> {
  await withAdmin(async (admin) => {
    // Kept forever, as in testEnv: the records' timestamps are years old.
    const configEntries = [{ name: 'retention.ms', value: '-1' }];
    await admin.createTopics({ topics: [{ topic, numPartitions: partitions, configEntries }], waitForLeaders: false });
    await waitForLeaders(admin, [topic]);
  });
}

/** Polls `condition` until it is truthy or `timeoutMs` passes (then fails with `what`). */
export async function waitFor<T>(
  condition: () => Promise<T | undefined | false> | T | undefined | false,
  what: string,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Sum of the high-water marks of a topic: how many records it holds. */
export async function recordCount(topic: string): Promise<number> {
  return withAdmin(async (admin) => {
    const offsets = await admin.fetchTopicOffsets(topic);
    return offsets.reduce((sum, p) => sum + Number(p.high) - Number(p.low), 0);
  });
}

export interface ReadRecord {
  partition: number;
  message: KafkaMessage;
}

/**
 * Reads a topic from the beginning until at least `expected` records have arrived and every
 * record the topic holds has been read, so extra (duplicate) records are returned too.
 */
export async function readTopic(topic: string, expected: number, timeoutMs = 30_000): Promise<ReadRecord[]> {
  const consumer = testKafka('spike-test-reader').consumer({ groupId: `reader-${uniqueSuffix()}` });
  const records: ReadRecord[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({ eachMessage: async ({ partition, message }) => void records.push({ partition, message }) });
    await waitFor(() => records.length >= expected, `${expected} records on ${topic} (have ${records.length})`, timeoutMs);
    const held = await recordCount(topic);
    await waitFor(() => records.length >= held, `all ${held} records on ${topic}`, timeoutMs);
    return records;
  } finally {
    await consumer.disconnect();
  }
}
