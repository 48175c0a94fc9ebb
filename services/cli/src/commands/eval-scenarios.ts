/**
 * `spike eval-scenarios`: the in-process backtest over every built-in scenario, one line each,
 * against the bars (see @spike/backtest missedBars). Exit 1 when a bar is missed.
 */
import type { Command } from 'commander';
import { missedBars, type BacktestReport } from '@spike/backtest';
import { loadConfig } from '@spike/runtime';
import { SCENARIO_NAMES, simulate } from '@spike/scenarios';
import { runBacktest } from '../backtest/run-backtest.js';
import { scenarioSocialPosts } from '../replay/social-post.js';
import { detectorParamsOf } from '../workers/detector-worker.js';

const HEADER = ['scenario', 'posts', 'detected', 'median', 'max', 'incidents', 'precision', 'FA/100 key-days', 'bars'];

function row(name: string, report: BacktestReport, missed: string[]): string[] {
  const minutes = (value: number | null) => (value === null ? '-' : `${value} min`);
  return [
    name,
    report.input.posts.toLocaleString('en'),
    `${report.labels.filter((l) => l.detected).length}/${report.labels.length}`,
    minutes(report.delays.medianMinutes),
    minutes(report.delays.maxMinutes),
    String(report.incidents.total),
    report.incidents.precision === null ? '-' : report.incidents.precision.toFixed(2),
    String(report.falseAlarms.perHundredKeyDays ?? '-'),
    missed.length === 0 ? 'met' : `MISSED: ${missed.join('; ')}`,
  ];
}

function table(rows: string[][]): string {
  const widths = HEADER.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] as number))).join('  ')).join('\n');
}

export function registerEvalScenarios(program: Command): void {
  program
    .command('eval-scenarios')
    .description(
      'backtest every built-in scenario in-process and check it against the bars (detection, delay, false alarms, the 2022 WhatsApp incident)',
    )
    .option('--seed <n>', 'scenario seed', '1')
    .option('--scale <x>', 'scenario volume factor', '1')
    .action(async (options: { seed: string; scale: string }) => {
      const config = loadConfig();
      const rows = [HEADER];
      let failed = false;
      for (const name of SCENARIO_NAMES) {
        const scenario = simulate(name, { seed: Number(options.seed), scale: Number(options.scale) });
        const { report } = await runBacktest(scenarioSocialPosts(scenario.posts()), {
          params: detectorParamsOf(config),
          labels: scenario.labels,
          partitions: config.topicDefaults.partitions,
        });
        const missed = missedBars(name, report);
        failed ||= missed.length > 0;
        rows.push(row(name, report, missed));
      }
      console.log(table(rows));
      if (failed) process.exitCode = 1;
    });
}
