import type { Command } from 'commander';
import { createKafka, ensureTopics, loadConfig } from '@spike/runtime';

/** `spike topics create`: creates the project's topics from config, idempotently. */
export function registerTopics(program: Command): void {
  const topics = program.command('topics').description("manage the project's Kafka topics");
  topics
    .command('create')
    .description(
      'create posts.raw, complaints, anomalies, posts.dlq and the compacted detector.state (names, partitions and replication from env); existing topics are left alone',
    )
    .action(async () => {
      const config = loadConfig();
      const admin = createKafka(config.kafka, 'admin').admin();
      await admin.connect();
      try {
        const { created, existing } = await ensureTopics(admin, config);
        for (const topic of created) console.log(`created ${topic}`);
        for (const topic of existing) console.log(`exists  ${topic}`);
      } finally {
        await admin.disconnect();
      }
    });
}
