// A minimal worker process for the shutdown tests: copies each SocialPost from TOPIC_POSTS_RAW
// to OUTPUT_TOPIC, taking HANDLE_DELAY_MS per record so a signal lands mid-stream. It is
// wired exactly like a real worker's bin entry: config from env, signals via exitOnSignals.
import {
  createKafka,
  createLogger,
  createStreamWorker,
  createWorkerMetrics,
  exitOnSignals,
  loadConfig,
  wireFormatFor,
} from '@spike/runtime';

const config = loadConfig();
const log = createLogger({ level: config.logLevel, name: 'passthrough' });
const wire = wireFormatFor(config);
const delayMs = Number(process.env.HANDLE_DELAY_MS ?? 0);
const worker = createStreamWorker({
  name: 'passthrough',
  kafka: createKafka(config.kafka, 'passthrough', log),
  groupId: process.env.GROUP_ID,
  inputTopic: config.topics.postsRaw,
  inputRecord: 'SocialPost',
  deadLetterTopic: config.topics.postsDlq,
  wire,
  log,
  metrics: createWorkerMetrics('passthrough', { processMetrics: false }),
  chunkSize: Number(process.env.CHUNK_SIZE ?? 500),
  handle: async (post) => {
    if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
    process.stdout.write(`handled ${post.id}\n`);
    return [{ topic: process.env.OUTPUT_TOPIC, key: post.id, value: wire.encode('SocialPost', post) }];
  },
});
exitOnSignals(() => worker.stop(), log);
worker.run().catch((error) => {
  log.error({ err: error }, 'worker crashed');
  process.exit(1);
});
