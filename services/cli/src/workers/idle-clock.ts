/**
 * Where the watermark of a quiet detector partition moves (Flink's source idleness): a
 * partition with no input for `idleMs` stops holding time back. While other partitions of
 * the worker still get input, it follows their stream time, the highest of their watermarks:
 * a service that draws few complaints keeps pace with the stream (also in a replay of old
 * posts, where the wall clock is years ahead). When every partition is quiet, the wall clock
 * takes over, so windows close and incidents resolve when posts stop altogether. A partition
 * that has never had input nor restored state has nothing to close and is left alone: moving
 * it to the wall clock would make every post of a replay that has not started yet late.
 */
export interface PartitionClock {
  partition: number;
  watermark: number;
  lastInputAtMs: number;
}

export function idleAdvances(partitions: PartitionClock[], nowMs: number, idleMs: number, allowedLatenessMs: number): Map<number, number> {
  const isIdle = (p: PartitionClock) => nowMs - p.lastInputAtMs >= idleMs;
  const active = partitions.filter((p) => !isIdle(p) && Number.isFinite(p.watermark));
  const target = active.length > 0 ? Math.max(...active.map((p) => p.watermark)) : nowMs - idleMs - allowedLatenessMs;
  const advances = new Map<number, number>();
  for (const p of partitions) {
    if (isIdle(p) && Number.isFinite(p.watermark) && target > p.watermark) advances.set(p.partition, target);
  }
  return advances;
}
