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
  if (missing.length > 0) await admin.createTopics({ topics: missing, waitForLeaders: true });
  return {
    created: missing.map((s) => s.topic),
    existing: specs.filter((s) => present.has(s.topic)).map((s) => s.topic),
  };
}
