/**
 * `spike worker detector`: complaints → anomalies, with its state on the compacted
 * detector.state changelog.
 *
 * One pure `Detector` per assigned partition of `complaints` (complaints are partitioned by
 * service, so a partition holds every country of its services). Before the first batch of a
 * partition, its detector is restored from the changelog records of the same partition number;
 * partitions taken away by a rebalance are dropped, and restored afresh if they come back.
 * Per chunk: decode (undecodable complaints, and ones with no service or author or an absurd
 * event time, to the DLQ), `add`, then produce the anomaly events and the
 * changed state (acks=all), and only then commit — not the chunk's end but the oldest
 * complaint still in an open window, because open windows are not state: a restart reads
 * those complaints again. Complaints read again whose windows had closed are recognised by
 * offset (below the restored position) and counted as replayed, not late.
 *
 * Quiet input: when a partition has had no complaint for DETECTOR_IDLE_MS, its watermark
 * follows the wall clock (minus that time and the allowed lateness), so windows close and
 * incidents resolve when posts stop.
 */
import type { Consumer, EachBatchPayload, Kafka, KafkaMessage, Message, Producer } from 'kafkajs';
import { DETECTOR_PARAMS_SCHEMA, type Anomaly, type Detector, type DetectorParams } from '@spike/detector';
import {
  createKafka,
  createWorkerMetrics,
  deadLetterOf,
  isDeadLetterError,
  SpikeError,
  readToEnd,
  runWithHealthServer,
  toSpikeError,
  type Logger,
  type SpikeConfig,
  type StreamWorker,
  type WireFormat,
} from '@spike/runtime';
import type { Complaint } from '@spike/schemas';
import { Counter } from 'prom-client';
import { timeProblem } from './classifier-worker.js';
import { restoreDetector, stateRecords, type StateRecord } from './detector-state.js';
import { idleAdvances } from './idle-clock.js';

export interface DetectorWorkerOptions {
  config: SpikeConfig;
  log: Logger;
  wire: WireFormat;
  /** Default: DETECTOR_PARAMS from the config. */
  params?: DetectorParams;
  nowMs?: () => number;
  /** Records handled between two produce-and-commit steps. */
  chunkSize?: number;
}

