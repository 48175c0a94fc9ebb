/**
 * The detector's state on the `detector.state` changelog: its in-memory snapshots mapped to
 * and from the DetectorState Avro record (schemas/avro/detector-state.avsc), one record per
 * piece ('partition', each key, each open incident), keyed '<kind>:<id>'. A resolved incident
 * is a tombstone. Restoring replays a partition's records, the latest per key winning, as
 * compaction would.
 */
import {
  Detector,
  type DetectorParams,
  type DetectorSnapshot,
  type IncidentSnapshot,
  type KeyStateSnapshot,
  type PartitionSnapshot,
  type StateChange,
} from '@spike/detector';
import type { DetectorState, IncidentState, KeyBaselineState, PartitionState } from '@spike/schemas';

export interface StateRecord {
  key: string;
  /** null deletes (a resolved incident). */
  value: DetectorState | null;
}

export function stateKey(kind: DetectorState['kind'], id: string): string {
  return `${kind}:${id}`;
}

/** The changelog records of a detector's changes. */
export function stateRecords(partition: number, paramsVersion: string, changes: readonly StateChange[]): StateRecord[] {
  return changes.map((change) => {
    const base = { partition, id: change.id, params_version: paramsVersion, partition_state: null, key_state: null, incident: null };
    switch (change.kind) {
      case 'partition':
        return {
          key: stateKey('PARTITION', change.id),
          value: { ...base, kind: 'PARTITION', partition_state: partitionRecord(change.value) },
        };
      case 'key':
        return { key: stateKey('KEY', change.id), value: { ...base, kind: 'KEY', key_state: keyRecord(change.value) } };
      case 'incident':
        return {
          key: stateKey('INCIDENT', change.id),
          value: change.value ? { ...base, kind: 'INCIDENT', incident: incidentRecord(change.value) } : null,
        };
    }
  });
}

/**
 * A detector restored from one partition's changelog records in log order (tombstones as
 * null values). Records written under other parameters are ignored: that state would be
 * misread. No records: a fresh detector.
 */
export function restoreDetector(params: DetectorParams, records: readonly StateRecord[]): Detector {
  const fresh = new Detector(params);
  const latest = new Map<string, DetectorState | null>();
  for (const record of records) latest.set(record.key, record.value);
  const snapshot: DetectorSnapshot = { partition: fresh.snapshot().partition, keys: {}, incidents: {} };
  let found = false;
  for (const value of latest.values()) {
    if (!value || value.params_version !== fresh.paramsVersion) continue;
    found = true;
    if (value.partition_state) snapshot.partition = partitionSnapshot(value.partition_state);
    if (value.key_state) snapshot.keys[value.id] = keySnapshot(value.key_state);
    if (value.incident) snapshot.incidents[value.id] = incidentSnapshot(value.incident);
  }
  return found ? Detector.restore(params, snapshot) : fresh;
}

function partitionRecord(p: PartitionSnapshot): PartitionState {
  return {
    watermark: p.watermark,
    first_processed_start: p.firstProcessedStart,
    last_processed_start: p.lastProcessedStart,
    next_position: p.nextPosition,
    shares_at: p.shares.at,
    shares_total: p.shares.total,
    shares_by_country: { ...p.shares.byCountry },
    shares_by_service: { ...p.shares.byService },
  };
}

function partitionSnapshot(r: PartitionState): PartitionSnapshot {
  return {
    watermark: r.watermark,
    firstProcessedStart: r.first_processed_start,
    lastProcessedStart: r.last_processed_start,
    nextPosition: r.next_position,
    shares: { at: r.shares_at, total: r.shares_total, byCountry: { ...r.shares_by_country }, byService: { ...r.shares_by_service } },
  };
}

function keyRecord(k: KeyStateSnapshot): KeyBaselineState {
  const b = k.baseline;
  return {
    level: b.level,
    windows: b.windows,
    last_window_start: b.lastWindowStart,
    dispersion_num: b.dispersion[0],
    dispersion_den: b.dispersion[1],
    profile: [...b.profile],
    weekly: [...b.weekly],
    profile_sum: b.sums[0],
    weekly_sum: b.sums[1],
    recent_counts: [...k.recentCounts],
    recent_expected: [...k.recentExpected],
    last_scored_start: k.lastScoredStart,
  };
}

function keySnapshot(r: KeyBaselineState): KeyStateSnapshot {
  return {
    baseline: {
      level: r.level,
      windows: r.windows,
      lastWindowStart: r.last_window_start,
      dispersion: [r.dispersion_num, r.dispersion_den],
      profile: [...r.profile],
      weekly: [...r.weekly],
      sums: [r.profile_sum, r.weekly_sum],
    },
    recentCounts: [...r.recent_counts],
    recentExpected: [...r.recent_expected],
    lastScoredStart: r.last_scored_start,
  };
}

function incidentRecord(i: IncidentSnapshot): IncidentState {
  return {
    incident_id: i.id,
    service: i.service,
    recovering: i.recovering,
    started_at: i.startedAt,
    members: [...i.members],
    peak_count: i.peakCount,
    peak_at: i.peakAt,
    symptoms: Object.fromEntries(i.symptoms),
    languages: Object.fromEntries(i.languages),
    sample_post_ids: [...i.samplePostIds],
    quiet_since: i.quietSince,
    calm_windows: i.calmWindows,
    reported_countries: i.reported.countries,
    reported_peak: i.reported.peak,
    reported_top_symptom: i.reported.topSymptom,
    reported_top_language: i.reported.topLanguage,
  };
}

/** Counts sorted by name, as the incident keeps them. */
function sortedEntries(counts: Record<string, number>): [string, number][] {
  return Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function incidentSnapshot(r: IncidentState): IncidentSnapshot {
  return {
    id: r.incident_id,
    service: r.service,
    recovering: r.recovering,
    startedAt: r.started_at,
    members: [...r.members],
    peakCount: r.peak_count,
    peakAt: r.peak_at,
    symptoms: sortedEntries(r.symptoms),
    languages: sortedEntries(r.languages),
    samplePostIds: [...r.sample_post_ids],
    quietSince: r.quiet_since,
    calmWindows: r.calm_windows,
    reported: {
      countries: r.reported_countries,
      peak: r.reported_peak,
      topSymptom: r.reported_top_symptom,
      topLanguage: r.reported_top_language,
    },
  };
}
