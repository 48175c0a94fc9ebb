// Paired throughput of two builds of the classifier, in one process: the two alternate on the
// same 40,000 posts, so the machine's drift (a third over an hour on the project's VM) cancels
// out of their ratio, which single runs of bench:classifier cannot give.
//   node test/bench/classifier-ab.mjs DIST_A DIST_B [rounds=10] [file=shared/data/posts-dev.jsonl]
// DIST_* are compiled `services/classifier/dist` folders, e.g. an older commit's:
//   git archive <commit> services/classifier tsconfig.json | tar -x -C /tmp/old
//   (cd /tmp/old/services/classifier && ln -s "$PWD/node_modules" . && npx tsc -p tsconfig.build.json)
// run from the repository root (so the old build resolves this checkout's node_modules).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [distA, distB] = process.argv.slice(2, 4).map((d) => pathToFileURL(resolve(d, 'classifier.js')).href);
if (!distA || !distB) throw new Error('usage: classifier-ab.mjs DIST_A DIST_B [rounds] [file]');
const rounds = Number(process.argv[4] ?? 10);
const file = process.argv[5] ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'posts-dev.jsonl');
const a = (await import(distA)).createClassifier();
const b = (await import(distB)).createClassifier();
const base = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line));
const posts = Array.from({ length: 40_000 }, (_, i) => {
  const p = base[i % base.length];
  return { ...p, id: `${p.id}-${i}`, text: i % 2 ? `${p.text} ${i % 97}` : p.text };
});
const rate = (classifier) => {
  const start = performance.now();
  for (const post of posts) classifier.classify(post);
  return posts.length / ((performance.now() - start) / 1000);
};
for (let i = 0; i < 2; i++) {
  rate(a);
  rate(b);
}
const ratesA = [];
const ratesB = [];
for (let i = 0; i < rounds; i++) {
  ratesA.push(rate(a));
  ratesB.push(rate(b));
}
const median = (values) => [...values].sort((x, y) => x - y)[values.length >> 1];
const ratios = ratesB.map((r, i) => r / ratesA[i]);
console.log(
  `A ${Math.round(median(ratesA)).toLocaleString('en')} posts/s, B ${Math.round(median(ratesB)).toLocaleString('en')} posts/s, B/A ${median(ratios).toFixed(2)} (median of ${rounds} pairs)`,
);
