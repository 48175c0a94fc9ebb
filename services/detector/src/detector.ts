/**
 * The detector of one partition of `complaints`: complaints in (in offset order), anomaly
 * events out, one code path for live, replay and backtest.
 *
 * Each complaint counts in its `service|country` window (when the country is known) and in
 * its `service|*` window. When the watermark closes a window start, every key's window is
 * scored (score → decide → learn): against its own seasonal baseline, blended while the key is
 * young with what a broader key suggests (for `service|country`, the service worldwide times
 * the country's share of all complaints; for `service|*`, the service's share of the
 * partition's total rate). Services with an open incident are evaluated every window, also
 * windows with no complaint at all, so incidents recover and resolve when posts stop.
 *
 * State is what Kafka must keep for a restart: baselines, open incidents, the watermark and the
 * shares (`snapshot` / `Detector.restore`, and `takeChanges` for the changelog). Open windows
 * are not kept: the worker commits its input only up to the oldest complaint still in an open
 * window (`oldestOpenPosition`), so after a restart those complaints are read again.
 */
import { type BaselineSnapshot } from './baseline.js';
import { Incident, type IncidentSnapshot, type ServiceWindow } from './incidents.js';
import { codeUnitOrder, KeyEntries, type KeyEntry, type ServiceEntries } from './key-entries.js';
import {
  blankExpectation,
  blankScore,
  KeyStates,
  type Expectation,
  type KeyStateSnapshot,
  type KeyWindowScore,
  type Prior,
} from './key-state.js';
import { Shares, type ShareSums } from './shares.js';
import { paramsVersion, type DetectorParams } from './params.js';
import type { Anomaly, Complaint } from './types.js';
import { tumblingWindows, WindowAggregator, WindowKeys, type OpenStart, type WindowTallies } from './windows.js';

export type { BaselineSnapshot };

export interface PartitionSnapshot {
  watermark: number;
  /** Start of the first and the latest window start processed. */
  firstProcessedStart: number;
  lastProcessedStart: number;
  /** One past the highest input position seen (the worker's next offset). */
  nextPosition: number;
  shares: ShareSums;
}

export interface DetectorSnapshot {
  partition: PartitionSnapshot;
  keys: Record<string, KeyStateSnapshot>;
  incidents: Record<string, IncidentSnapshot>;
}

/** One changed piece of state, for a compacted changelog: `value` undefined means deleted. */
export type StateChange =
  | { kind: 'partition'; id: 'partition'; value: PartitionSnapshot }
  | { kind: 'key'; id: string; value: KeyStateSnapshot }
  | { kind: 'incident'; id: string; value: IncidentSnapshot | undefined };

export interface DetectorCounters {
  counted: number;
  late: number;
  windowsClosed: number;
}

/** Optional observers of a detector's inner workings (a backtest's charts); the live worker sets none. */
export interface DetectorHooks {
  /** Called once per key and window scored, after the decision, with what the baseline expected. */
  onWindowScored?: (key: string, start: number, score: KeyWindowScore) => void;
}

/**
 * A service's windows at one start, with the keys it scores: its windows' and its incident's
 * members without one (each with its count in `closedCount`, 0 for those), and what its
 * worldwide window's complaints were about.
 */
interface ServiceGroup {
  counted: KeyEntry[];
  worldwide: WindowTallies | undefined;
}

/** What the priors of one window start share: the partition's history and the span of its decayed share sums. */
interface PriorBasis {
  established: boolean;
  windowSpan: number;
}

