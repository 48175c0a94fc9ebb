/**
 * Streaming readers of post files: JSON Lines, CSV (RFC 4180, with a header row) and Avro
 * object container files. Each yields `{ lineNumber, post }` for a good post and
 * `{ lineNumber, error }` for a bad one, in file order, holding only a chunk of the file in
 * memory (inputs can be gigabytes). For Avro, `lineNumber` is the record number, and a
 * damaged block is one bad item (its records are lost; the blocks after it are read).
 * A file that cannot be read as posts at all (not Avro, a schema that does not resolve, a
 * CSV header without the required columns) throws SpikeError INPUT_INVALID before any post.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import { pipeline, type Readable } from 'node:stream';
import avro from 'avsc';
import { parse as parseCsv, type CsvError } from 'csv-parse';
import { SpikeError } from '@spike/runtime';
import { RECORD_SCHEMAS, type SocialPost } from '@spike/schemas';
import { ContainerHeaderError, readContainer, type ContainerHeader, type ContainerItem, type RecordDecoder } from './avro-container.js';
import { socialPostFromJson, socialPostFromRecord, type Conversion } from './social-post.js';

export type ReplayItem = { lineNumber: number; post: SocialPost } | { lineNumber: number; error: string };

export const INPUT_FORMATS = ['jsonl', 'csv', 'avro'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

const FORMAT_BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'jsonl',
  '.csv': 'csv',
  '.avro': 'avro',
};

/** The format of a file from its extension, or undefined when the extension says nothing. */
export function formatOfPath(path: string): InputFormat | undefined {
  return FORMAT_BY_EXTENSION[extname(path).toLowerCase()];
}

function itemOf(lineNumber: number, conversion: Conversion): ReplayItem {
  return 'post' in conversion ? { lineNumber, post: conversion.post } : { lineNumber, error: conversion.error };
}

/** JSON Lines: one post per line; blank lines are skipped, a line that is not JSON or not a valid post is a bad line. */
export async function* readJsonlPosts(input: Readable): AsyncGenerator<ReplayItem> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  try {
    for await (const line of lines) {
      lineNumber++;
      if (line.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        yield { lineNumber, error: `not JSON: ${(error as Error).message}` };
        continue;
      }
      yield itemOf(lineNumber, socialPostFromJson(value));
    }
  } finally {
    // readline leaves its input open when the loop stops early (an interrupted replay).
    input.destroy();
  }
}

/** Columns a CSV header must name; the others of the JSON format are optional, unknown ones ignored. */
export const REQUIRED_CSV_COLUMNS = ['id', 'text', 'created_at'] as const;

function checkedHeader(header: string[]): string[] {
  const names = header.map((name) => name.trim());
  const missing = REQUIRED_CSV_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    throw new SpikeError('INPUT_INVALID', `the CSV header (${names.join(',')}) lacks the required column(s) ${missing.join(', ')}`);
  }
  return names;
}

/**
 * Line numbers of CSV records as an editor shows them. csv-parse counts a CR LF inside a
 * quoted field as two lines (CR and LF each end one), so its count drifts after such a field;
 * this keeps the drift and gives each record the line it starts on (quoted text can span
 * lines, and blank lines before a record are part of its raw text).
 */
export class CsvLines {
  private drift = 0;

  /** The first line of a record that csv-parse says ends on `parserLine`, given its raw text. */
  recordStart(parserLine: number, raw: string): number {
    const body = raw.replace(/^[\r\n]+/, '').replace(/(\r\n|\r|\n)$/, '');
    const parserBreaks = (body.match(/[\r\n]/g) ?? []).length;
    const start = parserLine - parserBreaks - this.drift;
    this.drift += (body.match(/\r\n/g) ?? []).length;
    return start;
  }

  /** The line of an error csv-parse reports at `parserLine`. */
  errorLine(parserLine: number): number {
    return parserLine - this.drift;
  }
}

/**
 * CSV with a header row (RFC 4180 quoting: quoted fields may hold commas, "" and line breaks),
 * parsed by csv-parse. An empty cell of an optional column is null. A record csv-parse cannot
 * read (wrong number of fields, a stray quote) is a bad line at the line where the parser
 * noticed; a stray quote can swallow the lines after it into that one bad record.
 */
