/** Prometheus metrics of one worker, on a registry of its own (several workers may share a process in tests). */
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface WorkerMetrics {
  registry: Registry;
  consumed: Counter<'topic'>;
  produced: Counter<'topic'>;
  deadLettered: Counter<'topic' | 'reason'>;
  chunkSeconds: Histogram;
}

export function createWorkerMetrics(worker: string, options: { processMetrics?: boolean } = {}): WorkerMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ worker });
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry });
  return {
    registry,
    consumed: new Counter({
      name: 'spike_records_consumed_total',
      help: 'Records read from the input topic.',
      labelNames: ['topic'],
      registers: [registry],
    }),
    produced: new Counter({
      name: 'spike_records_produced_total',
      help: 'Records written and acknowledged, by topic.',
      labelNames: ['topic'],
      registers: [registry],
    }),
    deadLettered: new Counter({
      name: 'spike_records_dead_lettered_total',
      help: 'Records sent to the dead-letter topic, by source topic and reason (DeadLetter.error_kind).',
      labelNames: ['topic', 'reason'],
      registers: [registry],
    }),
    chunkSeconds: new Histogram({
      name: 'spike_chunk_seconds',
      help: 'Time to process, produce and commit one chunk of records, seconds.',
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
  };
}
