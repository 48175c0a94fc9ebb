/**
 * `spike worker classifier`: posts.raw → complaints. Decodes each SocialPost, rejects the
 * ones no classifier should see (missing or oversize text, absurd timestamps) as
 * INVALID_RECORD dead letters, classifies the rest and writes one Complaint per service
 * named, keyed service|country ('*' when the country is unknown), with the post's time as
 * the message timestamp. The consume loop (runtime) owns offsets, DLQ and shutdown.
 */
import { hash } from 'node:crypto';
import { Partitioners, type ICustomPartitioner } from 'kafkajs';
import { createClassifier, type Classification, type Classifier } from '@spike/classifier';
import {
  createKafka,
  createStreamWorker,
  createWorkerMetrics,
  SpikeError,
  runWithHealthServer,
  type Logger,
  type OutgoingRecord,
  type SpikeConfig,
  type StreamWorker,
  type WireFormat,
} from '@spike/runtime';
import type { Complaint, SocialPost } from '@spike/schemas';

/** Posts longer than this many bytes of UTF-8 are dead-lettered, not classified. */
export const MAX_TEXT_BYTES = 64 * 1024;
/** Nothing we read predates this (2006-01-01, the year the first microblogs opened). */
export const EARLIEST_POST_MS = Date.UTC(2006, 0, 1);
/** Clocks drift and time zones get mangled, but a post from over a day ahead is bad data. */
export const MAX_FUTURE_SKEW_MS = 24 * 3600 * 1000;

/** Why a decoded post cannot be classified, or undefined when it can. */
export function invalidPostReason(post: SocialPost, nowMs: number): string | undefined {
  if (post.id.trim() === '') return 'post id is empty';
  if (post.text.trim() === '') return 'post text is missing (empty)';
  // A UTF-16 code unit is at most 3 bytes of UTF-8: most posts need no count.
  const bytes = post.text.length * 3 <= MAX_TEXT_BYTES ? 0 : Buffer.byteLength(post.text, 'utf8');
  if (bytes > MAX_TEXT_BYTES) return `post text is ${bytes} bytes, over the ${MAX_TEXT_BYTES}-byte limit`;
  return timeProblem('created_at', post.created_at, nowMs);
}

/**
 * Why a record's time cannot be trusted (before 2006, or more than a day ahead of the clock),
 * or undefined. Posts and complaints share the rule: one absurd time would move a detector's
 * watermark and make every later complaint late.
 */
export function timeProblem(field: string, timeMs: number, nowMs: number): string | undefined {
  if (!Number.isFinite(timeMs) || timeMs < EARLIEST_POST_MS) return `${field} ${new Date(timeMs).toISOString()} is before 2006-01-01`;
  if (timeMs > nowMs + MAX_FUTURE_SKEW_MS) return `${field} ${new Date(timeMs).toISOString()} is more than a day in the future`;
  return undefined;
}

/** A stable pseudonymous author key: distinct authors can be counted without keeping ids. */
export function authorKey(post: Pick<SocialPost, 'platform' | 'author_id' | 'id'>): string {
  const who = post.author_id ? `${post.platform}:${post.author_id}` : `post:${post.id}`;
  // One-shot hash (Node ≥ 20.12): a third of createHash's cost, the same digest.
  return hash('sha256', who, 'base64url').slice(0, 16);
}

/** The Complaint records of one classified post: one per service, none when it is not a complaint. */
export function complaintsOf(post: SocialPost, result: Classification): Complaint[] {
  if (!result.complaint) return [];
  const author = authorKey(post);
  return result.services.map((service) => ({
    post_id: post.id,
    event_time: post.created_at,
    service,
    country: result.country,
    country_source: result.countrySource,
    language: result.language,
    symptom: result.symptom,
    confidence: result.confidence,
    platform: post.platform,
    author_key: author,
  }));
}

export function complaintKey(complaint: Pick<Complaint, 'service' | 'country'>): string {
  return `${complaint.service}|${complaint.country ?? '*'}`;
}

/**
 * Complaints are keyed service|country but partitioned by service alone (murmur2 of the
 * service, as Kafka's default partitioner hashes a key): one detector instance then sees every
 * country of a service, which the worldwide service|* count and multi-country incidents need.
 * Other topics keep the default.
 */
export function servicePartitioner(complaintsTopic: string): ICustomPartitioner {
  return () => {
    const byKey = Partitioners.DefaultPartitioner();
    return ({ topic, partitionMetadata, message }) => {
      if (topic !== complaintsTopic || message.key === null || message.key === undefined)
        return byKey({ topic, partitionMetadata, message });
      const key = message.key.toString();
      return byKey({ topic, partitionMetadata, message: { ...message, key: key.slice(0, key.lastIndexOf('|')) } });
    };
  };
}

export interface ClassifierWorkerOptions {
  config: SpikeConfig;
  log: Logger;
  wire: WireFormat;
  classifier?: Classifier;
  nowMs?: () => number;
}

export function createClassifierWorker(options: ClassifierWorkerOptions): {
  worker: StreamWorker;
  metrics: ReturnType<typeof createWorkerMetrics>;
} {
  const { config, log, wire } = options;
  const classifier = options.classifier ?? createClassifier();
  const nowMs = options.nowMs ?? Date.now;
  const metrics = createWorkerMetrics('classifier');
  const handle = (post: SocialPost): OutgoingRecord[] => {
    const reason = invalidPostReason(post, nowMs());
    if (reason) throw new SpikeError('INVALID_RECORD', reason);
    return complaintsOf(post, classifier.classify(post)).map((complaint) => ({
      topic: config.topics.complaints,
      key: complaintKey(complaint),
      value: wire.encode('Complaint', complaint),
      timestampMs: complaint.event_time,
    }));
  };
  const worker = createStreamWorker({
    name: 'classifier',
    kafka: createKafka(config.kafka, 'classifier', log),
    groupId: `${config.kafka.groupPrefix}-classifier`,
    inputTopic: config.topics.postsRaw,
    inputRecord: 'SocialPost',
    deadLetterTopic: config.topics.postsDlq,
    wire,
    log,
    metrics,
    handle,
    nowMs,
    partitioner: servicePartitioner(config.topics.complaints),
  });
  return { worker, metrics };
}

/** Starts the worker with its health server; `done` resolves when it stops. */
export async function runClassifierWorker(options: ClassifierWorkerOptions): Promise<{ worker: StreamWorker; done: Promise<void> }> {
  const { worker, metrics } = createClassifierWorker(options);
  return runWithHealthServer(worker, metrics.registry, options.config.http, options.log);
}
