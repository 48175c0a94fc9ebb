import type { DeadLetter, ErrorKind } from '@spike/schemas';
import type { RecordCoordinates } from './errors.js';

/** The DeadLetter record that keeps a bad record whole, with the reason. */
export function deadLetterOf(
  source: RecordCoordinates & { key: Buffer | null; value: Buffer | null },
  kind: ErrorKind,
  message: string,
  failedAtMs: number,
): DeadLetter {
  return {
    source_topic: source.topic,
    partition: source.partition,
    offset: Number(source.offset),
    key: source.key,
    value: source.value,
    error_kind: kind,
    error_message: message,
    failed_at: failedAtMs,
  };
}
