/** Creates the project's topics idempotently, with partitions and configs from config. */
import type { Admin, ITopicConfig } from 'kafkajs';
import type { TopicRole } from '@spike/schemas';
import type { SpikeConfig } from './config.js';

/** The topic specs for a config: every topic with the configured partitions; detector.state compacted. */
export function topicSpecs(config: Pick<SpikeConfig, 'topics' | 'topicDefaults'>): ITopicConfig[] {
  const { partitions, replicationFactor, retentionMs } = config.topicDefaults;
  return (Object.entries(config.topics) as [TopicRole, string][]).map(([role, topic]) => ({
    topic,
    numPartitions: partitions,
    replicationFactor,
    configEntries:
      role === 'detectorState'
        ? [
            { name: 'cleanup.policy', value: 'compact' },
            // Compact soon after writes so a restore replays little more than the live state.
            { name: 'min.cleanable.dirty.ratio', value: '0.1' },
            { name: 'segment.ms', value: String(60 * 60 * 1000) },
          ]
        : role === 'postsDlq'
          ? [
              { name: 'retention.ms', value: String(retentionMs) },
              // A dead letter wraps the whole original record: leave room for one at the default 1 MiB limit.
              { name: 'max.message.bytes', value: String(2 * 1024 * 1024) },
            ]
          : [{ name: 'retention.ms', value: String(retentionMs) }],
  }));
}

export interface EnsureTopicsResult {
  created: string[];
  existing: string[];
}

/** Creates whichever of the project's topics are missing; existing ones are left as they are. */
export async function ensureTopics(admin: Admin, config: Pick<SpikeConfig, 'topics' | 'topicDefaults'>): Promise<EnsureTopicsResult> {
  const specs = topicSpecs(config);
  const present = new Set(await admin.listTopics());
  const missing = specs.filter((spec) => !present.has(spec.topic));
  if (missing.length > 0) {
    await admin.createTopics({ topics: missing, waitForLeaders: false });
    await waitForLeaders(
      admin,
      missing.map((s) => s.topic),
    );
  }
  return {
    created: missing.map((s) => s.topic),
    existing: specs.filter((s) => present.has(s.topic)).map((s) => s.topic),
  };
}

/**
 * Errors a new topic gives while the controller is still spreading it: try again. The last one
 * comes from a leader named in metadata that has not yet heard it leads.
 */
const NOT_YET = new Set(['UNKNOWN_TOPIC_OR_PARTITION', 'LEADER_NOT_AVAILABLE', 'NOT_LEADER_FOR_PARTITION']);

/**
 * Waits until every partition of the topics has a leader that answers as one. kafkajs's own
 * `waitForLeaders` retries only LEADER_NOT_AVAILABLE and gives up on UNKNOWN_TOPIC_OR_PARTITION,
 * which a busy broker answers for a topic created a moment ago (seen when test files create
 * topics at once). Metadata can also name a leader before that broker knows it leads, so the
 * wait ends only when each topic's offsets can be read.
 */
export async function waitForLeaders(admin: Admin, topics: string[], timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const { topics: metadata } = await admin.fetchTopicMetadata({ topics });
      if (metadata.every((t) => t.partitions.length > 0 && t.partitions.every((p) => p.leader >= 0))) {
        for (const topic of topics) await admin.fetchTopicOffsets(topic);
        return;
      }
    } catch (error) {
      if (!NOT_YET.has((error as { type?: string }).type ?? '')) throw error;
    }
    if (Date.now() > deadline) throw new Error(`topics ${topics.join(', ')} have no leaders after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
