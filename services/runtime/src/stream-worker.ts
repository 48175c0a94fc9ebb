/**
 * The consume loop every worker shares: decode → validate → core → encode → produce →
 * commit. A worker supplies only `handle` (pure logic behind it); this file owns the Kafka
 * lifecycle and the guarantees:
 *
 * - a record that cannot be decoded or processed goes to the dead-letter topic with the
 *   reason, and the worker goes on with the next one;
 * - offsets are committed only after every output of the records before them (dead letters
 *   included) is acknowledged by the brokers (acks=all), so a crash repeats at most the
 *   chunk in hand and never loses one;
 * - stop() finishes the chunk in hand, commits it, and disconnects.
 */
import type { Consumer, EachBatchPayload, ICustomPartitioner, Kafka, KafkaMessage, Message, Producer } from 'kafkajs';
import type { RecordName, RecordTypes } from '@spike/schemas';
import { isDeadLetterError, SpikeError, toSpikeError, type RecordCoordinates } from './errors.js';
import { deadLetterOf } from './dead-letter.js';
import type { Logger } from './logger.js';
import type { WorkerMetrics } from './metrics.js';
import type { WireFormat } from './wire/wire-format.js';

/** A record to write: already encoded by the handler with the same wire format. */
export interface OutgoingRecord {
  topic: string;
  key: string | Buffer | null;
  value: Buffer;
  /** Kafka message timestamp, ms since the epoch; default: the broker's append time rules. */
  timestampMs?: number;
}

/** What the loop knows of the record being handled. */
export interface SourceRecord extends RecordCoordinates {
  key: Buffer | null;
  timestampMs: number;
}

export interface StreamWorkerOptions<N extends RecordName> {
  /** Worker name: consumer group <groupPrefix>-<name>, log and metrics label. */
  name: string;
  kafka: Kafka;
  groupId: string;
  inputTopic: string;
  inputRecord: N;
  deadLetterTopic: string;
  wire: WireFormat;
  log: Logger;
  metrics: WorkerMetrics;
  /**
   * The worker's logic for one decoded record. Throw SpikeError('INVALID_RECORD', reason)
   * for a record that breaks a rule; anything else thrown is dead-lettered as
   * PROCESSING_FAILED unless it is a SpikeError whose disposition is retry or crash.
   */
  handle(record: RecordTypes[N], source: SourceRecord): OutgoingRecord[] | Promise<OutgoingRecord[]>;
  /** Records handled between two produce-and-commit steps. Smaller: less repeated work after a crash; larger: fewer round trips. */
  chunkSize?: number;
  /** Wall clock for DeadLetter.failed_at; injectable for tests. */
  nowMs?: () => number;
  /** Start from the earliest offset when the group has none (default true: a new group reads history). */
  fromBeginning?: boolean;
  /** How output records are spread over partitions (default: kafkajs's murmur2 of the key, as Java clients do). */
  partitioner?: ICustomPartitioner;
}

export interface StreamWorker {
  /** Connects and consumes until stop(); rejects if the consumer crashes for good. */
  run(): Promise<void>;
  stop(): Promise<void>;
  isReady(): boolean;
}

function coordinatesOf(topic: string, partition: number, message: KafkaMessage): SourceRecord {
  return { topic, partition, offset: message.offset, key: message.key, timestampMs: Number(message.timestamp) };
}

function groupByTopic(records: OutgoingRecord[]): { topic: string; messages: Message[] }[] {
  const byTopic = new Map<string, Message[]>();
  for (const r of records) {
    const messages = byTopic.get(r.topic) ?? [];
    messages.push({ key: r.key, value: r.value, ...(r.timestampMs !== undefined ? { timestamp: String(r.timestampMs) } : {}) });
    byTopic.set(r.topic, messages);
  }
  return [...byTopic].map(([topic, messages]) => ({ topic, messages }));
}