export async function* readCsvPosts(input: Readable): AsyncGenerator<ReplayItem> {
  const lines = new CsvLines();
  // csv-parse reports skipped records as events while it parses ahead of us; they wait here
  // and are yielded in line order between the good records.
  const skipped: ReplayItem[] = [];
  let lastSkippedLine = 0;
  const parser = parseCsv({
    bom: true,
    columns: checkedHeader,
    raw: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    // Runs in parse order, like the skip events, so both see the same line drift.
    on_record: ({ record, raw }: { record: Record<string, string>; raw: string }, context) => ({
      record,
      lineNumber: lines.recordStart(context.lines, raw),
    }),
  });
  parser.on('skip', (error: CsvError) => {
    const line = lines.errorLine(Number(error.lines));
    // An unclosed quote is reported twice (where it goes wrong and again at the end): one bad record.
    if (line === lastSkippedLine) return;
    lastSkippedLine = line;
    // csv-parse's own line number in the message would contradict ours.
    const reason = error.message.replace(/ (on|at) line \d+/, '');
    skipped.push({ lineNumber: line, error: `not a CSV record: ${reason}` });
  });
  pipeline(input, parser, () => undefined); // errors reach the loop below through the parser
  try {
    for await (const { record, lineNumber } of parser as AsyncIterable<{ record: Record<string, string>; lineNumber: number }>) {
      while (skipped.length > 0 && (skipped[0] as ReplayItem).lineNumber < lineNumber) yield skipped.shift() as ReplayItem;
      yield itemOf(lineNumber, socialPostFromJson(record));
    }
  } catch (error) {
    if (error instanceof SpikeError) throw error;
    const cause = (error as { cause?: unknown }).cause;
    if (cause instanceof SpikeError) throw cause;
    throw new SpikeError('INPUT_INVALID', `cannot read the CSV input: ${(error as Error).message}`, { cause: error });
  }
  yield* skipped;
}

interface NamedSchema {
  type: unknown;
  name?: string;
  namespace?: string;
  fields?: { name: string; type: unknown }[];
}

/**
 * The writer schema of a file, renamed so Avro resolution against SocialPost can work: Avro
 * matches named types by full name, and a file from elsewhere may call its record `Post` (and
 * its platform enum `Site`) in any namespace. Only names change, never the encoding, so the
 * fields still resolve by Avro's rules (same names, promotable types, defaults for the fields
 * the writer lacks, unknown platform symbols to the enum default `other`).
 */
function asSocialPostWriter(schema: unknown): NamedSchema {
  const record = schema as NamedSchema;
  if (typeof schema !== 'object' || schema === null || record.type !== 'record') {
    throw new SpikeError(
      'INPUT_INVALID',
      `the Avro file holds ${JSON.stringify((schema as NamedSchema)?.type ?? schema)} values, not records`,
    );
  }
  const fields = (record.fields ?? []).map((field) => {
    const type = field.type as NamedSchema;
    if (field.name !== 'platform' || typeof type !== 'object' || type === null || type.type !== 'enum') return field;
    return { ...field, type: { ...type, name: 'Platform', namespace: 'dev.spike' } };
  });
  return { ...record, name: 'SocialPost', namespace: 'dev.spike', fields };
}

/**
 * An error reading the file, as the INPUT_INVALID it means: a header that is not a container's,
 * or the input failing after `recordNumber` records (damaged blocks are items, not errors).
 */
function avroReadError(error: unknown, recordNumber: number): SpikeError {
  if (error instanceof SpikeError) return error;
  const message = (error as Error).message;
  if (error instanceof ContainerHeaderError) return new SpikeError('INPUT_INVALID', message, { cause: error });
  return new SpikeError('INPUT_INVALID', `the Avro file cannot be read after record ${recordNumber}: ${message}`, { cause: error });
}

