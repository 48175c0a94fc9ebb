import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../classifier.js';
import { normalise } from '../text/normalise.js';
import { COMPLAINT_MODEL_DATA } from './complaint-model-data.js';
import {
  ComplaintModel,
  OVERRULE_COMPLAINT_BELOW,
  OVERRULE_NOT_ABOVE,
  TEST_POST_REPEATS,
  trainComplaintModel,
  trainingPosts,
  trainsComplaintModel,
  type EncodedComplaintModel,
} from './complaint-model.js';
import { trainLogistic, type LabelledFeatures } from './logistic.js';
import { NGRAM_BITS, NgramHasher } from './ngrams.js';

const hasher = new NgramHasher();
const featuresOf = (text: string) => hasher.features(normalise(text));

/** A model that gives every post the same probability (all weights 0, its bias the log-odds). */
function constantModel(probability: number): ComplaintModel {
  const zeros = Buffer.alloc(1 << NGRAM_BITS);
  return ComplaintModel.decode({
    ...COMPLAINT_MODEL_DATA,
    bias: Math.log(probability / (1 - probability)),
    scale: 1,
    weights: zeros.toString('base64'),
  });
}

describe('hashed n-grams', () => {
  it('givesTheSameTextTheSameFeatures', () => {
    const a = featuresOf('WhatsApp is down again');
    const b = featuresOf('WhatsApp is down again');
    expect([...a.indices]).toEqual([...b.indices]);
    expect([...a.values]).toEqual([...b.values]);
  });

  it('scalesCountsByTheSquareRootOfTheNgramCount', () => {
    // " qwerty " is 8 characters: 7 + 6 + 5 + 4 n-grams of 2 to 5 characters, none repeated, no word pair.
    const { values } = featuresOf('qwerty');
    expect(values.length).toBe(22);
    for (const value of values) expect(value).toBeCloseTo(1 / Math.sqrt(22), 6);
  });

  it('readsPunctuationAndEmojiAsWordBreaksNotFeatures', () => {
    const plain = featuresOf('instagram down');
    const decorated = featuresOf('Instagram down?!! 😡😡');
    expect([...decorated.indices].sort()).toEqual([...plain.indices].sort());
  });

  it('tellsWordOrderApartByItsWordPairs', () => {
    const a = new Set(featuresOf('not down').indices);
    const b = new Set(featuresOf('down not').indices);
    expect([...a].filter((i) => !b.has(i)).length).toBeGreaterThan(0);
  });

  it('givesAnEmptyTextNoFeatures', () => {
    expect(featuresOf('  !! ').indices.length).toBe(0);
  });
});

describe('logistic regression', () => {
  // Our own toy posts: complaints say "broken", the rest "lovely".
  const examples: LabelledFeatures[] = [
    'app broken',
    'site broken again',
    'broken since noon',
    'lovely day',
    'lovely app',
    'a lovely site',
  ].map((text, i) => ({
    features: featuresOf(text),
    label: i < 3 ? 1 : 0,
  }));
  const options = { epochs: 20, learningRate: 0.5, l2: 1e-6, seed: 3 };

  it('learnsWordsThatSeparateTheClasses', () => {
    const { weights, bias } = trainLogistic(examples, 1 << NGRAM_BITS, options);
    const score = (text: string) => {
      const f = featuresOf(text);
      let z = bias;
      f.indices.forEach((bucket, i) => (z += (weights[bucket] as number) * (f.values[i] as number)));
      return z;
    };
    expect(score('everything broken')).toBeGreaterThan(0);
    expect(score('so lovely')).toBeLessThan(0);
  });

  it('isDeterministic', () => {
    const a = trainLogistic(examples, 1 << NGRAM_BITS, options);
    const b = trainLogistic(examples, 1 << NGRAM_BITS, options);
    expect(a.bias).toBe(b.bias);
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true);
  });
});

