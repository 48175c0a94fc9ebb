/**
 * Avro object container files read block by block, for replays of archives that may be
 * damaged. avsc's BlockDecoder stops at the first bad block (a wrong sync marker, a block that
 * does not inflate or decode) and every post after it is lost; here a damaged block is
 * reported and skipped, and reading resumes after the next sync marker, which is what the
 * container format's sync markers are for. The header and the records are decoded by avsc.
 *
 * Format (Avro 1.11 specification, "Object Container Files"): the magic `Obj\x01`, a map of
 * metadata (`avro.schema`, `avro.codec`), a 16-byte sync marker; then blocks, each a count of
 * records, a size in bytes, the (compressed) records and the sync marker again.
 */
import { inflateRawSync } from 'node:zlib';
import avro from 'avsc';

/** What a file's header says. */
export interface ContainerHeader {
  /** The writer schema, parsed from JSON. */
  schema: unknown;
  codec: string;
}

/** Decodes one record at `at` in a block's data: the value and where it ends (-1 when the data ends first). */
export type RecordDecoder = (data: Buffer, at: number) => { value: unknown; offset: number };

export type ContainerItem =
  | { kind: 'records'; values: unknown[] }
  /**
   * A damaged stretch skipped, from a block that cannot be read to the next sync marker: its
   * bytes, why, and how many records it held when that is known (one block whose header is
   * intact, the marker where it said; else the records lost are unknown).
   */
  | { kind: 'damaged'; records: number | undefined; bytes: number; reason: string };

/** A block that cannot be read: why, and what its header claimed when it could be read. */
interface DamagedBlock {
  kind: 'damaged';
  reason: string;
  records?: number;
  /** Where the block ends (its sync marker included) by its header, from its start. */
  end?: number;
}

/** Raised for a file that is not a container of records at all (no header, an unknown codec). */
export class ContainerHeaderError extends Error {}

const MAGIC = Buffer.from('Obj\x01', 'latin1');
const SYNC_BYTES = 16;
/** Larger blocks are taken for damage: writers flush blocks of kilobytes to a few megabytes. */
const MAX_BLOCK_BYTES = 256 * 1024 * 1024;
const CODECS: Readonly<Record<string, (data: Buffer) => Buffer>> = {
  null: (data) => data,
  deflate: (data) => inflateRawSync(data),
};

const HEADER_TYPE = avro.Type.forSchema({
  type: 'record',
  name: 'org.apache.avro.file.Header',
  fields: [
    { name: 'magic', type: { type: 'fixed', name: 'Magic', size: 4 } },
    { name: 'meta', type: { type: 'map', values: 'bytes' } },
    { name: 'sync', type: { type: 'fixed', name: 'Sync', size: SYNC_BYTES } },
  ],
});
const LONG = avro.Type.forSchema('long');

/**
 * The container's records, block by block. `decoderFor` sees the header once, before any
 * block, and returns how to decode a record (it may throw: nothing has been read as posts yet).
 */
export async function* readContainer(
  input: AsyncIterable<Buffer | string>,
  decoderFor: (header: ContainerHeader) => RecordDecoder,
): AsyncGenerator<ContainerItem> {
  const bytes = new ByteQueue(input[Symbol.asyncIterator]());
  const { header, sync } = await readHeader(bytes);
  const inflate = CODECS[header.codec];
  if (inflate === undefined) throw new ContainerHeaderError(`the Avro codec ${header.codec} is not supported (null and deflate are)`);
  const decode = decoderFor(header);
  while (await bytes.fill(1)) {
    const block = await readBlock(bytes, sync, inflate, decode);
    if (block.kind === 'records') {
      yield block;
      continue;
    }
    const skipped = await bytes.skipPast(sync);
    // The records are known lost when the stretch is the one block its header describes, or the file ends inside it.
    const known = skipped.bytes === block.end || (!skipped.found && block.end !== undefined);
    yield { kind: 'damaged', records: known ? block.records : undefined, bytes: skipped.bytes, reason: block.reason };
    if (!skipped.found) return;
  }
}

async function readHeader(bytes: ByteQueue): Promise<{ header: ContainerHeader; sync: Buffer }> {
  if (!(await bytes.fill(MAGIC.length)) || !bytes.view().subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new ContainerHeaderError('not an Avro object container file (no Obj1 header)');
  }
  const decoded = await bytes.decode(HEADER_TYPE);
  if (decoded === undefined) throw new ContainerHeaderError('the Avro file header is damaged or cut short');
  const { meta, sync } = decoded as { meta: Record<string, Buffer>; sync: Buffer };
  const schemaJson = meta['avro.schema']?.toString('utf8');
  if (schemaJson === undefined) throw new ContainerHeaderError('the Avro file header has no avro.schema');
  let schema: unknown;
  try {
    schema = JSON.parse(schemaJson);
  } catch (error) {
    throw new ContainerHeaderError(`the Avro file's schema is not JSON: ${(error as Error).message}`);
  }
  return { header: { schema, codec: meta['avro.codec']?.toString('utf8') ?? 'null' }, sync: Buffer.from(sync) };
}

