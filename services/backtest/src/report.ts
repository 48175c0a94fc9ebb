/**
 * Judges a backtest's anomaly events against labelled incidents.
 *
 * - An incident (all events with one incident_id) *matches* a label when it is about the same
 *   service and it was alive during the label: its first event's window ends after the label's
 *   start and it opened before the label's end. A matched label is detected.
 * - Delay: end of the window whose event opened the first matching incident − the label's start
 *   (the earliest moment the detector could have said it), in minutes.
 * - Every incident that matches no label is a false alarm, counted against each of its keys
 *   (service|country, or service|* when only the worldwide count showed it). The rate is per
 *   100 key-days: keys the detector kept a baseline for × days of input after the detector's
 *   warm-up (before it no incident can open).
 */
import { largestShare, type Anomaly } from '@spike/detector';
import type { IncidentStatus } from '@spike/schemas';
import { median } from 'simple-statistics';
import { timed, type IncidentLabel, type TimedLabel } from './labels.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** All events of one incident, in order. */
export interface IncidentSummary {
  incidentId: string;
  service: string;
  /** Every country any of its events named, sorted. */
  countries: string[];
  openedAt: number;
  /** End of the window of its first event. */
  detectedAt: number;
  /** Window end of its RESOLVED event; undefined while still open at the end of the input. */
  resolvedAt: number | undefined;
  statuses: IncidentStatus[];
  peakCount: number;
  /** The symptom with the largest share in its latest event. */
  topSymptom: string | undefined;
}

export interface LabelResult {
  label: IncidentLabel;
  detected: boolean;
  incidentIds: string[];
  delayMinutes: number | null;
  countriesFound: string[];
  countriesMissed: string[];
  /** Countries the matching incidents named that the label does not. */
  countriesExtra: string[];
  /** Lifecycle of the first matching incident: OPEN, UPDATE…, RECOVERING, RESOLVED. */
  statuses: IncidentStatus[];
  topSymptom: string | null;
}

export interface KeyFalseAlarms {
  key: string;
  falseAlarms: number;
  incidentIds: string[];
}

export interface BacktestReport {
  paramsVersion: string | null;
  input: {
    posts: number;
    /** Lines of the input file that were not a readable post (skipped before classification). */
    badLines: number;
    /** Posts the classifier worker would dead-letter (empty or oversize text, absurd time). */
    invalidPosts: number;
    complaints: number;
    lateComplaints: number;
    /** Event-time span of the input, ISO. */
    from: string | null;
    to: string | null;
  };
  labels: LabelResult[];
  recall: number | null;
  incidents: { total: number; matched: number; precision: number | null };
  delays: { medianMinutes: number | null; maxMinutes: number | null };
  falseAlarms: { total: number; keys: number; keyDays: number; perHundredKeyDays: number | null; byKey: KeyFalseAlarms[] };
}

export interface ReportInput {
  labels: IncidentLabel[];
  events: Anomaly[];
  paramsVersion: string | null;
  posts: number;
  badLines: number;
  invalidPosts: number;
  complaints: number;
  lateComplaints: number;
  /** Event-time span of the input (ms); NaN or ±Infinity when there was none. */
  from: number;
  to: number;
  /** Keys the detectors kept a baseline for. */
  keys: number;
  /** The detector's warm-up: no incident opens before the input is this old. */
  warmUpMs: number;
}

export function summariseIncidents(events: Anomaly[]): IncidentSummary[] {
  const byId = new Map<string, IncidentSummary>();
  for (const event of events) {
    let incident = byId.get(event.incident_id);
    if (!incident) {
      incident = {
        incidentId: event.incident_id,
        service: event.service,
        countries: [],
        openedAt: event.started_at,
        detectedAt: event.window_end,
        resolvedAt: undefined,
        statuses: [],
        peakCount: 0,
        topSymptom: undefined,
      };
      byId.set(event.incident_id, incident);
    }
    incident.countries = [...new Set([...incident.countries, ...event.countries])].sort();
    incident.statuses.push(event.status);
    incident.peakCount = Math.max(incident.peakCount, event.peak_count);
    incident.topSymptom = largestShare(event.symptom_shares)?.[0] ?? incident.topSymptom;
    if (event.status === 'RESOLVED') incident.resolvedAt = event.window_end;
  }
  return [...byId.values()];
}

