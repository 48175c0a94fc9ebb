import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { BacktestReport } from '@spike/backtest';
import { main } from '../main.js';
import { OUTAGE_LABEL, outagePosts } from '../backtest/test-support/outage-posts.js';

/** The hand-written outage as a JSONL file (times as ISO, as analysts' files have them) with one line that is not JSON. */
function writeInput(dir: string): string {
  const path = join(dir, 'posts.jsonl');
  const lines = outagePosts().map((post) => JSON.stringify({ ...post, created_at: new Date(post.created_at).toISOString() }));
  lines.splice(10, 0, '{"id": "broken", "text": ');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((line: unknown) => void out.push(String(line)));
  const error = vi.spyOn(console, 'error').mockImplementation((line: unknown) => void err.push(String(line)));
  const write = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => (err.push(String(chunk)), true));
  try {
    const code = await main(['node', 'spike', 'backtest', ...args]);
    return { code, stdout: out.join('\n'), stderr: err.join('') };
  } finally {
    log.mockRestore();
    error.mockRestore();
    write.mockRestore();
  }
}

describe('spike backtest', () => {
  it('writes anomalies.jsonl, report.json, report.md and charts for a file and its labels', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spike-backtest-'));
    const labels = join(dir, 'incidents.jsonl');
    writeFileSync(labels, `${JSON.stringify(OUTAGE_LABEL)}\n`);
    const out = join(dir, 'out');
    const { code, stdout, stderr } = await run(['--input', writeInput(dir), '--labels', labels, '--out', out, '--charts', '2']);
    expect(code).toBe(0);
    expect(stderr).toContain('line 11 skipped');
    expect(stdout).toContain('labelled incidents detected: 1/1');

    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as BacktestReport;
    expect(report.input).toMatchObject({ posts: outagePosts().length, badLines: 1, invalidPosts: 1 });
    expect(report.labels[0]).toMatchObject({ detected: true, countriesFound: ['IN'] });
    const events = readFileSync(join(out, 'anomalies.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { status: string; service: string });
    expect(events[0]).toMatchObject({ status: 'OPEN', service: 'whatsapp' });
    expect(events.at(-1)?.status).toBe('RESOLVED');
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('![whatsapp\\|IN](charts/whatsapp_IN.svg)');
    expect(readFileSync(join(out, 'charts', 'whatsapp_IN.svg'), 'utf8').startsWith('<svg')).toBe(true);
  });

  it('refuses a labels file with an invalid line, naming the line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spike-backtest-'));
    const labels = join(dir, 'incidents.jsonl');
    writeFileSync(labels, `${JSON.stringify(OUTAGE_LABEL)}\n${JSON.stringify({ ...OUTAGE_LABEL, end: '2022-10-25T06:00:00Z' })}\n`);
    const { code, stderr } = await run(['--input', writeInput(dir), '--labels', labels, '--out', join(dir, 'out')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/incidents\.jsonl line 2: end: end must be after start/);
    expect(existsSync(join(dir, 'out', 'report.json'))).toBe(false);
  });

  it('asks for an input or a scenario', async () => {
    const { code, stderr } = await run(['--out', join(tmpdir(), 'unused')]);
    expect(code).toBe(1);
    expect(stderr).toContain('give --input <file> or --scenario <name>');
  });
});
