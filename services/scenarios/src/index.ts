/**
 * @spike/scenarios: seeded, realistic post streams with labelled incidents, for backtests and
 * demos. Pure: no I/O, no clock, randomness only from the seed.
 *
 * - `SCENARIO_NAMES`, `describeScenario(name)`: the built-in scenarios.
 * - `simulate(name, { seed, scale })` → `{ labels, posts(), postsWithTruth() }`: lazy, time-ordered streams.
 * - building blocks: `Random` (seeded PRNG), the country and service tables, the language packs.
 */
export {
  simulate,
  describeScenario,
  SCENARIO_NAMES,
  UnknownScenarioError,
  type Scenario,
  type IncidentLabel,
  type SimulateOptions,
  type ScenarioDescription,
} from './scenario.js';
export { COMPLAINT_KINDS, type ScenarioPost, type PostTruth, type PostKind, type PostWithTruth } from './generator.js';
export { SCENARIOS, type ScenarioSpec, type IncidentSpec } from './definitions.js';
export { COUNTRIES, activity, localClock, utcOffsetAt, type Country, type CountryCode } from './countries.js';
export { SERVICES, type Service } from './services.js';
export { LANGUAGE_PACKS, type LanguageId, type LanguagePack, type Symptom } from './lexicon/index.js';
export { Random, Weighted } from './random.js';
