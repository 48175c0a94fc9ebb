/**
 * Logistic regression over hashed sparse features, trained by stochastic gradient descent with
 * per-weight (AdaGrad) step sizes and a small L2 penalty. Written here rather than taken from
 * npm: the packages there (ml-logistic-regression, natural's classifier) work on dense rows or
 * word lists, and 20,000 posts × 262,144 buckets dense is 20 GB. Deterministic: a seeded
 * shuffle, one pass after another in the same order, so the same examples give the same weights.
 */
import type { SparseFeatures } from './ngrams.js';

export interface LabelledFeatures {
  features: SparseFeatures;
  /** 1 for a complaint, 0 for anything else. */
  label: 0 | 1;
}

export interface TrainingOptions {
  epochs: number;
  /** AdaGrad's base step. */
  learningRate: number;
  /** L2 penalty per example seen. */
  l2: number;
  seed: number;
}

export interface LogisticWeights {
  weights: Float32Array;
  bias: number;
}

/** Trains on `examples` (features with `buckets` places). */
export function trainLogistic(examples: readonly LabelledFeatures[], buckets: number, options: TrainingOptions): LogisticWeights {
  const weights = new Float64Array(buckets);
  // AdaGrad's sums of squared gradients, started just above zero.
  const squared = new Float64Array(buckets).fill(1e-8);
  let bias = 0;
  let biasSquared = 1e-8;
  const order = examples.map((_, i) => i);
  const random = seededRandom(options.seed);
  const { learningRate, l2 } = options;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    for (const index of order) {
      const { features, label } = examples[index] as LabelledFeatures;
      const { indices, values } = features;
      let z = bias;
      for (let i = 0; i < indices.length; i++) z += (weights[indices[i] as number] as number) * (values[i] as number);
      const error = sigmoid(z) - label;
      for (let i = 0; i < indices.length; i++) {
        const bucket = indices[i] as number;
        const gradient = error * (values[i] as number) + l2 * (weights[bucket] as number);
        squared[bucket] = (squared[bucket] as number) + gradient * gradient;
        weights[bucket] = (weights[bucket] as number) - (learningRate * gradient) / Math.sqrt(squared[bucket]);
      }
      biasSquared += error * error;
      bias -= (learningRate * error) / Math.sqrt(biasSquared);
    }
  }
  return { weights: Float32Array.from(weights), bias };
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Fisher–Yates with `random`. */
function shuffle(items: number[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const item = items[i] as number;
    items[i] = items[j] as number;
    items[j] = item;
  }
}

/** xorshift32: the same sequence on every machine. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}
