// `spike notify` through the real broker: incident events on `anomalies` reach a webhook once
// each, in order per incident, through a refused first request and past a record that is no
// Anomaly (dead-lettered with its reason); a restarted notifier goes on
// from where the webhook's acceptances left it, and the webhook's secret path stays out of logs.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureTopics, SingleObjectFormat, type SpikeConfig } from '@spike/runtime';
import type { Anomaly } from '@spike/schemas';
import { incidentEvent } from '../support/anomalies.js';
import { readTopic, testConfig, testEnv, testKafka, uniqueSuffix, waitFor, withAdmin } from '../support/kafka.js';

const SPIKE = fileURLToPath(new URL('../../services/cli/bin/spike.js', import.meta.url));
const SECRET_PATH = '/services/T000/B000/not-a-real-secret';
const wire = new SingleObjectFormat();
/** Keyed like jio-1's events, so it lands between them on their partition. */
const GARBAGE_KEY = 'jio-1';
const GARBAGE = Buffer.from('not an Avro record at all');

/** A webhook that refuses its first request with 500 and records every body, accepted or not. */
async function startWebhook(): Promise<{ server: Server; url: string; accepted: Anomaly[]; texts: string[]; requests: () => number }> {
  const accepted: Anomaly[] = [];
  const texts: string[] = [];
  let requests = 0;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests++;
      if (requests === 1 || request.url !== SECRET_PATH) {
        response.writeHead(500).end();
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { text: string; anomaly: Anomaly };
      texts.push(body.text);
      accepted.push(body.anomaly);
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}${SECRET_PATH}`, accepted, texts, requests: () => requests };
}

function startNotifier(
  url: string,
  env: Record<string, string>,
  extraArgs: string[] = [],
): { child: ChildProcess; exit: Promise<number | null>; logs: () => string } {
  const child = spawn(process.execPath, [SPIKE, 'notify', '--url', url, '--statuses', 'OPEN,RESOLVED', ...extraArgs], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Its JSON log lines (stdout), and anything on stderr.
  let logs = '';
  const keep = (chunk: Buffer) => (logs += chunk.toString('utf8'));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { child, exit: new Promise((resolve) => child.on('exit', (code) => resolve(code))), logs: () => logs };
}

/** Publishes events keyed by incident, and raw bytes (a record that is no Anomaly) keyed `GARBAGE_KEY`. */
async function publish(config: SpikeConfig, events: (Anomaly | Buffer)[]): Promise<void> {
  const producer = testKafka().producer();
  await producer.connect();
  try {
    await producer.send({
      topic: config.topics.anomalies,
      acks: -1,
      messages: events.map((e) =>
        Buffer.isBuffer(e) ? { key: GARBAGE_KEY, value: e } : { key: e.incident_id, value: wire.encode('Anomaly', e) },
      ),
    });
  } finally {
    await producer.disconnect();
  }
}

/** Whether the notifier's group has committed every record of the anomalies topic. */
async function caughtUp(config: SpikeConfig, groupId: string): Promise<boolean> {
  return withAdmin(async (admin) => {
    const ends = await admin.fetchTopicOffsets(config.topics.anomalies);
    const [committed] = await admin.fetchOffsets({ groupId, topics: [config.topics.anomalies] });
    const at = new Map(committed?.partitions.map((p) => [p.partition, p.offset]) ?? []);
    return ends.every((end) => end.high === '0' || at.get(end.partition) === end.high);
  });
}

const running: ChildProcess[] = [];
const servers: Server[] = [];
afterEach(async () => {
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
});

describe('spike notify', () => {
  it('deliversEachChosenEventOnceInOrderThroughARefusalDeadLettersGarbageAndGoesOnAfterARestart', async () => {
    const suffix = uniqueSuffix();
    const prefix = `it-${suffix}`;
    const config = testConfig(suffix, { KAFKA_GROUP_PREFIX: prefix });
    await withAdmin((admin) => ensureTopics(admin, config));
    const env = { ...testEnv(suffix), KAFKA_GROUP_PREFIX: prefix, LOG_LEVEL: 'info', HTTP_PORT: '0' };
    const webhook = await startWebhook();
    servers.push(webhook.server);

    const jio = [
      incidentEvent('jio-1', 'jio', 'OPEN', { minute: 1 }),
      incidentEvent('jio-1', 'jio', 'UPDATE', { minute: 2 }),
      incidentEvent('jio-1', 'jio', 'RESOLVED', { minute: 40 }),
    ];
    const bank = [
      incidentEvent('bank-1', 'lloyds', 'OPEN', { minute: 3 }),
      incidentEvent('bank-1', 'lloyds', 'RECOVERING', { minute: 30 }),
      incidentEvent('bank-1', 'lloyds', 'RESOLVED', { minute: 50 }),
    ];
    await publish(config, [jio[0], bank[0], GARBAGE, jio[1], bank[1], jio[2], bank[2]] as (Anomaly | Buffer)[]);

    // The group is new: --from-beginning sends what is already on the topic.
    const first = startNotifier(webhook.url, env, ['--from-beginning']);
    running.push(first.child);
    await waitFor(() => webhook.accepted.length >= 4, 'the four OPEN and RESOLVED events', 60_000);
    await waitFor(() => caughtUp(config, `${prefix}-notify-default`), 'the notifier to commit the whole topic', 30_000);
    // One refused request, sent again: five requests for four events, each accepted once.
    expect(webhook.requests()).toBe(5);
    const byIncident = (id: string) => webhook.accepted.filter((e) => e.incident_id === id);
    expect(byIncident('jio-1')).toEqual([jio[0], jio[2]]);
    expect(byIncident('bank-1')).toEqual([bank[0], bank[2]]);
    // The text is the line `spike watch` prints.
    expect(webhook.texts.map((text) => text.split(/\s{2,}/)[1])).toEqual(webhook.accepted.map((e) => e.status));

    // The record that is no Anomaly is dead-lettered whole, with the reason, and the events after it still went out.
    const letters = await readTopic(config.topics.postsDlq, 1);
    const letter = await wire.decode('DeadLetter', letters[0]?.message.value as Buffer);
    expect(letter).toMatchObject({ source_topic: config.topics.anomalies, value: GARBAGE, error_kind: 'BAD_MAGIC' });
    // What an operator's Prometheus sees: two events of each chosen status delivered, one refusal, two filtered.
    const port = /"event":"health_listening","port":(\d+)/.exec(first.logs())?.[1];
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).toContain('spike_notify_delivered_total{status="OPEN",worker="notify"} 2');
    expect(metrics).toContain('spike_notify_delivered_total{status="RESOLVED",worker="notify"} 2');
    expect(metrics).toContain('spike_notify_refused_total{worker="notify"} 1');
    expect(metrics).toContain('spike_notify_passed_total{reason="filtered",worker="notify"} 2');
    expect(metrics).toContain(`spike_records_dead_lettered_total{topic="${config.topics.anomalies}",reason="BAD_MAGIC",worker="notify"} 1`);
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);

    first.child.kill('SIGTERM');
    expect(await first.exit).toBe(0);

    const later = incidentEvent('jio-2', 'jio', 'OPEN', { minute: 90 });
    await publish(config, [later]);
    // No --from-beginning: only the group's committed offsets bring it to the event published while it was down.
    const second = startNotifier(webhook.url, env);
    running.push(second.child);
    await waitFor(() => webhook.accepted.length >= 5, 'the event published while the notifier was down', 60_000);
    await waitFor(() => caughtUp(config, `${prefix}-notify-default`), 'the restarted notifier to commit it', 30_000);
    expect(webhook.accepted.slice(4)).toEqual([later]);
    expect(webhook.requests()).toBe(6);
    second.child.kill('SIGTERM');
    expect(await second.exit).toBe(0);

    // A new group without --from-beginning starts with the next event: no history for a new webhook.
    const fresh = startNotifier(webhook.url, env, ['--group', 'fresh']);
    running.push(fresh.child);
    const freshPort = await waitFor(() => /"event":"health_listening","port":(\d+)/.exec(fresh.logs())?.[1], 'the new notifier to listen');
    await waitFor(
      async () => (await fetch(`http://127.0.0.1:${freshPort}/readyz`).catch(() => undefined))?.status === 200,
      'the new notifier to be ready',
    );
    const newest = incidentEvent('bank-2', 'lloyds', 'OPEN', { minute: 120 });
    await publish(config, [newest]);
    await waitFor(() => webhook.accepted.length >= 6, 'the event published after the new group started', 60_000);
    await waitFor(() => caughtUp(config, `${prefix}-notify-fresh`), 'the new group to commit it', 30_000);
    expect(webhook.accepted.slice(5)).toEqual([newest]);
    fresh.child.kill('SIGTERM');
    expect(await fresh.exit).toBe(0);

    expect(first.logs()).toContain('"webhook":"http://127.0.0.1');
    expect(first.logs() + second.logs()).not.toContain('not-a-real-secret');
  }, 180_000);
});
