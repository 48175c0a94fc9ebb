import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import avro from 'avsc';
import { beforeAll, describe, expect, it } from 'vitest';
import { RECORD_SCHEMAS, type SocialPost } from '@spike/schemas';
import { formatOfPath, openPostSource, readAvroPosts, readCsvPosts, readJsonlPosts, CsvLines, type ReplayItem } from './readers.js';

/** Asymmetric matchers typed as the strings they stand for (expect.string* return any). */
const containing = (text: string): string => expect.stringContaining(text) as string;
const matching = (pattern: RegExp): string => expect.stringMatching(pattern) as string;

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/replay/', import.meta.url));
const T0 = Date.UTC(2022, 9, 25, 7, 5, 12);

async function collect(items: AsyncIterable<ReplayItem>): Promise<ReplayItem[]> {
  const out: ReplayItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const post = (overrides: Partial<SocialPost> & Pick<SocialPost, 'id' | 'text' | 'created_at'>): SocialPost => ({
  lang: null,
  author_id: null,
  author_location: null,
  geo_country: null,
  platform: 'other',
  ...overrides,
});

async function writeAvro(
  path: string,
  schema: avro.Schema,
  records: unknown[],
  codec: 'null' | 'deflate' = 'null',
  blockSize?: number,
): Promise<void> {
  const encoder = new avro.streams.BlockEncoder(avro.Type.forSchema(schema), { codec, blockSize });
  const out = createWriteStream(path);
  encoder.pipe(out);
  for (const record of records) encoder.write(record);
  encoder.end();
  await finished(out);
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'spike-replay-readers-'));
});

describe('readJsonlPosts', () => {
  it('yieldsGoodPostsAndBadLinesWithTheirNumbersInFileOrder', async () => {
    const source = await openPostSource(join(FIXTURES, 'posts.jsonl'));
    const items = await collect(source.items);
    expect(items.map((i) => [i.lineNumber, 'post' in i ? 'post' : 'error'])).toEqual([
      [1, 'post'],
      [2, 'post'],
      [4, 'error'],
      [5, 'error'],
      [6, 'error'],
      [7, 'error'],
      [8, 'post'],
    ]);
    expect(items[0]).toEqual({
      lineNumber: 1,
      post: post({
        id: 'r1',
        text: 'WhatsApp down? messages not sending',
        created_at: T0,
        lang: 'en',
        author_location: 'Leeds',
        platform: 'x',
      }),
    });
    expect(items[1]).toEqual({
      lineNumber: 2,
      post: post({
        id: 'r2',
        text: 'whatsapp band hai kya? msg nahi ja rahe',
        created_at: Date.UTC(2022, 9, 25, 1, 35, 13, 250),
        author_id: 'u-42',
        author_location: 'Lucknow, UP',
        geo_country: 'IN',
        platform: 'x',
      }),
    });
    expect(items[2]).toMatchObject({ error: containing('not JSON') });
    expect(items[3]).toMatchObject({ error: matching(/^text:/) });
    expect(items[4]).toMatchObject({ error: containing('created_at is missing') });
    expect(items[5]).toMatchObject({ error: containing('not an ISO 8601 time') });
    expect(items[6]).toEqual({ lineNumber: 8, post: post({ id: 'r7', text: 'WhatsApp çöktü mü?', created_at: T0 + 4000, lang: 'tr' }) });
  });

  it('readsAStreamWithoutATrailingNewline', async () => {
    const items = await collect(readJsonlPosts(Readable.from(['{"id":"a","text":"t","created_at":"2022-10-25T07:05:12Z"}'])));
    expect(items).toEqual([{ lineNumber: 1, post: post({ id: 'a', text: 't', created_at: T0 }) }]);
  });
});

