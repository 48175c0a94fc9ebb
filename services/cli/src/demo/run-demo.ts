/**
 * The one-command demo (`npm start`, `spike demo`): a broker (the local one unless
 * KAFKA_BROKERS is set), the run's own topics, both workers as child processes configured the
 * way an operator configures them, a scenario replayed into posts.raw as fast as the broker
 * takes it, and the incidents printed as `spike watch` prints them, until the pipeline has
 * settled; then a summary, and everything it started is stopped again (unless --follow).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Admin, Consumer } from 'kafkajs';
import { settingsFromEnv, startLocalKafka, stopLocalKafka } from '@spike/local-kafka';
import { createKafka, createLogger, ensureTopics, loadConfig, wireFormatFor, type SpikeConfig } from '@spike/runtime';
import { simulate } from '@spike/scenarios';
import type { Anomaly } from '@spike/schemas';
import { formatAnomaly } from '../commands/watch.js';
import { connectKafkaPostSink } from '../replay/kafka-sink.js';
import { ReplayProgress, type ReplaySummary } from '../replay/progress.js';
import { createProgressView } from '../replay/progress-view.js';
import type { ReplayItem } from '../replay/readers.js';
import { replayPosts } from '../replay/replay.js';
import { socialPostFromJson } from '../replay/social-post.js';
import { demoPlan, demoRunId, type DemoPlan } from './demo-plan.js';
import { isSettled, lagOf } from './settle.js';
import { formatDemoSummary } from './summary.js';

const SPIKE_BIN = fileURLToPath(new URL('../../bin/spike.js', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const POLL_MS = 1_000;

export interface DemoOptions {
  scenario: string;
  seed: number;
  scale: number;
  /** Keep the workers and the watch running after the summary, until Ctrl-C. */
  follow: boolean;
  /** Leave the run's topics on the cluster (they are deleted otherwise). */
  keepTopics: boolean;
  /** Give up waiting for the pipeline to settle after this long, ms. */
  timeoutMs: number;
  env: NodeJS.ProcessEnv;
  /** Where the demo's own lines go (incident lines, summary). */
  print: (line: string) => void;
  /** Progress bar stream; defaults to stderr. */
  progressStream?: NodeJS.WriteStream;
  /** Resolves the wait early (Ctrl-C). */
  signal?: AbortSignal;
}

export interface DemoResult {
  runId: string;
  topics: DemoPlan['topics'];
  events: Anomaly[];
  replay: ReplaySummary;
  settled: boolean;
  summary: string;
}

/** A running demo's parts, so they can all be stopped whatever happens. */
interface Running {
  startedBroker: boolean;
  workers: ChildProcess[];
  consumer?: Consumer;
  admin?: Admin;
}

export async function runDemo(options: DemoOptions): Promise<DemoResult> {
  const startedAt = Date.now();
  const running: Running = { startedBroker: false, workers: [] };
  try {
    const brokers = await brokersFor(options, running);
    const plan = demoPlan(demoRunId(startedAt), brokers, options.env);
    const config = loadConfig({ ...options.env, ...plan.workerEnv });
    const kafka = createKafka(config.kafka, 'demo');
    running.admin = kafka.admin();
    await running.admin.connect();
    await ensureTopics(running.admin, config);
    options.print(`Run ${plan.runId}: topics ${plan.topics.postsRaw}, ${plan.topics.complaints}, ${plan.topics.anomalies}, …`);

    const logsDir = join(REPO_ROOT, '.cache', 'demo', plan.runId);
    mkdirSync(logsDir, { recursive: true });
    running.workers = (['classifier', 'detector'] as const).map((name) => startWorker(name, plan, options.env, logsDir));
    const workerFailed = failureOf(running.workers, logsDir);
    workerFailed.catch(() => undefined); // raced below; a worker that dies after the demo is over is no error

    const events: Anomaly[] = [];
    let lastEventAt = Date.now();
    // While the progress bar is up, lines go above it.
    const out = { print: options.print };
    running.consumer = await watchAnomalies(config, plan, (event) => {
      events.push(event);
      lastEventAt = Date.now();
      out.print(formatAnomaly(event));
    });

    const scenario = simulate(options.scenario, { seed: options.seed, scale: options.scale });
    options.print(
      `Replaying ${options.scenario} (seed ${options.seed}, scale ${options.scale}) into ${plan.topics.postsRaw} as fast as the broker takes it…`,
    );
    const replay = await Promise.race([replayScenario(config, scenario.posts(), options, out), workerFailed]);

    const settled = await Promise.race([
      waitUntilSettled(running.admin, config, plan, events, () => Date.now() - lastEventAt, options),
      workerFailed,
    ]);
    if (!settled)
      options.print(`The pipeline had not settled after ${Math.round(options.timeoutMs / 1000)} s; the summary shows what arrived.`);
    const summary = formatDemoSummary({
      scenario: options.scenario,
      posts: replay.posts,
      badPosts: replay.bad,
      wallMs: Date.now() - startedAt,
      events,
      labels: scenario.labels,
      anomaliesTopic: plan.topics.anomalies,
      logsDir,
    });
    options.print(summary);
    if (options.follow) {
      options.print('Following: workers and watch keep running; Ctrl-C stops them.');
      await new Promise<void>((resolve) => options.signal?.addEventListener('abort', () => resolve(), { once: true }));
    }
    if (!options.keepTopics) await running.admin.deleteTopics({ topics: Object.values(plan.topics) });
    return { runId: plan.runId, topics: plan.topics, events, replay, settled, summary };
  } finally {
    await stopAll(running, options.env);
  }
}

