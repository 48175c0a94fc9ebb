/**
 * Confluent Schema Registry framing: magic byte 0, a 4-byte big-endian schema id, then the
 * Avro body. Used when SCHEMA_REGISTRY_URL is set. Each record schema is registered under
 * its full record name (RecordNameStrategy), and writer schemas are fetched by id once.
 */
import avro from 'avsc';
import { SchemaRegistry, SchemaType } from '@kafkajs/confluent-schema-registry';
import { RECORD_SCHEMAS, recordType, type RecordName, type RecordTypes } from '@spike/schemas';
import { SpikeError } from '../errors.js';
import { BodyEncoder, decodeBody } from './avro-body.js';
import type { WireFormat } from './wire-format.js';

const HEADER_LENGTH = 5;

export interface ConfluentOptions {
  url: string;
  username?: string | undefined;
  password?: string | undefined;
}

export class ConfluentFormat implements WireFormat {
  readonly name = 'confluent';
  private readonly registry: SchemaRegistry;
  private readonly headers = new Map<RecordName, Buffer>();
  private readonly writers = new Map<number, Promise<avro.Type>>();
  private readonly resolvers = new Map<string, avro.Resolver | undefined>();
  private readonly encoder = new BodyEncoder();

  constructor(options: ConfluentOptions) {
    const auth = options.username ? { username: options.username, password: options.password ?? '' } : undefined;
    this.registry = new SchemaRegistry({ host: options.url, ...(auth ? { auth } : {}) });
  }

  /** Registers every record schema (idempotent on the registry's side) and remembers its id. */
  async init(): Promise<void> {
    for (const name of Object.keys(RECORD_SCHEMAS) as RecordName[]) {
      const schema = RECORD_SCHEMAS[name];
      const { id } = await this.registry.register(
        { type: SchemaType.AVRO, schema: JSON.stringify(schema) },
        { subject: `${schema.namespace}.${schema.name}` },
      );
      this.headers.set(name, confluentHeader(id));
      this.writers.set(id, Promise.resolve(recordType(name)));
    }
  }

  encode<N extends RecordName>(record: N, value: RecordTypes[N]): Buffer {
    const header = this.headers.get(record);
    if (!header) throw new Error('ConfluentFormat.init() must finish before the first encode');
    return this.encoder.encode(recordType(record), value, header);
  }

  async decode<N extends RecordName>(record: N, bytes: Buffer): Promise<RecordTypes[N]> {
    if (bytes.length < 1 || bytes[0] !== 0) {
      throw new SpikeError(
        'BAD_MAGIC',
        `expected Confluent magic byte 00, got ${bytes.subarray(0, 1).toString('hex') || 'an empty value'}`,
      );
    }
    if (bytes.length < HEADER_LENGTH)
      throw new SpikeError('TRUNCATED', `Confluent header needs ${HEADER_LENGTH} bytes, got ${bytes.length}`);
    const id = bytes.readUInt32BE(1);
    const writer = await this.writerSchema(id);
    const reader = recordType(record);
    const key = `${id}>${record}`;
    if (!this.resolvers.has(key)) {
      try {
        this.resolvers.set(key, writer === reader ? undefined : reader.createResolver(writer));
      } catch (error) {
        throw new SpikeError('UNKNOWN_SCHEMA', `schema ${id} cannot be read as ${record}: ${(error as Error).message}`, { cause: error });
      }
    }
    return decodeBody(bytes, HEADER_LENGTH, writer, reader, this.resolvers.get(key)) as RecordTypes[N];
  }

  private writerSchema(id: number): Promise<avro.Type> {
    let writer = this.writers.get(id);
    if (!writer) {
      writer = this.registry.getSchema(id).then(
        // The registry client parses with its own avsc copy; re-parse its schema with ours.
        (schema) => avro.Type.forSchema((schema as unknown as { schema(): avro.Schema }).schema()),
        (error: unknown) => {
          this.writers.delete(id);
          const notFound = /not found/i.test(String((error as Error).message));
          throw new SpikeError(notFound ? 'UNKNOWN_SCHEMA' : 'REGISTRY_UNAVAILABLE', `schema id ${id}: ${(error as Error).message}`, {
            cause: error,
          });
        },
      );
      this.writers.set(id, writer);
    }
    return writer;
  }
}

export function confluentHeader(id: number): Buffer {
  const header = Buffer.alloc(HEADER_LENGTH);
  header.writeUInt32BE(id, 1);
  return header;
}
