import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../main.js';
import { POST_INPUT } from './posts.js';

function lines(path: string): unknown[] {
  return readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as unknown);
}

describe('spike simulate', () => {
  it('writesPostsThatPostInputAcceptsInTimeOrderAndTheLabels', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spike-simulate-'));
    const out = join(dir, 'posts.jsonl');
    const labels = join(dir, 'incidents.jsonl');
    const stderr = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const code = await main([
        'node',
        'spike',
        'simulate',
        '--scenario',
        'bank-payday',
        '--seed',
        '5',
        '--scale',
        '0.02',
        '--out',
        out,
        '--labels',
        labels,
      ]);
      expect(code).toBe(0);
      expect(String(stderr.mock.calls.at(-1)?.[0])).toMatch(/bank-payday \(seed 5, scale 0.02\): \d+ posts, 1 incident label/);
    } finally {
      stderr.mockRestore();
    }
    const posts = lines(out);
    expect(posts.length).toBeGreaterThan(3000);
    let last = '';
    for (const post of posts) {
      const parsed = POST_INPUT.safeParse(post);
      expect(parsed.success).toBe(true);
      const createdAt = (post as { created_at: string }).created_at;
      expect(createdAt >= last).toBe(true);
      last = createdAt;
    }
    expect(Object.keys(posts[0] as object)).toEqual([
      'id',
      'text',
      'created_at',
      'lang',
      'author_location',
      'geo_country',
      'platform',
      'author_id',
    ]);
    expect(lines(labels)).toEqual([{ service: 'lloyds', countries: ['GB'], start: '2024-05-31T06:30:00Z', end: '2024-05-31T08:45:00Z' }]);
  });

  it('listsTheScenariosAndRejectsAnUnknownOneNamingTheKnown', async () => {
    const logged: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void logged.push(line));
    const errors: string[] = [];
    const error = vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
    try {
      expect(await main(['node', 'spike', 'simulate', '--list'])).toBe(0);
      expect(await main(['node', 'spike', 'simulate', '--scenario', 'nope', '--out', '-'])).toBe(1);
    } finally {
      log.mockRestore();
      error.mockRestore();
    }
    expect(logged.map((l) => l.split(' ')[0])).toEqual([
      'whatsapp-2022-10-25',
      'meta-2021-10-04',
      'quiet-week',
      'jio-night',
      'bank-payday',
    ]);
    expect(errors.join('\n')).toMatch(/unknown scenario "nope"; known scenarios: whatsapp-2022-10-25, meta-2021-10-04/);
  });

  it('saysItCannotWriteAnOutputThatIsADirectory_InsteadOfCrashing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spike-simulate-'));
    const errors: string[] = [];
    const error = vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
    try {
      expect(await main(['node', 'spike', 'simulate', '--scenario', 'quiet-week', '--scale', '0.01', '--out', dir])).toBe(1);
    } finally {
      error.mockRestore();
    }
    expect(errors.join('\n')).toContain(`cannot write ${dir}: EISDIR`);
  });
});
