// In-process backtest throughput: classifier and detector over a generated scenario, one core.
//   node --expose-gc test/bench/backtest.mjs [scenario=whatsapp-2022-10-25] [runs=3] [scale=1]
// The scenario's posts are generated into memory first (not timed; `spike backtest --scenario`
// generates them on the fly, which costs extra), then runBacktest — the same validation,
// classification, complaint checks, partitioning and detectors as the workers, no Kafka —
// runs over them `runs` times, each with fresh detectors. Prints posts/s per run and the best,
// the classifier alone over the same posts for comparison, and the RSS. Build first (npm ci does).
import { createClassifier } from '@spike/classifier';
import { runBacktest, scenarioSocialPosts } from '@spike/cli';
import { detectorParams } from '@spike/detector';
import { simulate } from '@spike/scenarios';

const name = process.argv[2] ?? 'whatsapp-2022-10-25';
const runs = Number(process.argv[3] ?? 3);
const scale = Number(process.argv[4] ?? 1);
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(0);
const rate = (posts, ms) => Math.round(posts / (ms / 1000)).toLocaleString('en');

const scenario = simulate(name, { seed: 1, scale });
const posts = [...scenarioSocialPosts(scenario.posts())];
const days = (scenario.to - scenario.from) / 86_400_000;
console.log(`${name}: ${posts.length.toLocaleString('en')} posts over ${days.toFixed(1)} days (scale ${scale})`);

const classifier = createClassifier();
const params = detectorParams();
let best = 0;
for (let run = 1; run <= runs; run++) {
  globalThis.gc?.();
  const start = performance.now();
  const { report } = await runBacktest(posts, { params, labels: scenario.labels, partitions: 6, classifier });
  const ms = performance.now() - start;
  best = Math.max(best, posts.length / (ms / 1000));
  console.log(
    `run ${run}: ${(ms / 1000).toFixed(2)} s, ${rate(posts.length, ms)} posts/s (${report.input.complaints.toLocaleString('en')} complaints, ${report.incidents.total} incidents)`,
  );
}
const start = performance.now();
for (const post of posts) classifier.classify(post);
const classifyMs = performance.now() - start;
console.log(`best backtest: ${Math.round(best).toLocaleString('en')} posts/s; classifier alone: ${rate(posts.length, classifyMs)} posts/s`);
console.log(`RSS ${mb(process.memoryUsage().rss)} MB (posts held in memory included)`);
