// Where a classified post's time goes, measured in context, and how much of it is memory.
//   node test/bench/classifier-stages.mjs [file=shared/data/posts-dev.jsonl] [rounds=20]
// Build first (npm ci does): it imports the compiled dist.
//
// 1. Two rates of the same build: posts taken in turn (each post finds the tables as the
//    previous posts left them, as in a stream) and each post classified `rounds` times in a row
//    (its words' table entries and the branches it takes stay hot). Their ratio is what cache
//    and branch misses cost: a bound on what compacting the tables could buy.
// 2. Each method of the classifier and of its catalogue, languages, cue index and vocabulary,
//    wrapped in a timer (inclusive time, outer call only), with its calls per post. The timers
//    add their own cost and keep the wrapped methods from being inlined, so the sum runs above
//    the plain rate; read the shares, not the absolute figures. A method timed alone in a loop
//    (`stages.mjs`-style) looks up to ten times cheaper than here: alone, its tables stay in cache.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClassifier } from '@spike/classifier';

const file = process.argv[2] ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'posts-dev.jsonl');
const rounds = Number(process.argv[3] ?? 20);
const posts = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line));
const microsPerPost = (ms, runs) => (ms * 1000) / (runs * posts.length);

const plain = createClassifier();
for (let r = 0; r < 10; r++) for (const post of posts) plain.classify(post);
let start = performance.now();
for (let r = 0; r < rounds; r++) for (const post of posts) plain.classify(post);
const inTurn = microsPerPost(performance.now() - start, rounds);
start = performance.now();
for (const post of posts) for (let r = 0; r < rounds; r++) plain.classify(post);
const repeated = microsPerPost(performance.now() - start, rounds);
console.log(
  `posts in turn: ${inTurn.toFixed(2)} µs/post; each post ${rounds} times in a row: ${repeated.toFixed(2)} µs/post (${(inTurn / repeated).toFixed(2)}x)`,
);

const timed = createClassifier();
const spent = new Map();
const calls = new Map();
wrapMethods(timed, '');
for (const [part, prefix] of [
  [timed.catalogue, 'catalogue.'],
  [timed.languages, 'languages.'],
  [timed.cues.phrases, 'cues.phrases.'],
  [timed.cues.substrings, 'cues.substrings.'],
  [timed.vocabulary, 'vocabulary.'],
])
  wrapMethods(part, prefix);
for (let r = 0; r < 5; r++) for (const post of posts) timed.classify(post);
spent.clear();
calls.clear();
start = performance.now();
for (let r = 0; r < rounds; r++) for (const post of posts) timed.classify(post);
console.log(`with timers: ${microsPerPost(performance.now() - start, rounds).toFixed(2)} µs/post; inclusive µs/post and calls/post:`);
for (const [name, ms] of [...spent].sort((a, b) => b[1] - a[1])) {
  const micros = microsPerPost(ms, rounds);
  if (micros >= 0.1)
    console.log(`  ${name.padEnd(34)} ${micros.toFixed(2).padStart(6)}  ${(calls.get(name) / (rounds * posts.length)).toFixed(2)}`);
}

/** Replaces each method of the object's class (getters left alone, `classify` timed as the whole) with a timed one. */
function wrapMethods(target, prefix) {
  const proto = Object.getPrototypeOf(target);
  for (const name of Object.getOwnPropertyNames(proto)) {
    const method = Object.getOwnPropertyDescriptor(proto, name).value;
    if (name === 'constructor' || name === 'classify' || typeof method !== 'function') continue;
    target[name] = timedMethod(method, prefix + name);
  }
}

function timedMethod(method, label) {
  let depth = 0;
  return function (...args) {
    // Recursive and re-entrant calls count in the outer one.
    if (depth > 0) return method.apply(this, args);
    depth++;
    const from = performance.now();
    try {
      return method.apply(this, args);
    } finally {
      spent.set(label, (spent.get(label) ?? 0) + performance.now() - from);
      calls.set(label, (calls.get(label) ?? 0) + 1);
      depth--;
    }
  };
}
