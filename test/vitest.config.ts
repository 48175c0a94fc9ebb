import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../vitest.shared.js';

export default mergeConfig(
  shared,
  defineConfig({
    test: {
      include: ['integration/**/*.test.ts', 'e2e/**/*.test.ts'],
      globalSetup: ['./support/global-setup.ts'],
      testTimeout: 60_000,
      hookTimeout: 180_000,
      // Two cores: two test files at a time keeps the broker responsive.
      maxWorkers: 2,
    },
  }),
);