/** One block from the queue's front: its records, or why it is damaged (the queue then still starts at it). */
async function readBlock(
  bytes: ByteQueue,
  sync: Buffer,
  inflate: (data: Buffer) => Buffer,
  decode: RecordDecoder,
): Promise<{ kind: 'records'; values: unknown[] } | DamagedBlock> {
  const count = await bytes.peekLong(0);
  const size = count === undefined ? undefined : await bytes.peekLong(count.end);
  if (count === undefined || size === undefined) return { kind: 'damaged', reason: 'a block header is unreadable' };
  if (count.value < 0 || size.value < 0 || size.value > MAX_BLOCK_BYTES) {
    return { kind: 'damaged', reason: `a block header claims ${count.value} records in ${size.value} bytes` };
  }
  const dataEnd = size.end + size.value;
  const claimed = { kind: 'damaged' as const, records: count.value, end: dataEnd + SYNC_BYTES };
  if (!(await bytes.fill(dataEnd + SYNC_BYTES))) return { ...claimed, reason: 'the file ends inside a block' };
  const view = bytes.view();
  if (!view.subarray(dataEnd, dataEnd + SYNC_BYTES).equals(sync)) return { ...claimed, reason: 'a block lacks its sync marker' };
  let data: Buffer;
  try {
    data = inflate(view.subarray(size.end, dataEnd));
  } catch (error) {
    return { ...claimed, reason: `a block does not inflate: ${(error as Error).message}` };
  }
  const values = decodeRecords(data, count.value, decode);
  if (typeof values === 'string') return { ...claimed, reason: values };
  bytes.skip(dataEnd + SYNC_BYTES);
  return { kind: 'records', values };
}

/** The block's records, or why they cannot be its records (a record cut short, bytes left over, a decoder error). */
function decodeRecords(data: Buffer, count: number, decode: RecordDecoder): unknown[] | string {
  const values: unknown[] = [];
  let at = 0;
  try {
    for (let i = 0; i < count; i++) {
      const { value, offset } = decode(data, at);
      if (offset < 0) return `a block's data ends inside its record ${i + 1} of ${count}`;
      values.push(value);
      at = offset;
    }
  } catch (error) {
    return `record ${values.length + 1} of a block's ${count} does not decode: ${(error as Error).message}`;
  }
  return at === data.length ? values : `${data.length - at} bytes are left after a block's ${count} records`;
}

/** The input's bytes as one buffer from the current position, filled a chunk at a time. */
class ByteQueue {
  private buffer = Buffer.alloc(0);
  private start = 0;

  constructor(private readonly chunks: AsyncIterator<Buffer | string>) {}

  view(): Buffer {
    return this.buffer.subarray(this.start);
  }

  skip(count: number): void {
    this.start += count;
  }

  /** Whether `count` bytes are buffered past the position, reading more as needed (false: the input ends first). */
  async fill(count: number): Promise<boolean> {
    while (this.buffer.length - this.start < count) if (!(await this.readMore())) return false;
    return true;
  }

  /** A value of `type` at the position, consumed; undefined when it does not decode or the input ends inside it. */
  async decode(type: avro.Type): Promise<unknown> {
    const found = await this.peek(type, 0);
    if (found === undefined) return undefined;
    this.skip(found.end);
    return found.value;
  }

  /** An Avro long `at` bytes past the position, not consumed. */
  async peekLong(at: number): Promise<{ value: number; end: number } | undefined> {
    return (await this.peek(LONG, at)) as { value: number; end: number } | undefined;
  }

  /**
   * Moves past the next occurrence of `marker` after the first byte, and says how many bytes
   * that skipped; when the input ends first, everything left is skipped (`found` false).
   */
  async skipPast(marker: Buffer): Promise<{ found: boolean; bytes: number }> {
    let skipped = 0;
    let from = 1;
    for (;;) {
      const at = this.view().indexOf(marker, from);
      if (at >= 0) {
        this.skip(at + marker.length);
        return { found: true, bytes: skipped + at + marker.length };
      }
      // Keep the bytes that may begin the marker across the next chunk.
      const passed = Math.max(from, this.view().length - (marker.length - 1));
      this.skip(passed);
      skipped += passed;
      from = 0;
      if (!(await this.readMore())) {
        skipped += this.view().length;
        this.skip(this.view().length);
        return { found: false, bytes: skipped };
      }
    }
  }

  private async peek(type: avro.Type, at: number): Promise<{ value: unknown; end: number } | undefined> {
    for (;;) {
      let decoded: { value: unknown; offset: number };
      try {
        decoded = type.decode(this.view(), at);
      } catch {
        return undefined; // not a value of this type (a long of more than 53 bits, say)
      }
      if (decoded.offset >= 0) return { value: decoded.value, end: decoded.offset };
      if (!(await this.readMore())) return undefined;
    }
  }

  private async readMore(): Promise<boolean> {
    const next = await this.chunks.next();
    if (next.done === true) return false;
    const chunk = next.value;
    this.buffer = Buffer.concat([this.view(), typeof chunk === 'string' ? Buffer.from(chunk) : chunk]);
    this.start = 0;
    return true;
  }
}
