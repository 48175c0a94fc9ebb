// What changed between two builds of the classifier, counted over every labelled post we have
// (the fixtures and ../shared/data/posts-dev.jsonl): posts whose complaint flag, services or
// country moved, with the country moves grouped as `from -> to (label)`, and which way the posts
// whose complaint or services moved went against their labels (better, worse, or still wrong).
// Counts only, never a post's text, so the dev and held-out sets stay unread.
//   node test/bench/classifier-diff.mjs DIST_A DIST_B [--rules-only]
// DIST_* are compiled `services/classifier/dist` folders (make an old one as the header of
// classifier-ab.mjs says).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [distA, distB] = process.argv.slice(2, 4).map((d) => d && pathToFileURL(resolve(d, 'index.js')).href);
if (!distA || !distB) throw new Error('usage: classifier-diff.mjs DIST_A DIST_B [--rules-only]');
// The rules alone: the complaint model's overrules drift with each retraining.
const options = process.argv.includes('--rules-only') ? { complaintModel: null } : {};
const root = join(import.meta.dirname, '..', '..');
const fixtures = join(root, 'services/classifier/test/fixtures');
const files = [
  ...readdirSync(fixtures)
    .filter((f) => f.endsWith('.jsonl'))
    .map((f) => join(fixtures, f)),
  join(root, '..', 'shared/data/posts-dev.jsonl'),
];
const a = (await import(distA)).createClassifier(options);
const b = (await import(distB)).createClassifier(options);
const moved = { complaint: 0, services: 0, country: 0 };
const against = { better: 0, worse: 0, stillWrong: 0 };
/** A classification's complaint and services as one comparable value ('-' for no complaint). */
const outcome = (complaint, services) => (complaint ? [...services].sort().join() : '-');
const countryMoves = new Map();
let posts = 0;
for (const file of files) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const post = JSON.parse(line);
    const x = a.classify(post);
    const y = b.classify(post);
    posts++;
    if (x.complaint !== y.complaint) moved.complaint++;
    if (x.services.join() !== y.services.join()) moved.services++;
    const [before, after] = [outcome(x.complaint, x.services), outcome(y.complaint, y.services)];
    if (before !== after && post.expected) {
      const labelled = outcome(post.expected.complaint, post.expected.services);
      if (after === labelled) against.better++;
      else if (before === labelled) against.worse++;
      else against.stillWrong++;
    }
    if (x.country !== y.country) {
      moved.country++;
      const key = `${x.country} -> ${y.country} (labelled ${post.expected?.country ?? null})`;
      countryMoves.set(key, (countryMoves.get(key) ?? 0) + 1);
    }
  }
}
console.log(
  `${posts} posts in ${files.length} files: complaint moved on ${moved.complaint}, services on ${moved.services}, country on ${moved.country}`,
);
console.log(
  `complaint or services against the labels: ${against.better} better, ${against.worse} worse, ${against.stillWrong} moved but still wrong`,
);
for (const [key, n] of [...countryMoves].sort((p, q) => q[1] - p[1])) console.log(`  ${String(n).padStart(4)}  ${key}`);