/** How to decode the file's records as SocialPost: its writer schema resolved against ours, once. */
function socialPostDecoder(header: ContainerHeader): RecordDecoder {
  const reader = avro.Type.forSchema(RECORD_SCHEMAS.SocialPost as unknown as avro.Schema);
  let resolver: avro.Resolver;
  try {
    resolver = reader.createResolver(avro.Type.forSchema(asSocialPostWriter(header.schema) as avro.Schema));
  } catch (error) {
    if (error instanceof SpikeError) throw error;
    throw new SpikeError('INPUT_INVALID', `the Avro file's records cannot be read as SocialPost: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return (data, at) => reader.decode(data, at, resolver);
}

/**
 * Avro object container files (null or deflate codec): the writer schema in the file header
 * is resolved against SocialPost once, up front; a record that then fails our checks (an
 * empty id) is a bad record with its number. A damaged block (see avro-container.ts) is one
 * bad item naming the records it held, and reading goes on after it; the input itself failing
 * ends the read with INPUT_INVALID.
 */
export async function* readAvroPosts(input: Readable): AsyncGenerator<ReplayItem> {
  const blocks = readContainer(input as AsyncIterable<Buffer | string>, socialPostDecoder);
  let recordNumber = 0;
  for (;;) {
    let next: IteratorResult<ContainerItem>;
    try {
      next = await blocks.next();
    } catch (error) {
      throw avroReadError(error, recordNumber);
    }
    if (next.done === true) return;
    const block = next.value;
    if (block.kind === 'damaged') {
      yield { lineNumber: recordNumber + 1, error: damagedBlockMessage(block, recordNumber) };
      recordNumber += block.records ?? 0;
      continue;
    }
    for (const record of block.values) {
      recordNumber++;
      yield itemOf(recordNumber, socialPostFromRecord(record as SocialPost));
    }
  }
}

function damagedBlockMessage(block: { records: number | undefined; bytes: number; reason: string }, before: number): string {
  const lost =
    block.records === undefined
      ? `its records are lost, and record numbers after it may be off`
      : block.records === 0
        ? 'it held no records'
        : `records ${before + 1}–${before + block.records} are lost`;
  return `${block.bytes} damaged bytes of the Avro file skipped after record ${before} (${block.reason}): ${lost}`;
}

const READERS: Readonly<Record<InputFormat, (input: Readable) => AsyncGenerator<ReplayItem>>> = {
  jsonl: readJsonlPosts,
  csv: readCsvPosts,
  avro: readAvroPosts,
};

/** Where posts come from, and how far through it the reading is (for the ETA). */
export interface PostSource {
  items: AsyncIterable<ReplayItem>;
  format: InputFormat;
  /** What `lineNumber` counts: lines of text, or records of an Avro file. */
  unit: 'line' | 'record';
  /** Bytes of the input read so far (read-ahead included), or undefined when not known. */
  bytesRead(): number | undefined;
  /** Size of the input in bytes, or undefined for a pipe. */
  totalBytes: number | undefined;
  /** Releases the input when the items will not be read to the end (or at all). */
  close(): void;
}

export function postSourceOf(input: Readable, format: InputFormat, size?: { bytesRead(): number; totalBytes: number }): PostSource {
  return {
    items: READERS[format](input),
    format,
    unit: format === 'avro' ? 'record' : 'line',
    bytesRead: () => size?.bytesRead(),
    totalBytes: size?.totalBytes,
    close: () => {
      if (input !== process.stdin) input.destroy();
    },
  };
}

/** Bigger reads than Node's 64 KiB default: fewer chunks to hand through the parser. */
const READ_CHUNK_BYTES = 1024 * 1024;

/**
 * Opens a file (or stdin for undefined or `-`) as a PostSource. The format is `format` when
 * given, else the file's extension, else JSONL for stdin; an unknown extension is INPUT_INVALID.
 */
export async function openPostSource(path: string | undefined, format?: InputFormat): Promise<PostSource> {
  if (path === undefined || path === '-') return postSourceOf(process.stdin, format ?? 'jsonl');
  const chosen = format ?? formatOfPath(path);
  if (!chosen) {
    throw new SpikeError('INPUT_INVALID', `cannot tell the format of ${path} from its extension: give --format ${INPUT_FORMATS.join('|')}`);
  }
  let totalBytes: number;
  try {
    totalBytes = (await stat(path)).size;
  } catch (error) {
    throw new SpikeError('INPUT_INVALID', `cannot read ${path}: ${(error as Error).message}`, { cause: error });
  }
  const stream = createReadStream(path, { highWaterMark: READ_CHUNK_BYTES });
  return postSourceOf(stream, chosen, { bytesRead: () => stream.bytesRead, totalBytes });
}
