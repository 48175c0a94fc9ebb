import { describe, expect, it, vi } from 'vitest';
import { buildProgram, main } from './main.js';

describe('spike', () => {
  it('listsItsCommands', () => {
    expect(buildProgram().commands.map((c) => c.name())).toContain('topics');
  });

  it('returnsExitCode1WithTheErrorCodeForBadConfig', async () => {
    const stderr = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.stubEnv('TOPIC_PARTITIONS', 'zero');
    try {
      expect(await main(['node', 'spike', 'topics', 'create'])).toBe(1);
      expect(stderr.mock.calls[0]?.[0]).toMatch(/^spike: CONFIG_INVALID: .*TOPIC_PARTITIONS/s);
    } finally {
      vi.unstubAllEnvs();
      stderr.mockRestore();
    }
  });

  it('returnsANonZeroCodeForAnUnknownCommand', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await main(['node', 'spike', 'no-such-verb'])).not.toBe(0);
    } finally {
      stderr.mockRestore();
    }
  });
});
