/**
 * `spike notify --url URL [--service S] [--country C] [--statuses OPEN,RESOLVED] [--group NAME]`:
 * a durable subscriber of `anomalies` that POSTs each incident event to a webhook (a chat
 * channel's incoming webhook, an on-call or status-page integration), at least once and in order.
 *
 * Unlike `spike watch` it has a consumer group of its own that outlives it
 * (`<prefix>-notify-<name>`): a restarted notifier goes on from the last event the webhook
 * accepted; a new group starts with the next event (`--from-beginning`: with the topic's first). An event's offset is committed only once the webhook answered 2xx; until then it is
 * retried with backoff (doubling from 1 s to a minute) and nothing after it on its partition is
 * sent, so a webhook that is down for an hour gets the hour's events late but all of them, in
 * order. Events the filters leave out are committed without a request; a record that is no
 * Anomaly goes to `posts.dlq` with the reason, as the workers' bad records do. On SIGTERM it stops
 * between attempts; an event not yet accepted is sent again by the next run.
 *
 * The body is JSON: `text`, the line `spike watch` prints (what Slack-style incoming webhooks
 * show), and `anomaly`, the event as the Avro record's JSON. `/healthz`, `/readyz` and `/metrics`
 * listen on `HTTP_PORT`, as the workers' do.
 */
import type { Command } from 'commander';
import type { EachBatchPayload, Kafka, KafkaMessage } from 'kafkajs';
import { Counter } from 'prom-client';
import {
  createKafka,
  createLogger,
  createWorkerMetrics,
  deadLetterOf,
  exitOnSignals,
  isDeadLetterError,
  loadConfig,
  SpikeError,
  startHealthServer,
  toSpikeError,
  wireFormatFor,
  type Logger,
  type RecordCoordinates,
  type SpikeConfig,
} from '@spike/runtime';
import { INCIDENT_STATUS_SYMBOLS, type Anomaly, type IncidentStatus } from '@spike/schemas';
import { formatAnomaly, matchesFilter, withIncidentFilter, type WatchFilter } from './watch.js';

export interface NotifyFilter extends WatchFilter {
  /** Only these statuses (all when undefined). */
  statuses?: readonly IncidentStatus[];
}

export interface WebhookBody {
  text: string;
  anomaly: Anomaly;
}

/** What the webhook receives for one event. */
export function webhookBody(event: Anomaly): WebhookBody {
  return { text: formatAnomaly(event), anomaly: event };
}

export function notifies(event: Anomaly, filter: NotifyFilter): boolean {
  return matchesFilter(event, filter) && (filter.statuses === undefined || filter.statuses.includes(event.status));
}

/** "OPEN,resolved" → ['OPEN', 'RESOLVED']; a typo is an error, not a filter that never matches. */
export function parseStatuses(list: string): IncidentStatus[] {
  const statuses = list
    .split(',')
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean);
  for (const status of statuses) {
    if (!(INCIDENT_STATUS_SYMBOLS as readonly string[]).includes(status)) {
      throw new SpikeError(
        'CONFIG_INVALID',
        `--statuses: unknown status "${status}", expected some of ${INCIDENT_STATUS_SYMBOLS.join(', ')}`,
      );
    }
  }
  if (statuses.length === 0) throw new SpikeError('CONFIG_INVALID', '--statuses needs at least one status');
  return statuses as IncidentStatus[];
}

