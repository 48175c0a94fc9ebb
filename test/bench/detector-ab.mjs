// Paired throughput of two builds of the detector, in one process: the two alternate on the
// same complaints (detector-stream.mjs, as bench:detector), each round on a freshly restored
// learned detector, so the machine's drift cancels out of their ratio.
//   node --expose-gc test/bench/detector-ab.mjs DIST_A DIST_B [rounds=8] [complaints=1000000] [keys=100000] [spanMs=14400000]
// spanMs 2000 gives the dense stream of bench:detector:live. DIST_* are compiled
// `services/detector/dist` folders; an older one must sit where it resolves this checkout's
// node_modules, e.g. mkdir /tmp/base && cp -r services/detector/dist /tmp/base/dist &&
// ln -s "$PWD/node_modules" /tmp/base/node_modules.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FROM, generate, learnedDetector, populationOf } from './detector-stream.mjs';

const [distA, distB] = process.argv.slice(2, 4).map((d) => d && pathToFileURL(resolve(d, 'index.js')).href);
if (!distA || !distB) throw new Error('usage: detector-ab.mjs DIST_A DIST_B [rounds] [complaints] [keys] [spanMs]');
const rounds = Number(process.argv[4] ?? 8);
const total = Number(process.argv[5] ?? 1_000_000);
const keyTarget = Number(process.argv[6] ?? 100_000);
const spanMs = Number(process.argv[7] ?? 4 * 3_600_000);
const a = await import(distA);
const b = await import(distB);
const population = populationOf(keyTarget);
const complaints = generate(total, spanMs, population, 1);
const gc = typeof globalThis.gc === 'function' ? globalThis.gc : () => {};

/** Complaints per second through a fresh learned detector of `build`; the event count guards against one build skipping work. */
function rate(build) {
  const detector = learnedDetector(build.Detector, build.detectorParams(), population, total, spanMs);
  gc();
  let events = 0;
  const start = performance.now();
  for (let i = 0; i < complaints.length; i++) events += detector.add(complaints[i], i).length;
  events += detector.advanceTo(FROM + spanMs + 600_000).length;
  const seconds = (performance.now() - start) / 1000;
  return { rate: total / seconds, events, windows: detector.counters.windowsClosed };
}

const first = [rate(a), rate(b)];
if (first[0].events !== first[1].events || first[0].windows !== first[1].windows) {
  throw new Error(`the builds disagree: ${JSON.stringify(first)}`);
}
const ratesA = [];
const ratesB = [];
for (let i = 0; i < rounds; i++) {
  // Alternate which goes first, so neither always runs right after a GC of the other's state.
  if (i % 2) {
    ratesB.push(rate(b).rate);
    ratesA.push(rate(a).rate);
  } else {
    ratesA.push(rate(a).rate);
    ratesB.push(rate(b).rate);
  }
}
const median = (values) => [...values].sort((x, y) => x - y)[values.length >> 1];
const ratios = ratesB.map((r, i) => r / ratesA[i]);
const round = (r) => Math.round(r).toLocaleString('en');
console.log(
  `A ${round(median(ratesA))} complaints/s, B ${round(median(ratesB))} complaints/s, B/A ${median(ratios).toFixed(2)} (median of ${rounds} pairs; ratios ${ratios.map((r) => r.toFixed(2)).join(' ')})`,
);
