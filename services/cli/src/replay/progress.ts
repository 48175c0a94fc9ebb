/**
 * Progress of a replay: posts acknowledged, bad lines, the rate, the event time reached and an
 * ETA. Pure: every wall time comes in as an argument.
 *
 * ETA: the end of the file's event time is not known until it is read, so the ETA comes from
 * the share of the input's bytes read so far (elapsed × unread / read). It assumes an even
 * pace through the file, which holds for --max and roughly for --speed on evenly spread posts;
 * reading from a pipe there is no size, and no ETA.
 */
import type { SocialPost } from '@spike/schemas';

/** The posts/s shown live is over this much recent wall time, ms (the summary gives the whole run's). */
export const RATE_WINDOW_MS = 5_000;

export interface ProgressSnapshot {
  /** Posts the broker has acknowledged. */
  posts: number;
  /** Lines (or Avro records) skipped as bad. */
  bad: number;
  /** Posts per second over the last RATE_WINDOW_MS. */
  postsPerSecond: number;
  /** Event time of the latest acknowledged post, ms, or undefined before the first. */
  eventTimeMs: number | undefined;
  /** Share of the input read, 0..1, or undefined when its size is unknown. */
  fraction: number | undefined;
  /** Estimated wall time left, ms, or undefined when it cannot be estimated yet. */
  etaMs: number | undefined;
  elapsedMs: number;
}

export interface ReplaySummary {
  posts: number;
  bad: number;
  /** Earliest and latest event time sent, ms; undefined when nothing was sent. */
  firstEventMs: number | undefined;
  lastEventMs: number | undefined;
  wallMs: number;
  /** posts / wall seconds over the whole run. */
  postsPerSecond: number;
  /** True when a signal (or the caller's abort) stopped the replay before the end of the input. */
  interrupted: boolean;
}

export class ReplayProgress {
  private posts = 0;
  private bad = 0;
  private eventTimeMs: number | undefined;
  private firstEventMs: number | undefined;
  private lastEventMs: number | undefined;
  /** (wall ms, posts) points of the recent past for the live rate; the oldest is the window's start. */
  private readonly samples: { atMs: number; posts: number }[] = [];

  constructor(readonly startMs: number) {
    this.samples.push({ atMs: startMs, posts: 0 });
  }

  /** A batch the broker acknowledged, in the order it was read. */
  sent(batch: readonly SocialPost[], nowMs: number): void {
    for (const post of batch) {
      if (this.firstEventMs === undefined || post.created_at < this.firstEventMs) this.firstEventMs = post.created_at;
      if (this.lastEventMs === undefined || post.created_at > this.lastEventMs) this.lastEventMs = post.created_at;
    }
    this.posts += batch.length;
    if (batch.length > 0) this.eventTimeMs = (batch.at(-1) as SocialPost).created_at;
    this.samples.push({ atMs: nowMs, posts: this.posts });
    // Keep one point at or before the window's start so the rate spans the whole window.
    while (this.samples.length > 2 && (this.samples[1] as { atMs: number }).atMs <= nowMs - RATE_WINDOW_MS) this.samples.shift();
  }

  skipped(): void {
    this.bad++;
  }

  snapshot(nowMs: number, bytesRead?: number, totalBytes?: number): ProgressSnapshot {
    const elapsedMs = nowMs - this.startMs;
    const oldest = this.samples[0] as { atMs: number; posts: number };
    const spanMs = nowMs - oldest.atMs;
    const fraction = totalBytes && bytesRead !== undefined ? Math.min(1, bytesRead / totalBytes) : totalBytes === 0 ? 1 : undefined;
    return {
      posts: this.posts,
      bad: this.bad,
      postsPerSecond: spanMs > 0 ? ((this.posts - oldest.posts) * 1000) / spanMs : 0,
      eventTimeMs: this.eventTimeMs,
      fraction,
      etaMs: etaMs(elapsedMs, fraction),
      elapsedMs,
    };
  }

  summary(nowMs: number, interrupted: boolean): ReplaySummary {
    const wallMs = nowMs - this.startMs;
    return {
      posts: this.posts,
      bad: this.bad,
      firstEventMs: this.firstEventMs,
      lastEventMs: this.lastEventMs,
      wallMs,
      postsPerSecond: wallMs > 0 ? (this.posts * 1000) / wallMs : 0,
      interrupted,
    };
  }
}

/** Time left at the pace so far: elapsed × (1 − f) / f; undefined before anything was read or when the size is unknown. */
export function etaMs(elapsedMs: number, fraction: number | undefined): number | undefined {
  if (fraction === undefined || fraction <= 0) return undefined;
  return (elapsedMs * (1 - fraction)) / fraction;
}

/** 3723000 → "1h02m03s"; 42000 → "42s". */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h}h${String(m).padStart(2, '0')}m${String(s).padStart(2, '0')}s`;
  if (m > 0) return `${m}m${String(s).padStart(2, '0')}s`;
  return `${s}s`;
}

/** An event time as ISO 8601 to the second, or "-" before there is one. */
export function formatEventTime(ms: number | undefined): string {
  return ms === undefined ? '-' : new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** One plain progress line, for logs and pipes. */
export function progressLine(p: ProgressSnapshot): string {
  const parts = [
    `${p.posts} posts`,
    `${p.bad} bad`,
    `${Math.round(p.postsPerSecond)} posts/s`,
    `event time ${formatEventTime(p.eventTimeMs)}`,
  ];
  if (p.fraction !== undefined) parts.push(`${Math.floor(p.fraction * 100)}% read`);
  parts.push(`ETA ${p.etaMs === undefined ? '?' : formatDuration(p.etaMs)}`);
  return parts.join(', ');
}

/** The closing summary, several lines. */
export function summaryText(s: ReplaySummary, unit: 'line' | 'record'): string {
  return [
    `replay ${s.interrupted ? 'interrupted' : 'done'}: ${s.posts} posts sent, ${s.bad} bad ${unit}s skipped`,
    `  event time ${formatEventTime(s.firstEventMs)} .. ${formatEventTime(s.lastEventMs)}`,
    `  wall time ${(s.wallMs / 1000).toFixed(1)} s, ${Math.round(s.postsPerSecond)} posts/s`,
  ].join('\n');
}
