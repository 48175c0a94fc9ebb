// Replay throughput with --max against a real broker: the same code path as `spike replay`
// (file reader, SocialPost conversion, wire encoding, kafkajs producer with acks=all),
// in-process so the figure is not diluted by start-up.
//   KAFKA_BROKERS=127.0.0.1:9092 node test/bench/replay.mjs [posts=200000] [format=jsonl|csv|avro] [batchSize] [maxInFlight]
// Writes the generated posts to a temporary file (not timed), replays them into a fresh
// topic of 6 partitions, checks the topic holds them all, prints posts/s and deletes the topic.
// Build first (npm ci does): it imports the compiled dist.
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import avro from 'avsc';
import { Kafka, logLevel } from 'kafkajs';
import { connectKafkaPostSink, openPostSource, replayPosts } from '@spike/cli';
import { loadConfig } from '@spike/runtime';
import { RECORD_SCHEMAS } from '@spike/schemas';

const total = Number(process.argv[2] ?? 200_000);
const format = process.argv[3] ?? 'jsonl';
// Unset: replay's defaults (DEFAULT_BATCH_SIZE, DEFAULT_MAX_IN_FLIGHT).
const tuning = {
  ...(process.argv[4] ? { batchSize: Number(process.argv[4]) } : {}),
  ...(process.argv[5] ? { maxInFlight: Number(process.argv[5]) } : {}),
};
const PARTITIONS = 6;
const START = Date.UTC(2022, 9, 25, 6, 0, 0);
const SERVICES = ['WhatsApp', 'Instagram', 'YouTube', 'Jio', 'Turkcell', 'Netflix', 'Gmail', 'Discord'];
const PHRASES = [
  (s) => `${s} down? messages not sending since this morning`,
  (s) => `is ${s} down for anyone else? nothing loads at all`,
  (s) => `${s} non funziona da stamattina, che succede?`,
  (s) => `${s} çöktü mü? sadece bende mi acaba`,
  (s) => `${s} nahi chal raha yaar, msg nahi ja rahe`,
  (s) => `just got the new ${s} update, looks nice`,
];
const PLACES = [null, 'Leeds', 'Milano', 'İstanbul', 'Lucknow, UP', 'Lahore 🇵🇰', 'São Paulo'];

function post(i) {
  return {
    id: `bench-${i}`,
    text: PHRASES[i % PHRASES.length](SERVICES[(i >> 3) % SERVICES.length]),
    created_at: START + Math.floor(i * 7.2), // two hours of event time for 1M posts
    lang: null,
    author_id: `author-${(i * 7919) % 50_000}`,
    author_location: PLACES[i % PLACES.length],
    geo_country: null,
    platform: i % 4 === 0 ? 'reddit' : 'x',
  };
}

const csvCell = (v) => (v === null ? '' : /[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

async function writeInput(path) {
  if (format === 'avro') {
    const encoder = new avro.streams.BlockEncoder(avro.Type.forSchema(RECORD_SCHEMAS.SocialPost));
    const out = createWriteStream(path);
    encoder.pipe(out);
    for (let i = 0; i < total; i++) if (!encoder.write(post(i))) await new Promise((r) => encoder.once('drain', r));
    encoder.end();
    return finished(out);
  }
  const out = createWriteStream(path);
  if (format === 'csv') out.write('id,text,created_at,lang,author_id,author_location,geo_country,platform\n');
  for (let i = 0; i < total; i++) {
    const p = post(i);
    const line =
      format === 'csv'
        ? [p.id, p.text, new Date(p.created_at).toISOString(), p.lang, p.author_id, p.author_location, p.geo_country, p.platform]
            .map(csvCell)
            .join(',')
        : JSON.stringify({ ...p, created_at: new Date(p.created_at).toISOString() });
    if (!out.write(`${line}\n`)) await new Promise((r) => out.once('drain', r));
  }
  out.end();
  return finished(out);
}

const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
const topic = `bench.replay.${process.pid}`;
const admin = new Kafka({ clientId: 'bench-replay', brokers: config.kafka.brokers, logLevel: logLevel.NOTHING }).admin();
const dir = await mkdtemp(join(tmpdir(), 'spike-bench-replay-'));
const path = join(dir, `posts.${format}`);
await writeInput(path);
await admin.connect();
await admin.createTopics({ topics: [{ topic, numPartitions: PARTITIONS }], waitForLeaders: true });
try {
  const target = await connectKafkaPostSink({ config, topic });
  const source = await openPostSource(path);
  const summary = await replayPosts({ source, sink: target.sink, speed: 'max', ...tuning });
  await target.close();
  const held = (await admin.fetchTopicOffsets(topic)).reduce((sum, p) => sum + Number(p.high), 0);
  if (held !== total || summary.posts !== total) throw new Error(`sent ${summary.posts}, topic holds ${held}, expected ${total}`);
  console.log(
    `replay --max (${format}): ${total.toLocaleString('en')} posts in ${(summary.wallMs / 1000).toFixed(2)} s = ${Math.round(summary.postsPerSecond).toLocaleString('en')} posts/s into ${PARTITIONS} partitions at ${config.kafka.brokers.join(',')}`,
  );
} finally {
  await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
  await admin.disconnect();
  await rm(dir, { recursive: true, force: true });
}
