/**
 * CRC-64-AVRO (the Rabin fingerprint of the Avro specification) of a schema's Parsing
 * Canonical Form. The Avro single-object encoding carries it in every record header, so
 * a reader can tell which schema wrote a record.
 */
import avro from 'avsc';

const EMPTY = 0xc15d213aa4d7a795n;
const MASK_64 = 0xffffffffffffffffn;

const TABLE: bigint[] = Array.from({ length: 256 }, (_, i) => {
  let fp = BigInt(i);
  for (let j = 0; j < 8; j++) fp = (fp >> 1n) ^ (EMPTY & (-(fp & 1n) & MASK_64));
  return fp;
});

/** CRC-64-AVRO of raw bytes, as an unsigned 64-bit integer. */
export function crc64Avro(bytes: Uint8Array): bigint {
  let fp = EMPTY;
  for (const byte of bytes) fp = (fp >> 8n) ^ (TABLE[Number((fp ^ BigInt(byte)) & 0xffn)] as bigint);
  return fp;
}

/** The Parsing Canonical Form of an Avro schema (docs, defaults and aliases stripped). */
export function canonicalForm(schema: avro.Schema): string {
  return JSON.stringify(avro.Type.forSchema(schema).schema());
}

/** The 8-byte little-endian CRC-64-AVRO fingerprint that follows C3 01 in a single-object record. */
export function schemaFingerprint(schema: avro.Schema): Buffer {
  const fp = crc64Avro(Buffer.from(canonicalForm(schema), 'utf8'));
  const out = Buffer.alloc(8);
  out.writeBigUInt64LE(fp);
  return out;
}
