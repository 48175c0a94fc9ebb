// Classifier throughput and memory, in-process on one core.
//   node test/bench/classifier.mjs [posts=200000] [file=services/classifier/test/fixtures/handwritten-posts.jsonl]
// Posts are our hand-written fixtures (multilingual, dev-set-like lengths) repeated with
// varied ids and numbers; pass shared/data/posts-dev.jsonl to time the dev set's own posts.
// Prints posts/s over the timed run and the process RSS with the catalogue and gazetteer
// loaded. Build first (npm ci does): it imports the compiled dist.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClassifier } from '@spike/classifier';

const root = join(import.meta.dirname, '..', '..');
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(0);
const total = Number(process.argv[2] ?? 200_000);
const file = process.argv[3] ?? join(root, 'services/classifier/test/fixtures/handwritten-posts.jsonl');
const buildStart = performance.now();
const classifier = createClassifier();
const buildMs = performance.now() - buildStart;
globalThis.gc?.();
// Resident memory with the catalogue and gazetteer loaded, before the test posts are made: right
// after one full collection, while V8's background threads are still unmapping the pages the
// build's garbage freed, and once they have (two more collections and half a second later),
// which is where a running worker sits.
const justBuilt = process.memoryUsage().rss;
globalThis.gc?.();
await new Promise((resolve) => setTimeout(resolve, 500));
globalThis.gc?.();
const { rss: loadedRss, heapUsed: loadedHeapUsed, heapTotal: loadedHeapTotal } = process.memoryUsage();

const base = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line));
const posts = Array.from({ length: total }, (_, i) => {
  const p = base[i % base.length];
  // Vary the text a little so nothing is cached by accident.
  return { ...p, id: `${p.id}-${i}`, text: i % 2 ? `${p.text} ${i % 97}` : p.text };
});

// Warm up the JIT, then time.
for (let i = 0; i < Math.min(20_000, total); i++) classifier.classify(posts[i]);
let complaints = 0;
const start = performance.now();
for (const post of posts) if (classifier.classify(post).complaint) complaints++;
const seconds = (performance.now() - start) / 1000;
globalThis.gc?.();
const afterRss = process.memoryUsage().rss;

console.log(
  `classifier: ${total} posts in ${seconds.toFixed(2)} s = ${Math.round(total / seconds).toLocaleString('en')} posts/s on one core`,
);
console.log(
  `  build ${buildMs.toFixed(0)} ms; RSS ${mb(loadedRss)} MB with the classifier loaded and the heap settled (${mb(justBuilt)} MB right after the build's first collection; V8 heap ${mb(loadedHeapUsed)} MB used of ${mb(loadedHeapTotal)} MB held), ${mb(afterRss)} MB after the run (${total} posts held in memory); ${complaints} complaints (node ${process.version})`,
);
