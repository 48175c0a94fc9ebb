/**
 * The incident lifecycle of one service: OPEN when a key of the service turns anomalous,
 * UPDATE when it grows or changes, RECOVERING when counts fall but stay above normal,
 * RESOLVED after `resolveHoldMs` back near normal. Anomalous keys of a service join its open
 * incident, so countries failing within minutes of each other make one multi-country incident;
 * `service|*` (all countries) is a member too, which shows a worldwide outage whose countries
 * are each too small to stand out ('*' is then its only country).
 *
 * Decisions only: the window scores come in, events go out. Deterministic: countries sorted,
 * ties broken by name.
 */
import type { KeyWindowScore } from './key-state.js';
import type { DetectorParams } from './params.js';
import { ANY_COUNTRY, type Anomaly, type IncidentStatus } from './types.js';

export interface IncidentSnapshot {
  id: string;
  service: string;
  recovering: boolean;
  startedAt: number;
  members: string[];
  peakCount: number;
  peakAt: number;
  symptoms: [string, number][];
  languages: [string, number][];
  samplePostIds: string[];
  quietSince: number | null;
  /** Windows in a row without an anomalous key, or fallen well below the peak (`recoveringFallRatio`). */
  calmWindows: number;
  reported: { countries: string; peak: number; topSymptom: string; topLanguage: string };
}

/** What one closed window says about one service: its keys' scores by country ('*' included) and the worldwide window's contents. */
export interface ServiceWindow {
  service: string;
  start: number;
  end: number;
  scores: Map<string, KeyWindowScore>;
  symptoms: ReadonlyMap<string, number>;
  languages: ReadonlyMap<string, number>;
  samplePostIds: readonly string[];
}

const SAMPLE_SIZE = 5;
/** Output score: surprise s maps to s / (s + this), so 10 (one in ten billion) scores 0.5. */
const SCORE_HALF_SURPRISE = 10;

export function scoreOf(surprise: number): number {
  return surprise / (surprise + SCORE_HALF_SURPRISE);
}

export class Incident {
  private constructor(
    private readonly params: DetectorParams,
    private readonly paramsVersion: string,
    private state: IncidentSnapshot,
  ) {}

  static open(params: DetectorParams, paramsVersion: string, window: ServiceWindow): Incident {
    const stamp = new Date(window.start).toISOString().slice(0, 16).replace(/[-:]/g, '');
    return new Incident(params, paramsVersion, {
      id: `${window.service}-${stamp}Z`,
      service: window.service,
      recovering: false,
      startedAt: window.start,
      members: [],
      peakCount: 0,
      peakAt: window.start,
      symptoms: [],
      languages: [],
      samplePostIds: [],
      quietSince: null,
      calmWindows: 0,
      reported: { countries: '', peak: 0, topSymptom: '', topLanguage: '' },
    });
  }

  static restore(params: DetectorParams, paramsVersion: string, snapshot: IncidentSnapshot): Incident {
    return new Incident(params, paramsVersion, structuredClone(snapshot));
  }

  snapshot(): IncidentSnapshot {
    return structuredClone(this.state);
  }

  get id(): string {
    return this.state.id;
  }

  /** Countries (and '*') whose keys belong to the incident. */
  get members(): readonly string[] {
    return this.state.members;
  }

  /**
   * Takes the service's window and returns the event it calls for, if any. `isNew` is true
   * for the window that opened the incident (its event is OPEN).
   */
  advance(window: ServiceWindow, isNew: boolean): Anomaly | undefined {
    const s = this.state;
    for (const [country, score] of window.scores) {
      if (score.anomalous && !s.members.includes(country)) s.members = [...s.members, country].sort();
    }
    this.accumulate(window);
    const observed = this.observed(window);
    if (observed.count > s.peakCount) {
      s.peakCount = observed.count;
      s.peakAt = window.start;
    }
    const anomalous = [...window.scores.values()].some((score) => score.anomalous);
    if (isNew) return this.event('OPEN', window, observed);
    // Fallen well below the peak, an outage is recovering even while still anomalous (a partial
    // recovery at 40% of the peak is still far above normal); recovering, it relapses only when
    // counts climb back near the peak, so one noisy window does not flap the status.
    const fallen = observed.count <= (s.recovering ? this.params.relapseRatio : this.params.recoveringFallRatio) * s.peakCount;
    if (anomalous && !fallen) {
      s.quietSince = null;
      s.calmWindows = 0;
      if (s.recovering) {
        s.recovering = false;
        return this.event('UPDATE', window, observed);
      }
      return this.changed() ? this.event('UPDATE', window, observed) : undefined;
    }
    s.calmWindows++;
    if (anomalous || observed.aboveNormal) {
      s.quietSince = null;
      if (s.recovering || s.calmWindows < this.params.calmWindowsToRecover) return undefined;
      s.recovering = true;
      return this.event('RECOVERING', window, observed);
    }
    s.quietSince ??= window.start;
    return window.end - s.quietSince >= this.params.resolveHoldMs ? this.event('RESOLVED', window, observed) : undefined;
  }

