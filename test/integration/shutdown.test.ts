import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SingleObjectFormat } from '@spike/runtime';
import { samplePost } from '../support/codec.js';
import { createTopic, readTopic, recordCount, testBrokers, testKafka, uniqueSuffix, waitFor, withAdmin } from '../support/kafka.js';

const WORKER = fileURLToPath(new URL('../support/passthrough-worker.mjs', import.meta.url));

interface RunningWorker {
  child: ChildProcess;
  handled: string[];
  exit: Promise<number | null>;
}

function startWorker(env: Record<string, string>): RunningWorker {
  const child = spawn(process.execPath, [WORKER], {
    env: { ...process.env, LOG_LEVEL: 'warn', HTTP_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const handled: string[] = [];
  let pending = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    const lines = (pending + chunk.toString()).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) if (line.startsWith('handled ')) handled.push(line.slice(8));
  });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, handled, exit };
}

async function committedOffset(groupId: string, topic: string): Promise<number> {
  return withAdmin(async (admin) => {
    const [entry] = await admin.fetchOffsets({ groupId, topics: [topic] });
    return Number(entry?.partitions[0]?.offset ?? -1);
  });
}

describe('graceful shutdown', () => {
  it('commitsExactlyTheProcessedOffsetsOnSigtermSoARestartNeitherSkipsNorRepeats', async () => {
    const suffix = uniqueSuffix();
    const input = `posts.raw.${suffix}`;
    const output = `out.${suffix}`;
    const dlq = `posts.dlq.${suffix}`;
    const groupId = `shutdown-${suffix}`;
    for (const topic of [input, output, dlq]) await createTopic(topic);
    const total = 200;
    const wire = new SingleObjectFormat();
    const producer = testKafka().producer();
    await producer.connect();
    await producer.send({
      topic: input,
      acks: -1,
      messages: Array.from({ length: total }, (_, i) => ({ key: `post-${i}`, value: wire.encode('SocialPost', samplePost(i)) })),
    });
    await producer.disconnect();

    const env = {
      KAFKA_BROKERS: testBrokers().join(','),
      TOPIC_POSTS_RAW: input,
      TOPIC_POSTS_DLQ: dlq,
      OUTPUT_TOPIC: output,
      GROUP_ID: groupId,
      CHUNK_SIZE: '10',
      HANDLE_DELAY_MS: '20',
    };
    const first = startWorker(env);
    await waitFor(() => first.handled.length >= 35, 'the first worker to be mid-stream', 45_000);
    first.child.kill('SIGTERM');
    expect(await first.exit).toBe(0);

    // Drained: every record it handled was written and committed, and nothing more.
    const processed = first.handled.length;
    expect(processed).toBeLessThan(total);
    expect(processed % 10).toBe(0);
    expect(await committedOffset(groupId, input)).toBe(processed);
    expect(await recordCount(output)).toBe(processed);

    const second = startWorker({ ...env, HANDLE_DELAY_MS: '0' });
    await waitFor(() => first.handled.length + second.handled.length >= total, 'the second worker to finish the topic', 45_000);
    second.child.kill('SIGTERM');
    expect(await second.exit).toBe(0);

    expect(second.handled[0]).toBe(`post-${processed}`);
    const ids = (await readTopic(output, total)).map((r) => r.message.key?.toString());
    expect(ids).toEqual(Array.from({ length: total }, (_, i) => `post-${i}`));
    expect(await committedOffset(groupId, input)).toBe(total);
  });
});
