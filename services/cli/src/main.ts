/** Entry of the `spike` command: parses arguments and hands each verb to its command module. */
import { Command, CommanderError } from 'commander';
import { SpikeError } from '@spike/runtime';
import { registerBacktest } from './commands/backtest.js';
import { registerClassify } from './commands/classify.js';
import { registerDemo } from './commands/demo.js';
import { registerIncidents } from './commands/incidents.js';
import { registerNab } from './commands/nab.js';
import { registerNotify } from './commands/notify.js';
import { registerSimulate } from './commands/simulate.js';
import { registerReplay } from './commands/replay.js';
import { registerServe } from './commands/serve.js';
import { registerEvalDetector } from './commands/eval-detector.js';
import { registerEvalScenarios } from './commands/eval-scenarios.js';
import { registerTopics } from './commands/topics.js';
import { registerWatch } from './commands/watch.js';
import { registerWorker } from './commands/worker.js';

export function buildProgram(): Command {
  const program = new Command('spike')
    .description('Outage detection from the public post stream over Kafka.')
    .showHelpAfterError()
    .exitOverride();
  registerClassify(program);
  registerNab(program);
  registerTopics(program);
  registerWorker(program);
  registerWatch(program);
  registerNotify(program);
  registerIncidents(program);
  registerServe(program);
  registerEvalDetector(program);
  registerEvalScenarios(program);
  registerSimulate(program);
  registerReplay(program);
  registerBacktest(program);
  registerDemo(program);
  return program;
}

/** Runs the command line and returns the exit code (errors are printed, never thrown). */
export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    // A command that finished but failed in part (classify's bad lines, an interrupted replay) says so here.
    return Number(process.exitCode ?? 0);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof SpikeError) console.error(`spike: ${error.code}: ${error.message}`);
    else console.error(`spike: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
