import avro from 'avsc';
import { RECORD_SCHEMAS } from './generated/records.js';

export type RecordName = keyof typeof RECORD_SCHEMAS;

const cache = new Map<RecordName, avro.Type>();

/**
 * The avsc Type of a record, built on first use (never at import time) and cached.
 * Timestamps stay epoch milliseconds: no logical-type conversion to Date, which would
 * allocate an object per record on the hot path.
 */
export function recordType(name: RecordName): avro.Type {
  let type = cache.get(name);
  if (!type) {
    type = avro.Type.forSchema(RECORD_SCHEMAS[name] as unknown as avro.Schema);
    cache.set(name, type);
  }
  return type;
}