async function brokersFor(options: DemoOptions, running: Running): Promise<string> {
  if (options.env.KAFKA_BROKERS) return options.env.KAFKA_BROKERS;
  options.print('No KAFKA_BROKERS set: starting the local Kafka broker (the first start downloads it from Maven Central)…');
  const started = await startLocalKafka(settingsFromEnv(options.env), (line) => options.print(`[kafka] ${line}`), options.env);
  running.startedBroker = started.how !== 'already-running';
  return started.broker;
}

/** Node flags of the detector worker: a young generation big enough that windows' bookkeeping dies young. */
export const DETECTOR_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=128'];

function startWorker(name: 'classifier' | 'detector', plan: DemoPlan, env: NodeJS.ProcessEnv, logsDir: string): ChildProcess {
  const log = createWriteStream(join(logsDir, `${name}.log`));
  // The detector runs with the young generation its deployment gives it (infra/deploy/kubernetes/detector.yaml).
  const nodeFlags = name === 'detector' ? DETECTOR_NODE_FLAGS : [];
  const child = spawn(process.execPath, [...nodeFlags, SPIKE_BIN, 'worker', name], {
    env: { ...env, ...plan.workerEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  return child;
}

/** Rejects when a worker exits before the demo stops it. */
function failureOf(workers: ChildProcess[], logsDir: string): Promise<never> {
  return new Promise((_, reject) => {
    for (const worker of workers) {
      worker.once('exit', (code, signal) => {
        if (worker.killed) return;
        reject(new Error(`a worker (${worker.spawnargs.slice(-1)[0]}) exited early (${signal ?? code}); its log is in ${logsDir}`));
      });
    }
  });
}

async function watchAnomalies(config: SpikeConfig, plan: DemoPlan, onEvent: (event: Anomaly) => void): Promise<Consumer> {
  const wire = wireFormatFor(config);
  await wire.init();
  const consumer = createKafka(config.kafka, 'demo-watch').consumer({ groupId: `${plan.groupPrefix}-watch` });
  await consumer.connect();
  await consumer.subscribe({ topics: [plan.topics.anomalies], fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      if (message.value) onEvent(await wire.decode('Anomaly', message.value));
    },
  });
  return consumer;
}

/** The scenario into posts.raw, in order (one partition, one batch in flight: see `spike replay --ordered`). */
async function replayScenario(
  config: SpikeConfig,
  posts: Iterable<unknown>,
  options: DemoOptions,
  out: { print: (line: string) => void },
): Promise<ReplaySummary> {
  const target = await connectKafkaPostSink({ config, log: createLogger({ level: 'warn', name: 'demo' }), partition: 0 });
  const progress = new ReplayProgress(Date.now());
  const view = createProgressView(() => progress.snapshot(Date.now()), options.progressStream ?? process.stderr);
  out.print = (line) => view.note(line);
  try {
    return await replayPosts({ source: { items: scenarioItems(posts) }, sink: target.sink, speed: 'max', progress, maxInFlight: 1 });
  } finally {
    view.stop();
    out.print = options.print;
    await target.close();
  }
}

async function* scenarioItems(posts: Iterable<unknown>): AsyncGenerator<ReplayItem> {
  let lineNumber = 0;
  for (const json of posts) {
    lineNumber++;
    const converted = socialPostFromJson(json);
    yield 'error' in converted ? { lineNumber, error: converted.error } : { lineNumber, post: converted.post };
  }
}

async function waitUntilSettled(
  admin: Admin,
  config: SpikeConfig,
  plan: DemoPlan,
  events: Anomaly[],
  msSinceLastEvent: () => number,
  options: DemoOptions,
): Promise<boolean> {
  const deadline = Date.now() + options.timeoutMs;
  while (Date.now() < deadline && !options.signal?.aborted) {
    const [classifierLag, detectorLag] = await Promise.all([
      groupLag(admin, `${plan.groupPrefix}-classifier`, config.topics.postsRaw),
      groupLag(admin, `${plan.groupPrefix}-detector`, config.topics.complaints),
    ]);
    const resolved = new Set(events.filter((e) => e.status === 'RESOLVED').map((e) => e.incident_id));
    const openIncidents = new Set(events.filter((e) => !resolved.has(e.incident_id)).map((e) => e.incident_id)).size;
    if (isSettled({ replayDone: true, classifierLag, detectorLag, openIncidents, msSinceLastEvent: msSinceLastEvent() })) return true;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return false;
}

async function groupLag(admin: Admin, groupId: string, topic: string): Promise<number> {
  const [ends, committed] = await Promise.all([admin.fetchTopicOffsets(topic), admin.fetchOffsets({ groupId, topics: [topic] })]);
  return lagOf(ends, committed.find((t) => t.topic === topic)?.partitions ?? []);
}

/** Stops what the demo started, each step on its own so one failure does not leave the rest running. */
async function stopAll(running: Running, env: NodeJS.ProcessEnv): Promise<void> {
  await Promise.all(running.workers.map(stopChild));
  await running.consumer?.disconnect().catch(() => undefined);
  await running.admin?.disconnect().catch(() => undefined);
  if (running.startedBroker) await stopLocalKafka(settingsFromEnv(env)).catch(() => undefined);
}

/** SIGTERM (the workers drain and commit), SIGKILL if one is still there after 30 s. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
