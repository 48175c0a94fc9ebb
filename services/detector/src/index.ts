/**
 * @spike/detector: complaints in, incidents out. Pure: no Kafka, no I/O, no clock.
 *
 * - `Detector`: one partition's windows, baselines and incidents (`add`, `advanceTo`,
 *   `snapshot` / `Detector.restore`, `takeChanges` for a changelog, `oldestOpenPosition`).
 * - `detectorParams`, `DETECTOR_PARAMS_SCHEMA`, `paramsVersion`: every parameter, documented.
 * - building blocks: `WindowAggregator` / `tumblingWindows`, `SeasonalBaseline`, `KeyState`,
 *   `Incident`, `countSurprise` (negative binomial tail).
 * - `SeriesScorer`, `seriesScorerOptions`: the same baseline and score over one regular count
 *   series, point by point (`spike nab`).
 */
export {
  Detector,
  type DetectorCounters,
  type DetectorHooks,
  type DetectorSnapshot,
  type PartitionSnapshot,
  type StateChange,
} from './detector.js';
export { DETECTOR_PARAMS_SCHEMA, detectorParams, paramsVersion, TIME, type DetectorParams } from './params.js';
export { tumblingWindows, WindowAggregator, type ClosedWindow, type WindowSpec, type WindowedComplaint } from './windows.js';
export { SeasonalBaseline, dayOfWeek, type BaselineSnapshot } from './baseline.js';
export { KeyState, type KeyStateSnapshot, type KeyWindowScore } from './key-state.js';
export { Incident, scoreOf, type IncidentSnapshot, type ServiceWindow } from './incidents.js';
export { countSurprise, MAX_SURPRISE } from './count-tail.js';
export {
  SeriesScorer,
  SERIES_SCORER_OPTIONS_SCHEMA,
  seriesScorerOptions,
  type SeriesRowScore,
  type SeriesScorerOptions,
} from './series-scorer.js';
export { ANY_COUNTRY, keyOf, largestShare, type Anomaly, type Complaint } from './types.js';
export * as scenarios from './scenarios.js';
export { evaluateScenarios, outageDelays, quietWeek, type ScenarioReport } from './evaluate-scenarios.js';
