import type { SpikeConfig } from '../config.js';
import { ConfluentFormat } from './confluent.js';
import { SingleObjectFormat } from './single-object.js';
import type { WireFormat } from './wire-format.js';

export { ConfluentFormat, confluentHeader } from './confluent.js';
export { SINGLE_OBJECT_MAGIC, SingleObjectFormat } from './single-object.js';
export type { WireFormat } from './wire-format.js';

/** Confluent framing when a schema registry is configured, else Avro single-object encoding. */
export function wireFormatFor(config: Pick<SpikeConfig, 'schemaRegistry'>): WireFormat {
  return config.schemaRegistry ? new ConfluentFormat(config.schemaRegistry) : new SingleObjectFormat();
}
