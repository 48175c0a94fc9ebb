import { describe, expect, it } from 'vitest';
import type { SocialPost } from '@spike/schemas';
import { etaMs, formatDuration, progressLine, RATE_WINDOW_MS, ReplayProgress, summaryText } from './progress.js';

const T0 = Date.UTC(2022, 9, 25, 7, 0, 0);
const posts = (n: number, fromMs: number): SocialPost[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    text: 't',
    created_at: fromMs + i * 1000,
    lang: null,
    author_id: null,
    author_location: null,
    geo_country: null,
    platform: 'x',
  }));

describe('ReplayProgress', () => {
  it('countsPostsAndBadLinesAndTracksTheEventTimeReached', () => {
    const progress = new ReplayProgress(1_000);
    progress.sent(posts(3, T0), 2_000);
    progress.skipped();
    const p = progress.snapshot(2_000);
    expect(p).toMatchObject({ posts: 3, bad: 1, eventTimeMs: T0 + 2000, elapsedMs: 1_000, fraction: undefined, etaMs: undefined });
    expect(p.postsPerSecond).toBe(3);
  });

  it('measuresTheLiveRateOverTheRecentWindowOnly', () => {
    const progress = new ReplayProgress(0);
    progress.sent(posts(1000, T0), 1_000); // a fast first second
    for (let t = 2_000; t <= 20_000; t += 1_000) progress.sent(posts(10, T0), t); // then 10 posts/s
    expect(progress.snapshot(20_000).postsPerSecond).toBe(10);
    expect(RATE_WINDOW_MS).toBe(5_000);
  });

  it('estimatesTheTimeLeftFromTheShareOfBytesRead', () => {
    const progress = new ReplayProgress(0);
    expect(progress.snapshot(10_000, 250, 1_000)).toMatchObject({ fraction: 0.25, etaMs: 30_000 });
    expect(progress.snapshot(10_000, 1_000, 1_000)).toMatchObject({ fraction: 1, etaMs: 0 });
    expect(progress.snapshot(10_000, 0, 1_000)).toMatchObject({ fraction: 0, etaMs: undefined });
    expect(etaMs(10_000, undefined)).toBeUndefined();
  });

  it('summarisesTheRangeOfEventTimesAndTheWholeRunRate', () => {
    const progress = new ReplayProgress(0);
    progress.sent(posts(2, T0 + 5_000), 500);
    progress.sent(posts(2, T0), 1_000); // out of order: the range still covers both
    const summary = progress.summary(2_000, false);
    expect(summary).toEqual({
      posts: 4,
      bad: 0,
      firstEventMs: T0,
      lastEventMs: T0 + 6_000,
      wallMs: 2_000,
      postsPerSecond: 2,
      interrupted: false,
    });
    expect(summaryText(summary, 'line')).toBe(
      [
        'replay done: 4 posts sent, 0 bad lines skipped',
        '  event time 2022-10-25T07:00:00Z .. 2022-10-25T07:00:06Z',
        '  wall time 2.0 s, 2 posts/s',
      ].join('\n'),
    );
  });

  it('summarisesAnEmptyRun', () => {
    const summary = new ReplayProgress(0).summary(0, true);
    expect(summary).toMatchObject({ posts: 0, firstEventMs: undefined, postsPerSecond: 0, interrupted: true });
    expect(summaryText(summary, 'record')).toContain('replay interrupted: 0 posts sent, 0 bad records skipped');
    expect(summaryText(summary, 'record')).toContain('event time - .. -');
  });
});

describe('formatting', () => {
  it('writesDurationsCompactly', () => {
    expect(formatDuration(42_000)).toBe('42s');
    expect(formatDuration(125_000)).toBe('2m05s');
    expect(formatDuration(3_723_000)).toBe('1h02m03s');
    expect(formatDuration(-5)).toBe('0s');
  });

  it('writesAPlainProgressLine', () => {
    expect(
      progressLine({ posts: 1200, bad: 2, postsPerSecond: 399.6, eventTimeMs: T0, fraction: 0.5, etaMs: 3_000, elapsedMs: 3_000 }),
    ).toBe('1200 posts, 2 bad, 400 posts/s, event time 2022-10-25T07:00:00Z, 50% read, ETA 3s');
  });
});
