// What a backtest costs besides classifying: validation, author keys, routing and the detectors.
//   node --expose-gc test/bench/backtest-overhead.mjs [scenario=whatsapp-2022-10-25] [runs=4]
// Classifies the scenario's posts once, then runs runBacktest over them with a classifier that
// returns those results from a Map, and prints the CPU time per post minus the Map lookups.
// The classifier's own cost is the difference from `npm run bench:backtest`. Build first.
import { createClassifier } from '@spike/classifier';
import { runBacktest, scenarioSocialPosts } from '@spike/cli';
import { detectorParams } from '@spike/detector';
import { simulate } from '@spike/scenarios';

const name = process.argv[2] ?? 'whatsapp-2022-10-25';
const runs = Number(process.argv[3] ?? 4);
const cpuSeconds = (since) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};

const scenario = simulate(name, { seed: 1, scale: 1 });
const posts = [...scenarioSocialPosts(scenario.posts())];
const classifier = createClassifier();
const results = new Map(posts.map((post) => [post, classifier.classify(post)]));
const precomputed = { classify: (post) => results.get(post) };
console.log(`${name}: ${posts.length.toLocaleString('en')} posts, classified in advance`);

for (let run = 1; run <= runs; run++) {
  globalThis.gc?.();
  const start = process.cpuUsage();
  await runBacktest(posts, { params: detectorParams(), labels: scenario.labels, partitions: 6, classifier: precomputed });
  const total = cpuSeconds(start);
  const lookupStart = process.cpuUsage();
  for (const post of posts) precomputed.classify(post);
  const lookups = cpuSeconds(lookupStart);
  console.log(
    `run ${run}: ${total.toFixed(2)} s CPU, ${((1e6 * (total - lookups)) / posts.length).toFixed(2)} µs a post besides classifying`,
  );
}
