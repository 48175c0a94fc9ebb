/**
 * Scores classifications against labelled posts (shared/spec/labelled-posts.md): complaint
 * precision, recall and F1 overall and per language, service exact match on true
 * complaints, country accuracy where labelled, language accuracy, and the worst errors.
 */
import type { Classification } from './classifier.js';

export interface LabelledPost {
  id: string;
  text: string;
  expected: { complaint: boolean; services: string[]; language: string[]; country: string | null };
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface PrfScores extends Counts {
  precision: number;
  recall: number;
  f1: number;
  posts: number;
}

export interface EvaluationError {
  id: string;
  text: string;
  kinds: string[];
  expected: LabelledPost['expected'];
  got: Pick<Classification, 'complaint' | 'services' | 'language' | 'country'>;
  /** How bad: a wrong complaint decision outweighs a wrong service, which outweighs country and language. */
  severity: number;
}

export interface Evaluation {
  posts: number;
  complaint: PrfScores;
  complaintByLanguage: Record<string, PrfScores>;
  serviceExactMatch: { correct: number; total: number; accuracy: number };
  countryAccuracy: { correct: number; total: number; accuracy: number };
  languageAccuracy: { correct: number; total: number; accuracy: number };
  worstErrors: EvaluationError[];
}

function scores(c: Counts): PrfScores {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1, posts: c.tp + c.fp + c.fn + c.tn };
}

function tally(counts: Counts, expected: boolean, got: boolean): void {
  if (expected && got) counts.tp++;
  else if (!expected && got) counts.fp++;
  else if (expected && !got) counts.fn++;
  else counts.tn++;
}

const ratio = (correct: number, total: number) => ({ correct, total, accuracy: total === 0 ? 1 : correct / total });
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

export function evaluate(labelled: readonly LabelledPost[], results: readonly Classification[], worst = 20): Evaluation {
  const byId = new Map(results.map((r) => [r.id, r]));
  const overall: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const perLanguage = new Map<string, Counts>();
  let servicesCorrect = 0;
  let servicesTotal = 0;
  let countryCorrect = 0;
  let countryTotal = 0;
  let languageCorrect = 0;
  const errors: EvaluationError[] = [];

  for (const post of labelled) {
    const got = byId.get(post.id);
    if (!got) throw new Error(`no classification for post ${post.id}`);
    const { expected } = post;
    tally(overall, expected.complaint, got.complaint);
    const language = expected.language[0] ?? 'und';
    const counts = perLanguage.get(language) ?? { tp: 0, fp: 0, fn: 0, tn: 0 };
    tally(counts, expected.complaint, got.complaint);
    perLanguage.set(language, counts);

    const kinds: string[] = [];
    let severity = 0;
    if (expected.complaint !== got.complaint) {
      kinds.push(expected.complaint ? 'missed complaint' : 'false complaint');
      severity += 10;
    }
    if (expected.complaint) {
      servicesTotal++;
      if (sameSet(expected.services, got.services)) servicesCorrect++;
      else if (got.complaint) {
        kinds.push('services');
        severity += 5;
      }
      if (expected.country !== null) {
        countryTotal++;
        if (expected.country === got.country) countryCorrect++;
        else {
          kinds.push('country');
          severity += 3;
        }
      }
    }
    if (expected.language.includes(got.language)) languageCorrect++;
    else {
      kinds.push('language');
      severity += 1;
    }
    if (kinds.length > 0) {
      errors.push({
        id: post.id,
        text: post.text,
        kinds,
        expected,
        got: { complaint: got.complaint, services: got.services, language: got.language, country: got.country },
        severity,
      });
    }
  }
  errors.sort((a, b) => b.severity - a.severity || a.id.localeCompare(b.id));
  return {
    posts: labelled.length,
    complaint: scores(overall),
    complaintByLanguage: Object.fromEntries([...perLanguage].sort(([a], [b]) => a.localeCompare(b)).map(([l, c]) => [l, scores(c)])),
    serviceExactMatch: ratio(servicesCorrect, servicesTotal),
    countryAccuracy: ratio(countryCorrect, countryTotal),
    languageAccuracy: ratio(languageCorrect, labelled.length),
    worstErrors: errors.slice(0, worst),
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/**
 * The evaluation as the text `spike eval-classifier` prints; without `withErrors`, no worst
 * errors (their posts' text), for a set that must stay unread.
 */
export function formatEvaluation(e: Evaluation, { withErrors = true }: { withErrors?: boolean } = {}): string {
  const lines = [
    `posts: ${e.posts}`,
    `complaint: precision ${pct(e.complaint.precision)}  recall ${pct(e.complaint.recall)}  F1 ${e.complaint.f1.toFixed(3)}  (tp ${e.complaint.tp}, fp ${e.complaint.fp}, fn ${e.complaint.fn}, tn ${e.complaint.tn})`,
    `service exact match on true complaints: ${pct(e.serviceExactMatch.accuracy)} (${e.serviceExactMatch.correct}/${e.serviceExactMatch.total})`,
    `country accuracy on complaints where labelled: ${pct(e.countryAccuracy.accuracy)} (${e.countryAccuracy.correct}/${e.countryAccuracy.total})`,
    `language accuracy: ${pct(e.languageAccuracy.accuracy)} (${e.languageAccuracy.correct}/${e.languageAccuracy.total})`,
    '',
    'complaint by language (first labelled language):',
    '  lang  posts  precision  recall  F1',
    ...Object.entries(e.complaintByLanguage).map(
      ([l, s]) =>
        `  ${l.padEnd(5)} ${String(s.posts).padStart(5)}  ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}  ${s.f1.toFixed(3)}`,
    ),
  ];
  if (!withErrors) return lines.join('\n');
  lines.push(
    '',
    `worst ${e.worstErrors.length} errors:`,
    ...e.worstErrors.map(
      (x) =>
        `  ${x.id} [${x.kinds.join(', ')}] expected ${JSON.stringify({ c: x.expected.complaint, s: x.expected.services, l: x.expected.language, k: x.expected.country })} got ${JSON.stringify({ c: x.got.complaint, s: x.got.services, l: x.got.language, k: x.got.country })}\n      ${x.text.replace(/\s+/g, ' ').slice(0, 160)}`,
    ),
  );
  return lines.join('\n');
}
