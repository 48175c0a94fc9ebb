/**
 * `spike eval-detector [--services N] [--params JSON] [--json]`: the detector on generated
 * scenarios (services/detector/src/evaluate-scenarios.ts): false alarms per 100 key-days over
 * a week without incidents, and the delay to detect outages of several sizes.
 */
import type { Command } from 'commander';
import { DETECTOR_PARAMS_SCHEMA, evaluateScenarios, type ScenarioReport } from '@spike/detector';

export function formatScenarioReport(report: ScenarioReport): string {
  const { quietWeek: q, outages: o } = report;
  return [
    `quiet week: ${q.falseAlarms} false alarms over ${q.keyDays} key-days (${q.keys} keys x 7 days) = ${q.perHundredKeyDays.toFixed(2)} per 100 key-days (bar: at most 1)`,
    `outages: ${o.detected} of ${o.total} detected; median delay ${o.medianDelayMinutes} min from the outage's start to the end of the window that opened it (bar: at most 2)`,
    `delays (min): ${o.delaysMinutes.join(' ')}`,
  ].join('\n');
}

export function registerEvalDetector(program: Command): void {
  program
    .command('eval-detector')
    .description('the detector on generated scenarios: false alarms per 100 key-days in a quiet week, median delay to detect outages')
    .option('--services <n>', 'services in the scenarios (each in 10 countries plus worldwide)', '10')
    .option('--params <json>', 'detector parameter overrides, as DETECTOR_PARAMS', '{}')
    .option('--json', 'print the report as JSON', false)
    .action((options: { services: string; params: string; json: boolean }) => {
      const services = Number(options.services);
      if (!Number.isInteger(services) || services < 1) throw new Error(`--services must be a positive integer, got ${options.services}`);
      const params = DETECTOR_PARAMS_SCHEMA.parse(JSON.parse(options.params));
      const report = evaluateScenarios(params, services);
      console.log(options.json ? JSON.stringify(report, null, 2) : formatScenarioReport(report));
    });
}
