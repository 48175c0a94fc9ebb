import { readFileSync, readdirSync } from 'node:fs';
const A = (await import('/work/main/services/classifier/dist/classifier.js')).createClassifier();
const B = (await import('/work/wt-me/services/classifier/dist/classifier.js')).createClassifier();
const dir = '/work/wt-me/services/classifier/test/fixtures/';
const files = [...readdirSync(dir).filter(f => f.endsWith('.jsonl')).map(f => dir + f), '/work/shared/data/posts-dev.jsonl', '/work/wt-me/services/classifier/test/model/test-posts.jsonl'];
let n = 0; const tally = {};
for (const f of files) for (const line of readFileSync(f, 'utf8').split('\n').filter(Boolean)) {
  const p = JSON.parse(line); n++;
  const a = A.classify(p), b = B.classify(p);
  const ka = `${a.complaint} ${a.services.slice().sort()}`, kb = `${b.complaint} ${b.services.slice().sort()}`;
  if (ka === kb) continue;
  const exp = p.expected ? `${p.expected.complaint} ${(p.expected.complaint ? p.expected.services : []).slice().sort()}` : (p.complaint !== undefined ? `${p.complaint} ?` : '?');
  const verdict = kb === exp ? 'BETTER' : ka === exp ? 'WORSE' : 'other';
  const kind = /check|heldout/.test(f) ? 'check' : /posts-dev/.test(f) ? 'dev' : /test-posts/.test(f) ? 'tests' : 'read';
  tally[`${kind} ${verdict}`] = (tally[`${kind} ${verdict}`] ?? 0) + 1;
  if (kind === 'read' || kind === 'tests') console.log(verdict, f.split('/').pop(), '|', ka, '->', kb, '| exp', exp, '|', p.text.slice(0, 150));
}
console.log(n, tally);
