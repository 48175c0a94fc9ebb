/**
 * The project's few typed errors. Every failure that reaches a worker's edge becomes a
 * SpikeError with a closed `code`, a `disposition` saying what the worker does with it,
 * the `cause`, and where it happened.
 */
import { ERROR_KIND_SYMBOLS, type ErrorKind } from '@spike/schemas';

/**
 * Codes of records that cannot be processed (the DeadLetter error_kind enum, one source of
 * truth) plus failures of the worker itself.
 */
export type ErrorCode =
  | ErrorKind
  | 'CONFIG_INVALID'
  | 'INPUT_INVALID'
  | 'TOPIC_MISSING'
  | 'KAFKA_UNAVAILABLE'
  | 'REGISTRY_UNAVAILABLE'
  | 'OUTPUT_NOT_ACKNOWLEDGED';

/**
 * Failures that no retry fixes: bad configuration, an input file that cannot be read as posts
 * at all (unknown format, an Avro schema that does not resolve, a CSV header without the
 * required columns), a topic that was never created.
 */
const CRASH_CODES: ReadonlySet<ErrorCode> = new Set(['CONFIG_INVALID', 'INPUT_INVALID', 'TOPIC_MISSING']);

/** retry: transient, try again without moving on. dead-letter: park the record and go on. crash: stop the worker. */
export type Disposition = 'retry' | 'dead-letter' | 'crash';

/** Where a record came from: topic, partition, offset. */
export interface RecordCoordinates {
  topic: string;
  partition: number;
  offset: string;
}

const DEAD_LETTER_CODES: ReadonlySet<string> = new Set(ERROR_KIND_SYMBOLS);

function defaultDisposition(code: ErrorCode): Disposition {
  if (DEAD_LETTER_CODES.has(code)) return 'dead-letter';
  if (CRASH_CODES.has(code)) return 'crash';
  return 'retry';
}

export class SpikeError extends Error {
  override name = 'SpikeError';
  readonly code: ErrorCode;
  readonly disposition: Disposition;
  readonly where: RecordCoordinates | undefined;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; where?: RecordCoordinates; disposition?: Disposition } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.disposition = options.disposition ?? defaultDisposition(code);
    this.where = options.where;
  }

  /** The same error, now knowing where it happened. */
  at(where: RecordCoordinates): SpikeError {
    return new SpikeError(this.code, this.message, { cause: this.cause, where, disposition: this.disposition });
  }
}

/** True for errors that describe a bad record, which belongs in the dead-letter topic. */
export function isDeadLetterError(error: unknown): error is SpikeError & { code: ErrorKind } {
  return error instanceof SpikeError && error.disposition === 'dead-letter' && DEAD_LETTER_CODES.has(error.code);
}

/**
 * The one normaliser at the edge: anything thrown while processing a record becomes a
 * SpikeError. Unknown errors from the processing code are a PROCESSING_FAILED dead letter:
 * one poison record must not stop the stream.
 */
export function toSpikeError(error: unknown, where?: RecordCoordinates): SpikeError {
  if (error instanceof SpikeError) return where && !error.where ? error.at(where) : error;
  const message = error instanceof Error ? error.message : String(error);
  return new SpikeError('PROCESSING_FAILED', message, { cause: error, ...(where ? { where } : {}) });
}
