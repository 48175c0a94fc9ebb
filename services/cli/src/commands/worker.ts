import type { Command } from 'commander';
import { createLogger, exitOnSignals, loadConfig, wireFormatFor } from '@spike/runtime';
import { runClassifierWorker } from '../workers/classifier-worker.js';
import { runDetectorWorker } from '../workers/detector-worker.js';

export const WORKERS = { classifier: runClassifierWorker, detector: runDetectorWorker } as const;

/** `spike worker <name>`: a long-running Kafka worker; SIGTERM/SIGINT drain and exit 0. */
export function registerWorker(program: Command): void {
  program
    .command('worker')
    .argument('<name>', `which worker: ${Object.keys(WORKERS).join(' or ')}`)
    .description('run a worker against Kafka (config from environment variables; see the README)')
    .action(async (name: string) => {
      const config = loadConfig();
      const log = createLogger({ level: config.logLevel, name });
      if (!(name in WORKERS)) throw new Error(`unknown worker "${name}" (known: ${Object.keys(WORKERS).join(', ')})`);
      const { worker, done } = await WORKERS[name as keyof typeof WORKERS]({ config, log, wire: wireFormatFor(config) });
      exitOnSignals(() => worker.stop(), log);
      await done;
    });
}
