// The NAB realTweets standard score when one parameter of `spike nab` moves by ±30% (the rest
// fixed), with NAB's own scorer through test/bench/nab-score.sh (same prerequisites):
//   node test/bench/nab-sensitivity.mjs [FACTORS=0.7,1.3] > table.md
// Prints a markdown table: parameter, value, standard score at each factor. About 15 s a run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '../..');
const { NAB_DETECTOR_PARAMS, NAB_SCORER_OPTIONS } = await import(pathToFileURL(join(root, 'services/cli/dist/commands/nab.js')).href);
const factors = (process.argv[2] ?? '0.7,1.3').split(',').map(Number);

// [flag, name, whole number?]: the scorer's options, then the baseline parameters that matter to it.
const PARAMETERS = [
  ['--scorer', 'recordHalfLifeMs', true],
  ['--scorer', 'recordRiseHalfLifeMs', true],
  ['--scorer', 'recordPseudoCount', false],
  ['--scorer', 'recordMinSurprise', false],
  ['--scorer', 'holdHalfLifeMs', true],
  ['--params', 'levelHalfLifeMs', true],
  ['--params', 'profileHalfLifeMs', true],
  ['--params', 'weeklyHalfLifeMs', true],
  ['--params', 'dispersionHalfLifeMs', true],
  ['--params', 'learnCapRatio', false],
  ['--params', 'openSurprise', false],
  ['--params', 'scoreWindows', true],
];

/** The standard score of one run of nab-score.sh with extra `spike nab` flags. */
function standardScore(flags) {
  const out = mkdtempSync(join(tmpdir(), 'nab-sens-'));
  const run = spawnSync(join(root, 'test/bench/nab-score.sh'), [out], {
    env: { ...process.env, SPIKE_NAB_ARGS: flags },
    encoding: 'utf8',
  });
  const match = /^standard\s+([\d.-]+)/m.exec(run.stdout);
  if (run.status !== 0 || !match) throw new Error(`nab-score.sh ${flags} failed: ${run.stderr.slice(-500)}`);
  return Number(match[1]);
}

const human = (name, value) =>
  !name.endsWith('Ms')
    ? String(value)
    : value % 86_400_000 === 0
      ? `${value / 86_400_000} d`
      : value % 3_600_000 === 0
        ? `${value / 3_600_000} h`
        : `${value / 60_000} min`;

console.log(`| parameter | value | ${factors.map((f) => `×${f}`).join(' | ')} |`);
console.log(`| --- | --- | ${factors.map(() => '---').join(' | ')} |`);
console.log(`| (as set) | | ${standardScore('').toFixed(2)} |`);
for (const [flag, name, whole] of PARAMETERS) {
  const base = (flag === '--scorer' ? NAB_SCORER_OPTIONS : NAB_DETECTOR_PARAMS)[name];
  const cells = factors.map((factor) => {
    const value = whole ? Math.max(1, Math.round(base * factor)) : Number((base * factor).toPrecision(6));
    const score = standardScore(`${flag} {"${name}":${value}}`).toFixed(2);
    return value === base ? `${score} (unchanged)` : whole && !name.endsWith('Ms') ? `${score} (${value})` : score;
  });
  console.log(`| \`${name}\` | ${human(name, base)} | ${cells.join(' | ')} |`);
}