/** Each label's verdict, and the incidents that match none (false alarms). */
export function judgeLabels(
  labels: IncidentLabel[],
  incidents: IncidentSummary[],
): { results: LabelResult[]; falseAlarms: IncidentSummary[] } {
  const matchedIds = new Set<string>();
  const results = labels.map(timed).map((label) => {
    const matching = incidents.filter((incident) => matches(incident, label));
    for (const incident of matching) matchedIds.add(incident.incidentId);
    return labelResult(label, matching);
  });
  return { results, falseAlarms: incidents.filter((incident) => !matchedIds.has(incident.incidentId)) };
}

export function buildReport(input: ReportInput): BacktestReport {
  const incidents = summariseIncidents(input.events);
  const { results, falseAlarms } = judgeLabels(input.labels, incidents);
  const matched = incidents.length - falseAlarms.length;
  const delays = results.flatMap((r) => (r.delayMinutes === null ? [] : [r.delayMinutes]));
  const keyDays = input.keys * Math.max(0, (input.to - input.from - input.warmUpMs) / DAY);
  return {
    paramsVersion: input.paramsVersion,
    input: {
      posts: input.posts,
      badLines: input.badLines,
      invalidPosts: input.invalidPosts,
      complaints: input.complaints,
      lateComplaints: input.lateComplaints,
      from: Number.isFinite(input.from) ? new Date(input.from).toISOString() : null,
      to: Number.isFinite(input.to) ? new Date(input.to).toISOString() : null,
    },
    labels: results,
    recall: ratio(results.filter((r) => r.detected).length, results.length),
    incidents: { total: incidents.length, matched, precision: ratio(matched, incidents.length) },
    delays: { medianMinutes: delays.length ? median(delays) : null, maxMinutes: delays.length ? Math.max(...delays) : null },
    falseAlarms: {
      total: falseAlarms.length,
      keys: input.keys,
      keyDays: round(keyDays, 2),
      perHundredKeyDays: keyDays > 0 ? round((100 * falseAlarms.length) / keyDays, 3) : null,
      byKey: falseAlarmsByKey(falseAlarms),
    },
  };
}

function matches(incident: IncidentSummary, label: TimedLabel): boolean {
  return incident.service === label.service && incident.detectedAt > label.startMs && incident.openedAt < label.endMs;
}

function labelResult(label: TimedLabel, matching: IncidentSummary[]): LabelResult {
  const first = matching.reduce<IncidentSummary | undefined>((a, b) => (a && a.detectedAt <= b.detectedAt ? a : b), undefined);
  const found = [...new Set(matching.flatMap((incident) => incident.countries))].sort();
  return {
    label: { service: label.service, countries: label.countries, start: label.start, end: label.end },
    detected: first !== undefined,
    incidentIds: matching.map((incident) => incident.incidentId),
    delayMinutes: first ? round((first.detectedAt - label.startMs) / MINUTE, 2) : null,
    countriesFound: found.filter((country) => label.countries.includes(country)),
    countriesMissed: label.countries.filter((country) => !found.includes(country)),
    countriesExtra: found.filter((country) => !label.countries.includes(country)),
    statuses: first ? first.statuses : [],
    topSymptom: first?.topSymptom ?? null,
  };
}

function falseAlarmsByKey(incidents: IncidentSummary[]): KeyFalseAlarms[] {
  const byKey = new Map<string, KeyFalseAlarms>();
  for (const incident of incidents) {
    for (const country of incident.countries) {
      const key = `${incident.service}|${country}`;
      const entry = byKey.get(key) ?? { key, falseAlarms: 0, incidentIds: [] };
      entry.falseAlarms++;
      entry.incidentIds.push(incident.incidentId);
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()].sort((a, b) => b.falseAlarms - a.falseAlarms || (a.key < b.key ? -1 : 1));
}

function ratio(part: number, whole: number): number | null {
  return whole > 0 ? round(part / whole, 4) : null;
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
