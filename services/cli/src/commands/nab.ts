/**
 * `spike nab`: runs the detector's series scorer over the Numenta Anomaly Benchmark's data
 * files and writes result files in NAB's format, for NAB's own scorer to judge.
 *
 * Reads every `DATA/<category>/<name>.csv` (header `timestamp,value`, timestamps
 * `YYYY-MM-DD HH:MM:SS` read as UTC, one row per 5-minute bin) and writes
 * `OUT/<category>/spike_<name>.csv` with `timestamp,value,anomaly_score,label`: one row per
 * input row, in order, the probationary rows included. Each row is scored strictly online
 * (a fresh `SeriesScorer` per file sees only the rows before it); `label` is 1 inside the
 * file's labelled windows (inclusive `[start, end]`) and 0 elsewhere.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { z } from 'zod';
import { detectorParams, SeriesScorer, seriesScorerOptions, TIME, type DetectorParams, type SeriesScorerOptions } from '@spike/detector';
import { SpikeError } from '@spike/runtime';

/** NAB's rows are 5-minute bins. */
const NAB_BIN_MS = 5 * TIME.MINUTE;

/**
 * The detector's parameters for NAB: its defaults with 5-minute windows. Everything else was
 * left at the detector's defaults: no other baseline parameter moved the realTweets score by
 * more than noise (README, "NAB").
 */
export const NAB_DETECTOR_PARAMS: DetectorParams = detectorParams({ windowSizeMs: NAB_BIN_MS });

/**
 * The series scorer's options for NAB, tuned on realTweets (README, "NAB"): record novelty
 * against a record that climbs to a higher count with a 15-minute half-life (a burst that lasts
 * sets it, a one-bin spike barely moves it) and decays with a 14-day half-life, scored only when
 * the count has at most a 10^-4 chance under the baseline, and a refractory hold of 12 hours so
 * one burst is one alarm.
 */
export const NAB_SCORER_OPTIONS: SeriesScorerOptions = seriesScorerOptions({
  recordHalfLifeMs: 14 * TIME.DAY,
  recordRiseHalfLifeMs: 15 * TIME.MINUTE,
  recordPseudoCount: 5,
  recordMinSurprise: 4,
  holdHalfLifeMs: 12 * TIME.HOUR,
});

/** Where `spike nab` looks for the labels by default: `../shared/data/nab/` beside the repository. */
export const DEFAULT_LABELS_FILE = fileURLToPath(new URL('../../../../../shared/data/nab/labels-realTweets.json', import.meta.url));

const HEADER = 'timestamp,value';
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(\.\d{1,6})?$/;

/** NAB's labels file: `<category>/<file>.csv` → inclusive `[start, end]` windows. */
const LABELS = z.record(z.string(), z.array(z.tuple([z.string(), z.string()])));

/** Milliseconds since the epoch of a NAB timestamp (UTC), or NaN. */
export function parseNabTime(text: string): number {
  const match = TIMESTAMP.exec(text);
  if (!match) return NaN;
  return Date.parse(`${match[1]}T${match[2]}${match[3] ?? ''}Z`);
}

export interface NabRow {
  timestamp: string;
  value: string;
  timeMs: number;
  count: number;
}

/** The rows of one NAB data file; a bad header or row throws a SpikeError naming the file and line. */
export function parseNabCsv(text: string, file: string): NabRow[] {
  const lines = text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  if (lines.at(-1) === '') lines.pop();
  if (lines[0] !== HEADER) {
    throw new SpikeError('MALFORMED', `${file} line 1: header must be "${HEADER}", got "${(lines[0] ?? '').slice(0, 80)}"`);
  }
  const rows: NabRow[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as string;
    const bad = (why: string) => new SpikeError('INVALID_RECORD', `${file} line ${i + 1}: ${why}: "${line.slice(0, 80)}"`);
    const fields = line.split(',');
    if (fields.length !== 2) throw bad('expected 2 fields, timestamp,value');
    const [timestamp, value] = fields as [string, string];
    const timeMs = parseNabTime(timestamp);
    if (Number.isNaN(timeMs)) throw bad('timestamp is not YYYY-MM-DD HH:MM:SS');
    const count = value.trim() === '' ? NaN : Number(value);
    if (!Number.isFinite(count) || count < 0) throw bad('value is not a non-negative number');
    const previous = rows.at(-1);
    if (previous && timeMs <= previous.timeMs) throw bad(`timestamp does not follow ${previous.timestamp}`);
    rows.push({ timestamp, value, timeMs, count });
  }
  return rows;
}

/** The labelled windows of every file, as inclusive [startMs, endMs] pairs. */
export function readNabLabels(path: string): Map<string, [number, number][]> {
  if (!existsSync(path)) throw new SpikeError('CONFIG_INVALID', `labels file ${path} does not exist (pass --labels FILE)`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new SpikeError('MALFORMED', `labels file ${path} is not JSON: ${(error as Error).message}`, { cause: error });
  }
  const labels = LABELS.safeParse(parsed);
  if (!labels.success) {
    throw new SpikeError('MALFORMED', `labels file ${path} is not {"<category>/<file>.csv": [[start, end], ...]}: ${labels.error.message}`);
  }
  const windows = new Map<string, [number, number][]>();
  for (const [key, list] of Object.entries(labels.data)) {
    windows.set(
      key,
      list.map(([start, end]) => {
        const range: [number, number] = [parseNabTime(start), parseNabTime(end)];
        if (range.some(Number.isNaN) || range[0] > range[1]) {
          throw new SpikeError('MALFORMED', `labels file ${path}: ${key} has a bad window [${start}, ${end}]`);
        }
        return range;
      }),
    );
  }
  return windows;
}

