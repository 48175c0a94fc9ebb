import { describe, expect, it } from 'vitest';
import { idleAdvances } from './idle-clock.js';

const NOW = Date.UTC(2026, 10, 26, 12);
const IDLE = 30_000;
const LATENESS = 30_000;
const REPLAYED = Date.UTC(2022, 9, 25, 7); // a replay of old posts: stream time years behind the clock

describe('idleAdvances', () => {
  it('moves a quiet partition to the stream time of the partitions still getting input, not to the wall clock', () => {
    const advances = idleAdvances(
      [
        { partition: 0, watermark: REPLAYED + 3_600_000, lastInputAtMs: NOW - 1_000 },
        { partition: 1, watermark: REPLAYED, lastInputAtMs: NOW - 60_000 },
        { partition: 2, watermark: REPLAYED + 60_000, lastInputAtMs: NOW - 2_000 },
      ],
      NOW,
      IDLE,
      LATENESS,
    );
    expect([...advances]).toEqual([[1, REPLAYED + 3_600_000]]);
  });

  it('lets the wall clock (less idleness and lateness) move every partition once all are quiet', () => {
    const advances = idleAdvances(
      [
        { partition: 0, watermark: REPLAYED, lastInputAtMs: NOW - 40_000 },
        { partition: 3, watermark: REPLAYED - 5, lastInputAtMs: NOW - 90_000 },
      ],
      NOW,
      IDLE,
      LATENESS,
    );
    expect([...advances]).toEqual([
      [0, NOW - IDLE - LATENESS],
      [3, NOW - IDLE - LATENESS],
    ]);
  });

  it('leaves alone a partition that never had input, and never moves a watermark back', () => {
    const advances = idleAdvances(
      [
        { partition: 0, watermark: -Infinity, lastInputAtMs: NOW - 600_000 },
        { partition: 1, watermark: NOW, lastInputAtMs: NOW - 600_000 },
        { partition: 2, watermark: REPLAYED, lastInputAtMs: NOW - 10 },
      ],
      NOW,
      IDLE,
      LATENESS,
    );
    expect(advances.size).toBe(0);
  });
});
