import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const repoRoot = dirname(fileURLToPath(import.meta.url));

/**
 * Settings every package's vitest config starts from. The `source` export condition makes
 * imports of sibling workspace packages resolve to their TypeScript sources, so tests never
 * run against a stale dist/.
 */
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // A guard against hangs, not a speed check: turbo runs every package's tests at once, and on
    // a loaded two-core machine a test generating a fortnight of posts takes several seconds.
    testTimeout: 30_000,
    // A JSON report per package lets scripts/test-summary.mjs print one closing line for the whole run.
    reporters: ['default', ['json', { outputFile: join(repoRoot, '.cache', 'test-reports', `${basename(process.cwd())}.json`) }]],
  },
});
