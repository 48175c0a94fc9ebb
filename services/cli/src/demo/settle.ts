/**
 * When the demo is over: everything replayed has been classified and its complaints scored,
 * every incident that opened has resolved, and nothing new has arrived for a moment. Lags are
 * records on a topic not yet consumed and committed by the worker reading it.
 */
export interface PipelineState {
  replayDone: boolean;
  /** posts.raw records the classifier has not committed. */
  classifierLag: number;
  /** complaints the detector has not committed (it commits past a window only once it closes). */
  detectorLag: number;
  openIncidents: number;
  msSinceLastEvent: number;
}

/** How long the anomalies topic must stay quiet after the rest has settled. */
export const QUIET_MS = 3_000;

export function isSettled(state: PipelineState): boolean {
  return (
    state.replayDone &&
    state.classifierLag === 0 &&
    state.detectorLag === 0 &&
    state.openIncidents === 0 &&
    state.msSinceLastEvent >= QUIET_MS
  );
}

/** Records not yet committed: per partition, the end offset less the committed one (an uncommitted partition counts from its start). */
export function lagOf(
  ends: { partition: number; low: string; high: string }[],
  committed: { partition: number; offset: string }[],
): number {
  const byPartition = new Map(committed.map((c) => [c.partition, BigInt(c.offset)]));
  let lag = 0n;
  for (const end of ends) {
    const from = byPartition.get(end.partition) ?? -1n;
    const position = from < 0n ? BigInt(end.low) : from;
    if (BigInt(end.high) > position) lag += BigInt(end.high) - position;
  }
  return Number(lag);
}
