// A floor under the classifier's accuracy on our own hand-written labelled posts
// (test/fixtures/handwritten-posts.jsonl, written for this project, not from shared/data).
// The README has the exact figures from `npx spike eval-classifier`; this test only stops a
// change from quietly making them much worse.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier } from './classifier.js';
import { evaluate, type LabelledPost } from './evaluate.js';

const posts = readFileSync(new URL('../test/fixtures/handwritten-posts.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as LabelledPost);

describe('accuracy on our hand-written posts', () => {
  const classifier = createClassifier();
  const result = evaluate(
    posts,
    posts.map((post) => classifier.classify(post)),
  );

  it('hasEnoughPostsToMeanSomething', () => {
    expect(posts.length).toBeGreaterThanOrEqual(400);
  });

  it('keepsComplaintF1ServicesCountryAndLanguageAboveTheirFloors', () => {
    expect(result.complaint.f1).toBeGreaterThanOrEqual(0.93);
    expect(result.serviceExactMatch.accuracy).toBeGreaterThanOrEqual(0.87);
    expect(result.countryAccuracy.accuracy).toBeGreaterThanOrEqual(0.93);
    expect(result.languageAccuracy.accuracy).toBeGreaterThanOrEqual(0.93);
  });
});
