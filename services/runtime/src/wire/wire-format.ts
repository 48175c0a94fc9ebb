import type { RecordName, RecordTypes } from '@spike/schemas';

/**
 * How records are framed on a topic: Avro body behind a header that names the writer schema.
 * Decoding resolves the writer schema from the header and reads with the current (reader)
 * schema of the expected record, so older writers stay readable.
 */
export interface WireFormat {
  readonly name: 'single-object' | 'confluent';
  /** Makes every writer schema known before the first encode (registers it with a registry). */
  init(): Promise<void>;
  encode<N extends RecordName>(record: N, value: RecordTypes[N]): Buffer;
  /** Throws SpikeError with BAD_MAGIC, UNKNOWN_SCHEMA, TRUNCATED or MALFORMED. */
  decode<N extends RecordName>(record: N, bytes: Buffer): Promise<RecordTypes[N]>;
}
