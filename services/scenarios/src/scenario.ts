/** The public face of the generator: scenario names, descriptions, labels and the lazy streams. */
import { SCENARIOS, type ScenarioSpec } from './definitions.js';
import type { IncidentLabel } from '@spike/backtest';
import { StreamGenerator, type PostWithTruth, type ScenarioPost } from './generator.js';

/** One labelled incident (ISO 8601 UTC, countries sorted): the backtest's labels record, whose zod schema is its one source of truth. */
export type { IncidentLabel };

export interface Scenario {
  name: string;
  /** Start and end of the stream, ms since the epoch (end exclusive). */
  from: number;
  to: number;
  labels: IncidentLabel[];
  /** The posts in non-decreasing `created_at` order, generated lazily; each call starts afresh. */
  posts(): Generator<ScenarioPost>;
  /** The same posts with what the generator meant each to be. */
  postsWithTruth(): Generator<PostWithTruth>;
}

export interface SimulateOptions {
  /** Seed of the PRNG (default 1). Same name, seed and scale: byte-identical stream. */
  seed?: number;
  /** Multiplies every rate: traffic, background complaints and outages (default 1). */
  scale?: number;
}

export interface ScenarioDescription {
  name: string;
  description: string;
  /** ISO 8601 UTC. */
  from: string;
  to: string;
}

export class UnknownScenarioError extends Error {
  override name = 'UnknownScenarioError';
  readonly code = 'unknown-scenario';
  constructor(
    readonly scenario: string,
    readonly known: readonly string[],
  ) {
    super(`unknown scenario "${scenario}"; known scenarios: ${known.join(', ')}`);
  }
}

export const SCENARIO_NAMES: readonly string[] = SCENARIOS.map((s) => s.name);

function spec(name: string): ScenarioSpec {
  const found = SCENARIOS.find((s) => s.name === name);
  if (!found) throw new UnknownScenarioError(name, SCENARIO_NAMES);
  return found;
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

export function describeScenario(name: string): ScenarioDescription {
  const s = spec(name);
  return { name: s.name, description: s.description, from: iso(Date.parse(s.from)), to: iso(Date.parse(s.to)) };
}

export function simulate(name: string, options: SimulateOptions = {}): Scenario {
  const s = spec(name);
  const seed = options.seed ?? 1;
  const scale = options.scale ?? 1;
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  if (!(scale > 0 && scale <= 100)) throw new RangeError(`scale must be in (0, 100], got ${scale}`);
  const from = Date.parse(s.from);
  const to = Date.parse(s.to);
  const labels = s.incidents.map((ix) => ({
    service: ix.service,
    countries: Object.keys(ix.perMinute).sort(),
    start: iso(Date.parse(ix.start)),
    end: iso(Date.parse(ix.end)),
  }));
  const postsWithTruth = (): Generator<PostWithTruth> => new StreamGenerator(s, seed, scale).run(from, to);
  return {
    name: s.name,
    from,
    to,
    labels,
    postsWithTruth,
    *posts() {
      for (const { post } of postsWithTruth()) yield post;
    },
  };
}
