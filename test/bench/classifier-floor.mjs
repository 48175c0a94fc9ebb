// How fast the classifier could be if it stopped after each of its first stages: the floor its
// rules sit on. Posts are taken in turn, as in a stream (see classifier-stages.mjs for why that
// differs from timing one post repeatedly).
//   node test/bench/classifier-floor.mjs [file=services/classifier/test/fixtures/handwritten-posts.jsonl] [rounds=20]
// Build first (npm ci does): it imports the compiled dist and calls its private stages, which
// TypeScript's `private` does not hide at run time.
//
// 1. read: normalise, tokenize, word ids, script, the author's place, the language.
// 2. + names: the catalogue names in the post.
// 3. + model: the complaint model over the post with its names masked (what `classify` gives it).
// 4. classify: all of it, the rules included.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClassifier } from '@spike/classifier';

const root = join(import.meta.dirname, '..', '..');
const file = process.argv[2] ?? join(root, 'services/classifier/test/fixtures/handwritten-posts.jsonl');
const rounds = Number(process.argv[3] ?? 20);
const posts = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line));
const classifier = createClassifier();
// Warm the JIT on whole classifications first, as the throughput bench does (20,000 posts).
for (let i = 0; i < 20_000; i++) classifier.classify(posts[i % posts.length]);

const stages = [
  ['read', (post) => classifier.read(post)],
  [
    '+ names',
    (post) => {
      const read = classifier.read(post);
      return classifier.namesIn(post, read);
    },
  ],
  ['+ model', (post) => classifier.complaintModel.probability(classifier.complaintModelInput(post))],
  ['classify', (post) => classifier.classify(post)],
];

for (const [name, stage] of stages) {
  for (let r = 0; r < 3; r++) for (const post of posts) stage(post);
  const start = performance.now();
  for (let r = 0; r < rounds; r++) for (const post of posts) stage(post);
  const micros = ((performance.now() - start) * 1000) / (rounds * posts.length);
  console.log(
    `${name.padEnd(10)} ${micros.toFixed(2).padStart(6)} µs/post  ${Math.round(1e6 / micros)
      .toLocaleString('en')
      .padStart(9)} posts/s`,
  );
}
