// `spike incidents` through the real broker: it reads `anomalies` to its end, prints the
// incidents whose latest event is not RESOLVED (every incident with --all), and exits.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ensureTopics, SingleObjectFormat } from '@spike/runtime';
import type { Anomaly } from '@spike/schemas';
import { incidentEvent } from '../support/anomalies.js';
import { testConfig, testEnv, testKafka, uniqueSuffix, withAdmin } from '../support/kafka.js';

const SPIKE = fileURLToPath(new URL('../../services/cli/bin/spike.js', import.meta.url));
const wire = new SingleObjectFormat();

/** Runs `spike incidents ARGS` to its exit: its exit code and stdout lines. */
function incidents(args: string[], env: Record<string, string>): Promise<{ code: number | null; lines: string[] }> {
  const child = spawn(process.execPath, [SPIKE, 'incidents', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, lines: out.split('\n').filter(Boolean) })));
}

describe('spike incidents', () => {
  it('printsTheIncidentsStillOpenFromTheWholeTopicAndExits', async () => {
    const suffix = uniqueSuffix();
    const config = testConfig(suffix, { KAFKA_GROUP_PREFIX: `it-${suffix}` });
    await withAdmin((admin) => ensureTopics(admin, config));
    // Logs at info, so that stdout holding nothing but the incidents shows the logs go elsewhere.
    const env = { ...testEnv(suffix), KAFKA_GROUP_PREFIX: `it-${suffix}`, LOG_LEVEL: 'info' };
    const events = [
      incidentEvent('whatsapp-1', 'whatsapp', 'OPEN', { startMinute: 0 }),
      incidentEvent('instagram-1', 'instagram', 'OPEN', { startMinute: 2 }),
      incidentEvent('whatsapp-1', 'whatsapp', 'RECOVERING', { startMinute: 0 }),
      incidentEvent('instagram-1', 'instagram', 'RESOLVED', { startMinute: 2 }),
      incidentEvent('tim-1', 'tim', 'OPEN', { startMinute: 5 }),
    ];
    const producer = testKafka().producer();
    await producer.connect();
    await producer.send({
      topic: config.topics.anomalies,
      acks: -1,
      messages: events.map((e) => ({ key: e.incident_id, value: wire.encode('Anomaly', e) })),
    });
    await producer.disconnect();

    const open = await incidents(['--json'], env);
    expect(open.code).toBe(0);
    expect(open.lines.map((line) => JSON.parse(line) as Anomaly)).toEqual([events[2], events[4]]);

    const all = await incidents(['--all'], env);
    expect(all.code).toBe(0);
    expect(all.lines.map((line) => line.split(/\s{2,}/).slice(1, 3))).toEqual([
      ['RECOVERING', 'whatsapp'],
      ['RESOLVED', 'instagram'],
      ['OPEN', 'tim'],
    ]);

    const empty = await incidents(['--service', 'netflix', '--json'], env);
    expect(empty).toEqual({ code: 0, lines: [] });
  }, 120_000);
});
