// `spike serve` through the real broker: it reads `anomalies` from the beginning, is ready once
// it has read what the topic held at start, answers GET /incidents and GET /incidents/<id> from
// it, follows events that arrive later, and skips a record that is no Anomaly without stopping.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureTopics, SingleObjectFormat, type SpikeConfig } from '@spike/runtime';
import type { Anomaly } from '@spike/schemas';
import { incidentEvent } from '../support/anomalies.js';
import { testConfig, testEnv, testKafka, uniqueSuffix, waitFor, withAdmin } from '../support/kafka.js';

const SPIKE = fileURLToPath(new URL('../../services/cli/bin/spike.js', import.meta.url));
const wire = new SingleObjectFormat();

interface IncidentsBody {
  as_of: string | null;
  caught_up: boolean;
  incidents: Anomaly[];
}

async function publish(config: SpikeConfig, records: (Anomaly | { key: string; value: Buffer })[]): Promise<void> {
  const producer = testKafka().producer();
  await producer.connect();
  await producer.send({
    topic: config.topics.anomalies,
    acks: -1,
    messages: records.map((r) => ('incident_id' in r ? { key: r.incident_id, value: wire.encode('Anomaly', r) } : r)),
  });
  await producer.disconnect();
}

describe('spike serve', () => {
  let child: ChildProcess | undefined;
  afterEach(() => {
    child?.kill('SIGTERM');
  });

  it('servesTheOpenIncidentsAndEachHistoryFromTheTopicAndFollowsNewEvents', async () => {
    const suffix = uniqueSuffix();
    const config = testConfig(suffix, { KAFKA_GROUP_PREFIX: `it-${suffix}` });
    await withAdmin((admin) => ensureTopics(admin, config));
    const history = [
      incidentEvent('whatsapp-1', 'whatsapp', 'OPEN', { startMinute: 0 }),
      incidentEvent('instagram-1', 'instagram', 'OPEN', { startMinute: 2 }),
      incidentEvent('whatsapp-1', 'whatsapp', 'UPDATE', { startMinute: 0, minute: 1 }),
      incidentEvent('instagram-1', 'instagram', 'RESOLVED', { startMinute: 2, minute: 20 }),
    ];
    await publish(config, [...history, { key: 'whatsapp-1', value: Buffer.from('not an Avro record') }]);

    child = spawn(process.execPath, [SPIKE, 'serve', '--cors-origin', '*'], {
      env: { ...process.env, ...testEnv(suffix), KAFKA_GROUP_PREFIX: `it-${suffix}`, LOG_LEVEL: 'info', HTTP_PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let logs = '';
    child.stdout?.on('data', (chunk: Buffer) => (logs += chunk.toString('utf8')));
    child.stderr?.on('data', (chunk: Buffer) => (logs += chunk.toString('utf8')));
    const port = await waitFor(() => /"event":"health_listening","port":(\d+)/.exec(logs)?.[1], 'the server to listen', 60_000);
    const base = `http://127.0.0.1:${port}`;
    await waitFor(async () => (await fetch(`${base}/readyz`)).status === 200, 'the server to read the topic to its end', 60_000);

    const response = await fetch(`${base}/incidents`);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const open = (await response.json()) as IncidentsBody;
    expect(open).toEqual({ as_of: new Date(history[3]!.window_end).toISOString(), caught_up: true, incidents: [history[2]] });
    const all = (await (await fetch(`${base}/incidents?all=true`)).json()) as IncidentsBody;
    expect(all.incidents).toEqual([history[2], history[3]]);
    const whatsapp = (await (await fetch(`${base}/incidents/whatsapp-1`)).json()) as { events: Anomaly[] };
    expect(whatsapp.events).toEqual([history[0], history[2]]);
    expect((await fetch(`${base}/incidents/netflix-9`)).status).toBe(404);
    expect(await (await fetch(`${base}/metrics`)).text()).toMatch(/spike_serve_skipped_total\{reason="BAD_MAGIC",worker="serve"\} 1/);

    // Later events reach the board without a restart.
    const resolved = incidentEvent('whatsapp-1', 'whatsapp', 'RESOLVED', { startMinute: 0, minute: 40 });
    await publish(config, [resolved]);
    const after = await waitFor(async () => {
      const body = (await (await fetch(`${base}/incidents`)).json()) as IncidentsBody;
      return body.incidents.length === 0 && body;
    }, 'the RESOLVED event to close the incident');
    expect(after.as_of).toBe(new Date(resolved.window_end).toISOString());
    const closed = (await (await fetch(`${base}/incidents/whatsapp-1`)).json()) as { events: Anomaly[] };
    expect(closed.events.map((e) => e.status)).toEqual(['OPEN', 'UPDATE', 'RESOLVED']);
  }, 120_000);
});
