/** @spike/cli: the `spike` command (bin/spike.js → main) and the workers it runs. */
export { buildProgram, main } from './main.js';
export {
  authorKey,
  complaintKey,
  complaintsOf,
  createClassifierWorker,
  invalidPostReason,
  servicePartitioner,
} from './workers/classifier-worker.js';
export { createDetectorWorker, detectorParamsOf, readChangelog } from './workers/detector-worker.js';
export { restoreDetector, stateRecords, type StateRecord } from './workers/detector-state.js';
export { formatAnomaly, matchesFilter } from './commands/watch.js';
export { notifyMetrics } from './commands/notify.js';
export { keepResolvedMs, serveMetrics } from './commands/serve.js';
export { IncidentBoard, type IncidentBoardOptions, type IncidentHistory } from './incident-board.js';
export { answerStatusRequest, type StatusAnswer } from './status-api.js';
export { WORKERS } from './commands/worker.js';
export { DETECTOR_NODE_FLAGS } from './demo/run-demo.js';
export {
  complaintPartitionOf,
  runBacktest,
  type BacktestOptions,
  type BacktestProgress,
  type BacktestResult,
} from './backtest/run-backtest.js';
export { replayPosts, systemClock, type PostSink, type ReplayClock, type ReplayOptions } from './replay/replay.js';
export {
  openPostSource,
  postSourceOf,
  formatOfPath,
  INPUT_FORMATS,
  type InputFormat,
  type PostSource,
  type ReplayItem,
} from './replay/readers.js';
export { connectKafkaPostSink, createKafkaPostSink, type KafkaPostSink } from './replay/kafka-sink.js';
export { ReplayProgress, summaryText, type ProgressSnapshot, type ReplaySummary } from './replay/progress.js';
export { createPacer, type ReplaySpeed } from './replay/pacing.js';
export { platformOf, scenarioSocialPosts, socialPostFromJson } from './replay/social-post.js';
export { runDemo, type DemoOptions, type DemoResult } from './demo/run-demo.js';
