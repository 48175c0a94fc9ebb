#!/usr/bin/env node
/**
 * Records the posts the classifier's tests classify, each with the decision the rules alone
 * give it (the tests pass on the rules alone), into test/model/test-posts.jsonl: training data
 * for the complaint model, so that it learns the cases the tests pin rather than overrule them.
 * Run after adding or changing tests, then retrain (npm run train-model):
 *
 *   npm run record-test-posts -w @spike/classifier
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const scratch = join(root, '.cache', 'recorded-test-posts.jsonl');
mkdirSync(join(root, '.cache'), { recursive: true });
rmSync(scratch, { force: true });
// Every test file that classifies through classify-for-tests.ts records; the floors are left out,
// as they hold the classifier with its model to figures the rules alone need not reach.
const run = spawnSync('npx', ['vitest', 'run', '--exclude', 'src/fixture-floors.test.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, SPIKE_RECORD_TEST_POSTS: scratch },
});
if (run.status !== 0) throw new Error('the tests fail on the rules alone: fix them before recording');
// One line per distinct post, in a stable order (test files run in parallel).
const lines = [...new Set(readFileSync(scratch, 'utf8').split('\n').filter(Boolean))].sort();
const out = join(root, 'test', 'model', 'test-posts.jsonl');
mkdirSync(join(root, 'test', 'model'), { recursive: true });
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${lines.length} posts recorded in ${out}`);
