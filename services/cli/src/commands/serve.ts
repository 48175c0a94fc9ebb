/**
 * `spike serve [--service S] [--country C] [--keep-resolved-hours H] [--cors-origin O]`: a
 * read-only HTTP status API over the `anomalies` topic, for status pages and dashboards that
 * poll rather than subscribe. It reads the topic from its beginning, keeps an `IncidentBoard`,
 * and follows new events; `GET /incidents` and `GET /incidents/<id>` answer from the board
 * (`status-api.ts`), beside `/healthz`, `/readyz` (ready once the history the topic held at
 * start is read) and `/metrics` on `HTTP_PORT`.
 *
 * Like `spike watch` it reads in a consumer group of its own that commits nothing, so any
 * number of servers run side by side and a restarted one reads the topic again. A record that
 * is no `Anomaly` is logged and skipped (`spike_serve_skipped_total`): this reader starts over
 * at every restart, so dead-lettering would post the same record again each time; the durable
 * subscriber `spike notify` dead-letters it once.
 */
import { randomUUID } from 'node:crypto';
import type { Command } from 'commander';
import type { Kafka } from 'kafkajs';
import { Counter, Gauge } from 'prom-client';
import {
  CatchUp,
  createKafka,
  createLogger,
  createWorkerMetrics,
  exitOnSignals,
  isDeadLetterError,
  loadConfig,
  SpikeError,
  startHealthServer,
  toSpikeError,
  wireFormatFor,
  type Logger,
  type SpikeConfig,
} from '@spike/runtime';
import { IncidentBoard } from '../incident-board.js';
import { answerStatusRequest } from '../status-api.js';
import { matchesFilter, withIncidentFilter, type WatchFilter } from './watch.js';

interface ServeOptions extends WatchFilter {
  keepResolvedHours: string;
  corsOrigin?: string;
}

/** The worker metrics (records consumed) and the server's own: records skipped, incidents open on the board. */
export function serveMetrics(openIncidents: () => number) {
  const worker = createWorkerMetrics('serve');
  const registers = [worker.registry];
  return {
    ...worker,
    skipped: new Counter({
      name: 'spike_serve_skipped_total',
      help: 'Records of the anomalies topic skipped because they are no Anomaly.',
      labelNames: ['reason'],
      registers,
    }),
    open: new Gauge({
      name: 'spike_serve_open_incidents',
      help: 'Incidents on the board whose latest event is not RESOLVED.',
      registers,
      // Counted when scraped, not at every record.
      collect() {
        this.set(openIncidents());
      },
    }),
  };
}

export function keepResolvedMs(hours: string): number {
  const value = Number(hours);
  if (!(value >= 0) || !Number.isFinite(value))
    throw new SpikeError('CONFIG_INVALID', `--keep-resolved-hours must be a number of hours ≥ 0, got ${hours}`);
  return value * 60 * 60 * 1000;
}

async function topicEnds(kafka: Kafka, topic: string) {
  const admin = kafka.admin();
  await admin.connect();
  try {
    return await admin.fetchTopicOffsets(topic);
  } finally {
    await admin.disconnect();
  }
}

async function runServer(options: ServeOptions, config: SpikeConfig, log: Logger): Promise<void> {
  const board = new IncidentBoard({ keepResolvedMs: keepResolvedMs(options.keepResolvedHours) });
  const wire = wireFormatFor(config);
  await wire.init();
  const kafka = createKafka(config.kafka, 'serve', log);
  const topic = config.topics.anomalies;
  const catchUp = new CatchUp(await topicEnds(kafka, topic));
  if (catchUp.caughtUp) log.info({ topic }, 'the topic is empty: serving the present');
  const metrics = serveMetrics(() => board.incidents().length);
  const cors: Record<string, string> = options.corsOrigin ? { 'access-control-allow-origin': options.corsOrigin } : {};
  const health = await startHealthServer({
    ...config.http,
    registry: metrics.registry,
    isReady: () => catchUp.caughtUp,
    routes: (method, url) => {
      const answer = answerStatusRequest(board, catchUp.caughtUp, method, url);
      return answer && { ...answer, headers: cors };
    },
  });
  log.info({ event: 'health_listening', port: health.port }, 'status API, health and metrics listening');
  const consumer = kafka.consumer({ groupId: `${config.kafka.groupPrefix}-serve-${randomUUID()}` });
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  exitOnSignals(async () => {
    await consumer.disconnect();
    await health.close();
  }, log);
  await consumer.run({
    autoCommit: false,
    eachMessage: async ({ partition, message }) => {
      metrics.consumed.inc({ topic });
      const source = { topic, partition, offset: message.offset };
      try {
        if (message.value === null) throw new SpikeError('BAD_MAGIC', 'the record has no value (tombstone)');
        const event = await wire.decode('Anomaly', message.value);
        if (matchesFilter(event, options)) board.apply(event);
      } catch (thrown) {
        // A bad record is skipped; anything else (a registry that does not answer) stops the server.
        const error = toSpikeError(thrown, source);
        if (!isDeadLetterError(error)) throw error;
        metrics.skipped.inc({ reason: error.code });
        log.warn({ event: 'skipped', ...source, reason: error.code, detail: error.message }, 'record that is no Anomaly skipped');
      }
      const wasCaughtUp = catchUp.caughtUp;
      catchUp.read(partition, message.offset);
      if (!wasCaughtUp && catchUp.caughtUp) log.info({ incidents: board.size }, 'caught up with the topic: serving the present');
    },
  });
}

export function registerServe(program: Command): void {
  withIncidentFilter(program.command('serve'))
    .description('serve the incidents of the anomalies topic over HTTP: GET /incidents, GET /incidents/<id> (read-only, JSON)')
    .option('--keep-resolved-hours <hours>', 'how long a resolved incident stays listed (GET /incidents?all=true), in event time', '24')
    .option('--cors-origin <origin>', "answer with Access-Control-Allow-Origin: <origin> (e.g. '*' for a public status page)")
    .action(async (options: ServeOptions) => {
      const config = loadConfig();
      await runServer(options, config, createLogger({ level: config.logLevel, name: 'serve' }));
      // The consumer keeps the process alive until a signal stops it.
    });
}
