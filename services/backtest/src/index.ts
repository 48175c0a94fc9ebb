/**
 * @spike/backtest: the pure core of `spike backtest`. Pure: no Kafka, no I/O, no clock.
 *
 * - `PartitionedDetectors`: one Detector per complaints partition, as the detector workers run.
 * - `SeriesRecorder`, `sliceSeries`: observed vs expected per key and window, for charts.
 * - `INCIDENT_LABEL`: the labels file's record; `buildReport`, `formatReportMarkdown`: the verdict.
 */
export { PartitionedDetectors, type PartitionedDetectorsOptions } from './partitioned-detectors.js';
export { SeriesRecorder, sliceSeries, type KeySeries } from './series.js';
export { INCIDENT_LABEL, timed, type IncidentLabel, type TimedLabel } from './labels.js';
export {
  buildReport,
  judgeLabels,
  summariseIncidents,
  type BacktestReport,
  type IncidentSummary,
  type KeyFalseAlarms,
  type LabelResult,
  type ReportInput,
} from './report.js';
export { compactStatuses, formatReportMarkdown } from './report-markdown.js';
export { BARS, missedBars } from './scenario-bars.js';