describe('readCsvPosts', () => {
  it('readsQuotedMultiLineTextAndReportsBadRowsAtTheirLines', async () => {
    const source = await openPostSource(join(FIXTURES, 'posts.csv'));
    const items = await collect(source.items);
    expect(items).toEqual([
      {
        lineNumber: 2,
        post: post({
          id: 'c1',
          text: 'WhatsApp down, again? "nothing" sends\r\nsince 7am',
          created_at: T0,
          author_id: 'u-1',
          author_location: 'Roma, Lazio',
          platform: 'x',
        }),
      },
      { lineNumber: 4, error: containing('Invalid Record Length') },
      { lineNumber: 6, post: post({ id: 'c3', text: 'plain text', created_at: T0 + 2000 }) },
      { lineNumber: 7, error: containing('not an ISO 8601 time') },
      {
        lineNumber: 8,
        post: post({ id: 'c5', text: 'last one', created_at: T0 + 3000, author_location: 'Karachi 🇵🇰', platform: 'mastodon' }),
      },
    ]);
  });

  it('reportsAnUnclosedQuoteOnceAndKeepsTheRecordsBeforeIt', async () => {
    const csv = 'id,text,created_at\na,fine,2022-10-25T07:05:12Z\nb,"never closed,2022-10-25T07:05:13Z\nc,lost,2022-10-25T07:05:14Z\n';
    const items = await collect(readCsvPosts(Readable.from([csv])));
    expect(items).toEqual([
      { lineNumber: 2, post: post({ id: 'a', text: 'fine', created_at: T0 }) },
      { lineNumber: 4, error: containing('Quote Not Closed') },
    ]);
  });

  it('failsUpFrontWhenTheHeaderLacksARequiredColumn', async () => {
    await expect(collect(readCsvPosts(Readable.from(['id,body,created_at\n1,x,2022-10-25T07:05:12Z\n'])))).rejects.toMatchObject({
      code: 'INPUT_INVALID',
      message: containing('lacks the required column(s) text'),
    });
  });

  it('numbersLinesAsAnEditorDoesWithLfOrCrLfInsideQuotes', async () => {
    for (const eol of ['\n', '\r\n']) {
      const csv = [
        'id,text,created_at',
        'a,"two',
        'lines",2022-10-25T07:05:12Z',
        '',
        'b,"three',
        '',
        'lines",x',
        'c,c,2022-10-25T07:05:12Z',
        'd,d',
      ].join(eol);
      const items = await collect(readCsvPosts(Readable.from([csv])));
      expect(items.map((i) => i.lineNumber)).toEqual([2, 5, 8, 9]);
      expect(items.map((i) => ('post' in i ? i.post.id : i.error.slice(0, 20)))).toEqual([
        'a',
        'created_at "x" is no',
        'c',
        'not a CSV record: In',
      ]);
    }
  });

  it('keepsTheLineDriftOfCrLfInsideQuotedFields', () => {
    const lines = new CsvLines();
    // csv-parse says a record with one quoted CR LF, starting on line 2, ends on line 4.
    expect(lines.recordStart(4, 'a,"x\r\ny",z\r\n')).toBe(2);
    expect(lines.recordStart(6, '\r\nb,c,d\r\n')).toBe(5);
    expect(lines.errorLine(7)).toBe(6);
  });
});

describe('readAvroPosts', () => {
  it('readsSocialPostContainersIncludingDeflatedOnes', async () => {
    const posts = [
      post({ id: 'a1', text: 'WhatsApp down?', created_at: T0, author_id: 'u-1', platform: 'x' }),
      post({ id: 'a2', text: 'Instagram non va', created_at: T0 + 1500, lang: 'it', geo_country: 'IT', platform: 'threads' }),
    ];
    for (const codec of ['null', 'deflate'] as const) {
      const path = join(dir, `social-${codec}.avro`);
      await writeAvro(path, RECORD_SCHEMAS.SocialPost as unknown as avro.Schema, posts, codec);
      const source = await openPostSource(path);
      expect(source.unit).toBe('record');
      expect(await collect(source.items)).toEqual(posts.map((p, i) => ({ lineNumber: i + 1, post: p })));
    }
  });

  it('resolvesAForeignRecordWithTheSameFieldNamesAndReportsBadRecordsByNumber', async () => {
    const foreign = {
      type: 'record',
      name: 'Post',
      namespace: 'com.example.feed',
      fields: [
        { name: 'created_at', type: { type: 'long', logicalType: 'timestamp-millis' } },
        { name: 'text', type: 'string' },
        { name: 'id', type: 'string' },
        { name: 'platform', type: { type: 'enum', name: 'Site', symbols: ['bluesky', 'tiktok'] } },
        { name: 'lang', type: ['null', 'string'], default: null },
      ],
    } as avro.Schema;
    const path = join(dir, 'foreign.avro');
    await writeAvro(path, foreign, [
      { id: 'f1', text: 'down?', created_at: T0, platform: 'bluesky', lang: 'en' },
      { id: '', text: 'no id', created_at: T0 + 1, platform: 'bluesky', lang: null },
      { id: 'f3', text: 'tiktok down?', created_at: T0 + 2, platform: 'tiktok', lang: null },
    ]);
    expect(await collect((await openPostSource(path)).items)).toEqual([
      { lineNumber: 1, post: post({ id: 'f1', text: 'down?', created_at: T0, lang: 'en', platform: 'bluesky' }) },
      { lineNumber: 2, error: 'id: is empty' },
      { lineNumber: 3, post: post({ id: 'f3', text: 'tiktok down?', created_at: T0 + 2, platform: 'other' }) },
    ]);
  });

  it('failsUpFrontOnASchemaThatDoesNotResolve', async () => {
    const path = join(dir, 'string-time.avro');
    const schema = {
      type: 'record',
      name: 'Post',
      fields: [
        { name: 'id', type: 'string' },
        { name: 'text', type: 'string' },
        { name: 'created_at', type: 'string' },
      ],
    } as avro.Schema;
    await writeAvro(path, schema, [{ id: 'x', text: 't', created_at: '2022-10-25T07:05:12Z' }]);
    await expect(collect((await openPostSource(path)).items)).rejects.toMatchObject({
      code: 'INPUT_INVALID',
      message: containing('cannot be read as SocialPost'),
    });
  });

  it('failsUpFrontOnFilesOfOtherValuesOrNotAvroAtAll', async () => {
    const strings = join(dir, 'strings.avro');
    await writeAvro(strings, 'string', ['a']);
    await expect(collect((await openPostSource(strings)).items)).rejects.toMatchObject({ code: 'INPUT_INVALID' });
    await expect(collect(readAvroPosts(Readable.from(['{"id":"not avro"}\n'])))).rejects.toMatchObject({
      code: 'INPUT_INVALID',
      message: containing('not an Avro object container file'),
    });
  });
});

