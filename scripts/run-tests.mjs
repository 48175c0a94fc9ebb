// `npm test`: every package's tests through turbo (integration tests against a real broker
// included), then one summary line over all of them.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
rmSync(join(root, '.cache', 'test-reports'), { recursive: true, force: true });
const turbo = spawnSync('npx', ['turbo', 'run', 'test', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
const summary = spawnSync(process.execPath, [join(root, 'scripts', 'test-summary.mjs')], { cwd: root, stdio: 'inherit' });
process.exit(turbo.status || summary.status || 0);