  /** Observed and expected over the member countries; over '*' when no country is a member. */
  private observed(window: ServiceWindow): { count: number; expected: number; surprise: number; aboveNormal: boolean } {
    const countries = this.state.members.filter((m) => m !== ANY_COUNTRY);
    const scope = countries.length > 0 ? countries : [ANY_COUNTRY];
    let count = 0;
    let expected = 0;
    let surprise = 0;
    let aboveNormal = false;
    for (const member of this.state.members) {
      const score = window.scores.get(member);
      if (!score) continue;
      surprise = Math.max(surprise, score.surprise);
      aboveNormal ||= score.aboveNormal;
      if (scope.includes(member)) {
        count += score.count;
        expected += score.expected;
      }
    }
    return { count, expected, surprise, aboveNormal };
  }

  private accumulate(window: ServiceWindow): void {
    const s = this.state;
    s.symptoms = addCounts(s.symptoms, window.symptoms);
    s.languages = addCounts(s.languages, window.languages);
    for (const id of window.samplePostIds) {
      if (s.samplePostIds.length < SAMPLE_SIZE && !s.samplePostIds.includes(id)) s.samplePostIds.push(id);
    }
  }

  /** Countries, top symptom or top language changed, or the peak grew enough, since the last event. */
  private changed(): boolean {
    const s = this.state;
    const r = s.reported;
    return (
      r.countries !== this.countries().join(',') ||
      r.topSymptom !== top(s.symptoms) ||
      r.topLanguage !== top(s.languages) ||
      s.peakCount >= r.peak * this.params.updatePeakGrowth + 1
    );
  }

  private countries(): string[] {
    const countries = this.state.members.filter((m) => m !== ANY_COUNTRY);
    return countries.length > 0 ? countries : [ANY_COUNTRY];
  }

  private event(status: IncidentStatus, window: ServiceWindow, observed: { count: number; expected: number; surprise: number }): Anomaly {
    const s = this.state;
    s.reported = { countries: this.countries().join(','), peak: s.peakCount, topSymptom: top(s.symptoms), topLanguage: top(s.languages) };
    return {
      incident_id: s.id,
      status,
      service: s.service,
      countries: this.countries(),
      window_start: window.start,
      window_end: window.end,
      observed: observed.count,
      expected: observed.expected,
      score: scoreOf(observed.surprise),
      started_at: s.startedAt,
      peak_count: s.peakCount,
      peak_at: s.peakAt,
      symptom_shares: shares(s.symptoms),
      language_shares: shares(s.languages),
      sample_post_ids: [...s.samplePostIds],
      params_version: this.paramsVersion,
    };
  }
}

function addCounts(into: [string, number][], add: ReadonlyMap<string, number>): [string, number][] {
  const merged = new Map(into);
  for (const [name, count] of add) merged.set(name, (merged.get(name) ?? 0) + count);
  return [...merged.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The name with the highest count, the first in name order on a tie; '' when none. */
function top(counts: readonly [string, number][]): string {
  let best = '';
  let bestCount = 0;
  for (const [name, count] of counts) {
    if (count > bestCount) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}

function shares(counts: readonly [string, number][]): Record<string, number> {
  const total = counts.reduce((sum, [, count]) => sum + count, 0);
  const out: Record<string, number> = {};
  for (const [name, count] of counts) out[name] = total > 0 ? count / total : 0;
  return out;
}
