/**
 * `spike backtest`: the classifier and detector over a file of posts, or a generated scenario,
 * in-process (the workers' code, no Kafka), judged against labelled incidents. Writes
 * anomalies.jsonl, report.json, report.md and charts/*.svg to --out. The work is in
 * src/backtest/ and @spike/backtest; this wires files, options and the progress bar.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Option, type Command } from 'commander';
import { formatReportMarkdown, INCIDENT_LABEL, summariseIncidents, timed, type IncidentLabel } from '@spike/backtest';
import { loadConfig } from '@spike/runtime';
import { SCENARIO_NAMES, simulate } from '@spike/scenarios';
import type { SocialPost } from '@spike/schemas';
import { DEFAULT_DRAIN_MS, runBacktest, type BacktestResult } from '../backtest/run-backtest.js';
import { ReplayProgress } from '../replay/progress.js';
import { createProgressView, type ProgressView } from '../replay/progress-view.js';
import { INPUT_FORMATS, openPostSource, type InputFormat, type PostSource } from '../replay/readers.js';
import { scenarioSocialPosts } from '../replay/social-post.js';
import { detectorParamsOf } from '../workers/detector-worker.js';
import { closeOutput, openOutput, readJsonl, writeLine } from './jsonl.js';
import { describeIssues } from './posts.js';
import { MAX_REPORTED_BAD_ITEMS } from './replay.js';

interface BacktestCliOptions {
  input?: string;
  format?: InputFormat;
  scenario?: string;
  seed: number;
  scale: number;
  labels?: string;
  out: string;
  partitions?: number;
  charts: number;
  drainMinutes: number;
}

/** How many posts between progress updates (the bar reads them on its own timer). */
const PROGRESS_EVERY = 5_000;

function number(name: string, check: (value: number) => boolean) {
  return (text: string): number => {
    const value = Number(text);
    if (!check(value)) throw new Error(`${name} got ${text}`);
    return value;
  };
}

export async function readLabels(path: string): Promise<IncidentLabel[]> {
  const labels: IncidentLabel[] = [];
  for await (const { lineNumber, value } of readJsonl(path)) {
    const parsed = INCIDENT_LABEL.safeParse(value);
    if (!parsed.success) throw new Error(`${path} line ${lineNumber}: ${describeIssues(parsed.error)}`);
    labels.push(parsed.data);
  }
  return labels;
}

/** Feeds the progress counter as posts go by, in batches (the bar reads it on its own timer). */
class ProgressFeed {
  private batch: SocialPost[] = [];
  constructor(private readonly progress: ReplayProgress) {}

  add(post: SocialPost): void {
    this.batch.push(post);
    if (this.batch.length === PROGRESS_EVERY) this.flush();
  }

  flush(): void {
    this.progress.sent(this.batch, Date.now());
    this.batch = [];
  }
}

/** Posts of a file, bad lines reported above the bar and counted; progress fed as posts go by. */
async function* filePosts(source: PostSource, progress: ReplayProgress, view: () => ProgressView): AsyncGenerator<SocialPost> {
  const feed = new ProgressFeed(progress);
  for await (const item of source.items) {
    if ('error' in item) {
      progress.skipped();
      if (progress.snapshot(Date.now()).bad <= MAX_REPORTED_BAD_ITEMS)
        view().note(`spike backtest: ${source.unit} ${item.lineNumber} skipped: ${item.error}`);
      continue;
    }
    feed.add(item.post);
    yield item.post;
  }
  feed.flush();
}

/** Posts of a generated scenario; progress fed as they go by. */
function* scenarioPosts(posts: Iterable<unknown>, progress: ReplayProgress): Generator<SocialPost> {
  const feed = new ProgressFeed(progress);
  for (const post of scenarioSocialPosts(posts)) {
    feed.add(post);
    yield post;
  }
  feed.flush();
}

async function writeOutputs(out: string, result: BacktestResult, labels: IncidentLabel[], chartLimit: number): Promise<string[]> {
  await mkdir(join(out, 'charts'), { recursive: true });
  const anomalies = await openOutput(join(out, 'anomalies.jsonl'));
  for (const event of result.events) await writeLine(anomalies, JSON.stringify(event));
  await closeOutput(anomalies);
  const charts: { key: string; file: string }[] = [];
  if (result.series && chartLimit > 0) {
    // Vega is loaded only to draw: every spike command, the workers included, starts from main.ts.
    const { chartFileName, chartSpec, planCharts, renderSvg } = await import('../backtest/charts.js');
    const inputEnd = result.report.input.to ? Date.parse(result.report.input.to) : 0;
    for (const plan of planCharts(result.series, summariseIncidents(result.events), labels.map(timed), chartLimit, inputEnd)) {
      const file = join('charts', chartFileName(plan.key));
      await writeFile(join(out, file), await renderSvg(chartSpec(plan, result.series.of(plan.key)!)));
      charts.push({ key: plan.key, file });
    }
  }
  await writeFile(join(out, 'report.json'), `${JSON.stringify(result.report, null, 2)}\n`);
  await writeFile(join(out, 'report.md'), formatReportMarkdown(result.report, charts));
  return charts.map((c) => c.file);
}

