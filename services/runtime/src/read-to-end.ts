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

/**
 * The end each partition of a topic had when reading started (its high-water mark), and whether
 * a reader has reached it on every partition: until then what it reads is history. An empty
 * partition is reached from the start.
 */
export class CatchUp {
  private readonly remaining = new Map<number, bigint>();

  constructor(ends: readonly { partition: number; high: string; low: string }[]) {
    for (const end of ends) if (BigInt(end.high) > BigInt(end.low)) this.remaining.set(end.partition, BigInt(end.high));
  }

  /** Whether the record at `offset` of `partition` lay before that partition's end at the start. */
  isHistory(partition: number, offset: string): boolean {
    const end = this.remaining.get(partition);
    return end !== undefined && BigInt(offset) < end;
  }

  /** Notes that the record at `offset` of `partition` was read. */
  read(partition: number, offset: string): void {
    const end = this.remaining.get(partition);
    if (end !== undefined && BigInt(offset) + 1n >= end) this.remaining.delete(partition);
  }

  get caughtUp(): boolean {
    return this.remaining.size === 0;
  }
}

export async function readToEnd(kafka: Kafka, options: ReadToEndOptions): Promise<void> {
  const { topic, partitions, onRecord } = options;
  const admin = kafka.admin();
  await admin.connect();
  try {
    const catchUp = new CatchUp(
      (await admin.fetchTopicOffsets(topic)).filter((o) => partitions === undefined || partitions.has(o.partition)),
    );
    if (catchUp.caughtUp) return;
    const groupId = `${options.groupPrefix}-${options.purpose}-${randomUUID()}`;
    const reader = kafka.consumer({ groupId, allowAutoTopicCreation: false });
    await reader.connect();
    try {
      await reader.subscribe({ topics: [topic], fromBeginning: true });
      await new Promise<void>((resolve, reject) => {
        reader.on(reader.events.CRASH, (event) => reject(event.payload.error));
        void reader.run({
          autoCommit: false,
          eachMessage: async ({ partition, message }) => {
            if (!catchUp.isHistory(partition, message.offset)) return;
            await onRecord(partition, message);
            catchUp.read(partition, message.offset);
            if (catchUp.caughtUp) resolve();
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
