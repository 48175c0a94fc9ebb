/**
 * Avro single-object encoding: C3 01, then the 8-byte little-endian CRC-64-AVRO
 * fingerprint of the writer schema, then the Avro body. Writer schemas are the ones the
 * project ships (current and past versions); nothing is looked up over the network.
 */
import avro from 'avsc';
import { RECORD_SCHEMAS, recordType, schemaFingerprint, type RecordName, type RecordTypes } from '@spike/schemas';
import { SpikeError } from '../errors.js';
import { BodyEncoder, decodeBody } from './avro-body.js';
import type { WireFormat } from './wire-format.js';

export const SINGLE_OBJECT_MAGIC = Buffer.from([0xc3, 0x01]);
const HEADER_LENGTH = 10;

interface KnownSchema {
  type: avro.Type;
  name: string;
}

export class SingleObjectFormat implements WireFormat {
  readonly name = 'single-object';
  private readonly writers = new Map<string, KnownSchema>();
  private readonly headers = new Map<RecordName, Buffer>();
  private readonly resolvers = new Map<string, avro.Resolver | undefined>();
  private readonly encoder = new BodyEncoder();

  /**
   * @param extraWriterSchemas older or foreign versions of the records that may still be
   *   on a topic; the current schema of every record is always known.
   */
  constructor(extraWriterSchemas: readonly avro.Schema[] = []) {
    for (const name of Object.keys(RECORD_SCHEMAS) as RecordName[]) {
      const header = Buffer.concat([SINGLE_OBJECT_MAGIC, schemaFingerprint(RECORD_SCHEMAS[name] as unknown as avro.Schema)]);
      this.headers.set(name, header);
      this.writers.set(header.subarray(2).toString('hex'), { type: recordType(name), name });
    }
    for (const schema of extraWriterSchemas) {
      const type = avro.Type.forSchema(schema);
      this.writers.set(schemaFingerprint(schema).toString('hex'), { type, name: type.name ?? 'unnamed' });
    }
  }

  async init(): Promise<void> {}

  encode<N extends RecordName>(record: N, value: RecordTypes[N]): Buffer {
    return this.encoder.encode(recordType(record), value, this.headers.get(record) as Buffer);
  }

  async decode<N extends RecordName>(record: N, bytes: Buffer): Promise<RecordTypes[N]> {
    return this.decodeSync(record, bytes);
  }

  decodeSync<N extends RecordName>(record: N, bytes: Buffer): RecordTypes[N] {
    if (bytes.length < 2 || bytes[0] !== 0xc3 || bytes[1] !== 0x01) {
      throw new SpikeError(
        'BAD_MAGIC',
        `expected Avro single-object header C3 01, got ${bytes.subarray(0, 2).toString('hex') || 'an empty value'}`,
      );
    }
    if (bytes.length < HEADER_LENGTH) {
      throw new SpikeError('TRUNCATED', `single-object header needs ${HEADER_LENGTH} bytes, got ${bytes.length}`);
    }
    const fingerprint = bytes.subarray(2, HEADER_LENGTH).toString('hex');
    const writer = this.writers.get(fingerprint);
    if (!writer) throw new SpikeError('UNKNOWN_SCHEMA', `no known schema has fingerprint ${fingerprint}`);
    const reader = recordType(record);
    return decodeBody(bytes, HEADER_LENGTH, writer.type, reader, this.resolver(fingerprint, writer, record, reader)) as RecordTypes[N];
  }

  private resolver(fingerprint: string, writer: KnownSchema, record: RecordName, reader: avro.Type): avro.Resolver | undefined {
    const key = `${fingerprint}>${record}`;
    if (!this.resolvers.has(key)) {
      if (writer.type === reader) {
        this.resolvers.set(key, undefined);
      } else {
        try {
          this.resolvers.set(key, reader.createResolver(writer.type));
        } catch (error) {
          throw new SpikeError('UNKNOWN_SCHEMA', `a ${writer.name} cannot be read as ${record}: ${(error as Error).message}`, {
            cause: error,
          });
        }
      }
    }
    return this.resolvers.get(key);
  }
}
