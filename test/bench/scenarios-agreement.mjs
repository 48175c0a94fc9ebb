// Agreement of the classifier with the scenario generator's own truth, per template family
// (kind) and per language pack: complaint precision/recall, service exact match on true
// complaints, symptom agreement on outage complaints, and a few disagreements to read.
// Run after `npm run build`:
//   node test/bench/scenarios-agreement.mjs [scale=0.1] [scenario ...]   (default: whatsapp-2022-10-25 meta-2021-10-04)
import { createClassifier } from '@spike/classifier';
import { simulate } from '@spike/scenarios';

const scale = Number(process.argv[2] ?? 0.1);
const names = process.argv.length > 3 ? process.argv.slice(3) : ['whatsapp-2022-10-25', 'meta-2021-10-04'];
const classifier = createClassifier();

const byKind = new Map();
const byLanguage = new Map();
const symptoms = new Map();
const examples = new Map();
const row = () => ({ n: 0, truePos: 0, falsePos: 0, falseNeg: 0, trueComplaints: 0, serviceExact: 0 });

function count(table, key, truth, result) {
  const r = table.get(key) ?? row();
  table.set(key, r);
  r.n++;
  if (truth.complaint && result.complaint) r.truePos++;
  if (!truth.complaint && result.complaint) r.falsePos++;
  if (truth.complaint && !result.complaint) r.falseNeg++;
  if (truth.complaint) {
    r.trueComplaints++;
    if (result.complaint && [...result.services].sort().join() === [...truth.services].sort().join()) r.serviceExact++;
  }
}

let total = 0;
const started = performance.now();
for (const name of names) {
  for (const { post, truth } of simulate(name, { scale, seed: 11 }).postsWithTruth()) {
    const result = classifier.classify(post);
    total++;
    count(byKind, truth.kind, truth, result);
    count(byLanguage, truth.language, truth, result);
    if (truth.kind === 'outage-complaint' && truth.symptom !== 'unspecified') {
      const key = `${truth.symptom}`;
      const s = symptoms.get(key) ?? { n: 0, same: 0, got: new Map() };
      symptoms.set(key, s);
      s.n++;
      if (result.symptom === truth.symptom) s.same++;
      s.got.set(result.symptom, (s.got.get(result.symptom) ?? 0) + 1);
    }
    const wrong =
      truth.complaint !== result.complaint || (truth.complaint && [...result.services].sort().join() !== [...truth.services].sort().join());
    if (wrong) {
      const key = `${truth.kind} ${truth.language}`;
      const list = examples.get(key) ?? [];
      examples.set(key, list);
      if (list.length < 4) list.push(`${JSON.stringify(post.text)} -> complaint=${result.complaint} services=${result.services.join('+')}`);
    }
  }
}
const seconds = (performance.now() - started) / 1000;

const pct = (a, b) => (b === 0 ? '   -  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
function print(title, table) {
  console.log(`\n${title}`);
  console.log('key              posts   precision  recall  F1     service-exact  classifier-says-complaint');
  for (const [key, r] of [...table.entries()].sort((a, b) => b[1].n - a[1].n)) {
    const p = r.truePos / (r.truePos + r.falsePos);
    const rec = r.truePos / (r.truePos + r.falseNeg);
    const f1 = (2 * p * rec) / (p + rec);
    console.log(
      `${key.padEnd(16)} ${String(r.n).padStart(6)}   ${pct(r.truePos, r.truePos + r.falsePos)}    ${pct(r.truePos, r.truePos + r.falseNeg)}  ${Number.isFinite(f1) ? f1.toFixed(3) : '  -  '}  ${pct(r.serviceExact, r.trueComplaints)}         ${pct(r.truePos + r.falsePos, r.n)}`,
    );
  }
}
console.log(`${total} posts from ${names.join(', ')} at scale ${scale}, classified in ${seconds.toFixed(1)} s`);
print('per kind (template family)', byKind);
print('per language pack', byLanguage);
console.log('\nsymptom agreement on outage complaints that name one');
for (const [symptom, s] of symptoms) {
  const got = [...s.got.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([k, v]) => `${k} ${pct(v, s.n).trim()}`);
  console.log(`${symptom.padEnd(14)} ${String(s.n).padStart(6)}  same ${pct(s.same, s.n)}   classifier: ${got.join(', ')}`);
}
console.log('\ndisagreements (up to 4 per kind and language)');
for (const [key, list] of [...examples.entries()].sort()) for (const line of list) console.log(`${key}: ${line}`);
