// A floor under the classifier's accuracy on hand-written posts that exercise the lexicons'
// informal spellings and the catalogue's local-script names (test/fixtures/lexicon-posts.jsonl,
// written for this project, not from shared/data): Turkish, Tamil, Urdu and Persian first, a
// few posts per other language, about half of them tricky non-complaints.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier } from './classifier.js';
import { evaluate, type LabelledPost } from './evaluate.js';

const posts = readFileSync(new URL('../test/fixtures/lexicon-posts.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as LabelledPost);

describe('accuracy on our lexicon-coverage posts', () => {
  const classifier = createClassifier();
  const result = evaluate(
    posts,
    posts.map((post) => classifier.classify(post)),
  );

  it('hasEnoughPostsToMeanSomething', () => {
    expect(posts.length).toBeGreaterThanOrEqual(140);
  });

  it('keepsComplaintF1AndServicesAboveTheirFloors', () => {
    expect(result.complaint.f1).toBeGreaterThanOrEqual(0.9);
    expect(result.serviceExactMatch.accuracy).toBeGreaterThanOrEqual(0.9);
  });
});
