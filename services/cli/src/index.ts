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
export { WORKERS } from './commands/worker.js';
export { complaintPartitionOf, runBacktest, type BacktestOptions, type BacktestProgress, type BacktestResult } from './backtest/run-backtest.js';