export class Detector {
  readonly paramsVersion: string;
  private readonly windows: WindowAggregator<KeyEntry>;
  private readonly entries: KeyEntries;
  /** Every key's state, one array for all (see key-state.ts). */
  private readonly states: KeyStates;
  /** The entries with state, by state index: the order their state was made (the snapshot's order). */
  private readonly keyed: KeyEntry[] = [];
  /** 1 − 2^(−size/half-life): a window's weight in the decayed share sums' span. */
  private readonly windowShareRate: number;
  /** Open incidents by service. */
  private readonly incidents = new Map<string, Incident>();
  private lastProcessedStart = -Infinity;
  private firstProcessedStart = Infinity;
  private nextPosition = 0;
  private shares = Shares.restore({ at: 0, total: 0, byCountry: {}, byService: {} });
  private readonly dirtyKeys: KeyEntry[] = [];
  /**
   * Scores and expectations rewritten from window to window rather than made for each (a start
   * scores thousands of windows, and the garbage was a fifth of the time): the scores of the
   * service being processed (fresh ones when a hook may keep them), the worldwide key's
   * expectation (its countries' priors read it) and the current key's.
   */
  private readonly reusedScores: KeyWindowScore[] = [];
  private readonly worldwideExpectation = blankExpectation();
  private readonly keyExpectation = blankExpectation();
  /** Priors rewritten per window the same way: the key's, and (rarely) its worldwide key's with that key's expectation. */
  private readonly keyPrior: Prior = { expected: 0, established: false };
  private readonly worldwidePrior: Prior = { expected: 0, established: false };
  private readonly worldwidePriorExpectation = blankExpectation();
  private readonly dirtyIncidents = new Set<string>();
  readonly counters: DetectorCounters = { counted: 0, late: 0, windowsClosed: 0 };

  constructor(
    private readonly params: DetectorParams,
    private readonly hooks: DetectorHooks = {},
  ) {
    this.paramsVersion = paramsVersion(params);
    this.states = new KeyStates(params);
    this.windowShareRate = 1 - Math.pow(2, -params.windowSizeMs / params.countryShareHalfLifeMs);
    const windowKeys = new WindowKeys<KeyEntry>();
    this.entries = new KeyEntries(windowKeys);
    this.windows = new WindowAggregator(
      tumblingWindows({ sizeMs: params.windowSizeMs, graceMs: params.graceMs, allowedLatenessMs: params.allowedLatenessMs }),
      windowKeys,
    );
  }

  static restore(params: DetectorParams, snapshot: DetectorSnapshot): Detector {
    const detector = new Detector(params);
    detector.windows.advanceTo(snapshot.partition.watermark);
    detector.lastProcessedStart = snapshot.partition.lastProcessedStart;
    detector.firstProcessedStart = snapshot.partition.firstProcessedStart;
    detector.nextPosition = snapshot.partition.nextPosition;
    detector.shares = Shares.restore(snapshot.partition.shares);
    for (const [key, state] of Object.entries(snapshot.keys)) {
      detector.keyStateMade(detector.entries.ofKey(key), detector.states.addRestored(state));
    }
    for (const [service, incident] of Object.entries(snapshot.incidents)) {
      detector.incidents.set(service, Incident.restore(params, detector.paramsVersion, incident));
    }
    return detector;
  }

  get watermark(): number {
    return this.windows.watermark;
  }

  /** Start of the latest window processed (-Infinity before any): it moves when windows close. */
  get processedThrough(): number {
    return this.lastProcessedStart;
  }

  /** One past the highest input position added: after a restore, positions below it were processed before. */
  get inputPosition(): number {
    return this.nextPosition;
  }

  /** Number of keys with state (for metrics and the memory benchmark). */
  get keyCount(): number {
    return this.keyed.length;
  }

  /**
   * Adds one complaint at input `position` (its offset) and returns the events of the windows
   * its event time closes. A complaint for a closed window is late: counted and dropped.
   */
  add(complaint: Complaint, position = this.nextPosition): readonly Anomaly[] {
    this.markSeen(position);
    const { service, country, event_time: time, author_key: author, post_id: postId, symptom, language } = complaint;
    const windows = this.windows;
    const entries = this.entries.ofService(service);
    // Key numbers, not entries: a country's entry is not read to add a complaint (see `WindowKeys`).
    const countryId = country === null ? NO_KEY : entries.idOf(country);
    if (windows.addTo(entries.worldwideId, countryId, time, author, postId, symptom, language, position) === 'late') {
      this.counters.late++;
    } else this.counters.counted++;
    windows.observe(time);
    return this.closeWindows();
  }

