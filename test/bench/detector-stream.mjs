// The bench's complaint stream and its learned detector, shared by detector.mjs (the absolute
// figure) and detector-ab.mjs (two builds compared): generated in memory, deterministic from a
// seed. See detector.mjs for what the stream looks like and why the detector starts learned.
import { TIME } from '@spike/detector';
import { recordType } from '@spike/schemas';

const KEYS_PER_SERVICE = 250;
/** Share of complaints from the long tail, which visits every service|country in turn. */
const TAIL_SHARE = 0.1;
/** Share of complaints whose country is unknown (they count under service|* only). */
const NO_COUNTRY_SHARE = 0.1;
const SYMPTOMS = ['messages', 'calls', 'login', 'feed', 'media', 'payments', 'connectivity', 'website', 'other', 'unspecified'];
const LANGUAGES = ['en', 'en', 'en', 'es', 'pt', 'hi', 'ar', 'fr', 'de', 'it', 'tr', 'ja'];
export const FROM = Date.UTC(2024, 2, 5, 6); // a Tuesday morning

/** The services and countries, with their shares of the complaints (Zipf-like). */
export function populationOf(keyTarget) {
  const serviceCount = Math.max(1, Math.round(keyTarget / KEYS_PER_SERVICE));
  return {
    services: Array.from({ length: serviceCount }, (_, i) => `svc${i}`),
    countries: countryCodes(KEYS_PER_SERVICE - 1),
    serviceShares: zipfShares(serviceCount, 1.0),
    countryShares: zipfShares(KEYS_PER_SERVICE - 1, 1.1),
  };
}

/** `n` complaints over `spanMs` of event time from FROM, two outages laid over them. */
export function generate(n, spanMs, population, seed) {
  return [...batches(n, spanMs, population, seed, n)].flat();
}

/**
 * The same complaints as `generate`, in arrays of `size` made one at a time: a worker holds one
 * decoded batch, not the whole stream, and 2,000,000 complaints held at once were 500 MB of
 * heap that every full garbage collection traced.
 */
export function* batches(n, spanMs, { services, countries, serviceShares, countryShares }, seed, size) {
  const random = seededRandom(seed);
  const pickService = sampler(serviceShares, random);
  const pickCountry = sampler(countryShares, random);
  const tail = shuffled(services.length * countries.length, random);
  const outages = [
    { service: services[3], country: countries[1], from: FROM + 2.5 * TIME.HOUR, minutes: 20, share: 0.03, symptom: 'messages' },
    { service: services[20], country: null, from: FROM + 3 * TIME.HOUR, minutes: 15, share: 0.02, symptom: 'login' },
  ];
  let tailAt = 0;
  for (let from = 0; from < n; from += size) {
    const out = new Array(Math.min(size, n - from));
    for (let j = 0; j < out.length; j++) {
      const i = from + j;
      const time = FROM + Math.floor((i * spanMs) / n);
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
      out[j] = complaint(
        i,
        time + jitter(random),
        service,
        country,
        outage?.symptom ?? SYMPTOMS[Math.floor(random() * SYMPTOMS.length)],
        random,
      );
    }
    yield out;
  }
}

/**
 * The detector a worker would restore after weeks of this traffic: each key's baseline level
 * at the key's mean distinct authors per window, a flat daily and weekly profile, mild
 * over-dispersion; the shares at their steady state. Built through the snapshot format, so it
 * is exactly what `Detector.restore` reads from the changelog. `Detector` is passed in so that
 * two builds can be compared.
 */
export function learnedDetector(Detector, params, { services, countries, serviceShares, countryShares }, n, spanMs) {
  const size = params.windowSizeMs;
  const perWindow = (n * size) / spanMs;
  const tailPerKey = TAIL_SHARE / (services.length * countries.length);
  const keys = {};
  const byService = {};
  const byCountry = {};
  // A decayed sum of per-window counts settles at the rate / (1 − decay per window).
  const steady = 1 / (1 - Math.pow(2, -size / params.countryShareHalfLifeMs));
  services.forEach((service, s) => {
    const serviceRate = perWindow * ((1 - TAIL_SHARE) * serviceShares[s] + tailPerKey * countries.length);
    keys[`${service}|*`] = learnedKey(params, serviceRate);
    byService[service] = serviceRate * steady;
    countries.forEach((country, c) => {
      const rate = perWindow * (1 - NO_COUNTRY_SHARE) * ((1 - TAIL_SHARE) * serviceShares[s] * countryShares[c] + tailPerKey);
      keys[`${service}|${country}`] = learnedKey(params, rate);
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

function learnedKey(params, rate) {
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
  return decoded({
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
  });
}

const COMPLAINT = recordType('Complaint');

/**
 * The complaint as the worker has it: encoded and decoded by the `Complaint` Avro type, so its
 * strings are what the decoder makes (flat, from Buffer.utf8Slice) and the object has the
 * decoder's shape. A template literal of 13 or more characters is a V8 cons string; flattened
 * (the bench did that with Number() until 28 November) it still reaches its characters through
 * the cons, which made hashing an author three times dearer than a decoded one.
 */
function decoded(value) {
  return COMPLAINT.fromBuffer(COMPLAINT.toBuffer(value));
}

/** Posts arrive up to 20 s out of order; one in a thousand is two minutes late (beyond grace). */
function jitter(random) {
  return random() < 0.001 ? -2 * TIME.MINUTE : -Math.floor(random() * 20_000);
}

/** xorshift32, as `scenarios.seededRandom` (kept here so the stream does not depend on the build under test). */
function seededRandom(seed) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
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
