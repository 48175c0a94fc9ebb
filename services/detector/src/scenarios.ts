/**
 * Generated complaint streams (tests, benchmarks, backtests): a seeded background of ordinary complaints
 * (Poisson counts with a day/night rhythm) and outages laid over it. Plain arrays in, plain
 * arrays out; no clock, no randomness beyond the seed.
 */
import type { Complaint, Symptom } from './types.js';

export const MINUTE = 60_000;
/** Tuesday 25 October 2022, 00:00 UTC. */
export const OUTAGE_DAY = Date.UTC(2022, 9, 25);

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    // xorshift32
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

function poisson(random: () => number, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = random(); p > limit; p *= random()) k++;
  return k;
}

export interface Background {
  service: string;
  country: string | null;
  /** Mean complaints per minute at the daily peak; night is a fifth of it. */
  peakPerMinute: number;
  /**
   * Spread of the minute-to-minute rate beyond Poisson (σ of a log-normal factor, 0 = plain
   * Poisson): real complaint counts are clumped, one post draws others.
   */
  clumping?: number;
}

/** A standard normal draw (Box–Muller). */
function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

export interface Outage {
  service: string;
  country: string | null;
  from: number;
  to: number;
  /** Distinct authors per minute during the outage. */
  authorsPerMinute: number;
  symptom?: Symptom;
  language?: string;
}

export function complaint(
  service: string,
  country: string | null,
  time: number,
  author: string,
  extra: Partial<Complaint> = {},
): Complaint {
  return {
    post_id: `${author}@${time}`,
    event_time: time,
    service,
    country,
    country_source: country ? 'profile' : 'none',
    language: 'en',
    symptom: 'unspecified',
    confidence: 0.9,
    platform: 'x',
    author_key: author,
    ...extra,
  };
}

/** Background complaints from `from` to `to`, then the outages, merged in event-time order (ties by generation order). */
export function stream(options: { from: number; to: number; background: Background[]; outages?: Outage[]; seed?: number }): Complaint[] {
  const random = seededRandom(options.seed ?? 42);
  const out: Complaint[] = [];
  for (let minute = options.from; minute < options.to; minute += MINUTE) {
    const hour = Math.floor((minute % (24 * 60 * MINUTE)) / (60 * MINUTE));
    const daylight = 0.2 + 0.8 * Math.max(0, Math.sin(((hour - 3) / 24) * 2 * Math.PI));
    for (const b of options.background) {
      const sigma = b.clumping ?? 0;
      const clump = sigma > 0 ? Math.exp(sigma * normal(random) - (sigma * sigma) / 2) : 1;
      const n = poisson(random, b.peakPerMinute * daylight * clump);
      for (let i = 0; i < n; i++) {
        out.push(complaint(b.service, b.country, minute + Math.floor(random() * MINUTE), `bg-${Math.floor(random() * 1e9)}`));
      }
    }
    for (const o of options.outages ?? []) {
      if (minute < o.from || minute >= o.to) continue;
      for (let i = 0; i < o.authorsPerMinute; i++) {
        const extra: Partial<Complaint> = { symptom: o.symptom ?? 'messages', language: o.language ?? 'en' };
        out.push(complaint(o.service, o.country, minute + Math.floor(random() * MINUTE), `out-${Math.floor(random() * 1e9)}`, extra));
      }
    }
  }
  return out.sort((a, b) => a.event_time - b.event_time);
}
