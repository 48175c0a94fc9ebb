import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createClassifier } from '@spike/classifier';
import { complaintKey, complaintsOf } from '@spike/cli';
import { ensureTopics, SingleObjectFormat } from '@spike/runtime';
import type { SocialPost } from '@spike/schemas';
import { readTopic, testConfig, testEnv, testKafka, uniqueSuffix, waitFor, withAdmin } from '../support/kafka.js';
import { generatedPosts } from '../support/posts.js';

const SPIKE = fileURLToPath(new URL('../../services/cli/bin/spike.js', import.meta.url));

function startWorker(env: Record<string, string>): { child: ChildProcess; exit: Promise<number | null> } {
  const child = spawn(process.execPath, [SPIKE, 'worker', 'classifier'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return { child, exit: new Promise((resolve) => child.on('exit', (code) => resolve(code))) };
}

describe('classifier worker', () => {
  const running: ChildProcess[] = [];
  afterEach(() => {
    for (const child of running) if (child.exitCode === null) child.kill('SIGKILL');
  });

  it('turnsPostsIntoExactlyTheExpectedComplaintsWithTwoInstancesAndDeadLettersBadPosts', async () => {
    const suffix = uniqueSuffix();
    const config = testConfig(suffix, { KAFKA_GROUP_PREFIX: `it-${suffix}` });
    await withAdmin((admin) => ensureTopics(admin, config));
    const wire = new SingleObjectFormat();

    const posts = generatedPosts(300);
    const bad: { key: string; value: Buffer; reason: string }[] = [
      { key: 'garbage', value: Buffer.from('definitely not avro'), reason: 'BAD_MAGIC' },
      {
        key: 'empty-text',
        value: wire.encode('SocialPost', { ...(posts[0] as SocialPost), id: 'empty', text: '  ' }),
        reason: 'INVALID_RECORD',
      },
      {
        key: 'huge-text',
        value: wire.encode('SocialPost', { ...(posts[0] as SocialPost), id: 'huge', text: 'down '.repeat(14_000) }),
        reason: 'INVALID_RECORD',
      },
      {
        key: 'too-old',
        value: wire.encode('SocialPost', { ...(posts[0] as SocialPost), id: 'old', created_at: Date.UTC(2001, 0, 1) }),
        reason: 'INVALID_RECORD',
      },
      {
        key: 'future',
        value: wire.encode('SocialPost', { ...(posts[0] as SocialPost), id: 'future', created_at: Date.now() + 3 * 86_400_000 }),
        reason: 'INVALID_RECORD',
      },
    ];
    const badUtf8 = wire.encode('SocialPost', { ...(posts[0] as SocialPost), id: 'utf8', text: 'zzzz down' });
    badUtf8[badUtf8.indexOf(Buffer.from('zzzz'))] = 0xc3;
    bad.push({ key: 'utf8', value: badUtf8, reason: 'MALFORMED' });

    const classifier = createClassifier();
    const expected = posts.flatMap((post) => complaintsOf(post, classifier.classify(post)));
    expect(expected.length).toBeGreaterThan(100);
    expect(expected.some((c) => c.service === 'whatsapp' && c.country === 'IT')).toBe(true);
    expect(expected.some((c) => c.service === 'jio' && c.country === 'IN' && c.language === 'hi')).toBe(true);

    const env = { ...testEnv(suffix), KAFKA_GROUP_PREFIX: `it-${suffix}`, HTTP_PORT: '0', LOG_LEVEL: 'warn' };
    const workers = [startWorker(env), startWorker(env)];
    running.push(...workers.map((w) => w.child));
    await waitFor(
      () => withAdmin(async (admin) => (await admin.describeGroups([`it-${suffix}-classifier`])).groups[0]?.members.length === 2),
      'both classifier instances to join the group',
      60_000,
    );

    const producer = testKafka().producer();
    await producer.connect();
    await producer.send({
      topic: config.topics.postsRaw,
      acks: -1,
      messages: [
        ...posts.map((post) => ({ key: post.id, value: wire.encode('SocialPost', post) })),
        ...bad.map(({ key, value }) => ({ key, value })),
      ],
    });
    await producer.disconnect();

    const complaints = await readTopic(config.topics.complaints, expected.length, 60_000);
    const letters = await readTopic(config.topics.postsDlq, bad.length, 60_000);
    for (const worker of workers) worker.child.kill('SIGTERM');
    expect(await Promise.all(workers.map((w) => w.exit))).toEqual([0, 0]);

    const got = await Promise.all(
      complaints.map(async ({ message }) => ({
        key: message.key?.toString(),
        timestamp: Number(message.timestamp),
        complaint: await wire.decode('Complaint', message.value as Buffer),
      })),
    );
    const order = (a: { post_id: string; service: string }, b: { post_id: string; service: string }) =>
      a.post_id.localeCompare(b.post_id) || a.service.localeCompare(b.service);
    expect(got.map((g) => g.complaint).sort(order)).toEqual([...expected].sort(order));
    for (const g of got) {
      expect(g.key).toBe(complaintKey(g.complaint));
      expect(g.timestamp).toBe(g.complaint.event_time);
    }
    // Partitioned by service: one detector instance sees every country of a service.
    const partitionsByService = new Map<string, Set<number>>();
    got.forEach((g, i) =>
      partitionsByService.set(
        g.complaint.service,
        (partitionsByService.get(g.complaint.service) ?? new Set()).add(complaints[i]?.partition as number),
      ),
    );
    for (const partitions of partitionsByService.values()) expect(partitions.size).toBe(1);

    const reasons = await Promise.all(letters.map(async ({ message }) => wire.decode('DeadLetter', message.value as Buffer)));
    expect(Object.fromEntries(reasons.map((l) => [l.key?.toString(), l.error_kind]))).toEqual(
      Object.fromEntries(bad.map((b) => [b.key, b.reason])),
    );
    expect(reasons.find((l) => l.key?.toString() === 'huge-text')?.error_message).toMatch(/over the 65536-byte limit/);
  });
});
