/**
 * The Kafka edge of a replay: one kafkajs producer, each post keyed by its id (DESIGN: posts.raw
 * is keyed by post id), its value the SocialPost in the project's wire format (what the
 * classifier worker decodes), its created_at as the message timestamp, acks from all in-sync
 * replicas. Several batches may be in flight at once; within a partition they stay in send
 * order unless the client has to retry one.
 */
import kafkajs, { Partitioners, type Admin, type Producer } from 'kafkajs';
import { createKafka, SpikeError, wireFormatFor, type Logger, type SpikeConfig, type WireFormat } from '@spike/runtime';
import type { SocialPost } from '@spike/schemas';
import type { PostSink } from './replay.js';

/**
 * `partition` pins every post to one partition (`spike replay --ordered`): Kafka keeps order
 * only within a partition, and a replay faster than real time spread over several reaches the
 * workers out of event-time order by far more than the detector's allowed lateness.
 */
export function createKafkaPostSink(producer: Producer, topic: string, wire: WireFormat, partition?: number): PostSink {
  return {
    async send(batch) {
      await producer.send({
        topic,
        acks: -1,
        messages: batch.map((post: SocialPost) => ({
          key: post.id,
          ...(partition === undefined ? {} : { partition }),
          value: wire.encode('SocialPost', post),
          timestamp: String(post.created_at),
        })),
      });
    },
  };
}

/** The producer options of a replay: the default (murmur2) partitioner, and no topic created by accident. */
export const REPLAY_PRODUCER_OPTIONS = {
  allowAutoTopicCreation: false,
  createPartitioner: Partitioners.DefaultPartitioner,
} as const;

/** Fails with TOPIC_MISSING, saying how to create it, when the topic does not exist. */
export async function assertTopicExists(admin: Admin, topic: string): Promise<void> {
  const topics = await admin.listTopics();
  if (!topics.includes(topic)) {
    throw new SpikeError('TOPIC_MISSING', `topic ${topic} does not exist: create the project's topics with \`npx spike topics create\``);
  }
}

/** The topic's retention.ms, or undefined when it cannot be read (no DescribeConfigs right, say). */
async function topicRetentionMs(admin: Admin, topic: string): Promise<number | undefined> {
  try {
    const { resources } = await admin.describeConfigs({
      // kafkajs is CommonJS and Node cannot see this enum as a named export: read it off the module.
      resources: [{ type: kafkajs.ConfigResourceTypes.TOPIC, name: topic, configNames: ['retention.ms'] }],
      includeSynonyms: false,
    });
    const value = resources[0]?.configEntries.find((entry) => entry.configName === 'retention.ms')?.configValue;
    return value === undefined ? undefined : Number(value);
  } catch {
    return undefined;
  }
}

/**
 * Why posts this old may not survive on the topic, or undefined: Kafka ages records by their
 * timestamps, which replay sets to the posts' own times, so posts older than the retention are
 * deleted at the broker's next retention check (every few minutes), before workers may read them.
 */
export function retentionWarning(oldestEventMs: number | undefined, retentionMs: number | undefined, nowMs: number): string | undefined {
  if (oldestEventMs === undefined || retentionMs === undefined || retentionMs < 0) return undefined;
  if (nowMs - oldestEventMs <= retentionMs) return undefined;
  const days = (ms: number) => `${Math.round(ms / 86_400_000)} days`;
  return (
    `the oldest post is ${days(nowMs - oldestEventMs)} old but the topic keeps records ${days(retentionMs)} by their timestamps: ` +
    "the broker will delete them at its next retention check. For a replay of history, create the topics with TOPIC_RETENTION_MS=-1 (or longer than the posts' age)."
  );
}

export interface KafkaPostSink {
  sink: PostSink;
  topic: string;
  /** The topic's retention.ms (-1: kept forever), or undefined when the broker would not say. */
  retentionMs: number | undefined;
  /** Disconnects the producer (after the replay has settled its batches). */
  close(): Promise<void>;
}

/**
 * Everything a replay into Kafka needs, from config: the wire format (registered with the
 * registry when one is configured), a check that the topic exists, a connected producer.
 * `topic` defaults to the config's posts.raw.
 */
export async function connectKafkaPostSink(options: {
  config: SpikeConfig;
  topic?: string;
  wire?: WireFormat;
  log?: Logger;
  /** Send every post to this partition (see createKafkaPostSink). */
  partition?: number;
}): Promise<KafkaPostSink> {
  const { config, log } = options;
  const topic = options.topic ?? config.topics.postsRaw;
  const wire = options.wire ?? wireFormatFor(config);
  await wire.init();
  const kafka = createKafka(config.kafka, 'replay', log);
  const admin = kafka.admin();
  await admin.connect();
  let retentionMs: number | undefined;
  try {
    await assertTopicExists(admin, topic);
    retentionMs = await topicRetentionMs(admin, topic);
  } finally {
    await admin.disconnect();
  }
  const producer = kafka.producer(REPLAY_PRODUCER_OPTIONS);
  await producer.connect();
  return {
    sink: createKafkaPostSink(producer, topic, wire, options.partition),
    topic,
    retentionMs,
    close: () => producer.disconnect(),
  };
}
