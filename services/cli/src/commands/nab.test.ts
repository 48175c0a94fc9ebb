import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../main.js';
import { DEFAULT_LABELS_FILE } from './nab.js';

const BIN = 5 * 60_000;
const START = Date.UTC(2015, 2, 2, 0, 2, 53);
const ROWS = 3 * 288;
const SPIKE = 2 * 288 + 100;

function nabTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

/** Three days of a made-up daily cycle with one spike on day 3, written as a NAB data file. */
function fixture(): { data: string; out: string; labels: string; times: string[]; values: number[] } {
  const dir = mkdtempSync(join(tmpdir(), 'spike-nab-'));
  const data = join(dir, 'data');
  mkdirSync(join(data, 'made'), { recursive: true });
  const times: string[] = [];
  const values: number[] = [];
  for (let i = 0; i < ROWS; i++) {
    times.push(nabTime(START + i * BIN));
    values.push(i === SPIKE ? 400 : 10 + ((i * 7) % 11) + Math.round(8 * Math.sin((i / 288) * 2 * Math.PI)));
  }
  writeFileSync(join(data, 'made', 'series_a.csv'), ['timestamp,value', ...times.map((t, i) => `${t},${values[i]}`)].join('\n') + '\n');
  const labels = join(dir, 'labels.json');
  writeFileSync(labels, JSON.stringify({ 'made/series_a.csv': [[`${times[SPIKE - 10]}.000000`, `${times[SPIKE + 10]}.000000`]] }));
  return { data, out: join(dir, 'out'), labels, times, values };
}

async function runCli(args: string[]): Promise<{ code: number; stderr: string }> {
  const stderr = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    const code = await main(['node', 'spike', 'nab', ...args]);
    return { code, stderr: stderr.mock.calls.map((c) => String(c[0])).join('\n') };
  } finally {
    stderr.mockRestore();
  }
}

