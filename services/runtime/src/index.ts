/**
 * @spike/runtime: the edge between the pure core and the world.
 *
 * - config:   `loadConfig` (env → typed config, zod), `configTable` (README table).
 * - logging:  `createLogger` (pino, secrets redacted).
 * - Kafka:    `createKafka` (TLS, SASL), `ensureTopics`, `waitForLeaders`, `topicSpecs`, `readToEnd`.
 * - wire:     `wireFormatFor`, `SingleObjectFormat`, `ConfluentFormat` (Avro framing, typed decode errors).
 * - workers:  `createStreamWorker` (decode → handle → produce → commit, dead-lettering).
 * - ops:      `createWorkerMetrics`, `startHealthServer`, `exitOnSignals`.
 * - errors:   `SpikeError`, `toSpikeError`.
 */
export { configTable, ENV_SCHEMA, loadConfig, type SaslMechanism, type SpikeConfig } from './config.js';
export { deadLetterOf } from './dead-letter.js';
export { isDeadLetterError, SpikeError, toSpikeError, type Disposition, type ErrorCode, type RecordCoordinates } from './errors.js';
export { runWithHealthServer, startHealthServer, type HealthServer, type JsonAnswer } from './health.js';
export { createKafka, kafkaOptions } from './kafka-client.js';
export { createLogger, scrubSecrets, SECRET_KEY, type Logger } from './logger.js';
export { createWorkerMetrics, type WorkerMetrics } from './metrics.js';
export { CatchUp, readToEnd, type ReadToEndOptions } from './read-to-end.js';
export { exitOnSignals } from './shutdown.js';
export {
  createStreamWorker,
  type OutgoingRecord,
  type SourceRecord,
  type StreamWorker,
  type StreamWorkerOptions,
} from './stream-worker.js';
export { waitForLeaders, ensureTopics, topicSpecs, type EnsureTopicsResult } from './topics.js';
export * from './wire/index.js';
