// Lint rules for the whole monorepo. The pure core (classifier, detector, scenarios) may not import
// Kafka, Avro, logging or Node I/O, nor read the wall clock or randomness: those belong at
// the edge (services/runtime), so the core stays deterministic and testable with arrays.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const PURE_CORE_BANNED_IMPORTS = [
  'kafkajs',
  'avsc',
  'pino',
  'prom-client',
  '@spike/runtime',
  'node:*',
  'fs',
  'path',
  'child_process',
  'http',
  'net',
];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '.cache/**', '**/generated/**', 'vitest.shared.ts', '**/vitest.config.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: [
      'services/classifier/src/**/*.ts',
      'services/detector/src/**/*.ts',
      'services/backtest/src/**/*.ts',
      'services/scenarios/src/**/*.ts',
    ],
    // classify-for-tests.ts is a test helper (not built) that may record the posts tests classify.
    ignores: ['**/*.test.ts', 'services/classifier/src/classify-for-tests.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: PURE_CORE_BANNED_IMPORTS.map((group) => ({
            group: [group],
            message: 'the pure core does no I/O: move this to services/runtime',
          })),
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'the pure core takes time as data (a Clock or event time)' },
        { object: 'Math', property: 'random', message: 'the pure core is deterministic: take a seeded generator' },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'the pure core never reads process.env: config is parsed at the edge' },
      ],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  { files: ['**/*.js', '**/*.mjs'], languageOptions: { globals: globals.node } },
);
