// Paired throughput of two builds of the detector, in one process: each round restores a learned
// detector of each build and feeds both the same complaints (detector-stream.mjs, as
// bench:detector), taking turns every 20,000 complaints and timing CPU, so the load of other
// sessions on this shared machine mostly cancels out of their ratio.
//   node --expose-gc test/bench/detector-ab.mjs DIST_A DIST_B [pairs=5] [complaints=1000000] [keys=100000] [spanMs=14400000]
// spanMs 2000 gives the dense stream of bench:detector:live. DIST_* are compiled
// `services/detector/dist` folders; an older one must sit where it resolves this checkout's
// node_modules, e.g. mkdir /tmp/base && cp -r services/detector/dist /tmp/base/dist &&
// ln -s "$PWD/node_modules" /tmp/base/node_modules.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FROM, generate, learnedDetector, populationOf } from './detector-stream.mjs';

const [distA, distB] = process.argv.slice(2, 4).map((d) => d && pathToFileURL(resolve(d, 'index.js')).href);
if (!distA || !distB) throw new Error('usage: detector-ab.mjs DIST_A DIST_B [pairs] [complaints] [keys] [spanMs]');
const rounds = Number(process.argv[4] ?? 5);
const total = Number(process.argv[5] ?? 1_000_000);
const keyTarget = Number(process.argv[6] ?? 100_000);
const spanMs = Number(process.argv[7] ?? 4 * 3_600_000);
const buildA = await import(distA);
const buildB = await import(distB);
/** Complaints per turn: short enough that load elsewhere hits both builds alike, long enough to keep caches warm. */
const CHUNK = 20_000;
const population = populationOf(keyTarget);
const complaints = generate(total, spanMs, population, 1);
const gc = typeof globalThis.gc === 'function' ? globalThis.gc : () => {};

/** A fresh learned detector of `build`, and the time it has spent. */
function contender(build) {
  return { detector: learnedDetector(build.Detector, build.detectorParams(), population, total, spanMs), seconds: 0, events: 0 };
}

/** CPU seconds of this process (the machine is shared: wall time would count the other sessions' turns). */
function cpuSeconds() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

function feed(c, from, to) {
  const start = cpuSeconds();
  for (let i = from; i < to; i++) c.events += c.detector.add(complaints[i], i).length;
  if (to === total) c.events += c.detector.advanceTo(FROM + spanMs + 600_000).length;
  c.seconds += cpuSeconds() - start;
}

/**
 * One round: both builds through the whole stream, interleaved a chunk at a time, so a burst of
 * load elsewhere hits both alike. Which goes first alternates from chunk to chunk, starting
 * with A when `aFirst`: the first to read a chunk of complaints pays for bringing them into the
 * cache (about a tenth of the time), so rounds come in pairs, one starting with each.
 * CPU seconds of each.
 */
function round(aFirst) {
  const a = contender(buildA);
  const b = contender(buildB);
  gc();
  for (let from = 0, k = 0; from < total; from += CHUNK, k++) {
    const to = Math.min(total, from + CHUNK);
    const [first, second] = (k % 2 === 0) === aFirst ? [a, b] : [b, a];
    feed(first, from, to);
    feed(second, from, to);
  }
  if (a.events !== b.events || a.detector.counters.windowsClosed !== b.detector.counters.windowsClosed) {
    throw new Error(`the builds disagree: ${a.events} and ${b.events} events`);
  }
  return [a.seconds, b.seconds];
}

round(true);
const ratesA = [];
const ratesB = [];
for (let i = 0; i < rounds; i++) {
  const [a1, b1] = round(true);
  const [a2, b2] = round(false);
  ratesA.push((2 * total) / (a1 + a2));
  ratesB.push((2 * total) / (b1 + b2));
}
const median = (values) => [...values].sort((x, y) => x - y)[values.length >> 1];
const ratios = ratesB.map((r, i) => r / ratesA[i]);
const round0 = (r) => Math.round(r).toLocaleString('en');
console.log(
  `A ${round0(median(ratesA))} complaints/s, B ${round0(median(ratesB))} complaints/s (CPU time), B/A ${median(ratios).toFixed(2)} (median of ${rounds} pairs of rounds; ratios ${ratios.map((r) => r.toFixed(2)).join(' ')})`,
);
