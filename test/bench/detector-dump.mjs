// Everything the detector says over several generated streams, as JSON lines: every anomaly
// event, a digest of the changelog (`takeChanges`) and of `oldestOpenPosition` along the way,
// and the final snapshot. A speed change must leave it byte-identical:
//   node test/bench/detector-dump.mjs [DIST=services/detector/dist] > /tmp/a.jsonl; cmp /tmp/a.jsonl /tmp/b.jsonl
// Streams: a quiet fortnight, outages (one with no country), 100,000 keys sparse and dense
// (learned and cold), late and reordered complaints, one author complaining many times in a
// window, idle gaps closed by the wall clock, and a snapshot → restore halfway.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FROM, generate, learnedDetector, populationOf } from './detector-stream.mjs';

const dist = resolve(process.argv[2] ?? 'services/detector/dist');
const { Detector, detectorParams, scenarios, TIME } = await import(pathToFileURL(resolve(dist, 'index.js')).href);
const params = detectorParams();
const { stream, MINUTE } = scenarios;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const START = Date.UTC(2022, 9, 3);
const COUNTRIES = ['IN', 'PK', 'IT', 'TR', 'GB', 'BR', 'ID', 'US', 'NG', 'DE'];
const RATES = [0.02, 0.05, 0.1, 0.3, 1, 3];

function backgrounds(services) {
  const out = [];
  for (let s = 0; s < services; s++) {
    COUNTRIES.forEach((country, c) =>
      out.push({ service: `svc${s}`, country, peakPerMinute: RATES[(s + c) % RATES.length], clumping: 0.5 }),
    );
    out.push({ service: `svc${s}`, country: null, peakPerMinute: 0.2, clumping: 0.5 });
  }
  return out;
}

function outagesFor(services, days) {
  const sizes = [5, 8, 15, 40, 150];
  const out = [];
  for (let s = 0; s < services; s++) {
    for (let i = 0; i < 4; i++) {
      const from = START + (days[i % days.length] + i * 0.1) * DAY + ((s * 5 + i * 7) % 24) * HOUR + 17 * MINUTE;
      // Every fifth outage has no country (it shows under service|* only).
      const country = (s + i) % 5 === 4 ? null : COUNTRIES[(s + i * 3) % COUNTRIES.length];
      out.push({
        service: `svc${s}`,
        country,
        from,
        to: from + 45 * MINUTE,
        authorsPerMinute: sizes[(s + i) % sizes.length],
        symptom: i % 2 ? 'login' : 'messages',
        language: i % 3 ? 'en' : 'es',
      });
    }
  }
  return out;
}

/** Runs `complaints` through `detector`, printing events; every `every` complaints a changelog digest; `restoreAt` restores from a snapshot there; `idle` advances the watermark by wall clock at some offsets. */
function run(name, detector, complaints, { until, every = 5000, restoreAt = -1, idleAt = new Map() } = {}) {
  const digest = createHash('sha256');
  const print = (events) => {
    for (const e of events) console.log(JSON.stringify({ run: name, event: e }));
  };
  for (let i = 0; i < complaints.length; i++) {
    if (i === restoreAt) detector = Detector.restore(params, JSON.parse(JSON.stringify(detector.snapshot())));
    if (idleAt.has(i)) print(detector.advanceTo(idleAt.get(i)));
    print(detector.add(complaints[i], i));
    if (i % every === every - 1) {
      digest.update(JSON.stringify(detector.takeChanges()));
      digest.update(
        `${detector.oldestOpenPosition()} ${detector.watermark} ${detector.processedThrough} ${detector.inputPosition} ${detector.keyCount}`,
      );
    }
  }
  print(detector.advanceTo(until));
  digest.update(JSON.stringify(detector.takeChanges()));
  console.log(JSON.stringify({ run: name, counters: detector.counters, keys: detector.keyCount, changes: digest.digest('hex') }));
  console.log(JSON.stringify({ run: name, snapshot: detector.snapshot() }));
}

/** Arrival out of event-time order by up to 20 s, and one in twenty complaints later by up to 90 s (beyond grace now and then). */
function disordered(complaints, seed) {
  const random = scenarios.seededRandom(seed);
  const arrivals = complaints.map((c) => {
    const late = random() < 0.05 ? Math.floor(random() * 90_000) : 0;
    return { c, at: c.event_time + late + Math.floor(random() * 20_000) };
  });
  return arrivals.sort((a, b) => a.at - b.at).map(({ c }) => c);
}

/** Authors from a small pool per service: many complaints by one author in one window. */
function repeatedAuthors(complaints, seed) {
  const random = scenarios.seededRandom(seed);
  return complaints.map((c) => ({
    ...c,
    author_key: `${c.service}-${Math.floor(random() * 6)}`,
    post_id: `${c.post_id}-${Math.floor(random() * 3)}`,
  }));
}

// A quiet fortnight (with null-country background), with a snapshot → restore after a week.
const quiet = stream({ from: START, to: START + 14 * DAY, background: backgrounds(4), seed: 7 });
run('quiet-fortnight', new Detector(params), quiet, { until: START + 14 * DAY, restoreAt: Math.floor(quiet.length / 2) });

// Outages after a warm-up, with wall-clock idleness now and then.
const withOutages = stream({
  from: START,
  to: START + 12 * DAY,
  background: backgrounds(4),
  outages: outagesFor(4, [3, 5, 7, 9]),
  seed: 11,
});
const idleAt = new Map();
for (let i = 1; i < 20; i++) {
  const at = Math.floor((i * withOutages.length) / 20);
  idleAt.set(at, withOutages[at].event_time + 3 * MINUTE);
}
run('outages', new Detector(params), withOutages, { until: START + 12 * DAY, idleAt });

// Late and reordered complaints, and one author complaining many times in a window.
const messy = stream({ from: START, to: START + 5 * DAY, background: backgrounds(3), outages: outagesFor(3, [3, 4]), seed: 5 });
run('late', new Detector(params), disordered(messy, 3), { until: START + 5 * DAY });
run('repeated-authors', new Detector(params), repeatedAuthors(messy, 9), { until: START + 5 * DAY });

// 100,000 keys: learned (as the benchmark) sparse and dense, and cold.
const population = populationOf(100_000);
for (const [name, n, span] of [
  ['many-keys-sparse', 300_000, 4 * TIME.HOUR],
  ['many-keys-dense', 300_000, 2000],
]) {
  const complaints = generate(n, span, population, 1);
  run(name, learnedDetector(Detector, params, population, n, span), complaints, {
    until: FROM + span + 10 * MINUTE,
    every: 50_000,
    restoreAt: n / 2,
  });
}
const cold = generate(200_000, 4 * TIME.HOUR, populationOf(20_000), 2);
run('many-keys-cold', new Detector(params), cold, { until: FROM + 4 * TIME.HOUR + 10 * MINUTE, every: 50_000 });
