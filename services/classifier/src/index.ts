/**
 * @spike/classifier: pure outage-complaint classification. No Kafka, no I/O, no clock.
 *
 * - `createClassifier()` → `classify(post)`: complaint, services, language, country (+ source), symptom, confidence.
 * - `evaluate(labelled, results)`, `formatEvaluation`: the scores `spike eval-classifier` prints.
 * - building blocks: `normalise`, `tokenize`, `ServiceCatalogue`, `Gazetteer`, `LanguageIdentifier`.
 */
export {
  Classifier,
  createClassifier,
  type Classification,
  type ClassifierOptions,
  type CountrySource,
  type PostInput,
} from './classifier.js';
export { evaluate, formatEvaluation, type Evaluation, type LabelledPost } from './evaluate.js';
export { LanguageIdentifier, type LanguageFallback, type LanguageGuess } from './language.js';
export { ServiceCatalogue } from './catalogue/catalogue.js';
/** Every catalogue service (one per row of shared/spec/services.csv, plus additions), with names and aliases. */
export { SERVICES as CATALOGUE_SERVICES } from './catalogue/services-data.js';
export { Gazetteer, flagCountry } from './country/gazetteer.js';
export { normalise } from './text/normalise.js';
export { ComplaintModel, trainComplaintModel, trainsComplaintModel, type EncodedComplaintModel } from './model/complaint-model.js';
export { tokenize } from './text/tokens.js';
export type { Symptom } from './lexicon/types.js';
