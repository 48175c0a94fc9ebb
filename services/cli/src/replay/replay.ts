/**
 * The replay loop, free of Kafka: read posts from a source, pace them, hand them in batches
 * to a sink with a bounded number of batches in flight, count everything. The CLI and the
 * in-process demo both call `replayPosts`; `createKafkaPostSink` is the Kafka edge.
 *
 * Nothing read is dropped: every good post goes to the sink, every bad one to `onBadItem`
 * and the count. On abort the loop stops reading, waits for what it has read to be
 * acknowledged, and returns the summary with `interrupted: true`. A failed send stops the
 * replay: the error is thrown after the batches already in flight have settled.
 */
import type { SocialPost } from '@spike/schemas';
import { createPacer, type ReplaySpeed } from './pacing.js';
import { ReplayProgress, type ReplaySummary } from './progress.js';
import type { PostSource, ReplayItem } from './readers.js';

/** Where the posts go: one call per batch, resolved when the batch is acknowledged. */
export interface PostSink {
  send(batch: readonly SocialPost[]): Promise<void>;
}

/** Wall time, and waiting on it; the system clock by default, a fake one in tests. */
export interface ReplayClock {
  nowMs(): number;
  /** Resolves after `ms`, or early when the signal aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: ReplayClock = {
  nowMs: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      if (signal?.aborted) return resolve();
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      }
      signal?.addEventListener('abort', done, { once: true });
    }),
};

/**
 * Posts per send: big enough that a request carries real work, small enough to stay far below
 * 1 MiB requests (kafkajs also groups a batch by partition in time quadratic in its size).
 * 2000 with 8 in flight was the fastest of 500–5000 × 4–16 in test/bench/replay.mjs.
 */
export const DEFAULT_BATCH_SIZE = 2000;
/** Batches awaiting acknowledgement at once: with acks=all the round trip, not the client, is the limit. */
export const DEFAULT_MAX_IN_FLIGHT = 8;

export interface ReplayOptions {
  source: Pick<PostSource, 'items'> & Partial<Pick<PostSource, 'bytesRead' | 'totalBytes'>>;
  sink: PostSink;
  /** N times real time, or 'max' for as fast as the sink takes them. */
  speed: ReplaySpeed;
  clock?: ReplayClock;
  /** Aborting stops the reading; what was read is still sent. */
  signal?: AbortSignal;
  batchSize?: number;
  maxInFlight?: number;
  /** Each bad line or record, as it is skipped. */
  onBadItem?: (item: Extract<ReplayItem, { error: string }>) => void;
  /** The progress counter to use (pass one to watch it while the replay runs). */
  progress?: ReplayProgress;
}

interface InFlight {
  batch: readonly SocialPost[];
  settled: Promise<void>;
  done: boolean;
}

export async function replayPosts(options: ReplayOptions): Promise<ReplaySummary> {
  const { source, sink, signal } = options;
  const clock = options.clock ?? systemClock;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const maxInFlight = options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT;
  const progress = options.progress ?? new ReplayProgress(clock.nowMs());
  const pacer = createPacer(options.speed);
  const inFlight: InFlight[] = [];
  let failure: { error: unknown } | undefined;
  let batch: SocialPost[] = [];

  // Acknowledgements are counted in send order, so "event time reached" never goes back.
  const settleOldest = async () => {
    const oldest = inFlight.shift() as InFlight;
    await oldest.settled;
    if (!failure) progress.sent(oldest.batch, clock.nowMs());
  };
  const settleDone = async () => {
    while (inFlight[0]?.done) await settleOldest();
  };
  const settleAll = async () => {
    while (inFlight.length > 0) await settleOldest();
  };
  const dispatch = async () => {
    if (batch.length === 0) return;
    const entry: InFlight = { batch, settled: Promise.resolve(), done: false };
    entry.settled = sink.send(batch).then(
      () => void (entry.done = true),
      (error: unknown) => {
        entry.done = true;
        failure ??= { error };
      },
    );
    inFlight.push(entry);
    batch = [];
    await settleDone();
    if (inFlight.length >= maxInFlight) await settleOldest();
  };

  for await (const item of source.items) {
    if ('error' in item) {
      progress.skipped();
      options.onBadItem?.(item);
    } else {
      const waitMs = pacer.waitMs(item.post.created_at, clock.nowMs());
      if (waitMs > 0) {
        // Idle until the post is due: send what is due now and let it be acknowledged first.
        await dispatch();
        await settleAll();
        await clock.sleep(waitMs, signal);
      }
      batch.push(item.post);
      if (batch.length >= batchSize) await dispatch();
    }
    if (failure || signal?.aborted) break;
  }
  if (!failure) await dispatch();
  await settleAll();
  if (failure) throw failure.error;
  return progress.summary(clock.nowMs(), signal?.aborted ?? false);
}