/** The detector parameters of the config, checked against the detector's own schema. */
export function detectorParamsOf(config: SpikeConfig): DetectorParams {
  let overrides: unknown;
  try {
    overrides = JSON.parse(config.detector.paramsJson);
  } catch (error) {
    throw new SpikeError('CONFIG_INVALID', `DETECTOR_PARAMS is not JSON: ${(error as Error).message}`);
  }
  const parsed = DETECTOR_PARAMS_SCHEMA.safeParse(overrides);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(params)'}: ${issue.message}`);
    throw new SpikeError('CONFIG_INVALID', `invalid DETECTOR_PARAMS:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** Why a decoded complaint cannot be counted, or undefined: no service or author, or an absurd event time. */
export function complaintProblem(complaint: Complaint, nowMs: number): string | undefined {
  if (complaint.service.trim() === '') return 'complaint has no service';
  if (complaint.author_key.trim() === '') return 'complaint has no author_key';
  return timeProblem('event_time', complaint.event_time, nowMs);
}

interface PartitionTask {
  detector: Detector;
  /** Offsets below this were processed before the restore: a late result there is a replay. */
  restoredPosition: number;
  lastInputAtMs: number;
}

function detectorMetrics() {
  const metrics = createWorkerMetrics('detector');
  const counter = (name: string, help: string, labelNames: string[] = []) =>
    new Counter({ name, help, labelNames, registers: [metrics.registry] });
  return {
    ...metrics,
    late: counter('spike_detector_late_complaints_total', 'Complaints for a window already closed: dropped.'),
    replayed: counter(
      'spike_detector_replayed_complaints_total',
      'Records read again after a restore that were already handled: complaints whose windows had closed, bad records already dead-lettered.',
    ),
    events: counter('spike_detector_events_total', 'Anomaly events produced, by status.', ['status']),
    restores: counter('spike_detector_restores_total', 'Partitions restored from the changelog.'),
  };
}

export function createDetectorWorker(options: DetectorWorkerOptions): {
  worker: StreamWorker;
  metrics: ReturnType<typeof detectorMetrics>;
} {
  const { config, log, wire } = options;
  const params = options.params ?? detectorParamsOf(config);
  const nowMs = options.nowMs ?? Date.now;
  const chunkSize = options.chunkSize ?? 500;
  const topics = config.topics;
  const metrics = detectorMetrics();
  const kafka: Kafka = createKafka(config.kafka, 'detector', log);
  const groupId = `${config.kafka.groupPrefix}-detector`;
  const consumer: Consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false });
  const producer: Producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
  const tasks = new Map<number, PartitionTask>();
  let assigned: number[] = [];
  let running = false;
  let joined = false;
  let stopping = false;
  let idleTimer: NodeJS.Timeout | undefined;
  // One thing at a time: batches, idle ticks and stop() take turns on the detectors.
  let turn: Promise<unknown> = Promise.resolve();
  const exclusively = <T>(work: () => Promise<T>): Promise<T> => {
    const next = turn.then(work, work);
    turn = next.catch(() => undefined);
    return next;
  };
  let crashed: ((error: Error) => void) | undefined;
  let stopped: (() => void) | undefined;

  consumer.on(consumer.events.GROUP_JOIN, (event) => {
    joined = true;
    assigned = event.payload.memberAssignment[topics.complaints] ?? [];
    // Partitions given to another instance: their state moves on there; restore afresh if they come back.
    for (const partition of [...tasks.keys()]) if (!assigned.includes(partition)) tasks.delete(partition);
    log.info({ event: 'assigned', partitions: assigned }, 'partitions assigned');
  });
  consumer.on(consumer.events.CRASH, (event) => {
    joined = false;
    if (!event.payload.restart) crashed?.(event.payload.error);
  });

  async function restore(partitions: number[]): Promise<void> {
    const records = await readChangelog(kafka, topics.detectorState, new Set(partitions), wire, config.kafka.groupPrefix);
    for (const partition of partitions) {
      const detector = restoreDetector(params, records.get(partition) ?? []);
      const restoredPosition = detector.inputPosition;
      tasks.set(partition, { detector, restoredPosition, lastInputAtMs: nowMs() });
      metrics.restores.inc();
      log.info(
        { event: 'restored', partition, keys: detector.keyCount, records: records.get(partition)?.length ?? 0 },
        'partition state restored',
      );
    }
  }

  async function taskFor(partition: number): Promise<PartitionTask> {
    if (!tasks.has(partition)) await restore([...new Set([partition, ...assigned.filter((p) => !tasks.has(p))])]);
    return tasks.get(partition) as PartitionTask;
  }

  /**
   * The complaint in a message, or undefined for a bad one: dead-lettered, unless it was already
   * dead-lettered before a restore (read again from an older commit), which counts as replayed.
   */
  async function decode(message: KafkaMessage, partition: number, task: PartitionTask, out: Message[]): Promise<Complaint | undefined> {
    const source = { topic: topics.complaints, partition, offset: message.offset };
    try {
      if (message.value === null) throw new SpikeError('BAD_MAGIC', 'the record has no value (tombstone)');
      const complaint = await wire.decode('Complaint', message.value);
      const problem = complaintProblem(complaint, nowMs());
      if (problem) throw new SpikeError('INVALID_RECORD', problem);
      return complaint;
    } catch (thrown) {
      const error = toSpikeError(thrown, source);
      if (!isDeadLetterError(error)) throw error;
      const offset = Number(message.offset);
      // Bad records move the input position too, so a restore knows they were handled.
      task.detector.markSeen(offset);
      if (offset < task.restoredPosition) {
        metrics.replayed.inc();
        return undefined;
      }
      const letter = deadLetterOf({ ...source, key: message.key, value: message.value }, error.code, error.message, nowMs());
      out.push({ key: message.key, value: wire.encode('DeadLetter', letter) });
      metrics.deadLettered.inc({ topic: source.topic, reason: error.code });
      log.warn({ event: 'dead_lettered', ...source, reason: error.code, detail: error.message }, 'record dead-lettered');
      return undefined;
    }
  }

  function outputs(partition: number, task: PartitionTask, events: readonly Anomaly[]): { topic: string; messages: Message[] }[] {
    for (const e of events) metrics.events.inc({ status: e.status });
    const anomalies = events.map((e) => ({ key: e.incident_id, value: wire.encode('Anomaly', e), timestamp: String(e.window_end) }));
    const state = stateRecords(partition, task.detector.paramsVersion, task.detector.takeChanges()).map((r: StateRecord) => ({
      key: r.key,
      value: r.value === null ? null : wire.encode('DetectorState', r.value),
      partition,
    }));
    return [
      { topic: topics.anomalies, messages: anomalies },
      { topic: topics.detectorState, messages: state },
    ];
  }

  async function produceAndCommit(
    partition: number,
    task: PartitionTask,
    events: readonly Anomaly[],
    deadLetters: Message[],
  ): Promise<void> {
    const topicMessages = [...outputs(partition, task, events), { topic: topics.postsDlq, messages: deadLetters }].filter(
      (t) => t.messages.length > 0,
    );
    try {
      await producer.sendBatch({ topicMessages, acks: -1 });
    } catch (error) {
      throw new SpikeError('OUTPUT_NOT_ACKNOWLEDGED', `could not write detector output: ${(error as Error).message}`, { cause: error });
    }
    for (const t of topicMessages) metrics.produced.inc({ topic: t.topic }, t.messages.length);
    await consumer.commitOffsets([{ topic: topics.complaints, partition, offset: String(task.detector.oldestOpenPosition()) }]);
  }

  async function processChunk(partition: number, task: PartitionTask, chunk: KafkaMessage[]): Promise<void> {
    const events: Anomaly[] = [];
    const deadLetters: Message[] = [];
    for (const message of chunk) {
      const complaint = await decode(message, partition, task, deadLetters);
      if (!complaint) continue;
      const offset = Number(message.offset);
      const lateBefore = task.detector.counters.late;
      events.push(...task.detector.add(complaint, offset));
      if (task.detector.counters.late > lateBefore) (offset < task.restoredPosition ? metrics.replayed : metrics.late).inc();
    }
    task.lastInputAtMs = nowMs();
    metrics.consumed.inc({ topic: topics.complaints }, chunk.length);
    await produceAndCommit(partition, task, events, deadLetters);
  }

  async function eachBatch(payload: EachBatchPayload): Promise<void> {
    await exclusively(async () => {
      const { batch } = payload;
      const task = await taskFor(batch.partition);
      for (let start = 0; start < batch.messages.length; start += chunkSize) {
        if (stopping || !payload.isRunning() || payload.isStale() || !tasks.has(batch.partition)) return;
        const endTimer = metrics.chunkSeconds.startTimer();
        const chunk = batch.messages.slice(start, start + chunkSize);
        await processChunk(batch.partition, task, chunk);
        payload.resolveOffset((chunk[chunk.length - 1] as KafkaMessage).offset);
        await payload.heartbeat();
        endTimer();
      }
    });
  }

  /** Quiet partitions: let the stream time of the others, or the wall clock, move their watermark. */
  async function idleTick(): Promise<void> {
    await exclusively(async () => {
      if (stopping) return;
      const clocks = [...tasks].map(([partition, task]) => ({
        partition,
        watermark: task.detector.watermark,
        lastInputAtMs: task.lastInputAtMs,
      }));
      for (const [partition, watermark] of idleAdvances(clocks, nowMs(), config.detector.idleMs, params.allowedLatenessMs)) {
        const task = tasks.get(partition) as PartitionTask;
        const before = task.detector.processedThrough;
        const events = task.detector.advanceTo(watermark);
        if (task.detector.processedThrough !== before) await produceAndCommit(partition, task, events, []);
      }
    }).catch((error: unknown) => log.error({ event: 'idle_tick_failed', err: error }, 'idle watermark advance failed'));
  }

  return {
    worker: {
      async run() {
        if (running) throw new Error('detector worker is already running');
        running = true;
        await wire.init();
        await producer.connect();
        await consumer.connect();
        await consumer.subscribe({ topics: [topics.complaints], fromBeginning: true });
        const done = new Promise<void>((resolve, reject) => {
          stopped = resolve;
          crashed = reject;
        });
        await consumer.run({ autoCommit: false, eachBatchAutoResolve: false, eachBatch });
        idleTimer = setInterval(() => void idleTick(), Math.max(250, Math.min(5000, config.detector.idleMs / 2)));
        log.info(
          { event: 'started', topic: topics.complaints, group: groupId, paramsVersion: [...tasks.values()][0]?.detector.paramsVersion },
          'consuming',
        );
        return done;
      },
      async stop() {
        if (!running) return;
        running = false;
        joined = false;
        stopping = true;
        clearInterval(idleTimer);
        // Let the chunk in hand finish (produce + commit), then leave the group.
        await exclusively(async () => undefined);
        await consumer.disconnect();
        await producer.disconnect();
        log.info({ event: 'stopped' }, 'stopped');
        stopped?.();
      },
      isReady: () => running && joined,
    },
    metrics,
  };
}

/**
 * Every record of the given partitions of the changelog, in log order, read to the end it
 * had when we asked. kafkajs cannot assign partitions by hand, so a throwaway consumer group
 * reads the topic from the beginning and keeps what it needs; the group is deleted after.
 */
export async function readChangelog(
  kafka: Kafka,
  topic: string,
  partitions: ReadonlySet<number>,
  wire: WireFormat,
  groupPrefix: string,
): Promise<Map<number, StateRecord[]>> {
  const records = new Map<number, StateRecord[]>();
  await readToEnd(kafka, {
    topic,
    partitions,
    groupPrefix,
    purpose: 'detector-restore',
    onRecord: async (partition, message) => {
      const value = message.value === null ? null : await wire.decode('DetectorState', message.value);
      const list = records.get(partition) ?? [];
      list.push({ key: message.key?.toString() ?? '', value: value });
      records.set(partition, list);
    },
  });
  return records;
}

/** Starts the worker with its health server; `done` resolves when it stops. */
export async function runDetectorWorker(options: DetectorWorkerOptions): Promise<{ worker: StreamWorker; done: Promise<void> }> {
  const { worker, metrics } = createDetectorWorker(options);
  return runWithHealthServer(worker, metrics.registry, options.config.http, options.log);
}
