// What changed between two builds of the classifier, counted over every labelled post we have
// (the fixtures and ../shared/data/posts-dev.jsonl): posts whose complaint flag, services or
// country moved, with the country moves grouped as `from -> to (label)`. Counts only, never a
// post's text, so the dev and held-out sets stay unread.
//   node test/bench/classifier-diff.mjs DIST_A DIST_B
// DIST_* are compiled `services/classifier/dist` folders (make an old one as the header of
// classifier-ab.mjs says).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [distA, distB] = process.argv.slice(2, 4).map((d) => d && pathToFileURL(resolve(d, 'index.js')).href);
if (!distA || !distB) throw new Error('usage: classifier-diff.mjs DIST_A DIST_B');
const root = join(import.meta.dirname, '..', '..');
const fixtures = join(root, 'services/classifier/test/fixtures');
const files = [
  ...readdirSync(fixtures)
    .filter((f) => f.endsWith('.jsonl'))
    .map((f) => join(fixtures, f)),
  join(root, '..', 'shared/data/posts-dev.jsonl'),
];
const a = (await import(distA)).createClassifier();
const b = (await import(distB)).createClassifier();
const moved = { complaint: 0, services: 0, country: 0 };
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
for (const [key, n] of [...countryMoves].sort((p, q) => q[1] - p[1])) console.log(`  ${String(n).padStart(4)}  ${key}`);
