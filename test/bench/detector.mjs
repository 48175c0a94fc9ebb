// Detector throughput and state size, in-process on one core.
//   node --expose-gc test/bench/detector.mjs [complaints=2000000] [keys=100000] [spanMs=14400000]
// spanMs is the event time the complaints cover: four hours by default (a sparse stream: most
// key-windows hold one or two complaints, so nearly every other complaint closes a window);
// `npm run bench:detector:live` gives 2,000 ms, a stream that really arrives at 1,000,000
// complaints a second of event time (hundreds of complaints per key-window).
// The detector starts as a worker restored from its changelog after weeks of this traffic:
// every key's baseline at its key's rate (a cold detector spends its first days learning,
// and borrows from shares that take weeks to settle, so it is not the steady state we time).
// The complaints are generated in memory (not timed; detector-stream.mjs), deterministic from a seed,
// each encoded and decoded by the Complaint Avro type (the worker's strings and objects), a batch
// of 20,000 at a time, as the worker decodes them (holding all 2,000,000 at once put
// 500 MB of input in the heap, which every full GC traced: a fifth of the time measured):
// `keys` service|country and service|* keys (250 per service: 249 countries and '*'),
// Zipf-like popularity of services and countries plus a long tail that gives every key some
// complaints, event times over four simulated hours with up to 20 s of out-of-order jitter
// (and one in a thousand beyond grace, counted late and dropped), a tenth without a country,
// authors mostly distinct, and two injected outages so incidents open, update and resolve.
// Times Detector.add over all of them plus the final advanceTo that closes the last windows,
// then reports the state retained per key with state (the bar: ≤ 2 KB per active key
// with 100,000 keys): V8 heap plus the typed arrays' backing stores (which live outside the
// heap), against an empty detector, after a full GC. The JSON snapshot size per key is printed
// too, for the changelog, and the garbage collection that fell inside the timed spans (most of
// it scavenges of the decoded input and the windows' objects). Build first (npm ci does): it
// imports the compiled dist.
import { PerformanceObserver } from 'node:perf_hooks';
import { Detector, detectorParams, TIME } from '@spike/detector';
import { batches, FROM, learnedDetector, populationOf } from './detector-stream.mjs';

const total = Number(process.argv[2] ?? 2_000_000);
const keyTarget = Number(process.argv[3] ?? 100_000);
const SPAN_MS = Number(process.argv[4] ?? 4 * TIME.HOUR);
const params = detectorParams();
/** Complaints decoded at a time: about what one fetch from a busy partition gives the worker. */
const BATCH = 20_000;

if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc (npm run bench:detector does)');
const before = retainedBytes(new Detector(params));
const population = populationOf(keyTarget);
// Warm up the JIT on a detector of its own.
warmUp(learnedDetector(Detector, params, population, total, SPAN_MS));
const detector = learnedDetector(Detector, params, population, total, SPAN_MS);
const statuses = {};
let seconds = 0;
let position = 0;
// Garbage collection inside the timed spans (the observer reports after the fact, with start times).
const timedSpans = [];
const collections = [];
const gcObserver = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) collections.push(entry);
});
gcObserver.observe({ entryTypes: ['gc'] });
for (const batch of batches(total, SPAN_MS, population, 1, BATCH)) {
  const start = performance.now();
  for (let i = 0; i < batch.length; i++) count(statuses, detector.add(batch[i], position++));
  if (position === total) count(statuses, detector.advanceTo(FROM + SPAN_MS + 10 * TIME.MINUTE));
  const end = performance.now();
  seconds += (end - start) / 1000;
  timedSpans.push([start, end]);
}
await new Promise((resolve) => setTimeout(resolve, 50));
gcObserver.disconnect();
const gcMs = collections
  .filter((entry) => timedSpans.some(([from, to]) => entry.startTime >= from && entry.startTime < to))
  .reduce((sum, entry) => sum + entry.duration, 0);
const after = retainedBytes(detector);
const keys = detector.keyCount;
const perKey = (bytes) => Math.round(bytes / keys).toLocaleString('en');
const snapshotBytes = snapshotKeyBytes(detector);
const { counted, late, windowsClosed } = detector.counters;

console.log(
  `detector: ${total} complaints in ${seconds.toFixed(2)} s = ${Math.round(total / seconds).toLocaleString('en')} complaints/s on one core (${Math.round(gcMs)} ms of it garbage collection)`,
);
console.log(
  `  ${keys.toLocaleString('en')} keys with state: ${perKey(after.total - before.total)} bytes/key retained (heap ${perKey(after.heap - before.heap)} + typed arrays ${perKey(after.arrayBuffers - before.arrayBuffers)}), snapshot JSON ${perKey(snapshotBytes)} bytes/key`,
);
console.log(
  `  ${counted} counted, ${late} late; ${windowsClosed.toLocaleString('en')} windows closed; events ${JSON.stringify(statuses)} (node ${process.version})`,
);

function count(statuses, events) {
  for (const e of events) statuses[e.status] = (statuses[e.status] ?? 0) + 1;
}

/** The first 200,000 complaints (or all) through a detector of its own. */
function warmUp(warm) {
  let position = 0;
  for (const batch of batches(total, SPAN_MS, population, 1, BATCH)) {
    for (const complaint of batch) warm.add(complaint, position++);
    if (position >= 200_000) return;
  }
}

/** Bytes retained after a full GC with `detector` alive: the V8 heap and the backing stores of typed arrays, which live outside it. */
function retainedBytes(detector) {
  if (!(detector instanceof Detector)) throw new TypeError('a detector to keep alive');
  globalThis.gc();
  globalThis.gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return { heap: heapUsed, arrayBuffers, total: heapUsed + arrayBuffers };
}

function snapshotKeyBytes(detector) {
  let bytes = 0;
  for (const [key, state] of Object.entries(detector.snapshot().keys)) bytes += key.length + JSON.stringify(state).length;
  return bytes;
}