export function registerBacktest(program: Command): void {
  program
    .command('backtest')
    .description('run the classifier and detector in-process over posts and judge the incidents against labelled ones')
    .option('--input <file>', 'posts: .jsonl, .csv or .avro as for spike replay ("-": stdin)')
    .addOption(new Option('--format <format>', 'input format (default: from the extension)').choices(INPUT_FORMATS))
    .addOption(
      new Option('--scenario <name>', 'a generated scenario instead of a file (no file needed)').choices(SCENARIO_NAMES).conflicts('input'),
    )
    .option('--seed <n>', 'scenario seed', number('--seed takes an integer,', Number.isInteger), 1)
    .option(
      '--scale <x>',
      'scenario volume factor',
      number('--scale takes a positive number,', (v) => v > 0),
      1,
    )
    .option('--labels <file>', "labelled incidents, JSONL {service,countries,start,end} (default with --scenario: the scenario's)")
    .option('--out <dir>', 'where to write anomalies.jsonl, report.json, report.md and charts/', 'backtest-out')
    .option(
      '--partitions <n>',
      'complaints partitions the workers would use (default: TOPIC_PARTITIONS, 6)',
      number('--partitions takes a positive integer,', (v) => Number.isInteger(v) && v > 0),
    )
    .option(
      '--charts <n>',
      'SVG charts of the top keys to draw (0: none)',
      number('--charts takes an integer ≥ 0,', (v) => Number.isInteger(v) && v >= 0),
      6,
    )
    .option(
      '--drain-minutes <m>',
      'minutes of time passing with no input after the last post, so open incidents can resolve',
      number('--drain-minutes takes a number ≥ 0,', (v) => v >= 0),
      DEFAULT_DRAIN_MS / 60_000,
    )
    .addHelpText(
      'after',
      `
Detector parameters come from DETECTOR_PARAMS, as for the worker. A labelled incident is
detected when an incident of its service was alive during it; the delay runs from its start
to the end of the window whose event opened that incident. Incidents matching no label are
false alarms, per key and per 100 key-days after the detector's warm-up.`,
    )
    .action(async (options: BacktestCliOptions) => {
      if (!options.input && !options.scenario) throw new Error('give --input <file> or --scenario <name>');
      const config = loadConfig();
      const scenario = options.scenario ? simulate(options.scenario, { seed: options.seed, scale: options.scale }) : undefined;
      const labels = options.labels ? await readLabels(options.labels) : (scenario?.labels ?? []);
      const source = options.input ? await openPostSource(options.input, options.format) : undefined;
      const progress = new ReplayProgress(Date.now());
      const fraction = () =>
        scenario
          ? { read: (progress.snapshot(Date.now()).eventTimeMs ?? scenario.from) - scenario.from, total: scenario.to - scenario.from }
          : { read: source?.bytesRead(), total: source?.totalBytes };
      const view = createProgressView(() => progress.snapshot(Date.now(), fraction().read, fraction().total), process.stderr, 'backtest');
      const posts = source
        ? filePosts(source, progress, () => view)
        : scenarioPosts((scenario as NonNullable<typeof scenario>).posts(), progress);
      let result: BacktestResult;
      try {
        result = await runBacktest(posts, {
          params: detectorParamsOf(config),
          labels,
          partitions: options.partitions ?? config.topicDefaults.partitions,
          drainMs: options.drainMinutes * 60_000,
          recordSeries: options.charts > 0,
          badLines: () => progress.snapshot(Date.now()).bad,
        });
      } finally {
        view.stop();
        source?.close();
      }
      const charts = await writeOutputs(options.out, result, labels, options.charts);
      const { report } = result;
      console.log(
        [
          `${report.input.posts} posts${report.input.badLines ? ` (${report.input.badLines} bad lines skipped)` : ''}, ${report.input.complaints} complaints, ${report.incidents.total} incidents.`,
          `labelled incidents detected: ${report.labels.filter((l) => l.detected).length}/${report.labels.length}; median delay ${report.delays.medianMinutes ?? '-'} min, max ${report.delays.maxMinutes ?? '-'} min`,
          `incident precision ${report.incidents.precision ?? '-'}; false alarms ${report.falseAlarms.total} (${report.falseAlarms.perHundredKeyDays ?? '-'} per 100 key-days)`,
          `wrote ${join(options.out, 'anomalies.jsonl')}, report.json, report.md and ${charts.length} chart(s)`,
        ].join('\n'),
      );
    });
}
