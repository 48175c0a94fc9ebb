import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import avro from 'avsc';
import { beforeAll, describe, expect, it } from 'vitest';
import { connectKafkaPostSink, openPostSource, replayPosts, type InputFormat } from '@spike/cli';
import { SingleObjectFormat } from '@spike/runtime';
import { RECORD_SCHEMAS, type SocialPost } from '@spike/schemas';
import { createTopic, readTopic, recordCount, testConfig, testEnv, uniqueSuffix, waitFor } from '../support/kafka.js';
import { generatedPosts } from '../support/posts.js';

const SPIKE = fileURLToPath(new URL('../../services/cli/bin/spike.js', import.meta.url));
const wire = new SingleObjectFormat();
const iso = (ms: number) => new Date(ms).toISOString();

function jsonLine(post: SocialPost): string {
  return JSON.stringify({ ...post, created_at: iso(post.created_at), expected: { complaint: true } });
}

const csvCell = (value: string | null) => (value === null ? '' : /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
const CSV_COLUMNS = ['id', 'text', 'created_at', 'lang', 'author_id', 'author_location', 'geo_country', 'platform'] as const;
const csvRow = (post: SocialPost) => CSV_COLUMNS.map((c) => csvCell(c === 'created_at' ? iso(post.created_at) : post[c])).join(',');

/**
 * A file of `posts` in a format with two bad lines (or records) among them; returns its path.
 * CSV posts get quoted multi-line text so quoting is crossed too.
 */
async function writePosts(dir: string, format: InputFormat, posts: SocialPost[]): Promise<string> {
  const path = join(dir, `posts-${uniqueSuffix()}.${format}`);
  if (format === 'jsonl') {
    const lines = posts.map(jsonLine);
    lines.splice(5, 0, '{"id":"broken", "text":');
    lines.splice(20, 0, JSON.stringify({ id: 'no-time', text: 'WhatsApp down?' }));
    await writeFile(path, `${lines.join('\n')}\n`);
  } else if (format === 'csv') {
    const rows = [CSV_COLUMNS.join(','), ...posts.map(csvRow)];
    rows.splice(5, 0, 'too,many,fields,in,this,row,for,the,header');
    rows.splice(20, 0, `bad-time,WhatsApp down?,yesterday,,,,,x`);
    await writeFile(path, `${rows.join('\r\n')}\r\n`);
  } else {
    const encoder = new avro.streams.BlockEncoder(avro.Type.forSchema(RECORD_SCHEMAS.SocialPost as unknown as avro.Schema));
    const out = createWriteStream(path);
    encoder.pipe(out);
    const records = [...posts];
    records.splice(5, 0, { ...(posts[0] as SocialPost), id: '' });
    records.splice(20, 0, { ...(posts[1] as SocialPost), id: '' });
    for (const record of records) encoder.write(record);
    encoder.end();
    await finished(out);
  }
  return path;
}

/** The posts a topic holds, decoded with the project's wire format, with their keys and timestamps. */
async function postsOn(topic: string, expected: number) {
  const records = await readTopic(topic, expected);
  return Promise.all(
    records.map(async ({ message }) => ({
      key: message.key?.toString(),
      timestamp: Number(message.timestamp),
      post: await wire.decode('SocialPost', message.value as Buffer),
    })),
  );
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'spike-replay-it-'));
});

describe('replay', () => {
  it.each(['jsonl', 'csv', 'avro'] as const)('publishesEveryGoodPostOfA%sFileOnceKeyedByIdAtItsTime', async (format) => {
    const suffix = uniqueSuffix();
    const config = testConfig(suffix);
    await createTopic(config.topics.postsRaw, 3);
    const posts = generatedPosts(120).map((post, i) =>
      format === 'csv' && i % 10 === 0 ? { ...post, text: `${post.text}\n"quoted", on two lines` } : post,
    );

    const target = await connectKafkaPostSink({ config });
    const source = await openPostSource(await writePosts(dir, format, posts));
    const summary = await replayPosts({ source, sink: target.sink, speed: 'max', batchSize: 25 });
    await target.close();

    expect(summary).toMatchObject({ posts: 120, bad: 2, interrupted: false });
    expect(summary.firstEventMs).toBe(posts[0]?.created_at);
    expect(summary.lastEventMs).toBe(posts[119]?.created_at);
    const received = await postsOn(config.topics.postsRaw, posts.length);
    expect(received).toHaveLength(posts.length);
    const byId = (a: { post: SocialPost }, b: { post: SocialPost }) => a.post.id.localeCompare(b.post.id);
    expect(received.sort(byId).map((r) => r.post)).toEqual([...posts].sort((a, b) => a.id.localeCompare(b.id)));
    for (const { key, timestamp, post } of received) {
      expect(key).toBe(post.id);
      expect(timestamp).toBe(post.created_at);
    }
  });

  it('sendsAtTheSpeedAskedForSoTwoSecondsOfPostsTakeAtLeastTwoSecondsAtSpeed1', async () => {
    const config = testConfig(uniqueSuffix());
    await createTopic(config.topics.postsRaw, 1);
    const posts = generatedPosts(21, Date.UTC(2022, 9, 25, 7, 0, 0)).map((post, i) => ({ ...post, created_at: post.created_at - i * 900 }));
    expect((posts[20] as SocialPost).created_at - (posts[0] as SocialPost).created_at).toBe(2_000);

    const target = await connectKafkaPostSink({ config });
    const source = await openPostSource(await writePosts(dir, 'jsonl', posts));
    const started = performance.now();
    const summary = await replayPosts({ source, sink: target.sink, speed: 1 });
    const tookMs = performance.now() - started;
    await target.close();

    expect(summary.posts).toBe(21);
    expect(tookMs).toBeGreaterThanOrEqual(1_900);
    expect(await recordCount(config.topics.postsRaw)).toBe(21);
  });

  it('stopsOnSigintSendsWhatItReadAndExits130', async () => {
    const suffix = uniqueSuffix();
    const config = testConfig(suffix);
    await createTopic(config.topics.postsRaw, 2);
    const posts = generatedPosts(60); // one a second: a minute at speed 1
    const path = await writePosts(dir, 'jsonl', posts);
    const child = spawn(process.execPath, [SPIKE, 'replay', '--input', path, '--speed', '1'], {
      env: { ...process.env, ...testEnv(suffix), LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await waitFor(async () => (await recordCount(config.topics.postsRaw)) >= 2, 'the replay to have sent two posts');
    child.kill('SIGINT');

    expect(await exit).toBe(130);
    const sent = Number(/(\d+) posts sent/.exec(stdout)?.[1]);
    expect(stdout).toContain('replay interrupted');
    expect(sent).toBeGreaterThanOrEqual(2);
    expect(sent).toBeLessThan(60);
    const received = await postsOn(config.topics.postsRaw, sent);
    expect(received.map((r) => r.post.id).sort()).toEqual(
      posts
        .slice(0, sent)
        .map((p) => p.id)
        .sort(),
    );
  });

  it('failsWithExit1AndSaysHowWhenTheTopicDoesNotExist', async () => {
    const suffix = uniqueSuffix();
    const path = await writePosts(dir, 'jsonl', generatedPosts(3));
    const child = spawn(process.execPath, [SPIKE, 'replay', '--input', path], {
      env: { ...process.env, ...testEnv(suffix), LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(1);
    expect(stderr).toContain(`spike: TOPIC_MISSING: topic posts.raw.${suffix} does not exist`);
    expect(stderr).toContain('npx spike topics create');
  });
});