export interface Backoff {
  firstMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { firstMs: 1_000, maxMs: 60_000 };

/** The wait before retry `attempt` (1 = the first retry): doubling from `firstMs`, at most `maxMs`. */
export function retryDelayMs(attempt: number, backoff: Backoff = DEFAULT_BACKOFF): number {
  return Math.min(backoff.maxMs, backoff.firstMs * 2 ** Math.max(0, attempt - 1));
}

/** How one attempt went: the HTTP status, or the error that kept it from getting one. */
export type Attempt = { status: number } | { error: Error };

export interface Delivery {
  /** One POST of the body. */
  send: (body: WebhookBody) => Promise<Attempt>;
  sleep: (ms: number) => Promise<void>;
  /** Called between attempts (the consumer's heartbeat, so a long outage does not cost the partitions). */
  between: () => Promise<void>;
  /** True once the process is stopping: no further attempt. */
  stopping: () => boolean;
  backoff?: Backoff;
  onFailure?: (attempt: number, outcome: Attempt, retryInMs: number) => void;
}

/** Sends the body until the webhook answers 2xx (true) or the process stops first (false). */
export async function deliverUntilAccepted(body: WebhookBody, delivery: Delivery): Promise<boolean> {
  for (let attempt = 1; !delivery.stopping(); attempt++) {
    const outcome = await delivery.send(body);
    if ('status' in outcome && outcome.status >= 200 && outcome.status < 300) return true;
    const wait = retryDelayMs(attempt, delivery.backoff);
    delivery.onFailure?.(attempt, outcome, wait);
    await delivery.between();
    if (delivery.stopping()) break;
    await delivery.sleep(wait);
    await delivery.between();
  }
  return false;
}

/** The webhook's URL, http or https; the error names only what is wrong, not the URL (it may hold a secret). */
export function webhookUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch (error) {
    throw new SpikeError('CONFIG_INVALID', '--url is not a URL', { cause: error });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SpikeError('CONFIG_INVALID', `--url must be http or https, got ${url.protocol}`);
  }
  return url;
}

/** A POST with a timeout; any answer is an outcome, and so is a network error. */
async function post(url: string, body: WebhookBody, timeoutMs: number): Promise<Attempt> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel();
    return { status: response.status };
  } catch (error) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }
}

/** The worker metrics (records consumed, dead-lettered) and the notifier's own: events delivered, attempts refused, events filtered out. */
export function notifyMetrics() {
  const worker = createWorkerMetrics('notify');
  const registers = [worker.registry];
  return {
    ...worker,
    delivered: new Counter({
      name: 'spike_notify_delivered_total',
      help: 'Events the webhook accepted, by status.',
      labelNames: ['status'],
      registers,
    }),
    refused: new Counter({
      name: 'spike_notify_refused_total',
      help: 'Attempts the webhook refused or that failed (each retried).',
      registers,
    }),
    passed: new Counter({
      name: 'spike_notify_passed_total',
      help: 'Events committed without a request because the filters leave them out.',
      labelNames: ['reason'],
      registers,
    }),
  };
}

/**
 * A group that has committed nothing yet starts at the topic's current end on every partition,
 * committed before it first joins: a new webhook is not sent weeks of history, and a partition
 * that stays empty until a restart is not read from "latest" then (which would skip what came
 * while the notifier was down).
 */
async function startNewGroupAtTheEnd(kafka: Kafka, groupId: string, topic: string, log: Logger): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
    if (committed?.partitions.some((p) => p.offset !== '-1')) return;
    const ends = await admin.fetchTopicOffsets(topic);
    await admin.setOffsets({ groupId, topic, partitions: ends.map((end) => ({ partition: end.partition, offset: end.high })) });
    log.info({ groupId, topic }, 'new group: starting with the next event');
  } finally {
    await admin.disconnect();
  }
}

interface NotifyOptions extends WatchFilter {
  url: string;
  statuses?: IncidentStatus[];
  group: string;
  timeoutMs: string;
  fromBeginning?: boolean;
}

function describeOutcome(outcome: Attempt): Record<string, unknown> {
  return 'status' in outcome ? { status: outcome.status } : { err: outcome.error.message };
}

