/**
 * What a status page asks of the `anomalies` topic, kept in memory: each incident's events in
 * topic order, the incidents open now, and the ones resolved lately. Pure (no Kafka, no HTTP):
 * `spike serve` feeds it the topic's records and answers HTTP requests from it.
 *
 * Resolved incidents are forgotten once they ended more than `keepResolvedMs` of event time
 * before the newest event seen (not wall-clock time, so a replayed topic gives the same board),
 * and an incident keeps at most `maxEventsPerIncident` events (its first, then the latest), so
 * a server that runs for months holds what it serves and no more.
 */
import type { Anomaly } from '@spike/schemas';
import { incidentsToShow } from './commands/incidents.js';
import type { WatchFilter } from './commands/watch.js';

export interface IncidentBoardOptions {
  /** How long a resolved incident stays on the board, in event time after its last event. */
  keepResolvedMs: number;
  /** Events kept per incident: the first (its OPEN) and the latest ones. */
  maxEventsPerIncident: number;
}

export const DEFAULT_BOARD_OPTIONS: IncidentBoardOptions = {
  keepResolvedMs: 24 * 60 * 60 * 1000,
  maxEventsPerIncident: 500,
};

const SWEEP_EVERY_MS = 60_000;

export interface IncidentHistory {
  incident_id: string;
  /** Its events in topic order; when some were dropped (`truncated`), the first and the latest. */
  events: Anomaly[];
  truncated: boolean;
}

export class IncidentBoard {
  private readonly histories = new Map<string, IncidentHistory>();
  /** The latest window end among the events seen: the board's "now" in event time. */
  private newestEventTime = Number.NEGATIVE_INFINITY;
  /** The event time of the last look for resolved incidents to forget (one look a minute of event time, not one an event). */
  private sweptAt = Number.NEGATIVE_INFINITY;
  private readonly options: IncidentBoardOptions;

  constructor(options: Partial<IncidentBoardOptions> = {}) {
    this.options = { ...DEFAULT_BOARD_OPTIONS, ...options };
    if (!(this.options.maxEventsPerIncident >= 2))
      throw new RangeError('maxEventsPerIncident must be at least 2 (the first and the latest)');
  }

  /** Takes one event, in the topic's order (one incident's events share a partition). */
  apply(event: Anomaly): void {
    this.newestEventTime = Math.max(this.newestEventTime, event.window_end);
    let history = this.histories.get(event.incident_id);
    if (!history) {
      history = { incident_id: event.incident_id, events: [], truncated: false };
      this.histories.set(event.incident_id, history);
    }
    history.events.push(event);
    if (history.events.length > this.options.maxEventsPerIncident) {
      // Keep the first event (when and how it opened); drop the oldest after it.
      history.events.splice(1, 1);
      history.truncated = true;
    }
    this.forgetOldResolved();
  }

  /** The incidents whose latest event is not RESOLVED (with `all`, those resolved lately too), oldest start first. */
  incidents(filter: WatchFilter & { all?: boolean } = {}): Anomaly[] {
    return incidentsToShow(this.latest(), filter);
  }

  /** One incident's events, or undefined when the board does not hold it (never seen, or resolved long ago). */
  history(incidentId: string): IncidentHistory | undefined {
    const history = this.histories.get(incidentId);
    return history && { ...history, events: [...history.events] };
  }

  /** The newest window end seen, or undefined before any event. */
  get asOf(): number | undefined {
    return Number.isFinite(this.newestEventTime) ? this.newestEventTime : undefined;
  }

  get size(): number {
    return this.histories.size;
  }

  private latest(): Map<string, Anomaly> {
    const latest = new Map<string, Anomaly>();
    for (const [id, history] of this.histories) latest.set(id, history.events[history.events.length - 1] as Anomaly);
    return latest;
  }

  private forgetOldResolved(): void {
    if (this.newestEventTime - this.sweptAt < SWEEP_EVERY_MS) return;
    this.sweptAt = this.newestEventTime;
    const horizon = this.newestEventTime - this.options.keepResolvedMs;
    for (const [id, history] of this.histories) {
      const last = history.events[history.events.length - 1] as Anomaly;
      if (last.status === 'RESOLVED' && last.window_end < horizon) this.histories.delete(id);
    }
  }
}