/** One result file's text: the input rows with their scores and labels. */
export function scoreNabRows(
  rows: readonly NabRow[],
  windows: readonly [number, number][],
  params: DetectorParams = NAB_DETECTOR_PARAMS,
  options: SeriesScorerOptions = NAB_SCORER_OPTIONS,
): string {
  const scorer = new SeriesScorer(params, options);
  const out = ['timestamp,value,anomaly_score,label'];
  for (const row of rows) {
    const score = scorer.score(row.timeMs, row.count);
    const label = windows.some(([start, end]) => row.timeMs >= start && row.timeMs <= end) ? 1 : 0;
    out.push(`${row.timestamp},${row.value},${score},${label}`);
  }
  return `${out.join('\n')}\n`;
}

export interface NabRunOptions {
  data: string;
  out: string;
  labels: string;
  /** Instead of `NAB_DETECTOR_PARAMS` (sensitivity runs). */
  params?: DetectorParams;
  /** Instead of `NAB_SCORER_OPTIONS` (sensitivity runs). */
  scorer?: SeriesScorerOptions;
}

/**
 * A `--params` or `--scorer` flag: a JSON object of overrides, merged over `base` and validated
 * by `complete` (the strict schema: unknown fields and bad values fail); CONFIG_INVALID names the flag.
 */
export function parseOverrides<T extends object>(flag: string, text: string | undefined, base: T, complete: (merged: T) => T): T {
  if (text === undefined) return base;
  try {
    const overrides: unknown = JSON.parse(text);
    if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides)) throw new Error('not a JSON object');
    return complete({ ...base, ...overrides });
  } catch (error) {
    const why =
      error instanceof z.ZodError
        ? error.issues.map((issue) => `${issue.path.join('.') || 'value'}: ${issue.message}`).join('; ')
        : (error as Error).message;
    throw new SpikeError('CONFIG_INVALID', `${flag} must be a JSON object of known fields: ${why}`, { cause: error });
  }
}

/** Scores every `DATA/<category>/<name>.csv`; returns the files written, in order. */
export function runNab(options: NabRunOptions, report: (line: string) => void = () => undefined): string[] {
  const { data, out } = options;
  if (!existsSync(data) || !statSync(data).isDirectory()) throw new SpikeError('CONFIG_INVALID', `data directory ${data} does not exist`);
  const labels = readNabLabels(options.labels);
  const { params = NAB_DETECTOR_PARAMS, scorer = NAB_SCORER_OPTIONS } = options;
  const written: string[] = [];
  const categories = readdirSync(data, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  for (const category of categories) {
    const names = readdirSync(join(data, category))
      .filter((name) => name.endsWith('.csv'))
      .sort();
    for (const name of names) {
      const file = join(data, category, name);
      const rows = parseNabCsv(readFileSync(file, 'utf8'), file);
      const windows = labels.get(`${category}/${name}`);
      if (!windows) report(`spike nab: ${category}/${name}: no labelled windows in ${options.labels}, every label is 0`);
      mkdirSync(join(out, category), { recursive: true });
      const target = join(out, category, `spike_${name}`);
      writeFileSync(target, scoreNabRows(rows, windows ?? [], params, scorer));
      report(`spike nab: ${category}/${name}: ${rows.length} rows, ${windows?.length ?? 0} windows -> ${target}`);
      written.push(target);
    }
  }
  if (written.length === 0) throw new SpikeError('CONFIG_INVALID', `no <category>/<name>.csv files under ${data}`);
  return written;
}

export function registerNab(program: Command): void {
  program
    .command('nab')
    .description('score NAB data files (DATA/<category>/<name>.csv) into NAB result files (OUT/<category>/spike_<name>.csv)')
    .requiredOption('--data <dir>', "NAB's data directory: one subdirectory per category")
    .requiredOption('--out <dir>', 'where to write the result files')
    .option('--labels <file>', "NAB's labelled windows (JSON)", DEFAULT_LABELS_FILE)
    .option('--params <json>', 'detector parameters to override, e.g. \'{"levelHalfLifeMs":60480000}\'')
    .option('--scorer <json>', 'series scorer options to override, e.g. \'{"holdHalfLifeMs":0}\'')
    .action((options: { data: string; out: string; labels: string; params?: string; scorer?: string }) => {
      const params = parseOverrides('--params', options.params, NAB_DETECTOR_PARAMS, detectorParams);
      const scorer = parseOverrides('--scorer', options.scorer, NAB_SCORER_OPTIONS, seriesScorerOptions);
      runNab({ data: options.data, out: options.out, labels: options.labels, params, scorer }, (line) => console.error(line));
    });
}