describe('the complaint model', () => {
  it('keepsTheSetsThatMeasureItOutOfTraining', () => {
    expect(trainsComplaintModel('twentieth-pass-mixed-check-posts.jsonl')).toBe(false);
    expect(trainsComplaintModel('heldout-posts.jsonl')).toBe(false);
    expect(trainsComplaintModel('handwritten-posts.jsonl')).toBe(true);
  });

  it('readsFixturesAndRecordedTestPostsAsTrainingPosts', () => {
    const fixtures = [
      { name: 'b-posts.jsonl', text: '{"text":"b down","expected":{"complaint":true}}\n' },
      { name: 'a-check-posts.jsonl', text: '{"text":"kept out","expected":{"complaint":true}}\n' },
      { name: 'a-posts.jsonl', text: '{"text":"a fine","expected":{"complaint":false}}\n{"text":"unlabelled"}\n' },
    ];
    const posts = trainingPosts(fixtures, '{"id":"t","text":"t down","complaint":true}\n');
    expect(posts.map((p) => p.post.text)).toEqual(['a fine', 'b down', ...Array<string>(TEST_POST_REPEATS).fill('t down')]);
  });

  it('isWhatTrainingOnTheFixturesAndTheRecordedTestPostsGives', () => {
    // The committed model must be the one its training data gives: after changing a fixture or
    // the recorded posts, run `npm run train-model -w @spike/classifier`.
    const root = new URL('../../test/', import.meta.url);
    const fixtures = readdirSync(new URL('fixtures/', root))
      .filter((name) => name.endsWith('.jsonl'))
      .map((name) => ({ name, text: readFileSync(new URL(`fixtures/${name}`, root), 'utf8') }));
    const rules = createClassifier({ complaintModel: null });
    const posts = trainingPosts(fixtures, readFileSync(new URL('model/test-posts.jsonl', root), 'utf8'));
    const trained = trainComplaintModel(posts, (post) => rules.complaintModelInput(post));
    const stale = 'the committed complaint model is stale: run npm run train-model -w @spike/classifier';
    expect(trained.trainedOn, stale).toBe(COMPLAINT_MODEL_DATA.trainedOn);
    expect(trained.bias, stale).toBe(COMPLAINT_MODEL_DATA.bias);
    expect(trained.weights === COMPLAINT_MODEL_DATA.weights, stale).toBe(true);
  }, 60_000);

  it('refusesWeightsTrainedOnOtherFeatures', () => {
    const other: EncodedComplaintModel = { ...COMPLAINT_MODEL_DATA, maxNgram: COMPLAINT_MODEL_DATA.maxNgram + 1 };
    expect(() => ComplaintModel.decode(other)).toThrow(/retrain/);
  });

  it('readsThePostWithItsCatalogueNamesMasked', () => {
    const rules = createClassifier({ complaintModel: null });
    const input = (text: string) =>
      rules.complaintModelInput({ id: 't', text, lang: null, author_location: null, geo_country: null }).replace(/ +/g, ' ');
    expect(input('Google Drive not syncing!! 😤')).toBe('servicename not syncing');
    expect(input('#WhatsAppDown again')).toBe('whatsappdown again');
  });

  it('givesAProbability', () => {
    const model = ComplaintModel.decode(COMPLAINT_MODEL_DATA);
    const p = model.probability('lovely sunset at the beach tonight');
    expect(p).toBeGreaterThanOrEqual(0);
    expect(p).toBeLessThanOrEqual(1);
  });
});

describe('the classifier with a complaint model', () => {
  const post = (text: string) => ({ id: 't', text, lang: null, author_location: null, geo_country: null });

  it('overrulesTheRulesOnlyWhereTheModelIsNearlySure', () => {
    const calm = 'lovely sunset at the beach tonight';
    const complaint = 'WhatsApp is down, messages not sending';
    const rules = createClassifier({ complaintModel: null });
    expect(rules.classify(post(calm)).complaint).toBe(false);
    expect(rules.classify(post(complaint)).complaint).toBe(true);

    const sure = createClassifier({ complaintModel: constantModel(OVERRULE_NOT_ABOVE + 0.05) });
    expect(sure.classify(post(calm)).complaint).toBe(true);
    expect(sure.classify(post(calm)).confidence).toBeCloseTo(OVERRULE_NOT_ABOVE + 0.05, 3);
    expect(sure.classify(post(complaint))).toMatchObject({ complaint: true, services: ['whatsapp'] });

    const doubtful = createClassifier({ complaintModel: constantModel(OVERRULE_COMPLAINT_BELOW / 2) });
    expect(doubtful.classify(post(complaint))).toMatchObject({ complaint: false, services: [] });
    expect(doubtful.classify(post(calm)).complaint).toBe(false);

    const unsure = createClassifier({ complaintModel: constantModel(0.5) });
    expect(unsure.classify(post(calm)).complaint).toBe(false);
    expect(unsure.classify(post(complaint)).complaint).toBe(true);
  });

  it('readsAPostItIsSureIsNoComplaintNoFurtherThanItsLanguageAndTheAuthorsOwnPlace', () => {
    const rules = createClassifier({ complaintModel: null });
    const doubtful = createClassifier({ complaintModel: constantModel(OVERRULE_COMPLAINT_BELOW / 2) });
    const inTheText = post('WhatsApp down in Mumbai since the morning');
    expect(rules.classify(inTheText)).toMatchObject({ complaint: true, country: 'IN' });
    // The country a complaint's text names is not looked for: only the author's own place counts.
    expect(doubtful.classify(inTheText)).toMatchObject({ complaint: false, services: [], country: null, countrySource: 'none' });
    expect(doubtful.classify(inTheText).confidence).toBeCloseTo(1 - OVERRULE_COMPLAINT_BELOW / 2, 3);
    expect(doubtful.classify({ ...inTheText, author_location: 'Lahore, Pakistan' })).toMatchObject({
      country: 'PK',
      countrySource: 'profile',
    });
    // Romanised Urdu is still told from Hindi by a place the post names.
    const romanised = post('yaar karachi mein whatsapp ke messages nahi ja rahe');
    expect(doubtful.classify(romanised).language).toBe(rules.classify(romanised).language);
    expect(doubtful.classify(romanised).language).toBe('ur');
  });
});
