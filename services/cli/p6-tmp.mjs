import { createClassifier } from '@spike/classifier';
const c = createClassifier();
for (const [loc, t] of process.argv.slice(2).map(a => a.split('::'))) { const r = c.classify({ id: 'x', text: t, lang: null, author_location: loc, geo_country: null }); console.log(r.complaint, JSON.stringify(r.services), r.symptom, t); }
