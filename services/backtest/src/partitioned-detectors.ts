/**
 * The detector worker's topology in one process: one `Detector` per complaints partition, each
 * complaint routed to the partition the classifier worker writes it to (by service). Shares,
 * cold-start priors and watermarks are per partition in the workers, so a backtest that pooled
 * every service in one detector would not see what they see.
 */
import { Detector, type Anomaly, type Complaint, type DetectorHooks, type DetectorParams } from '@spike/detector';

export interface PartitionedDetectorsOptions {
  params: DetectorParams;
  /** Partitions of the complaints topic (the workers' TOPIC_PARTITIONS). */
  partitions: number;
  /** The partition the classifier worker's partitioner gives a service's complaints. */
  partitionOf: (service: string) => number;
  hooks?: DetectorHooks;
}

export class PartitionedDetectors {
  private readonly detectors: Detector[];
  private readonly partitionOf: (service: string) => number;
  private readonly partitionByService = new Map<string, number>();
  private latestEventTime = -Infinity;

  constructor(options: PartitionedDetectorsOptions) {
    if (!Number.isInteger(options.partitions) || options.partitions < 1)
      throw new RangeError(`partitions must be a positive integer, got ${options.partitions}`);
    this.detectors = Array.from({ length: options.partitions }, () => new Detector(options.params, options.hooks));
    this.partitionOf = options.partitionOf;
  }

  get paramsVersion(): string {
    return (this.detectors[0] as Detector).paramsVersion;
  }

  /** Highest event time added (-Infinity before any). */
  get latestEvent(): number {
    return this.latestEventTime;
  }

  /** Complaints counted and dropped as late, over all partitions. */
  get counters(): { counted: number; late: number } {
    let counted = 0;
    let late = 0;
    for (const detector of this.detectors) {
      counted += detector.counters.counted;
      late += detector.counters.late;
    }
    return { counted, late };
  }

  /** Number of keys with a baseline, over all partitions. */
  get keyCount(): number {
    return this.detectors.reduce((sum, detector) => sum + detector.keyCount, 0);
  }

  add(complaint: Complaint): readonly Anomaly[] {
    this.latestEventTime = Math.max(this.latestEventTime, complaint.event_time);
    return (this.detectors[this.partitionFor(complaint.service)] as Detector).add(complaint);
  }

  /** Moves every partition's watermark (the end of a backtest: time passes with no input). */
  advanceTo(watermark: number): Anomaly[] {
    return this.detectors.flatMap((detector) => detector.advanceTo(watermark));
  }

  private partitionFor(service: string): number {
    let partition = this.partitionByService.get(service);
    if (partition === undefined) {
      partition = this.partitionOf(service);
      if (!Number.isInteger(partition) || partition < 0 || partition >= this.detectors.length)
        throw new RangeError(`partitionOf("${service}") gave ${partition}, outside 0..${this.detectors.length - 1}`);
      this.partitionByService.set(service, partition);
    }
    return partition;
  }
}
