/**
 * Reads a topic from its beginning to the end it had when the read started (its high-water
 * marks then), record by record in offset order per partition, then stops: for a worker
 * restoring state from a changelog, or a command that answers from a topic's contents and exits.
 * The reader is a consumer group of its own (`<groupPrefix>-<purpose>-<uuid>`), deleted after.
 */
import { randomUUID } from 'node:crypto';
import type { Kafka, KafkaMessage } from 'kafkajs';

export interface ReadToEndOptions {
  topic: string;
  /** Names the throwaway group: `<groupPrefix>-<purpose>-<uuid>`. */
  groupPrefix: string;
  purpose: string;
  /** Only these partitions (all when undefined). */
  partitions?: ReadonlySet<number>;
  /** Called for each record up to the end, in offset order within a partition. */
  onRecord: (partition: number, message: KafkaMessage) => Promise<void> | void;
}

export async function readToEnd(kafka: Kafka, options: ReadToEndOptions): Promise<void> {
  const { topic, partitions, onRecord } = options;
  const admin = kafka.admin();
  await admin.connect();
  try {
    const ends = (await admin.fetchTopicOffsets(topic)).filter(
      (o) => (partitions === undefined || partitions.has(o.partition)) && BigInt(o.high) > BigInt(o.low),
    );
    if (ends.length === 0) return;
    const groupId = `${options.groupPrefix}-${options.purpose}-${randomUUID()}`;
    const reader = kafka.consumer({ groupId, allowAutoTopicCreation: false });
    const remaining = new Map(ends.map((o) => [o.partition, BigInt(o.high)]));
    await reader.connect();
    try {
      await reader.subscribe({ topics: [topic], fromBeginning: true });
      await new Promise<void>((resolve, reject) => {
        reader.on(reader.events.CRASH, (event) => reject(event.payload.error));
        void reader.run({
          autoCommit: false,
          eachMessage: async ({ partition, message }) => {
            const end = remaining.get(partition);
            if (end === undefined || BigInt(message.offset) >= end) return;
            await onRecord(partition, message);
            if (BigInt(message.offset) + 1n >= end) remaining.delete(partition);
            if (remaining.size === 0) resolve();
          },
        });
      });
    } finally {
      await reader.disconnect();
      await admin.deleteGroups([groupId]).catch(() => undefined);
    }
  } finally {
    await admin.disconnect();
  }
}
