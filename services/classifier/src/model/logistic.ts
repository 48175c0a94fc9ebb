/**
 * Logistic regression over hashed sparse features, trained by stochastic gradient descent with
 * per-weight (AdaGrad) step sizes and a small L2 penalty. Written here rather than taken from
 * npm: the packages there (ml-logistic-regression, natural's classifier) work on dense rows or
 * word lists, and 20,000 posts × 262,144 buckets dense is 20 GB. Deterministic: each pass takes
 * the examples in an order fixed by the seed, so the same examples give the same weights.
 *
 * With `runs` > 1 the weights are the mean of that many trainings whose passes take the
 * examples in different orders (seeds seed … seed + runs − 1): one order decided about 70 of
 * 29,000 labelled posts differently from the next, the mean of five about 27 from another five's,
 * so a retraining moves fewer posts near the thresholds for reasons of order alone.
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
  /** Trainings averaged, each with its own pass order (1: one training). */
  runs?: number;
}

export interface LogisticWeights {
  weights: Float32Array;
  bias: number;
}

/** Trains on `examples` (features with `buckets` places): the mean of `options.runs` trainings. */
export function trainLogistic(examples: readonly LabelledFeatures[], buckets: number, options: TrainingOptions): LogisticWeights {
  const runs = options.runs ?? 1;
  if (runs <= 1) return trainOnce(examples, buckets, options);
  const sum = new Float64Array(buckets);
  let bias = 0;
  for (let run = 0; run < runs; run++) {
    const trained = trainOnce(examples, buckets, { ...options, seed: options.seed + run });
    for (let i = 0; i < buckets; i++) sum[i] = (sum[i] as number) + (trained.weights[i] as number);
    bias += trained.bias;
  }
  for (let i = 0; i < buckets; i++) sum[i] = (sum[i] as number) / runs;
  return { weights: Float32Array.from(sum), bias: bias / runs };
}

function trainOnce(examples: readonly LabelledFeatures[], buckets: number, options: TrainingOptions): LogisticWeights {
  const weights = new Float64Array(buckets);
  // AdaGrad's sums of squared gradients, started just above zero.
  const squared = new Float64Array(buckets).fill(1e-8);
  let bias = 0;
  let biasSquared = 1e-8;
  const { learningRate, l2 } = options;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const index of passOrder(examples.length, options.seed, epoch)) {
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

/**
 * The examples' order in pass `epoch`: sorted by a hash of (index, seed, pass), a permutation
 * that looks random and needs no generator.
 */
function passOrder(count: number, seed: number, epoch: number): Int32Array {
  const keys = new Uint32Array(count);
  const salt = Math.imul(seed + 1, 0x9e3779b1) ^ Math.imul(epoch + 1, 0x85ebca6b);
  for (let i = 0; i < count; i++) {
    let x = Math.imul(i ^ salt, 0xcc9e2d51);
    x = Math.imul(x ^ (x >>> 15), 0x1b873593);
    keys[i] = (x ^ (x >>> 13)) >>> 0;
  }
  return Int32Array.from({ length: count }, (_, i) => i).sort((a, b) => (keys[a] as number) - (keys[b] as number) || a - b);
}