  /** Records that the input at `position` was handled without a complaint to add (a bad record the worker dead-lettered). */
  markSeen(position: number): void {
    this.nextPosition = Math.max(this.nextPosition, position + 1);
  }

  /** Moves the watermark (wall-clock idleness in the live worker) and returns the events of the windows it closes. */
  advanceTo(watermark: number): readonly Anomaly[] {
    this.windows.advanceTo(watermark);
    return this.closeWindows();
  }

  /** The input position the worker may commit: the oldest complaint still in an open window, else one past the last. */
  oldestOpenPosition(): number {
    return this.windows.oldestOpenPosition(this.nextPosition);
  }

  snapshot(): DetectorSnapshot {
    const keys: Record<string, KeyStateSnapshot> = {};
    for (const entry of this.keyed) keys[entry.key] = this.states.snapshot(entry.stateIndex);
    const incidents: Record<string, IncidentSnapshot> = {};
    for (const [service, incident] of this.incidents) incidents[service] = incident.snapshot();
    return { partition: this.partitionSnapshot(), keys, incidents };
  }

  /** The state changed since the last call, for the changelog (the partition record always). */
  takeChanges(): StateChange[] {
    const changes: StateChange[] = [{ kind: 'partition', id: 'partition', value: this.partitionSnapshot() }];
    for (const entry of this.dirtyKeys.sort((a, b) => codeUnitOrder(a.key, b.key))) {
      changes.push({ kind: 'key', id: entry.key, value: this.states.snapshot(entry.stateIndex) });
      entry.dirty = false;
    }
    for (const service of [...this.dirtyIncidents].sort()) {
      changes.push({ kind: 'incident', id: service, value: this.incidents.get(service)?.snapshot() });
    }
    this.dirtyKeys.length = 0;
    this.dirtyIncidents.clear();
    return changes;
  }

  private partitionSnapshot(): PartitionSnapshot {
    return {
      watermark: this.windows.watermark,
      firstProcessedStart: this.firstProcessedStart,
      lastProcessedStart: this.lastProcessedStart,
      nextPosition: this.nextPosition,
      shares: this.shares.snapshot(),
    };
  }

  /** Processes every window start the watermark has closed, in order, including empty ones while incidents are open. */
  private closeWindows(): readonly Anomaly[] {
    const latest = this.windows.latestClosedStart();
    // Most complaints close nothing: one shared empty answer rather than an array each (32 bytes a complaint of garbage).
    if (latest <= this.lastProcessedStart) return NO_EVENTS;
    const closed = this.windows.takeClosedStarts();
    const events: Anomaly[] = [];
    const size = this.params.windowSizeMs;
    let next = Number.isFinite(this.lastProcessedStart) ? this.lastProcessedStart + size : (closed[0]?.start ?? latest);
    for (const windows of closed) {
      for (; this.incidents.size > 0 && next < windows.start; next += size) events.push(...this.processStart(next, undefined));
      events.push(...this.processStart(windows.start, windows));
      next = windows.start + size;
    }
    for (; this.incidents.size > 0 && next <= latest; next += size) events.push(...this.processStart(next, undefined));
    this.lastProcessedStart = Math.max(this.lastProcessedStart, latest);
    return events;
  }

