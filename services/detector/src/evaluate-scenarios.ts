/**
 * The detector judged on generated scenarios, the way the issue states its bar: how soon after
 * its start each outage is detected (median ≤ 2 minutes), and how many false alarms a week
 * without incidents raises (≤ 1 per 100 key-days). Backgrounds are seeded, clumped (over-
 * dispersed) and seasonal; rates span three orders of magnitude, from a country where a
 * service draws a complaint an hour to one where it draws several a minute.
 */
import { Detector } from './detector.js';
import type { DetectorParams } from './params.js';
import { MINUTE, stream, type Background, type Outage } from './scenarios.js';
import type { Anomaly } from './types.js';

const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Monday 3 October 2022, 00:00 UTC. */
const START = Date.UTC(2022, 9, 3);
const COUNTRIES = ['IN', 'PK', 'IT', 'TR', 'GB', 'BR', 'ID', 'US', 'NG', 'DE'];
const RATES = [0.02, 0.05, 0.1, 0.3, 1, 3];

export interface ScenarioReport {
  quietWeek: { keys: number; keyDays: number; falseAlarms: number; perHundredKeyDays: number };
  outages: { total: number; detected: number; delaysMinutes: number[]; medianDelayMinutes: number };
}

/** Backgrounds for `services` services in every country, each at a rate from the ladder. */
function backgrounds(services: number): Background[] {
  const out: Background[] = [];
  for (let s = 0; s < services; s++) {
    COUNTRIES.forEach((country, c) => {
      out.push({ service: `svc${s}`, country, peakPerMinute: RATES[(s + c) % RATES.length] as number, clumping: 0.5 });
    });
    out.push({ service: `svc${s}`, country: null, peakPerMinute: 0.2, clumping: 0.5 });
  }
  return out;
}

function run(params: DetectorParams, complaints: ReturnType<typeof stream>, until: number): Anomaly[] {
  const detector = new Detector(params);
  const events = complaints.flatMap((c, offset) => detector.add(c, offset));
  return [...events, ...detector.advanceTo(until)];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length === 0
    ? NaN
    : sorted.length % 2
      ? (sorted[mid] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** A week with no incident after a warm-up week: every incident alive in it is a false alarm. */
export function quietWeek(params: DetectorParams, services = 10, seed = 7): ScenarioReport['quietWeek'] {
  const background = backgrounds(services);
  const complaints = stream({ from: START, to: START + 14 * DAY, background, seed });
  const events = run(params, complaints, START + 14 * DAY);
  // Every incident alive during the quiet week is false, also one opened in the warm-up week and not yet resolved.
  const resolvedAt = new Map(events.filter((e) => e.status === 'RESOLVED').map((e) => [e.incident_id, e.window_end]));
  const falseAlarms = events.filter((e) => e.status === 'OPEN' && (resolvedAt.get(e.incident_id) ?? Infinity) > START + 7 * DAY).length;
  // service|country keys and one service|* per service.
  const keys = background.filter((b) => b.country !== null).length + services;
  const keyDays = keys * 7;
  return { keys, keyDays, falseAlarms, perHundredKeyDays: (100 * falseAlarms) / keyDays };
}

/**
 * Outages of several sizes, one at a time per service, at different hours, after a warm-up
 * week; delay = end of the window whose event opened the incident − the outage's start.
 */
export function outageDelays(params: DetectorParams, services = 10, seed = 11): ScenarioReport['outages'] {
  const sizes = [5, 8, 15, 40, 150];
  const outages: Outage[] = [];
  for (let s = 0; s < services; s++) {
    for (let i = 0; i < 4; i++) {
      const from = START + (8 + i * 2) * DAY + ((s * 5 + i * 7) % 24) * HOUR + 17 * MINUTE;
      const country = COUNTRIES[(s + i * 3) % COUNTRIES.length] as string;
      outages.push({
        service: `svc${s}`,
        country,
        from,
        to: from + 45 * MINUTE,
        authorsPerMinute: sizes[(s + i) % sizes.length] as number,
      });
    }
  }
  const complaints = stream({ from: START, to: START + 16 * DAY, background: backgrounds(services), outages, seed });
  const events = run(params, complaints, START + 16 * DAY);
  const delays: number[] = [];
  for (const outage of outages) {
    const open = events.find(
      (e) =>
        e.status !== 'RESOLVED' &&
        e.service === outage.service &&
        e.countries.includes(outage.country as string) &&
        e.window_end > outage.from &&
        e.window_start < outage.to,
    );
    if (open) delays.push((open.window_end - outage.from) / MINUTE);
  }
  return { total: outages.length, detected: delays.length, delaysMinutes: delays, medianDelayMinutes: median(delays) };
}

export function evaluateScenarios(params: DetectorParams, services = 10): ScenarioReport {
  return { quietWeek: quietWeek(params, services), outages: outageDelays(params, services) };
}
