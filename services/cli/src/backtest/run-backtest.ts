/**
 * The in-process backtest: the classifier worker's and the detector worker's code, without
 * Kafka. Each post is validated and classified exactly as `spike worker classifier` does, its
 * complaints are checked as `spike worker detector` does and routed by the same partitioner to
 * one detector per complaints partition. Event time alone drives the detectors; after the last
 * post, time runs on for `drainMs` with no input, as the live worker's idle clock would let it,
 * so incidents still open can recover and resolve.
 */
import { createClassifier, type Classifier } from '@spike/classifier';
import { buildReport, PartitionedDetectors, SeriesRecorder, type BacktestReport, type IncidentLabel } from '@spike/backtest';
import type { Anomaly, DetectorParams } from '@spike/detector';
import type { SocialPost } from '@spike/schemas';
import { complaintsOf, invalidPostReason, servicePartitioner } from '../workers/classifier-worker.js';
import { complaintProblem } from '../workers/detector-worker.js';

export const DEFAULT_DRAIN_MS = 60 * 60_000;

export interface BacktestOptions {
  params: DetectorParams;
  labels: IncidentLabel[];
  /** Partitions of the complaints topic the workers would use. */
  partitions: number;
  classifier?: Classifier;
  drainMs?: number;
  /** Keep observed vs expected per key for charts (memory grows with the complaints). */
  recordSeries?: boolean;
  /** Called with each anomaly event as it is produced (the CLI streams anomalies.jsonl). */
  onEvent?: (event: Anomaly) => void;
  /** Called every `progressEvery` posts and at the end. */
  onProgress?: (progress: BacktestProgress) => void;
  progressEvery?: number;
  /** Input lines the reader skipped before runBacktest saw them (for the report). */
  badLines?: () => number;
  /** The clock for the workers' "not more than a day in the future" rule. */
  nowMs?: () => number;
}

export interface BacktestProgress {
  posts: number;
  complaints: number;
  events: number;
  /** Event time of the latest post read (ms), -Infinity before any. */
  eventTime: number;
  done: boolean;
}

export interface BacktestResult {
  report: BacktestReport;
  events: Anomaly[];
  series: SeriesRecorder | undefined;
}

/** The kafkajs partition of a service's complaints among `partitions`, as the classifier worker writes them. */
export function complaintPartitionOf(partitions: number): (service: string) => number {
  const partition = servicePartitioner('complaints')();
  const partitionMetadata = Array.from({ length: partitions }, (_, partitionId) => ({
    partitionErrorCode: 0,
    partitionId,
    leader: 0,
    replicas: [0],
    isr: [0],
  }));
  return (service) => partition({ topic: 'complaints', partitionMetadata, message: { key: `${service}|*`, value: null } });
}

export async function runBacktest(
  posts: AsyncIterable<SocialPost> | Iterable<SocialPost>,
  options: BacktestOptions,
): Promise<BacktestResult> {
  const classifier = options.classifier ?? createClassifier();
  const nowMs = options.nowMs ?? Date.now;
  const series = options.recordSeries ? new SeriesRecorder() : undefined;
  const detectors = new PartitionedDetectors({
    params: options.params,
    partitions: options.partitions,
    partitionOf: complaintPartitionOf(options.partitions),
    hooks: series?.hooks,
  });
  const events: Anomaly[] = [];
  const emit = (produced: readonly Anomaly[]): void => {
    for (const event of produced) {
      events.push(event);
      options.onEvent?.(event);
    }
  };
  const progress: BacktestProgress = { posts: 0, complaints: 0, events: 0, eventTime: -Infinity, done: false };
  const every = options.progressEvery ?? 50_000;
  let invalidPosts = 0;
  let from = Infinity;
  const handle = (post: SocialPost): void => {
    progress.posts++;
    progress.eventTime = Math.max(progress.eventTime, post.created_at);
    if (invalidPostReason(post, nowMs())) {
      invalidPosts++;
      return;
    }
    from = Math.min(from, post.created_at);
    for (const complaint of complaintsOf(post, classifier.classify(post))) {
      if (complaintProblem(complaint, nowMs())) continue;
      progress.complaints++;
      emit(detectors.add(complaint));
    }
    if (progress.posts % every === 0) options.onProgress?.({ ...progress, events: events.length });
  };
  // `for await` over an array or generator would cost a promise and a microtask per post.
  if (Symbol.asyncIterator in posts) for await (const post of posts) handle(post);
  else for (const post of posts) handle(post);
  const to = progress.eventTime;
  if (Number.isFinite(to)) emit(detectors.advanceTo(to + (options.drainMs ?? DEFAULT_DRAIN_MS)));
  options.onProgress?.({ ...progress, events: events.length, done: true });
  const report = buildReport({
    labels: options.labels,
    events,
    paramsVersion: detectors.paramsVersion,
    posts: progress.posts,
    badLines: options.badLines?.() ?? 0,
    invalidPosts,
    complaints: progress.complaints,
    lateComplaints: detectors.counters.late,
    from,
    to,
    keys: detectors.keyCount,
    warmUpMs: options.params.warmUpMs,
  });
  return { report, events, series };
}