describe('readAvroPosts on a damaged file', () => {
  interface SmallBlocks {
    bytes: Buffer;
    /** Where each block starts and ends (its sync marker included), and how many records it holds. */
    blocks: { start: number; end: number; records: number }[];
    posts: SocialPost[];
  }

  /** Thirty posts in blocks of a few records each. */
  async function smallBlocks(codec: 'null' | 'deflate'): Promise<SmallBlocks> {
    const posts = Array.from({ length: 30 }, (_, i) =>
      post({ id: `p${i + 1}`, text: `post number ${i + 1} about an outage`, created_at: T0 + i }),
    );
    const path = join(dir, `small-blocks-${codec}.avro`);
    await writeAvro(path, RECORD_SCHEMAS.SocialPost as unknown as avro.Schema, posts, codec, 150);
    const { sync } = avro.extractFileHeader(path) as { sync: Buffer };
    const bytes = await readFile(path);
    const markerEnds: number[] = []; // the first ends the header
    for (let at = bytes.indexOf(sync); at >= 0; at = bytes.indexOf(sync, at + 1)) markerEnds.push(at + sync.length);
    const blocks = markerEnds.slice(1).map((end, i) => {
      const start = markerEnds[i] as number;
      return { start, end, records: avro.Type.forSchema('long').decode(bytes, start).value as number };
    });
    expect(blocks.length).toBeGreaterThan(5);
    expect(blocks.reduce((n, block) => n + block.records, 0)).toBe(30);
    return { bytes, blocks, posts };
  }

  const recordsBefore = (blocks: SmallBlocks['blocks'], index: number) => blocks.slice(0, index).reduce((n, b) => n + b.records, 0);
  const ids = (items: ReplayItem[]) => items.flatMap((item) => ('post' in item ? [item.post.id] : []));
  const errors = (items: ReplayItem[]) => items.flatMap((item) => ('error' in item ? [item] : []));
  const idsWithout = (posts: SocialPost[], from: number, count: number) =>
    posts.filter((_, i) => i < from || i >= from + count).map((p) => p.id);

  it('skipsABlockThatDoesNotInflateNamesItsRecordsAndReadsOn', async () => {
    const { bytes, blocks, posts } = await smallBlocks('deflate');
    const third = blocks[2] as SmallBlocks['blocks'][number];
    const before = recordsBefore(blocks, 2);
    const damaged = Buffer.from(bytes);
    damaged.fill(0xff, third.start + 4, third.end - 16); // its compressed records; the sync marker stays
    const items = await collect(readAvroPosts(Readable.from([damaged])));
    expect(errors(items)).toEqual([
      {
        lineNumber: before + 1,
        error: matching(
          new RegExp(
            `^\\d+ damaged bytes .* after record ${before} \\(a block .*\\): records ${before + 1}–${before + third.records} are lost$`,
          ),
        ),
      },
    ]);
    expect(ids(items)).toEqual(idsWithout(posts, before, third.records));
    // Record numbers after the damage still count the lost records.
    expect(items.at(-1)).toEqual({ lineNumber: 30, post: posts[29] });
  });

  it('skipsToTheNextSyncMarkerWhenOneIsBrokenAndSaysTheCountIsUnknown', async () => {
    const { bytes, blocks, posts } = await smallBlocks('null');
    const damaged = Buffer.from(bytes);
    const marker = (blocks[2] as SmallBlocks['blocks'][number]).end - 3;
    damaged[marker] = (damaged[marker] as number) ^ 0xff; // a byte of the third block's sync marker
    const items = await collect(readAvroPosts(Readable.from(chunksOf(damaged, 64))));
    expect(errors(items)).toEqual([
      {
        lineNumber: recordsBefore(blocks, 2) + 1,
        error: matching(/lacks its sync marker\): its records are lost, and record numbers after it may be off$/),
      },
    ]);
    // The search for a marker finds the fourth block's: the third and fourth go, every other post is read.
    const lost = (blocks[2]?.records ?? 0) + (blocks[3]?.records ?? 0);
    expect(ids(items)).toEqual(idsWithout(posts, recordsBefore(blocks, 2), lost));
  });

  it('endsWithInputInvalidNamingTheLastRecordWhenTheInputItselfFails', async () => {
    const { bytes, blocks, posts } = await smallBlocks('null');
    const third = blocks[2] as SmallBlocks['blocks'][number];
    const failing = new Readable({ read() {} });
    failing.push(bytes.subarray(0, third.start));
    setImmediate(() => failing.destroy(new Error('EIO: i/o error, read')));
    const items: ReplayItem[] = [];
    const reading = (async () => {
      for await (const item of readAvroPosts(failing)) items.push(item);
    })();
    const before = recordsBefore(blocks, 2);
    await expect(reading).rejects.toMatchObject({
      code: 'INPUT_INVALID',
      message: `the Avro file cannot be read after record ${before}: EIO: i/o error, read`,
    });
    expect(ids(items)).toEqual(posts.slice(0, before).map((p) => p.id));
  });

  it('reportsAFileCutInsideABlockAfterReadingEveryWholeBlock', async () => {
    const { bytes, blocks, posts } = await smallBlocks('null');
    const last = blocks.at(-1) as SmallBlocks['blocks'][number];
    const items = await collect(readAvroPosts(Readable.from([bytes.subarray(0, last.start + 10)])));
    expect(ids(items)).toEqual(posts.slice(0, 30 - last.records).map((p) => p.id));
    expect(errors(items)).toEqual([
      {
        lineNumber: 31 - last.records,
        error: matching(new RegExp(`\\(the file ends inside a block\\): records ${31 - last.records}–30 are lost$`)),
      },
    ]);
  });
});

