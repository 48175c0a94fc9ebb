/**
 * The partition's cold-start shares: decayed sums of distinct authors per closed window, in
 * all, per country and per service. Each sum is a cell that the keys' entries point to once
 * they have added to it, so a closed window adds its count without a lookup by name.
 */
import type { KeyEntry } from './key-entries.js';

/** The shares as a snapshot keeps them. */
export interface ShareSums {
  /** Time the sums were last decayed to. */
  at: number;
  total: number;
  byCountry: Record<string, number>;
  byService: Record<string, number>;
}

/** One decayed sum. */
export interface ShareCell {
  value: number;
}

export class Shares {
  private constructor(
    /** Time the sums were last decayed to. */
    public at: number,
    public total: number,
    /** In the order they were first added to (a snapshot's, then new ones). */
    private readonly byCountry: Map<string, ShareCell>,
    private readonly byService: Map<string, ShareCell>,
  ) {}

  static restore(sums: ShareSums): Shares {
    return new Shares(sums.at, sums.total, cellsOf(sums.byCountry), cellsOf(sums.byService));
  }

  snapshot(): ShareSums {
    return { at: this.at, total: this.total, byCountry: recordOf(this.byCountry), byService: recordOf(this.byService) };
  }

  /** The key's sum (its service's for the worldwide key, its country's otherwise); 0 when nothing was added yet. */
  valueOf(entry: KeyEntry): number {
    return this.existingCell(entry)?.value ?? 0;
  }

  /** Multiplies every sum by `decay`. */
  decay(decay: number): void {
    this.total *= decay;
    for (const cell of this.byCountry.values()) cell.value *= decay;
    for (const cell of this.byService.values()) cell.value *= decay;
  }

  /** Adds a closed window's count: a worldwide key's to the total and its service, a country key's to its country. */
  add(entry: KeyEntry, count: number): void {
    if (entry.isWorldwide) this.total += count;
    const cell = this.existingCell(entry) ?? this.newCell(entry);
    cell.value += count;
  }

  private existingCell(entry: KeyEntry): ShareCell | undefined {
    if (entry.share === undefined) entry.share = this.cellsFor(entry).get(this.nameFor(entry));
    return entry.share;
  }

  private newCell(entry: KeyEntry): ShareCell {
    const cell = { value: 0 };
    this.cellsFor(entry).set(this.nameFor(entry), cell);
    entry.share = cell;
    return cell;
  }

  private cellsFor(entry: KeyEntry): Map<string, ShareCell> {
    return entry.isWorldwide ? this.byService : this.byCountry;
  }

  private nameFor(entry: KeyEntry): string {
    return entry.isWorldwide ? entry.service : entry.country;
  }
}

function cellsOf(record: Record<string, number>): Map<string, ShareCell> {
  return new Map(Object.entries(record).map(([name, value]) => [name, { value }]));
}

function recordOf(cells: Map<string, ShareCell>): Record<string, number> {
  const record: Record<string, number> = {};
  for (const [name, cell] of cells) record[name] = cell.value;
  return record;
}
