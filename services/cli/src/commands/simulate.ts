/** `spike simulate`: writes a generated scenario's posts and incident labels as JSONL (the generator is @spike/scenarios). */
import type { Command } from 'commander';
import { describeScenario, SCENARIO_NAMES, simulate } from '@spike/scenarios';
import { closeOutput, openOutput, writeLine } from './jsonl.js';

/** Lines written per write call: fewer, larger writes; backpressure is still honoured after each. */
const LINES_PER_WRITE = 512;

interface SimulateOptions {
  scenario?: string;
  seed: number;
  scale: number;
  out?: string;
  labels?: string;
  list: boolean;
}

function integer(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new Error(`--seed must be an integer, got ${value}`);
  return n;
}

function positive(value: string): number {
  const n = Number(value);
  if (!(n > 0)) throw new Error(`--scale must be a positive number, got ${value}`);
  return n;
}

/** `-` means stdout, like most command-line tools. */
function target(path: string): string | undefined {
  return path === '-' ? undefined : path;
}

export function registerSimulate(program: Command): void {
  program
    .command('simulate')
    .description('generate a scenario: posts as JSONL (input fields of spec/labelled-posts.md + author_id) and incident labels as JSONL')
    .option('--scenario <name>', `one of: ${SCENARIO_NAMES.join(', ')}`)
    .option('--seed <n>', 'seed of the generator; same scenario, seed and scale give identical files', integer, 1)
    .option('--scale <x>', 'multiplies every rate (traffic, complaints, outages)', positive, 1)
    .option('--out <file>', 'where to write the posts ("-" for stdout)')
    .option('--labels <file>', 'where to write the incident labels, one {"service","countries","start","end"} per line ("-" for stdout)')
    .option('--list', 'list the built-in scenarios and exit', false)
    .action(async (options: SimulateOptions) => {
      if (options.list) {
        for (const name of SCENARIO_NAMES) {
          const { description, from, to } = describeScenario(name);
          console.log(`${name}  ${from} – ${to}  ${description}`);
        }
        return;
      }
      if (!options.scenario || !options.out) throw new Error('spike simulate needs --scenario NAME and --out FILE (or --list)');
      const scenario = simulate(options.scenario, { seed: options.seed, scale: options.scale });
      if (options.labels !== undefined) {
        const labels = await openOutput(target(options.labels));
        for (const label of scenario.labels) await writeLine(labels, JSON.stringify(label));
        await closeOutput(labels);
      }
      const out = await openOutput(target(options.out));
      let count = 0;
      let chunk: string[] = [];
      for (const post of scenario.posts()) {
        chunk.push(JSON.stringify(post));
        count++;
        if (chunk.length === LINES_PER_WRITE) {
          await writeLine(out, chunk.join('\n'));
          chunk = [];
        }
      }
      if (chunk.length > 0) await writeLine(out, chunk.join('\n'));
      await closeOutput(out);
      console.error(
        `spike simulate: ${scenario.name} (seed ${options.seed}, scale ${options.scale}): ${count} posts, ${scenario.labels.length} incident label(s)`,
      );
    });
}
