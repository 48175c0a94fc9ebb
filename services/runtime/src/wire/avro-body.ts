/** Reading and writing the Avro body after a header, shared by both wire formats. */
import type avro from 'avsc';
import { SpikeError } from '../errors.js';

/** True when any string inside the value contains U+FFFD, the mark of a lossy UTF-8 decode. */
function hasReplacementChar(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\uFFFD');
  if (Array.isArray(value)) return value.some(hasReplacementChar);
  if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value)) {
    return Object.values(value).some(hasReplacementChar);
  }
  return false;
}

/**
 * Decodes the body that starts at `offset` with `writer`, resolving into `reader`.
 * avsc reads invalid UTF-8 as U+FFFD without complaint; where a decoded string contains
 * U+FFFD we re-encode with the writer schema and compare bytes, so a genuine U+FFFD passes
 * and invalid UTF-8 is MALFORMED (the check costs nothing on ordinary records).
 */
export function decodeBody(
  bytes: Buffer,
  offset: number,
  writer: avro.Type,
  reader: avro.Type,
  resolver: avro.Resolver | undefined,
): unknown {
  let decoded: { value: unknown; offset: number };
  try {
    decoded = reader.decode(bytes, offset, resolver);
  } catch (error) {
    throw new SpikeError('MALFORMED', `Avro body is not a valid ${writer.name ?? 'record'}: ${(error as Error).message}`, { cause: error });
  }
  if (decoded.offset < 0) {
    throw new SpikeError('TRUNCATED', `Avro body of ${bytes.length - offset} bytes ends before the ${writer.name ?? 'record'} does`);
  }
  if (decoded.offset !== bytes.length) {
    throw new SpikeError('MALFORMED', `${bytes.length - decoded.offset} trailing bytes after the ${writer.name ?? 'record'}`);
  }
  if (hasReplacementChar(decoded.value)) {
    const body = bytes.subarray(offset);
    const asWritten: unknown = resolver ? writer.decode(bytes, offset).value : decoded.value;
    if (!writer.toBuffer(asWritten).equals(body)) {
      throw new SpikeError('MALFORMED', 'a string field is not valid UTF-8');
    }
  }
  return decoded.value;
}

/**
 * Encodes into a reused scratch buffer and copies the used part out: avsc's toBuffer()
 * sizes a fresh buffer per record, which costs about twice as much on the hot path.
 */
export class BodyEncoder {
  private scratch = Buffer.allocUnsafe(64 * 1024);

  encode(type: avro.Type, value: unknown, header: Buffer): Buffer {
    for (;;) {
      header.copy(this.scratch, 0);
      const end = type.encode(value, this.scratch, header.length);
      if (end >= 0) return Buffer.from(this.scratch.subarray(0, end));
      // A negative result is minus the bytes missing: grow and retry.
      this.scratch = Buffer.allocUnsafe(Math.max(this.scratch.length * 2, this.scratch.length - end));
    }
  }
}
