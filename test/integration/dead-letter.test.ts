import { afterEach, describe, expect, it } from 'vitest';
import { createKafka, createLogger, createStreamWorker, createWorkerMetrics, SingleObjectFormat, type StreamWorker } from '@spike/runtime';
import type { SocialPost } from '@spike/schemas';
import { samplePost } from '../support/codec.js';
import { createTopic, readTopic, testConfig, testKafka, uniqueSuffix, waitFor } from '../support/kafka.js';

describe('a worker meeting bad records', () => {
  let worker: StreamWorker | undefined;
  afterEach(async () => worker?.stop());

  it('deadLettersEachBadRecordWithItsReasonAndKeepsConsumingTheGoodOnes', async () => {
    const suffix = uniqueSuffix();
    const config = testConfig(suffix);
    const input = config.topics.postsRaw;
    const output = `out.${suffix}`;
    const dlq = config.topics.postsDlq;
    for (const topic of [input, output, dlq]) await createTopic(topic);

    const wire = new SingleObjectFormat();
    const good = (i: number) => wire.encode('SocialPost', samplePost(i));
    const truncated = good(90).subarray(0, 20);
    const unknownFingerprint = Buffer.from(good(91));
    unknownFingerprint.writeBigUInt64LE(0x1122334455667788n, 2);
    const invalidUtf8 = wire.encode('SocialPost', samplePost(92, { text: 'abcd' }));
    invalidUtf8[invalidUtf8.indexOf(Buffer.from('abcd')) + 2] = 0xfe;
    const emptyText = wire.encode('SocialPost', samplePost(93, { text: '' }));
    const sent = [
      { key: 'good-1', value: good(1) },
      { key: 'garbage', value: Buffer.from('{"id": "not avro at all"}') },
      { key: 'good-2', value: good(2) },
      { key: 'truncated', value: truncated },
      { key: 'unknown', value: unknownFingerprint },
      { key: 'utf8', value: invalidUtf8 },
      { key: 'empty-text', value: emptyText },
      { key: 'good-3', value: good(3) },
    ];
    const producer = testKafka().producer();
    await producer.connect();
    await producer.send({ topic: input, acks: -1, messages: sent });
    await producer.disconnect();

    const metrics = createWorkerMetrics('dlq-test', { processMetrics: false });
    const kafka = createKafka(config.kafka, 'dlq-test');
    worker = createStreamWorker({
      name: 'dlq-test',
      kafka,
      groupId: `group-${suffix}`,
      inputTopic: input,
      inputRecord: 'SocialPost',
      deadLetterTopic: dlq,
      wire,
      log: createLogger({ level: 'silent', name: 'dlq-test' }),
      metrics,
      nowMs: () => 1_700_000_000_000,
      handle: (post: SocialPost) => {
        if (post.text === '') throw new Error('missing text');
        return [{ topic: output, key: post.id, value: wire.encode('SocialPost', post) }];
      },
    });
    void worker.run();

    const passed = await readTopic(output, 3);
    const passedPosts = await Promise.all(passed.map((r) => wire.decode('SocialPost', r.message.value as Buffer)));
    expect(passedPosts.map((p) => p.id)).toEqual(['post-1', 'post-2', 'post-3']);

    const letters = await Promise.all((await readTopic(dlq, 5)).map((r) => wire.decode('DeadLetter', r.message.value as Buffer)));
    expect(letters.map((l) => [l.key?.toString(), l.error_kind, l.offset])).toEqual([
      ['garbage', 'BAD_MAGIC', 1],
      ['truncated', 'TRUNCATED', 3],
      ['unknown', 'UNKNOWN_SCHEMA', 4],
      ['utf8', 'MALFORMED', 5],
      ['empty-text', 'PROCESSING_FAILED', 6],
    ]);
    for (const letter of letters) {
      expect(letter.source_topic).toBe(input);
      expect(letter.partition).toBe(0);
      expect(letter.value).toEqual(sent[letter.offset]?.value);
      expect(letter.error_message.length).toBeGreaterThan(3);
      expect(letter.failed_at).toBe(1_700_000_000_000);
    }
    expect(letters[4]?.error_message).toBe('missing text');
    const metricText = await metrics.registry.metrics();
    for (const reason of ['BAD_MAGIC', 'TRUNCATED', 'UNKNOWN_SCHEMA', 'MALFORMED', 'PROCESSING_FAILED']) {
      expect(metricText).toMatch(
        new RegExp(`spike_records_dead_lettered_total\\{topic="${input}",reason="${reason}",worker="dlq-test"\\} 1$`, 'm'),
      );
    }
    await waitFor(
      async () =>
        /^spike_records_consumed_total\{[^}]*\} 8$/m.test(await metrics.registry.getSingleMetricAsString('spike_records_consumed_total')),
      'all 8 records counted as consumed',
    );
  });
});
