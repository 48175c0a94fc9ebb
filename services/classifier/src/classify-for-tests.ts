// Shared by the classifier's test files (not part of the build): one classifier, and a post
// made from its text alone.
import { createClassifier, type PostInput } from './classifier.js';

const classifier = createClassifier();

/** A post for a test: its text, no language, location or geotag unless the test sets them. */
function post(text: string, extra: Partial<PostInput> = {}): PostInput {
  return { id: 't', text, lang: null, author_location: null, geo_country: null, ...extra };
}

/** The classification of a post made from `text` (and `extra`). */
export function classify(text: string, extra: Partial<PostInput> = {}) {
  return classifier.classify(post(text, extra));
}
