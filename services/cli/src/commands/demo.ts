/**
 * `spike demo` (`npm start`): the whole system finding an outage, in one command. See
 * src/demo/run-demo.ts for the steps; this parses the options and handles Ctrl-C.
 */
import type { Command } from 'commander';
import { SCENARIO_NAMES } from '@spike/scenarios';
import { runDemo } from '../demo/run-demo.js';

interface DemoCliOptions {
  scenario: string;
  seed: string;
  scale: string;
  follow: boolean;
  keepTopics: boolean;
  timeout: string;
}

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description(
      'start Kafka (unless KAFKA_BROKERS is set), both workers and a replay of an outage scenario, and print the incidents found',
    )
    .option('--scenario <name>', `scenario to replay (${SCENARIO_NAMES.join(', ')})`, 'whatsapp-2022-10-25')
    .option('--seed <n>', 'scenario seed', '1')
    .option('--scale <x>', 'scenario volume factor', '1')
    .option('--follow', 'keep the workers and the watch running after the summary, until Ctrl-C', false)
    .option('--keep-topics', "leave the run's topics on the cluster (deleted by default)", false)
    .option('--timeout <seconds>', 'stop waiting for the pipeline to settle after this long', '900')
    .addHelpText(
      'after',
      `
Each run uses its own topics (demo-<time>.posts.raw, …) and consumer groups, and deletes them at
the end. The workers run as child processes, configured through the same environment variables
as in production; their logs go to .cache/demo/<run>/. Without --follow nothing is left running:
the workers are stopped, and the local broker too if the demo started it.`,
    )
    .action(async (options: DemoCliOptions) => {
      const abort = new AbortController();
      const onSignal = () => abort.abort();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      try {
        const result = await runDemo({
          scenario: options.scenario,
          seed: Number(options.seed),
          scale: Number(options.scale),
          follow: options.follow,
          keepTopics: options.keepTopics,
          timeoutMs: Number(options.timeout) * 1000,
          env: process.env,
          print: (line) => console.log(line),
          signal: abort.signal,
        });
        if (!result.settled && !abort.signal.aborted) process.exitCode = 1;
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
    });
}