describe('spike nab', () => {
  it('writesOneScoredLabelledRowPerInputRowInOrder', async () => {
    const f = fixture();
    const { code, stderr } = await runCli(['--data', f.data, '--out', f.out, '--labels', f.labels]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/made\/series_a\.csv: 864 rows, 1 windows/);
    const lines = readFileSync(join(f.out, 'made', 'spike_series_a.csv'), 'utf8')
      .trimEnd()
      .split('\n');
    expect(lines[0]).toBe('timestamp,value,anomaly_score,label');
    const rows = lines.slice(1).map((l) => l.split(','));
    expect(rows).toHaveLength(ROWS);
    expect(rows.map((r) => r[0])).toEqual(f.times);
    expect(rows.map((r) => Number(r[1]))).toEqual(f.values);
    const scores = rows.map((r) => Number(r[2]));
    for (const s of scores) expect(s >= 0 && s <= 1).toBe(true);
    expect(scores[SPIKE]).toBe(Math.max(...scores));
    const labelled = rows.flatMap((r, i) => (r[3] === '1' ? [i] : []));
    expect(labelled).toEqual(Array.from({ length: 21 }, (_, k) => SPIKE - 10 + k));
    expect(rows.every((r) => r[3] === '0' || r[3] === '1')).toBe(true);
  });

  it('labelsEveryRow0AndSaysSoWhenAFileHasNoWindows', async () => {
    const f = fixture();
    writeFileSync(f.labels, '{}');
    const { code, stderr } = await runCli(['--data', f.data, '--out', f.out, '--labels', f.labels]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/made\/series_a\.csv: no labelled windows/);
    const rows = readFileSync(join(f.out, 'made', 'spike_series_a.csv'), 'utf8')
      .trimEnd()
      .split('\n')
      .slice(1);
    expect(rows.every((r) => r.endsWith(',0'))).toBe(true);
  });

  it('failsOnAMissingDataDirectory', async () => {
    const f = fixture();
    const { code, stderr } = await runCli(['--data', join(f.data, 'nope'), '--out', f.out, '--labels', f.labels]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^spike: CONFIG_INVALID: data directory .*nope does not exist/);
  });

  it('failsOnABadHeaderNamingTheFile', async () => {
    const f = fixture();
    writeFileSync(join(f.data, 'made', 'series_a.csv'), 'time,count\n2015-03-02 00:02:53,4\n');
    const { code, stderr } = await runCli(['--data', f.data, '--out', f.out, '--labels', f.labels]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^spike: MALFORMED: .*series_a\.csv line 1: header must be "timestamp,value"/);
  });

  it('failsOnABadRowWithItsFileAndLine', async () => {
    const f = fixture();
    const bad = ['timestamp,value', '2015-03-02 00:02:53,4', '2015-03-02 00:07:53,4', '2015-03-02 00:12:53,many'];
    writeFileSync(join(f.data, 'made', 'series_a.csv'), bad.join('\n'));
    let result = await runCli(['--data', f.data, '--out', f.out, '--labels', f.labels]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^spike: INVALID_RECORD: .*series_a\.csv line 4: value is not a non-negative number/);
    writeFileSync(join(f.data, 'made', 'series_a.csv'), ['timestamp,value', '2015-03-02 00:02:53,4', '2015-03-02T00:07:53,4'].join('\n'));
    result = await runCli(['--data', f.data, '--out', f.out, '--labels', f.labels]);
    expect(result.stderr).toMatch(/series_a\.csv line 3: timestamp is not YYYY-MM-DD HH:MM:SS/);
    writeFileSync(join(f.data, 'made', 'series_a.csv'), ['timestamp,value', '2015-03-02 00:07:53,4', '2015-03-02 00:02:53,4'].join('\n'));
    result = await runCli(['--data', f.data, '--out', f.out, '--labels', f.labels]);
    expect(result.stderr).toMatch(/series_a\.csv line 3: timestamp does not follow 2015-03-02 00:07:53/);
  });

  it('scoresWithTheOverridesOfScorerAndParamsFlags', async () => {
    const f = fixture();
    const scoresOf = async (...flags: string[]) => {
      const { code } = await runCli(['--data', f.data, '--out', f.out, '--labels', f.labels, ...flags]);
      expect(code).toBe(0);
      const lines = readFileSync(join(f.out, 'made', 'spike_series_a.csv'), 'utf8')
        .trimEnd()
        .split('\n')
        .slice(1);
      return lines.map((line) => Number(line.split(',')[2]));
    };
    const tuned = await scoresOf();
    // Record novelty off: the detector's own surprise / (surprise + 10), which a surprising row never reaches 0.5 with.
    const plain = await scoresOf('--scorer', '{"recordHalfLifeMs":0,"holdHalfLifeMs":0}');
    expect(plain).not.toEqual(tuned);
    expect(plain[SPIKE]).toBe(Math.max(...plain));
    expect(plain.filter((s) => s > 0).length).toBeGreaterThan(tuned.filter((s) => s > 0).length);
    // A warm-up as long as the series (three days) silences every row, the spike included.
    expect(tuned[SPIKE]).toBeGreaterThan(0.5);
    const silent = await scoresOf('--params', `{"warmUpMs":${3 * 86_400_000}}`);
    expect(silent.every((s) => s === 0)).toBe(true);
  });

  it('failsOnABadOverrideNamingTheFlag', async () => {
    const f = fixture();
    let result = await runCli(['--data', f.data, '--out', f.out, '--labels', f.labels, '--scorer', '{"hold":1}']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^spike: CONFIG_INVALID: --scorer must be a JSON object of known fields: .*hold/);
    result = await runCli(['--data', f.data, '--out', f.out, '--labels', f.labels, '--params', '{"scoreWindows":0}']);
    expect(result.stderr).toMatch(/^spike: CONFIG_INVALID: --params .*scoreWindows/);
    result = await runCli(['--data', f.data, '--out', f.out, '--labels', f.labels, '--params', '[1]']);
    expect(result.stderr).toMatch(/^spike: CONFIG_INVALID: --params .*not a JSON object/);
  });

  it('failsOnAMissingLabelsFile', async () => {
    const f = fixture();
    const { code, stderr } = await runCli(['--data', f.data, '--out', f.out, '--labels', join(f.data, 'none.json')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^spike: CONFIG_INVALID: labels file .*none\.json does not exist/);
  });

  it('looksForTheLabelsInTheSharedDataBesideTheRepository', () => {
    expect(DEFAULT_LABELS_FILE).toMatch(/[/\\]shared[/\\]data[/\\]nab[/\\]labels-realTweets\.json$/);
    const repoRoot = new URL('../../../../', import.meta.url).pathname;
    expect(DEFAULT_LABELS_FILE.startsWith(join(repoRoot, '..', 'shared'))).toBe(true);
  });
});
