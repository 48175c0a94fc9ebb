import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../main.js';

describe('spike classify', () => {
  it('writesOneContractLinePerPostAndSkipsInvalidLinesWithTheirNumber', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spike-classify-'));
    const input = join(dir, 'posts.jsonl');
    const output = join(dir, 'out.jsonl');
    writeFileSync(
      input,
      [
        JSON.stringify({
          id: '1',
          text: 'instagram down? feed not loading',
          created_at: '2022-10-25T07:00:00Z',
          lang: 'en',
          author_location: 'Leeds',
          geo_country: null,
          platform: 'x',
          extra: 'ignored',
        }),
        '',
        JSON.stringify({ id: '2', text: 'lovely sunny day', lang: null }),
        JSON.stringify({ text: 'no id here' }),
      ].join('\n'),
    );
    const stderr = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await main(['node', 'spike', 'classify', '--input', input, '--output', output])).toBe(0);
      expect(process.exitCode).toBe(1);
      expect(stderr.mock.calls.map((c) => String(c[0])).join('\n')).toMatch(/line 4 skipped: id/);
    } finally {
      process.exitCode = 0;
      stderr.mockRestore();
    }
    const lines = readFileSync(output, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => Object.keys(l))).toEqual([
      ['id', 'complaint', 'services', 'language', 'country', 'confidence'],
      ['id', 'complaint', 'services', 'language', 'country', 'confidence'],
    ]);
    expect(lines[0]).toMatchObject({ id: '1', complaint: true, services: ['instagram'], language: 'en', country: 'GB' });
    expect(lines[1]).toMatchObject({ id: '2', complaint: false, services: [] });
  });
});
