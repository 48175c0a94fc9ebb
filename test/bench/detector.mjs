// Detector throughput and state size, in-process on one core.
//   node --expose-gc test/bench/detector.mjs [complaints=2000000] [keys=100000]
// Complaints are generated in memory first (not timed), deterministic from a seed: `keys`
// service|country and service|* keys (250 per service: 249 countries and '*'), Zipf-like
// popularity of services and countries plus a long tail that gives every key some
// complaints, event times over four simulated hours with a few seconds of out-of-order jitter
// (a few complaints beyond grace, so late ones are counted and dropped), a tenth without a
// country, authors mostly distinct, and two injected outages so incidents open and update.
// Times Detector.add over all of them plus the final advanceTo that closes the last windows,
// then reports the state retained per key with state (the bar: ≤ 2 KB per active key
// with 100,000 keys): V8 heap plus the typed arrays' backing stores (which live outside the
// heap), against an empty detector, after a full GC. The JSON snapshot size per key is printed
// too, for the changelog. Build first (npm ci does): it imports the compiled dist.
import { Detector, detectorParams, TIME } from '@spike/detector';

const total = Number(process.argv[2] ?? 2_000_000);
const keyTarget = Number(process.argv[3] ?? 100_000);
const KEYS_PER_SERVICE = 250;
const SPAN_MS = 4 * TIME.HOUR;
const FROM = Date.UTC(2024, 2, 5, 6); // a Tuesday morning
// Keys open nothing before warmUpMs of history: an hour, not the default day, so the
// outages at 2.5 h and 3 h open incidents within the simulated span.
const params = detectorParams({ warmUpMs: TIME.HOUR });
/** Share of complaints from the long tail, which visits every service|country in turn. */
const TAIL_SHARE = 0.1;
const SYMPTOMS = ['messages', 'calls', 'login', 'feed', 'media', 'payments', 'connectivity', 'website', 'other', 'unspecified'];
const LANGUAGES = ['en', 'en', 'en', 'es', 'pt', 'hi', 'ar', 'fr', 'de', 'it', 'tr', 'ja'];

if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc (npm run bench:detector does)');
// The detector to time, measured empty before anything else is on the heap.
const detector = new Detector(params);
const before = retainedBytes();
const complaints = generate(total, keyTarget, 1);
// Warm up the JIT on a detector of its own.
warmUp(complaints.slice(0, Math.min(200_000, total)));
const statuses = {};
const start = performance.now();
for (let i = 0; i < complaints.length; i++) count(statuses, detector.add(complaints[i], i));
count(statuses, detector.advanceTo(FROM + SPAN_MS + 10 * TIME.MINUTE));
const seconds = (performance.now() - start) / 1000;
// Drop the complaints (V8 may already have: nothing reads them any more) so only the detector's state is left.
complaints.length = 0;
const after = retainedBytes();
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

function warmUp(sample) {
  const warm = new Detector(params);
  for (let i = 0; i < sample.length; i++) warm.add(sample[i], i);
}

/** Bytes retained after a full GC: the V8 heap and the backing stores of typed arrays, which live outside it. */
function retainedBytes() {
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

// ---- the complaints (not timed) ----

function generate(n, keyTarget, seed) {
  const random = xorshift32(seed);
  const services = Array.from({ length: Math.max(1, Math.round(keyTarget / KEYS_PER_SERVICE)) }, (_, i) => `svc${i}`);
  const countries = countryCodes(KEYS_PER_SERVICE - 1);
  const pickService = zipf(services.length, 1.0, random);
  const pickCountry = zipf(countries.length, 1.1, random);
  const tail = shuffled(services.length * countries.length, random);
  const outages = [
    { service: services[3], country: countries[1], from: FROM + 2.5 * TIME.HOUR, minutes: 20, share: 0.03, symptom: 'messages' },
    { service: services[20], country: null, from: FROM + 3 * TIME.HOUR, minutes: 15, share: 0.02, symptom: 'login' },
  ];
  const out = new Array(n);
  let tailAt = 0;
  for (let i = 0; i < n; i++) {
    const time = FROM + Math.floor((i * SPAN_MS) / n);
    const outage = outages.find((o) => time >= o.from && time < o.from + o.minutes * TIME.MINUTE && random() < o.share);
    let service;
    let country;
    if (outage) ({ service, country } = outage);
    else if (random() < TAIL_SHARE) {
      // The long tail: every service|country pair in turn, in a shuffled order.
      const pair = tail[tailAt++ % tail.length];
      service = services[Math.floor(pair / countries.length)];
      country = countries[pair % countries.length];
    } else {
      service = services[pickService()];
      country = countries[pickCountry()];
    }
    if (!outage && random() < 0.1) country = null;
    out[i] = complaint(i, time + jitter(random), service, country, outage?.symptom ?? SYMPTOMS[Math.floor(random() * SYMPTOMS.length)], random);
  }
  return out;
}

function complaint(i, time, service, country, symptom, random) {
  // Mostly distinct authors; one in twenty from a small pool of people who complain often.
  const author = random() < 0.05 ? `regular-${Math.floor(random() * 1000)}` : `author-${i}`;
  return {
    post_id: `post-${i}`,
    event_time: time,
    service,
    country,
    country_source: country === null ? 'none' : 'profile',
    language: LANGUAGES[Math.floor(random() * LANGUAGES.length)],
    symptom,
    confidence: 0.9,
    platform: 'x',
    author_key: author,
  };
}

/** Posts arrive up to 20 s out of order; one in a thousand is two minutes late (beyond grace). */
function jitter(random) {
  return random() < 0.001 ? -2 * TIME.MINUTE : -Math.floor(random() * 20_000);
}

function xorshift32(seed) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

/** A sampler of ranks 0..n-1 with P(rank) ∝ 1 / (rank + 1)^exponent. */
function zipf(n, exponent, random) {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let r = 0; r < n; r++) cdf[r] = sum += 1 / (r + 1) ** exponent;
  return () => {
    const u = random() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cdf[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function shuffled(n, random) {
  const order = Uint32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/** Two-letter codes AA, AB, …: synthetic, but shaped like ISO 3166 alpha-2. */
function countryCodes(n) {
  const A = 'A'.charCodeAt(0);
  return Array.from({ length: n }, (_, i) => String.fromCharCode(A + Math.floor(i / 26), A + (i % 26)));
}
