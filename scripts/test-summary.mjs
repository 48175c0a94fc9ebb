// Prints one closing line for the whole test run, summed over the JSON reports that each
// package's vitest wrote to .cache/test-reports/: "Tests: N passed, N failed, N skipped".
// Exits non-zero when a report is missing tests or shows a failure, so a run that executed
// nothing cannot look green.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '..', '.cache', 'test-reports');
const reports = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of reports) {
  const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  passed += report.numPassedTests;
  // A file that failed to load (or a failed global setup) has no failed test of its own but fails the run.
  failed += report.numFailedTests > 0 ? report.numFailedTests : report.success ? 0 : 1;
  skipped += report.numPendingTests + report.numTodoTests;
  console.log(`  ${file.replace(/\.json$/, '').padEnd(14)} ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
}
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(reports.length === 0 || passed === 0 || failed > 0 ? 1 : 0);
