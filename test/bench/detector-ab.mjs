// Paired throughput of two builds of the detector, in one process: each round restores a learned
// detector of each build and feeds both the same complaints (detector-stream.mjs, as
// bench:detector), taking turns every 20,000 complaints (which goes first alternates) and timing
// CPU, so the load of other sessions on this shared machine mostly cancels out of their ratio.
//   node --expose-gc test/bench/detector-ab.mjs [--stream] DIST_A DIST_B [pairs=5] [complaints=1000000] [keys=100000] [spanMs=14400000]
// With --stream the input is held as the worker and bench:detector hold it: one chunk of 20,000
// complaints at a time, generated (not timed), fed to both builds, then dropped. Without it the
// whole stream is generated first and held for the run, as in the figures before 27 November,
// 22:40: 500,000 complaints are 100+ MB of heap that every full GC traces, which makes garbage
// collection dearer than in the worker (a build that allocates less is undervalued), and that
// mode favoured the build named first by 5-9%. Calibrate with two copies of one build, named in
// both orders: B/A should be about 1.00.
// spanMs 2000 (or 500) gives a dense, live-like stream. DIST_* are compiled
// `services/detector/dist` folders; an older one must sit where it resolves this checkout's
// node_modules, e.g. mkdir /tmp/base && cp -r services/detector/dist /tmp/base/dist &&
// ln -s "$PWD/node_modules" /tmp/base/node_modules.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { batches, FROM, generate, learnedDetector, populationOf } from './detector-stream.mjs';

const args = process.argv.slice(2);
const streamed = args[0] === '--stream';
if (streamed) args.shift();
const [distA, distB] = args.slice(0, 2).map((d) => d && pathToFileURL(resolve(d, 'index.js')).href);
if (!distA || !distB) throw new Error('usage: detector-ab.mjs [--stream] DIST_A DIST_B [pairs] [complaints] [keys] [spanMs]');
const rounds = Number(args[2] ?? 5);
const total = Number(args[3] ?? 1_000_000);
const keyTarget = Number(args[4] ?? 100_000);
const spanMs = Number(args[5] ?? 4 * 3_600_000);
const buildA = await import(distA);
const buildB = await import(distB);
/** Complaints per turn: short enough that load elsewhere hits both builds alike, long enough to keep caches warm. */
const CHUNK = 20_000;
const population = populationOf(keyTarget);
const held = streamed ? undefined : generate(total, spanMs, population, 1);
const gc = typeof globalThis.gc === 'function' ? globalThis.gc : () => {};

/**
 * The stream a chunk at a time, as [array, from, to]: each chunk made just before it is read
 * (--stream), or ranges of the held stream, read in place (no copy, as before --stream existed).
 */
function* chunks() {
  if (held === undefined) for (const batch of batches(total, spanMs, population, 1, CHUNK)) yield [batch, 0, batch.length];
  else for (let from = 0; from < total; from += CHUNK) yield [held, from, Math.min(total, from + CHUNK)];
}

/** A fresh learned detector of `build`, and the time it has spent. */
function contender(build) {
  return { detector: learnedDetector(build.Detector, build.detectorParams(), population, total, spanMs), seconds: 0, events: 0 };
}

/** CPU seconds of this process (the machine is shared: wall time would count the other sessions' turns). */
function cpuSeconds() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/** `source[from..to)`, whose first complaint is at `position` in the stream, through `c`'s detector. */
function feed(c, [source, from, to], position) {
  const start = cpuSeconds();
  for (let i = from; i < to; i++) c.events += c.detector.add(source[i], position + i - from).length;
  if (position + to - from === total) c.events += c.detector.advanceTo(FROM + spanMs + 600_000).length;
  c.seconds += cpuSeconds() - start;
}

/**
 * One round: both builds through the whole stream, interleaved a chunk at a time, so a burst of
 * load elsewhere hits both alike. Which goes first alternates from chunk to chunk, starting
 * with A when `aFirst`: the first to read a chunk pays for bringing it into the cache (about a
 * tenth of the time), so rounds come in pairs, one starting with each. CPU seconds of each.
 */
function round(aFirst) {
  const a = contender(buildA);
  const b = contender(buildB);
  gc();
  let position = 0;
  let k = 0;
  for (const chunk of chunks()) {
    const [first, second] = (k++ % 2 === 0) === aFirst ? [a, b] : [b, a];
    feed(first, chunk, position);
    feed(second, chunk, position);
    position += chunk[2] - chunk[1];
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
const input = streamed ? `one chunk of ${CHUNK.toLocaleString('en')} held` : 'the whole stream held';
console.log(
  `A ${round0(median(ratesA))} complaints/s, B ${round0(median(ratesB))} complaints/s (CPU time, ${input}), B/A ${median(ratios).toFixed(2)} (median of ${rounds} pairs of rounds; ratios ${ratios.map((r) => r.toFixed(2)).join(' ')})`,
);