function chunksOf(bytes: Buffer, size: number): Buffer[] {
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
  return chunks;
}

describe('openPostSource', () => {
  it('choosesTheFormatByExtensionUnlessToldAndKnowsTheSize', async () => {
    expect(formatOfPath('a/b.NDJSON')).toBe('jsonl');
    expect(formatOfPath('posts.json')).toBe('jsonl');
    expect(formatOfPath('posts.csv')).toBe('csv');
    expect(formatOfPath('posts.avro')).toBe('avro');
    expect(formatOfPath('posts.txt')).toBeUndefined();
    const path = join(dir, 'posts.txt');
    const line = '{"id":"a","text":"t","created_at":"2022-10-25T07:05:12Z"}\n';
    await writeFile(path, line);
    await expect(openPostSource(path)).rejects.toMatchObject({ code: 'INPUT_INVALID', message: containing('--format') });
    const source = await openPostSource(path, 'jsonl');
    expect(source.totalBytes).toBe(Buffer.byteLength(line));
    expect(await collect(source.items)).toHaveLength(1);
    expect(source.bytesRead()).toBe(Buffer.byteLength(line));
  });

  it('saysWhenTheFileCannotBeRead', async () => {
    await expect(openPostSource(join(dir, 'missing.jsonl'))).rejects.toMatchObject({ code: 'INPUT_INVALID' });
  });
});
