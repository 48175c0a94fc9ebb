/**
 * Every parameter of the detector, declared once: unit in the name, a default, and why that
 * default. The edge (the worker, `spike nab`, the backtest) parses overrides with this schema;
 * the core only ever sees a complete, checked `DetectorParams`.
 */
import { z } from 'zod';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const positiveMs = z.number().int().positive();

export const DETECTOR_PARAMS_SCHEMA = z
  .object({
    windowSizeMs: positiveMs
      .default(MINUTE)
      .describe('Tumbling window size. One minute: outages show within minutes, and a minute holds enough posts to count.'),
    allowedLatenessMs: z
      .number()
      .int()
      .nonnegative()
      .default(30_000)
      .describe('The watermark trails the highest event time seen by this much: posts arrive out of order by seconds.'),
    graceMs: z
      .number()
      .int()
      .nonnegative()
      .default(30_000)
      .describe('A window closes when the watermark passes its end plus this. Later complaints are counted as late and dropped.'),
    profileSlotsPerDay: z
      .number()
      .int()
      .min(1)
      .max(288)
      .default(48)
      .describe('Slots of the daily profile (48 = half-hours): fine enough for the evening peak, coarse enough to learn in days.'),
    levelHalfLifeMs: positiveMs
      .default(DAY)
      .describe('Half-life of the overall level: a service that grows or shrinks is followed within days.'),
    profileHalfLifeMs: positiveMs
      .default(7 * DAY)
      .describe('Half-life of the time-of-day profile: a week of days to learn it, forgetting old habits over weeks.'),
    weeklyHalfLifeMs: positiveMs
      .default(28 * DAY)
      .describe('Half-life of the day-of-week factors: each weekday is seen once a week, so it learns over a month.'),
    dispersionHalfLifeMs: positiveMs
      .default(3 * DAY)
      .describe('Half-life of the over-dispersion estimate (how clumped counts are beyond Poisson).'),
    minExpected: z
      .number()
      .positive()
      .default(0.02)
      .describe(
        'Floor under the expected count per window: a key never seen complaining is still expected to see a complaint now and then.',
      ),
    coldStartWindows: z
      .number()
      .int()
      .positive()
      .default(3 * 1440)
      .describe(
        'Windows of own history after which a key trusts its own baseline alone; before that it blends in the broader key (three days of minutes).',
      ),
    warmUpMs: positiveMs
      .default(2 * DAY)
      .describe(
        'A key opens no incident until it has this much history of its own, or borrows from a broader key that has. Two days: the daily profile starts learning after the first, and a one-day warm-up raised 11 false alarms on its second day in 110 generated keys; two raised none.',
      ),
    countryShareHalfLifeMs: positiveMs
      .default(7 * DAY)
      .describe("Half-life of each country's share of all complaints, used to borrow a baseline for a new service|country key."),
    learnCapRatio: z
      .number()
      .min(1)
      .default(3)
      .describe('A window teaches the baseline at most this many times its expectation: one burst cannot double the normal level.'),
    anomalousLearnWeight: z
      .number()
      .min(0)
      .max(1)
      .default(0)
      .describe(
        "Weight with which a key's anomalous or above-normal windows teach its baseline during an incident: 0, an outage's complaints are not normal.",
      ),
    scoreWindows: z
      .number()
      .int()
      .min(1)
      .max(10)
      .default(3)
      .describe('The score looks at the latest window and at the sum of this many latest windows: a slow start builds over minutes.'),
    openSurprise: z
      .number()
      .positive()
      .default(7)
      .describe(
        'An incident opens when the count has probability at most 10^-this under the baseline (7: one in ten million windows; 6 gave about 0.8 false alarms per 100 key-days on `spike eval-detector`, 7 about 0.2, with the same delays).',
      ),
    minCount: z
      .number()
      .int()
      .min(1)
      .default(5)
      .describe('An incident needs at least this many distinct authors in a window: three people are not an outage.'),
    minRatio: z
      .number()
      .min(1)
      .default(3)
      .describe('...and at least this many times the expected count: a busy service is not anomalous at 20% above normal.'),
    calmWindowsToRecover: z
      .number()
      .int()
      .min(1)
      .default(3)
      .describe(
        'Windows in a row without an anomalous key before an incident is RECOVERING: counts at the edge of the threshold would otherwise flap.',
      ),
    recoveringRatio: z
      .number()
      .min(1)
      .default(1.5)
      .describe(
        'After the spike, counts above this many times expected (and unlikely by chance, p ≤ 1%) are still "above normal": the incident is RECOVERING.',
      ),
    recoveringFallRatio: z
      .number()
      .gt(0)
      .lt(1)
      .default(0.5)
      .describe(
        'Counts at or below this share of the peak for calmWindowsToRecover windows make an incident RECOVERING even while still anomalous: a partial recovery.',
      ),
    relapseRatio: z
      .number()
      .gt(0)
      .lte(1)
      .default(0.8)
      .describe('A RECOVERING incident goes back to an UPDATE only when an anomalous window climbs above this share of the peak.'),
    resolveHoldMs: positiveMs
      .default(15 * MINUTE)
      .describe('Counts must stay near normal this long before RESOLVED: outages flap, and a false all-clear is worse than a late one.'),
    updatePeakGrowth: z
      .number()
      .min(1)
      .default(1.5)
      .describe('An UPDATE is sent when the peak grows by this factor (or countries, top symptom or top language change).'),
  })
  .strict();

export type DetectorParams = z.infer<typeof DETECTOR_PARAMS_SCHEMA>;

/** The defaults, complete. */
export function detectorParams(overrides: Partial<DetectorParams> = {}): DetectorParams {
  return DETECTOR_PARAMS_SCHEMA.parse(overrides);
}

/**
 * A short, stable name for a parameter set, carried by every anomaly event so events of
 * different tunings are never compared blindly: "d1-" and a hash of the canonical JSON.
 */
export function paramsVersion(params: DetectorParams): string {
  const canonical = JSON.stringify(
    Object.keys(params)
      .sort()
      .map((k) => [k, params[k as keyof DetectorParams]]),
  );
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < canonical.length; i++) hash = Math.imul(hash ^ canonical.charCodeAt(i), 0x01000193);
  return `d1-${(hash >>> 0).toString(16).padStart(8, '0')}`;
}

export const TIME = { MINUTE, HOUR, DAY } as const;
