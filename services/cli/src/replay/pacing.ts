/**
 * When to send each post of a replay at N times real time: post i is due at
 * wallStart + (t_i − t_0) / N, where t_0 is the first post's event time and wallStart the wall
 * time it was sent. Pure: times come in as numbers.
 *
 * Sleeps are batched: a post due less than `minSleepMs` from now goes out now, with whatever
 * else is due, so a dense stream sleeps at most 1000 / minSleepMs times a second, never once a
 * post. Posts that are out of order (earlier than t_0 or than a post before them) are due in
 * the past and go at once. `max` never waits.
 */
export type ReplaySpeed = number | 'max';

/** Shortest sleep worth a timer, ms: posts due sooner are sent early by at most this much. */
export const DEFAULT_MIN_SLEEP_MS = 20;

export interface Pacer {
  /** How long to wait before sending a post with this event time, ms (0: send now). */
  waitMs(eventMs: number, nowMs: number): number;
}

export function createPacer(speed: ReplaySpeed, minSleepMs = DEFAULT_MIN_SLEEP_MS): Pacer {
  if (speed === 'max') return { waitMs: () => 0 };
  if (!(speed > 0) || !Number.isFinite(speed)) throw new RangeError(`speed must be a positive number of times real time, got ${speed}`);
  if (!(minSleepMs >= 0)) throw new RangeError(`minSleepMs must be ≥ 0, got ${minSleepMs}`);
  let origin: { eventMs: number; wallMs: number } | undefined;
  return {
    waitMs(eventMs, nowMs) {
      origin ??= { eventMs, wallMs: nowMs };
      const dueMs = origin.wallMs + (eventMs - origin.eventMs) / speed;
      const wait = dueMs - nowMs;
      return wait >= minSleepMs ? wait : 0;
    },
  };
}