  /** Score, decide and learn for one window start (`windows` undefined: it had none). */
  private processStart(start: number, windows: OpenStart<KeyEntry> | undefined): Anomaly[] {
    this.counters.windowsClosed += windows?.size ?? 0;
    this.firstProcessedStart = Math.min(this.firstProcessedStart, start);
    const end = start + this.params.windowSizeMs;
    const services = this.servicesToScore(windows);
    const basis = this.priorBasis(start);
    const events: Anomaly[] = [];
    for (const entries of services) {
      const service = entries.service;
      const group = this.groupOf(entries);
      // Only a service with an incident (or a hook) reads more of a score than whether it is anomalous.
      const full = this.incidents.has(service) || this.hooks.onWindowScored !== undefined;
      let scores = this.scoreService(service, start, group, basis, full);
      // One turning anomalous is decided on full scores (rare: an incident opens).
      if (!full && anyAnomalous(scores, group.counted.length)) scores = this.scoreService(service, start, group, basis, true);
      const event = this.decide(service, start, end, group, scores);
      if (event) events.push(event);
      this.learnService(service, start, group, scores);
    }
    this.updateShares(start, services, windows);
    for (const entries of services) {
      entries.closed.length = 0;
      entries.worldwideTallies = undefined;
    }
    return events;
  }

  /**
   * The services to score at a start, in name order, each with the keys of its closed windows
   * in `closed` sorted by country (their counts in `closedCount`, the worldwide window's
   * contents in `worldwideTallies`): those with windows, and those with an open incident
   * (evaluated even without complaints).
   */
  private servicesToScore(windows: OpenStart<KeyEntry> | undefined): ServiceEntries[] {
    const services: ServiceEntries[] = [];
    const keys = windows?.keys ?? [];
    for (let number = 0; number < keys.length; number++) {
      const entry = keys[number] as KeyEntry;
      const entries = entry.serviceEntries;
      entry.closedCount = (windows as OpenStart<KeyEntry>).countAt(number);
      if (entry.isWorldwide) entries.worldwideTallies = (windows as OpenStart<KeyEntry>).contentsAt(number);
      if (entries.closed.length === 0) services.push(entries);
      entries.closed.push(entry);
    }
    for (const service of this.incidents.keys()) {
      const entries = this.entries.ofService(service);
      if (!services.includes(entries)) services.push(entries);
    }
    this.entries.rankServices();
    const byCountry = this.entries.countries.compare;
    for (const entries of services) sortSmall(entries.closed, byCountry);
    return services.sort((a, b) => a.nameRank - b.nameRank);
  }

  /**
   * A service's windows at this start (`closed`, sorted by country) as its scoring wants them:
   * the worldwide key first (a country's prior borrows from it), then countries in order, with
   * its open incident's members scored at 0 when they had no complaint.
   */
  private groupOf(entries: ServiceEntries): ServiceGroup {
    const closed = entries.closed;
    const worldwide = entries.worldwideTallies;
    const members = this.incidents.get(entries.service)?.members ?? [];
    // Without members to add and with '*' sorting first (as it does before letters), `closed` is in order already.
    if (members.length === 0 && (worldwide === undefined || closed[0] === entries.worldwide)) return { counted: closed, worldwide };
    const counted: KeyEntry[] = [...closed];
    for (const member of members) {
      const entry = entries.of(member);
      if (!counted.includes(entry)) {
        entry.closedCount = 0;
        counted.push(entry);
      }
    }
    return { counted: counted.sort(worldwideFirst), worldwide };
  }

  /**
   * Scores the group's keys, in `group.counted` order; the result may be longer than the group
   * (reused: read only its first `counted.length`). Unless `full`, windows too small to be
   * anomalous skip their tail probabilities (`KeyStateModel.score`'s `decisionOnly`).
   */
  private scoreService(service: string, start: number, group: ServiceGroup, basis: PriorBasis, full: boolean): KeyWindowScore[] {
    const counted = group.counted;
    const fresh = this.hooks.onWindowScored !== undefined;
    const scores = fresh ? [] : this.reusedScores;
    // The worldwide key's expectation, which its countries' priors scale (its state does not change until learnt).
    let broader: Expectation | undefined;
    const model = this.states.model;
    for (let i = 0; i < counted.length; i++) {
      const entry = counted[i] as KeyEntry;
      const count = entry.closedCount;
      const at = this.stateOffset(entry, start);
      const values = this.states.values;
      const into = entry.isWorldwide ? this.worldwideExpectation : this.keyExpectation;
      // A key with its own history ignores the prior: most keys, and the prior is a few look-ups.
      const prior = model.needsNoPrior(values, at) ? undefined : this.prior(entry, start, basis, broader);
      const expectation = model.expectation(values, at, start, prior, into);
      if (entry.isWorldwide) broader = expectation;
      scores[i] = model.score(values, at, start, count, expectation, fresh ? blankScore() : (scores[i] ?? blankScore()), !full);
    }
    return scores;
  }

