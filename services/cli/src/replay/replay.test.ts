import { describe, expect, it } from 'vitest';
import type { SocialPost } from '@spike/schemas';
import type { ReplayItem } from './readers.js';
import { replayPosts, type PostSink, type ReplayClock } from './replay.js';

const T0 = Date.UTC(2022, 9, 25, 7, 0, 0);

function post(i: number, createdAt = T0 + i * 10): SocialPost {
  return {
    id: `p${i}`,
    text: `post ${i}`,
    created_at: createdAt,
    lang: null,
    author_id: null,
    author_location: null,
    geo_country: null,
    platform: 'x',
  };
}

/** The items as a source; `onRead` runs as each one is handed out. */
async function* itemsOf(items: ReplayItem[], onRead?: (index: number) => void): AsyncGenerator<ReplayItem> {
  for (const [index, item] of items.entries()) {
    onRead?.(index);
    yield item;
  }
}

/** Wall time that moves only when the replay sleeps. */
function fakeClock(): ReplayClock & { sleeps: number[] } {
  let now = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    nowMs: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}

/** A sink that remembers every batch and the wall time it was sent at. */
function recordingSink(clock: ReplayClock): PostSink & { batches: { atMs: number; ids: string[] }[] } {
  const batches: { atMs: number; ids: string[] }[] = [];
  return { batches, send: async (batch) => void batches.push({ atMs: clock.nowMs(), ids: batch.map((p) => p.id) }) };
}

describe('replayPosts', () => {
  it('sendsEveryGoodPostOnceInReadOrderInBatchesAndCountsTheBadOnes', async () => {
    const clock = fakeClock();
    const sink = recordingSink(clock);
    const items: ReplayItem[] = Array.from({ length: 2500 }, (_, i) => ({ lineNumber: i + 1, post: post(i) }));
    items.splice(10, 0, { lineNumber: 9999, error: 'not JSON' });
    items.push({ lineNumber: 10000, error: 'text: missing' });
    const bad: number[] = [];
    const summary = await replayPosts({
      source: { items: itemsOf(items) },
      sink,
      speed: 'max',
      clock,
      batchSize: 1000,
      onBadItem: (b) => bad.push(b.lineNumber),
    });
    expect(sink.batches.map((b) => b.ids.length)).toEqual([1000, 1000, 500]);
    expect(sink.batches.flatMap((b) => b.ids)).toEqual(Array.from({ length: 2500 }, (_, i) => `p${i}`));
    expect(bad).toEqual([9999, 10000]);
    expect(summary).toMatchObject({ posts: 2500, bad: 2, firstEventMs: T0, lastEventMs: T0 + 24_990, interrupted: false });
    expect(clock.sleeps).toEqual([]);
  });

  it('keepsAtMostMaxInFlightBatchesUnacknowledged', async () => {
    let inFlight = 0;
    let most = 0;
    const sink: PostSink = {
      send: async () => {
        most = Math.max(most, ++inFlight);
        await new Promise((resolve) => setTimeout(resolve, 2));
        inFlight--;
      },
    };
    const items = Array.from({ length: 200 }, (_, i): ReplayItem => ({ lineNumber: i + 1, post: post(i) }));
    const summary = await replayPosts({ source: { items: itemsOf(items) }, sink, speed: 'max', batchSize: 10, maxInFlight: 3 });
    expect(most).toBe(3);
    expect(summary.posts).toBe(200);
  });

  it('pacesPostsAtTheSpeedWithOneSleepPerGapNotPerPost', async () => {
    const clock = fakeClock();
    const sink = recordingSink(clock);
    const times = [0, 1000, 1000, 1005, 3000, 3000];
    const items = times.map((t, i): ReplayItem => ({ lineNumber: i + 1, post: post(i, T0 + t) }));
    await replayPosts({ source: { items: itemsOf(items) }, sink, speed: 2, clock });
    expect(sink.batches).toEqual([
      { atMs: 0, ids: ['p0'] },
      { atMs: 500, ids: ['p1', 'p2', 'p3'] },
      { atMs: 1500, ids: ['p4', 'p5'] },
    ]);
    expect(clock.sleeps).toEqual([500, 1000]);
  });

  it('neverSleepsAtMaxWhateverTheGaps', async () => {
    const clock = fakeClock();
    const sink = recordingSink(clock);
    const items = [0, 3_600_000, 7_200_000].map((t, i): ReplayItem => ({ lineNumber: i + 1, post: post(i, T0 + t) }));
    await replayPosts({ source: { items: itemsOf(items) }, sink, speed: 'max', clock });
    expect(clock.sleeps).toEqual([]);
    expect(sink.batches.flatMap((b) => b.ids)).toEqual(['p0', 'p1', 'p2']);
  });

  it('stopsReadingOnAbortAndStillSendsWhatWasRead', async () => {
    const abort = new AbortController();
    const clock = fakeClock();
    const sink = recordingSink(clock);
    const items = Array.from({ length: 100 }, (_, i): ReplayItem => ({ lineNumber: i + 1, post: post(i) }));
    let read = 0;
    const source = itemsOf(items, (index) => {
      read = index + 1;
      if (index === 41) abort.abort();
    });
    const summary = await replayPosts({ source: { items: source }, sink, speed: 'max', clock, signal: abort.signal, batchSize: 25 });
    expect(summary).toMatchObject({ posts: 42, interrupted: true });
    expect(sink.batches.flatMap((b) => b.ids)).toEqual(items.slice(0, 42).map((i) => ('post' in i ? i.post.id : '')));
    expect(read).toBe(42);
  });

  it('stopsAndThrowsWhenABatchIsNotAcknowledged', async () => {
    let sends = 0;
    const sink: PostSink = {
      send: async () => {
        if (++sends === 2) throw new Error('broker said no');
      },
    };
    let read = 0;
    const items = Array.from({ length: 1000 }, (_, i): ReplayItem => ({ lineNumber: i + 1, post: post(i) }));
    const replay = replayPosts({ source: { items: itemsOf(items, () => read++) }, sink, speed: 'max', batchSize: 10, maxInFlight: 1 });
    await expect(replay).rejects.toThrow('broker said no');
    expect(read).toBeLessThan(100);
  });
});
