// Shared by the classifier's test files (not part of the build): one classifier, and a post
// made from its text alone.
//
// With SPIKE_RECORD_TEST_POSTS=<file> set (scripts/record-test-posts.mjs sets it), the classifier
// is the rules alone and every post a test classifies is appended to <file> with the rules'
// decision: the decisions the tests pin, which the complaint model then learns (see
// src/model/complaint-model.ts).
import { appendFileSync } from 'node:fs';
import { createClassifier, type PostInput } from './classifier.js';

const recordTo = process.env.SPIKE_RECORD_TEST_POSTS;
const classifier = createClassifier(recordTo ? { complaintModel: null } : {});

/** A post for a test: its text, no language, location or geotag unless the test sets them. */
function post(text: string, extra: Partial<PostInput> = {}): PostInput {
  return { id: 't', text, lang: null, author_location: null, geo_country: null, ...extra };
}

/** The classification of a post made from `text` (and `extra`). */
export function classify(text: string, extra: Partial<PostInput> = {}) {
  const input = post(text, extra);
  const result = classifier.classify(input);
  if (recordTo) appendFileSync(recordTo, `${JSON.stringify({ ...input, complaint: result.complaint })}\n`);
  return result;
}

/** What a post from `author_location` is taken to complain of: its services sorted, or '(no complaint)'. */
export function complainedOf(text: string, author_location: string): string[] {
  const result = classify(text, { author_location });
  return result.complaint ? [...result.services].sort() : ['(no complaint)'];
}
