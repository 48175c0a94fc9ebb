// Detector throughput and state size, in-process on one core.
//   node --expose-gc test/bench/detector.mjs [complaints=2000000] [keys=100000] [spanMs=14400000]
// spanMs is the event time the complaints cover: four hours by default (a sparse stream: most
// key-windows hold one or two complaints, so nearly every other complaint closes a window);
// `npm run bench:detector:live` gives 2,000 ms, a stream that really arrives at 1,000,000
// complaints a second of event time (hundreds of complaints per key-window).
// The detector starts as a worker restored from its changelog after weeks of this traffic:
// every key's baseline at its key's rate (a cold detector spends its first days learning,
// and borrows from shares that take weeks to settle, so it is not the steady state we time).
// The complaints are generated in memory first (not timed; detector-stream.mjs), deterministic from a seed:
// `keys` service|country and service|* keys (250 per service: 249 countries and '*'),
// Zipf-like popularity of services and countries plus a long tail that gives every key some
// complaints, event times over four simulated hours with up to 20 s of out-of-order jitter
// (and one in a thousand beyond grace, counted late and dropped), a tenth without a country,
// authors mostly distinct, and two injected outages so incidents open, update and resolve.
// Times Detector.add over all of them plus the final advanceTo that closes the last windows,
// then reports the state retained per key with state (the bar: ≤ 2 KB per active key
// with 100,000 keys): V8 heap plus the typed arrays' backing stores (which live outside the
// heap), against an empty detector, after a full GC. The JSON snapshot size per key is printed
// too, for the changelog. Build first (npm ci does): it imports the compiled dist.
import { Detector, detectorParams, TIME } from '@spike/detector';
import { FROM, generate, learnedDetector, populationOf } from './detector-stream.mjs';

const total = Number(process.argv[2] ?? 2_000_000);
const keyTarget = Number(process.argv[3] ?? 100_000);
const SPAN_MS = Number(process.argv[4] ?? 4 * TIME.HOUR);
const params = detectorParams();

if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc (npm run bench:detector does)');
const before = retainedBytes(new Detector(params));
const population = populationOf(keyTarget);
const complaints = generate(total, SPAN_MS, population, 1);
const detector = learnedDetector(Detector, params, population, total, SPAN_MS);
// Warm up the JIT on a detector of its own.
warmUp(complaints.slice(0, Math.min(200_000, total)), learnedDetector(Detector, params, population, total, SPAN_MS));
const statuses = {};
const start = performance.now();
for (let i = 0; i < complaints.length; i++) count(statuses, detector.add(complaints[i], i));
count(statuses, detector.advanceTo(FROM + SPAN_MS + 10 * TIME.MINUTE));
const seconds = (performance.now() - start) / 1000;
// Drop the complaints (V8 may already have: nothing reads them any more) so only the detector's state is left.
complaints.length = 0;
const after = retainedBytes(detector);
const keys = detector.keyCount;
const perKey = (bytes) => Math.round(bytes / keys).toLocaleString('en');
const snapshotBytes = snapshotKeyBytes(detector);
const { counted, late, windowsClosed } = detector.counters;

console.log(
  `detector: ${total} complaints in ${seconds.toFixed(2)} s = ${Math.round(total / seconds).toLocaleString('en')} complaints/s on one core`,
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

function warmUp(sample, warm) {
  for (let i = 0; i < sample.length; i++) warm.add(sample[i], i);
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
