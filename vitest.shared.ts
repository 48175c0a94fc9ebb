import { defineConfig } from 'vitest/config';

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
  },
});