async function runNotifier(options: NotifyOptions, config: SpikeConfig, log: Logger): Promise<void> {
  const url = webhookUrl(options.url);
  const timeoutMs = Number(options.timeoutMs);
  if (!(timeoutMs > 0)) throw new SpikeError('CONFIG_INVALID', `--timeout-ms must be a positive number of ms, got ${options.timeoutMs}`);
  const wire = wireFormatFor(config);
  await wire.init();
  const groupId = `${config.kafka.groupPrefix}-notify-${options.group}`;
  const kafka = createKafka(config.kafka, 'notify', log);
  const consumer = kafka.consumer({ groupId });
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  const metrics = notifyMetrics();
  let stopping = false;
  let ready = false;
  const health = await startHealthServer({ ...config.http, registry: metrics.registry, isReady: () => ready && !stopping });
  log.info({ event: 'health_listening', port: health.port }, 'health and metrics server listening');
  await Promise.all([consumer.connect(), producer.connect()]);
  if (!options.fromBeginning) await startNewGroupAtTheEnd(kafka, groupId, config.topics.anomalies, log);
  // From the beginning only where the group has no offset: a partition added since it started, or all with --from-beginning.
  await consumer.subscribe({ topics: [config.topics.anomalies], fromBeginning: true });
  exitOnSignals(async () => {
    stopping = true;
    await consumer.disconnect();
    await producer.disconnect();
    await health.close();
  }, log);
  // Only the origin: a webhook's path often holds its secret (Slack's does).
  log.info({ webhook: url.origin, groupId, topic: config.topics.anomalies }, 'notifying');
  ready = true;

  /** The record's event, or undefined after dead-lettering it as the workers do (acknowledged before its offset is committed). */
  async function eventOf(message: KafkaMessage, source: RecordCoordinates): Promise<Anomaly | undefined> {
    try {
      if (message.value === null) throw new SpikeError('BAD_MAGIC', 'the record has no value (tombstone)');
      return await wire.decode('Anomaly', message.value);
    } catch (thrown) {
      const error = toSpikeError(thrown, source);
      if (!isDeadLetterError(error)) throw error;
      const letter = deadLetterOf({ ...source, key: message.key, value: message.value }, error.code, error.message, Date.now());
      await producer.send({
        topic: config.topics.postsDlq,
        acks: -1,
        messages: [{ key: message.key, value: wire.encode('DeadLetter', letter) }],
      });
      metrics.deadLettered.inc({ topic: source.topic, reason: error.code });
      log.warn({ event: 'dead_lettered', ...source, reason: error.code, detail: error.message }, 'record dead-lettered');
      return undefined;
    }
  }

  /** Sends the event until the webhook accepts it (true), or the notifier stops first (false). */
  async function deliver(event: Anomaly, source: RecordCoordinates, payload: EachBatchPayload): Promise<boolean> {
    const accepted = await deliverUntilAccepted(webhookBody(event), {
      send: (body) => post(url.href, body, timeoutMs),
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      between: () => payload.heartbeat(),
      stopping: () => stopping || !payload.isRunning(),
      onFailure: (attempt, outcome, retryInMs) => {
        metrics.refused.inc();
        log.warn({ ...source, incident: event.incident_id, attempt, retryInMs, ...describeOutcome(outcome) }, 'webhook refused, retrying');
      },
    });
    if (accepted) {
      metrics.delivered.inc({ status: event.status });
      log.info({ ...source, incident: event.incident_id, status: event.status }, 'delivered');
    }
    return accepted;
  }

  await consumer.run({
    autoCommit: false,
    eachBatchAutoResolve: false,
    eachBatch: async (payload) => {
      const { topic, partition } = payload.batch;
      for (const message of payload.batch.messages) {
        if (stopping || !payload.isRunning() || payload.isStale()) return;
        const source = { topic, partition, offset: message.offset };
        metrics.consumed.inc({ topic });
        const event = await eventOf(message, source);
        if (event && !notifies(event, options)) metrics.passed.inc({ reason: 'filtered' });
        else if (event && !(await deliver(event, source, payload))) return;
        payload.resolveOffset(message.offset);
        await consumer.commitOffsets([{ topic, partition, offset: String(Number(message.offset) + 1) }]);
      }
    },
  });
}

export function registerNotify(program: Command): void {
  withIncidentFilter(program.command('notify'))
    .description('POST each incident event from the anomalies topic to a webhook, at least once and in order')
    .requiredOption('--url <url>', 'the webhook to POST to (JSON body: text, anomaly)')
    .option('--statuses <list>', 'only these statuses, comma-separated (OPEN, UPDATE, RECOVERING, RESOLVED)', parseStatuses)
    .option('--group <name>', 'names the consumer group (<prefix>-notify-<name>): one per webhook', 'default')
    .option('--timeout-ms <ms>', 'give up an attempt after this long and retry', '10000')
    .option(
      '--from-beginning',
      "a new group's first run also sends the events already on the topic (by default it starts with the next one)",
    )
    .action(async (options: NotifyOptions) => {
      const config = loadConfig();
      await runNotifier(options, config, createLogger({ level: config.logLevel, name: 'notify' }));
      // The consumer keeps the process alive until a signal stops it.
    });
}