  private decide(service: string, start: number, end: number, group: ServiceGroup, scores: KeyWindowScore[]): Anomaly | undefined {
    let incident = this.incidents.get(service);
    if (!incident && !anyAnomalous(scores, group.counted.length)) return undefined;
    const byCountry = new Map<string, KeyWindowScore>();
    group.counted.forEach((entry, i) => byCountry.set(entry.country, scores[i] as KeyWindowScore));
    const worldwide = group.worldwide;
    const window: ServiceWindow = {
      service,
      start,
      end,
      scores: byCountry,
      symptoms: worldwide?.symptoms ?? new Map(),
      languages: worldwide?.languages ?? new Map(),
      samplePostIds: worldwide?.samplePostIds ?? [],
    };
    const isNew = incident === undefined;
    if (!incident) {
      incident = Incident.open(this.params, this.paramsVersion, window);
      this.incidents.set(service, incident);
    }
    this.dirtyIncidents.add(service);
    const event = incident.advance(window, isNew);
    if (event?.status === 'RESOLVED') this.incidents.delete(service);
    return event;
  }

  private learnService(service: string, start: number, group: ServiceGroup, scores: KeyWindowScore[]): void {
    const members = this.incidents.get(service)?.members;
    const counted = group.counted;
    for (let i = 0; i < counted.length; i++) {
      const entry = counted[i] as KeyEntry;
      const score = scores[i] as KeyWindowScore;
      this.hooks.onWindowScored?.(entry.key, start, score);
      // A key's outage windows do not teach it what normal is; its calm windows during the hold do.
      const outage = score.anomalous || (score.aboveNormal && members !== undefined && members.includes(entry.country));
      const weight = outage ? this.params.anomalousLearnWeight : 1;
      this.states.model.learn(this.states.values, this.states.offsetOf(entry.stateIndex), start, score.count, score.expected, weight);
      if (!entry.dirty) {
        entry.dirty = true;
        this.dirtyKeys.push(entry);
      }
    }
  }

  /** The offset of the entry's state in `states.values`, made empty at `start` if it has none yet (which may replace `values`). */
  private stateOffset(entry: KeyEntry, start: number): number {
    if (entry.stateIndex < 0) this.keyStateMade(entry, this.states.addEmpty(start));
    return this.states.offsetOf(entry.stateIndex);
  }

  private keyStateMade(entry: KeyEntry, index: number): void {
    entry.stateIndex = index;
    this.keyed.push(entry);
  }

  /** What the priors of this window start share (the shares and the partition's history do not change while it is scored). */
  private priorBasis(start: number): PriorBasis {
    return {
      // The shares are as established as the partition's history.
      established: this.lastProcessedStart - this.firstProcessedStart >= this.params.warmUpMs,
      windowSpan: this.decayedWindowSpan(start),
    };
  }

