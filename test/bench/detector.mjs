// Detector throughput and state size, in-process on one core.
//   node --expose-gc test/bench/detector.mjs [complaints=2000000] [keys=100000] [spanMs=14400000]
// spanMs is the event time the complaints cover: four hours by default (a sparse stream: most
// key-windows hold one or two complaints, so nearly every other complaint closes a window);
// `npm run bench:detector:live` gives 2,000 ms, a stream that really arrives at 1,000,000
// complaints a second of event time (hundreds of complaints per key-window).
// The detector starts as a worker restored from its changelog after weeks of this traffic:
// every key's baseline at its key's rate (a cold detector spends its first days learning,
// and borrows from shares that take weeks to settle, so it is not the steady state we time).
// The complaints are generated in memory first (not timed), deterministic from a seed:
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
import { Detector, detectorParams, scenarios, TIME } from '@spike/detector';

const total = Number(process.argv[2] ?? 2_000_000);
const keyTarget = Number(process.argv[3] ?? 100_000);
const KEYS_PER_SERVICE = 250;
const SPAN_MS = Number(process.argv[4] ?? 4 * TIME.HOUR);
const FROM = Date.UTC(2024, 2, 5, 6); // a Tuesday morning
/** Share of complaints from the long tail, which visits every service|country in turn. */
const TAIL_SHARE = 0.1;
/** Share of complaints whose country is unknown (they count under service|* only). */
const NO_COUNTRY_SHARE = 0.1;
const SYMPTOMS = ['messages', 'calls', 'login', 'feed', 'media', 'payments', 'connectivity', 'website', 'other', 'unspecified'];
const LANGUAGES = ['en', 'en', 'en', 'es', 'pt', 'hi', 'ar', 'fr', 'de', 'it', 'tr', 'ja'];
const params = detectorParams();

if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc (npm run bench:detector does)');
const before = retainedBytes(new Detector(params));
const population = populationOf(keyTarget);
const complaints = generate(total, population, 1);
const detector = learnedDetector(population, total);
// Warm up the JIT on a detector of its own.
warmUp(complaints.slice(0, Math.min(200_000, total)), learnedDetector(population, total));
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

// ---- the complaints (not timed) ----

/** The services and countries, with their shares of the complaints (Zipf-like). */
function populationOf(keyTarget) {
  const serviceCount = Math.max(1, Math.round(keyTarget / KEYS_PER_SERVICE));
  return {
    services: Array.from({ length: serviceCount }, (_, i) => `svc${i}`),
    countries: countryCodes(KEYS_PER_SERVICE - 1),
    serviceShares: zipfShares(serviceCount, 1.0),
    countryShares: zipfShares(KEYS_PER_SERVICE - 1, 1.1),
  };
}

function generate(n, { services, countries, serviceShares, countryShares }, seed) {
  const random = scenarios.seededRandom(seed);
  const pickService = sampler(serviceShares, random);
  const pickCountry = sampler(countryShares, random);
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
    if (!outage && random() < NO_COUNTRY_SHARE) country = null;
    out[i] = complaint(
      i,
      time + jitter(random),
      service,
      country,
      outage?.symptom ?? SYMPTOMS[Math.floor(random() * SYMPTOMS.length)],
      random,
    );
  }
  return out;
}

/**
 * The detector a worker would restore after weeks of this traffic: each key's baseline level
 * at the key's mean distinct authors per window, a flat daily and weekly profile, mild
 * over-dispersion; the shares at their steady state. Built through the snapshot format, so it
 * is exactly what `Detector.restore` reads from the changelog.
 */
function learnedDetector({ services, countries, serviceShares, countryShares }, n) {
  const size = params.windowSizeMs;
  const perWindow = (n * size) / SPAN_MS;
  const tailPerKey = TAIL_SHARE / (services.length * countries.length);
  const keys = {};
  const byService = {};
  const byCountry = {};
  // A decayed sum of per-window counts settles at the rate / (1 − decay per window).
  const steady = 1 / (1 - Math.pow(2, -size / params.countryShareHalfLifeMs));
  services.forEach((service, s) => {
    const serviceRate = perWindow * ((1 - TAIL_SHARE) * serviceShares[s] + tailPerKey * countries.length);
    keys[`${service}|*`] = learnedKey(serviceRate);
    byService[service] = serviceRate * steady;
    countries.forEach((country, c) => {
      const rate = perWindow * (1 - NO_COUNTRY_SHARE) * ((1 - TAIL_SHARE) * serviceShares[s] * countryShares[c] + tailPerKey);
      keys[`${service}|${country}`] = learnedKey(rate);
      byCountry[country] = (byCountry[country] ?? 0) + rate * steady;
    });
  });
  // Processed up to two windows back, so the first complaints (jittered to before FROM) are on time.
  const lastProcessedStart = FROM - 2 * size;
  const partition = {
    watermark: FROM - params.allowedLatenessMs,
    firstProcessedStart: FROM - 28 * TIME.DAY,
    lastProcessedStart,
    nextPosition: 0,
    shares: { at: lastProcessedStart, total: perWindow * steady, byCountry, byService },
  };
  return Detector.restore(params, { partition, keys, incidents: {} });
}

function learnedKey(rate) {
  const level = Math.max(params.minExpected, rate);
  const slots = params.profileSlotsPerDay;
  const lastWindowStart = FROM - params.windowSizeMs;
  return {
    baseline: {
      level,
      windows: (28 * TIME.DAY) / params.windowSizeMs,
      lastWindowStart,
      // (x − μ)² − μ averages μ²/size: size 10.
      dispersion: [0.1 * level * level, level * level],
      profile: new Array(slots).fill(1),
      weekly: new Array(7).fill(1),
      sums: [slots, 7],
    },
    recentCounts: new Array(params.scoreWindows).fill(0),
    recentExpected: new Array(params.scoreWindows).fill(level),
    lastScoredStart: lastWindowStart,
  };
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

/** Shares of ranks 0..n-1 ∝ 1 / (rank + 1)^exponent. */
function zipfShares(n, exponent) {
  const weights = Array.from({ length: n }, (_, r) => 1 / (r + 1) ** exponent);
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => w / sum);
}

/** Draws an index with probability `shares[index]`. */
function sampler(shares, random) {
  const cdf = new Float64Array(shares.length);
  let sum = 0;
  shares.forEach((share, i) => (cdf[i] = sum += share));
  return () => {
    const u = random() * sum;
    let lo = 0;
    let hi = cdf.length - 1;
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
