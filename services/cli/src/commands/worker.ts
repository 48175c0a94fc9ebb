import type { Command } from 'commander';
import { createLogger, exitOnSignals, loadConfig, wireFormatFor } from '@spike/runtime';
import { runClassifierWorker } from '../workers/classifier-worker.js';

/** `spike worker <name>`: a long-running Kafka worker; SIGTERM/SIGINT drain and exit 0. */
export function registerWorker(program: Command): void {
  program
    .command('worker')
    .argument('<name>', 'which worker: classifier')
    .description('run a worker against Kafka (config from environment variables; see the README)')
    .action(async (name: string) => {
      const config = loadConfig();
      const log = createLogger({ level: config.logLevel, name });
      if (name !== 'classifier') throw new Error(`unknown worker "${name}" (known: classifier)`);
      const { worker, done } = await runClassifierWorker({ config, log, wire: wireFormatFor(config) });
      exitOnSignals(() => worker.stop(), log);
      await done;
    });
}