  /**
   * What a broader key suggests for a young key: for `service|country`, the service worldwide
   * times the country's share of all complaints here; for `service|*`, the service's share of
   * the partition's complaint rate. Undefined when there is nothing broader yet. `broader` is
   * the worldwide key's expectation when already known. Written into `into` (read it before
   * the next call).
   */
  private prior(entry: KeyEntry, start: number, basis: PriorBasis, broader?: Expectation, into = this.keyPrior): Prior | undefined {
    const total = this.shares.total;
    if (total <= 0) return undefined;
    if (entry.isWorldwide) {
      into.expected = this.shares.valueOf(entry) / basis.windowSpan;
      into.established = basis.established;
      return into;
    }
    const worldwide = entry.worldwide.stateIndex;
    if (worldwide < 0) return undefined;
    const { expected, established } =
      broader ??
      this.states.model.expectation(
        this.states.values,
        this.states.offsetOf(worldwide),
        start,
        this.prior(entry.worldwide, start, basis, undefined, this.worldwidePrior),
        this.worldwidePriorExpectation,
      );
    into.expected = expected * (this.shares.valueOf(entry) / total);
    into.established = established;
    return into;
  }

  /**
   * How many windows the decayed share sums hold: the sum over elapsed windows of their decay,
   * (1 − 2^(−elapsed/h)) / (1 − 2^(−size/h)). Dividing a sum by it gives a mean per window,
   * right from the first day (dividing by the steady-state span alone would read a young
   * partition's rates as a fraction of what they are).
   */
  private decayedWindowSpan(start: number): number {
    const { windowSizeMs, countryShareHalfLifeMs } = this.params;
    const elapsed = Math.max(0, start - this.firstProcessedStart) + windowSizeMs;
    return (1 - Math.pow(2, -elapsed / countryShareHalfLifeMs)) / this.windowShareRate;
  }

  /**
   * Decays the share sums to `start` and adds its windows' counts, in key-name order: the
   * order the sums were always added in, which their last bits depend on.
   */
  private updateShares(start: number, services: readonly ServiceEntries[], windows: OpenStart<KeyEntry> | undefined): void {
    const decay = Math.pow(2, -Math.max(0, start - this.shares.at) / this.params.countryShareHalfLifeMs);
    if (decay < 1) {
      this.shares.decay(decay);
      this.shares.at = start;
    }
    if (!this.entries.keyNamesSortByService) {
      for (const entry of [...(windows?.keys ?? [])].sort(byKeyName)) this.shares.add(entry, entry.closedCount);
      return;
    }
    // Key names sort by service (+ '|'), then country: the order of `closed`.
    for (const entries of [...services].sort((a, b) => a.keyNameRank - b.keyNameRank)) {
      for (const entry of entries.closed) this.shares.add(entry, entry.closedCount);
    }
  }
}

const NO_EVENTS: readonly Anomaly[] = Object.freeze([]);
/** No key number: a complaint without a country counts under its service's worldwide key alone. */
const NO_KEY = -1;

function anyAnomalous(scores: readonly KeyWindowScore[], count: number): boolean {
  for (let i = 0; i < count; i++) if ((scores[i] as KeyWindowScore).anomalous) return true;
  return false;
}

/** Below this length `sortSmall` sorts by insertion: `Array.prototype.sort` allocates a work array on every call. */
const INSERTION_SORT_MAX = 32;

/** Sorts in place (stable); most of a start's per-service lists are short and sorted on each of ~400 services. */
function sortSmall<T>(items: T[], compare: (a: T, b: T) => number): void {
  if (items.length > INSERTION_SORT_MAX) {
    items.sort(compare);
    return;
  }
  for (let i = 1; i < items.length; i++) {
    const item = items[i] as T;
    let j = i - 1;
    for (; j >= 0 && compare(items[j] as T, item) > 0; j--) items[j + 1] = items[j] as T;
    items[j + 1] = item;
  }
}

/** The worldwide key first, then countries in code-unit order. */
function worldwideFirst(a: KeyEntry, b: KeyEntry): number {
  return a.isWorldwide ? -1 : b.isWorldwide ? 1 : a.country < b.country ? -1 : 1;
}

function byKeyName(a: KeyEntry, b: KeyEntry): number {
  return codeUnitOrder(a.key, b.key);
}