export function createStreamWorker<N extends RecordName>(options: StreamWorkerOptions<N>): StreamWorker {
  const { kafka, log, metrics, wire } = options;
  const chunkSize = options.chunkSize ?? 500;
  const nowMs = options.nowMs ?? Date.now;
  const consumer: Consumer = kafka.consumer({ groupId: options.groupId, allowAutoTopicCreation: false });
  const producer: Producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    ...(options.partitioner ? { createPartitioner: options.partitioner } : {}),
  });
  let joined = false;
  let running = false;
  let stopping = false;
  // The batch being processed: stop() waits for it itself, because kafkajs's disconnect()
  // does not wait for an eachBatch in progress, which left a handled chunk uncommitted.
  let inFlight: Promise<void> | undefined;
  let crashed: ((error: Error) => void) | undefined;
  let stopped: (() => void) | undefined;

  consumer.on(consumer.events.GROUP_JOIN, () => {
    joined = true;
  });
  consumer.on(consumer.events.CRASH, (event) => {
    joined = false;
    if (!event.payload.restart) crashed?.(event.payload.error);
  });

  async function handleOne(message: KafkaMessage, source: SourceRecord, out: OutgoingRecord[]): Promise<void> {
    try {
      if (message.value === null) throw new SpikeError('BAD_MAGIC', 'the record has no value (tombstone)');
      const record = await wire.decode(options.inputRecord, message.value);
      out.push(...(await options.handle(record, source)));
    } catch (thrown) {
      const error = toSpikeError(thrown, source);
      if (!isDeadLetterError(error)) throw error;
      const reason = error.code;
      const letter = deadLetterOf({ ...source, value: message.value }, reason, error.message, nowMs());
      out.push({ topic: options.deadLetterTopic, key: message.key, value: wire.encode('DeadLetter', letter) });
      metrics.deadLettered.inc({ topic: source.topic, reason });
      log.warn(
        { event: 'dead_lettered', topic: source.topic, partition: source.partition, offset: source.offset, reason, detail: error.message },
        'record dead-lettered',
      );
    }
  }

  async function produceAndCommit(out: OutgoingRecord[], topic: string, partition: number, lastOffset: string): Promise<void> {
    if (out.length > 0) {
      try {
        await producer.sendBatch({ topicMessages: groupByTopic(out), acks: -1 });
      } catch (error) {
        throw new SpikeError('OUTPUT_NOT_ACKNOWLEDGED', `could not write ${out.length} records: ${(error as Error).message}`, {
          cause: error,
        });
      }
      for (const r of out) metrics.produced.inc({ topic: r.topic });
    }
    await consumer.commitOffsets([{ topic, partition, offset: (BigInt(lastOffset) + 1n).toString() }]);
  }

  async function eachBatch(payload: EachBatchPayload): Promise<void> {
    const work = processBatch(payload);
    inFlight = work;
    try {
      await work;
    } finally {
      inFlight = undefined;
    }
  }

  async function processBatch(payload: EachBatchPayload): Promise<void> {
    const { batch } = payload;
    for (let start = 0; start < batch.messages.length; start += chunkSize) {
      // On stop or rebalance, leave the rest of the batch to whoever consumes next.
      if (stopping || !payload.isRunning() || payload.isStale()) return;
      const endTimer = metrics.chunkSeconds.startTimer();
      const chunk = batch.messages.slice(start, start + chunkSize);
      const out: OutgoingRecord[] = [];
      for (const message of chunk) {
        await handleOne(message, coordinatesOf(batch.topic, batch.partition, message), out);
      }
      metrics.consumed.inc({ topic: batch.topic }, chunk.length);
      const last = (chunk[chunk.length - 1] as KafkaMessage).offset;
      await produceAndCommit(out, batch.topic, batch.partition, last);
      payload.resolveOffset(last);
      await payload.heartbeat();
      endTimer();
    }
  }

  return {
    async run() {
      if (running) throw new Error(`worker ${options.name} is already running`);
      running = true;
      await wire.init();
      await producer.connect();
      await consumer.connect();
      await consumer.subscribe({ topics: [options.inputTopic], fromBeginning: options.fromBeginning ?? true });
      const done = new Promise<void>((resolve, reject) => {
        stopped = resolve;
        crashed = reject;
      });
      await consumer.run({ autoCommit: false, eachBatchAutoResolve: false, eachBatch });
      log.info({ event: 'started', topic: options.inputTopic, group: options.groupId }, 'consuming');
      return done;
    },
    async stop() {
      if (!running) return;
      running = false;
      joined = false;
      stopping = true;
      // Finish the chunk in hand (produce + commit), then leave the group.
      await inFlight?.catch(() => undefined);
      await consumer.disconnect();
      await producer.disconnect();
      log.info({ event: 'stopped' }, 'stopped');
      stopped?.();
    },
    isReady: () => running && joined,
  };
}
