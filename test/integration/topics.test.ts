import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ConfigResourceTypes } from 'kafkajs';
import { describe, expect, it } from 'vitest';
import { ensureTopics } from '@spike/runtime';
import { testConfig, testEnv, uniqueSuffix, withAdmin } from '../support/kafka.js';

const run = promisify(execFile);
const SPIKE = fileURLToPath(new URL('../../services/cli/bin/spike.js', import.meta.url));

describe('topic administration', () => {
  it('createsEveryTopicOnceWithConfiguredPartitionsAndACompactedStateTopic', async () => {
    const config = testConfig(uniqueSuffix(), { TOPIC_PARTITIONS: '4' });
    const names = Object.values(config.topics);
    await withAdmin(async (admin) => {
      expect((await ensureTopics(admin, config)).created.sort()).toEqual([...names].sort());
      expect(await ensureTopics(admin, config)).toEqual({ created: [], existing: names });

      const metadata = await admin.fetchTopicMetadata({ topics: names });
      for (const topic of metadata.topics) expect(topic.partitions).toHaveLength(4);
      const described = await admin.describeConfigs({
        includeSynonyms: false,
        resources: names.map((name) => ({ type: ConfigResourceTypes.TOPIC, name, configNames: ['cleanup.policy'] })),
      });
      const policies = Object.fromEntries(described.resources.map((r) => [r.resourceName, r.configEntries[0]?.configValue]));
      expect(policies).toEqual(Object.fromEntries(names.map((n) => [n, n === config.topics.detectorState ? 'compact' : 'delete'])));
      const dlq = await admin.describeConfigs({
        includeSynonyms: false,
        resources: [{ type: ConfigResourceTypes.TOPIC, name: config.topics.postsDlq, configNames: ['max.message.bytes'] }],
      });
      expect(Number(dlq.resources[0]?.configEntries[0]?.configValue)).toBe(2 * 1024 * 1024);
    });
  });

  it('spikeTopicsCreateIsIdempotentFromTheCommandLine', async () => {
    const suffix = uniqueSuffix();
    const env = { ...process.env, ...testEnv(suffix), TOPIC_PARTITIONS: '2' };
    const first = await run(process.execPath, [SPIKE, 'topics', 'create'], { env });
    expect(first.stdout.split('\n').filter((l) => l.startsWith('created '))).toHaveLength(5);
    const second = await run(process.execPath, [SPIKE, 'topics', 'create'], { env });
    expect(second.stdout).toContain(`exists  detector.state.${suffix}`);
    expect(second.stdout).not.toContain('created');
  });

  it('spikeReportsEveryBadVariableAndExitsNonZero', async () => {
    const error = await run(process.execPath, [SPIKE, 'topics', 'create'], {
      env: { ...process.env, KAFKA_BROKERS: 'nope', TOPIC_PARTITIONS: '0' },
    }).then(
      () => undefined,
      (e: { code: number; stderr: string }) => e,
    );
    expect(error?.code).toBe(1);
    expect(error?.stderr).toContain('CONFIG_INVALID');
    expect(error?.stderr).toContain('KAFKA_BROKERS');
    expect(error?.stderr).toContain('TOPIC_PARTITIONS');
  });
});
