/**
 * Showing a replay's progress on stderr: a cli-progress bar on a terminal (share of the file
 * read, posts, posts/s, event time reached, ETA), else one plain line every few seconds and
 * at the end, so logs and CI output stay readable. Bad-line reports go above the bar.
 */
import cliProgress from 'cli-progress';
import { formatDuration, formatEventTime, progressLine, type ProgressSnapshot } from './progress.js';

/** How often a plain progress line is printed when stderr is not a terminal, ms. */
export const PLAIN_LINE_INTERVAL_MS = 5_000;
/** How often the bar is refreshed, ms. */
const BAR_REFRESH_MS = 200;

export interface ProgressView {
  /** A message (a bad line) printed without breaking the bar. */
  note(message: string): void;
  /** Prints the last state and releases the terminal and timers. */
  stop(): void;
}

/** `label` names the command whose progress it is (replay, backtest). */
export function createProgressView(
  snapshot: () => ProgressSnapshot,
  stream: NodeJS.WriteStream = process.stderr,
  label = 'replay',
): ProgressView {
  return stream.isTTY ? barView(snapshot, stream, label) : plainView(snapshot, stream, label);
}

function barPayload(p: ProgressSnapshot) {
  return {
    posts: p.posts.toLocaleString('en'),
    rate: Math.round(p.postsPerSecond).toLocaleString('en'),
    event: formatEventTime(p.eventTimeMs),
    left: p.etaMs === undefined ? '?' : formatDuration(p.etaMs), // not `eta`: cli-progress fills that token itself
    bad: p.bad,
  };
}

function barView(snapshot: () => ProgressSnapshot, stream: NodeJS.WriteStream, label: string): ProgressView {
  const first = snapshot();
  const known = first.fraction !== undefined;
  const bars = new cliProgress.MultiBar({
    stream,
    format: `${label} ${known ? '[{bar}] {percentage}% | ' : ''}{posts} posts | {rate} posts/s | event time {event} | ETA {left} | {bad} bad`,
    hideCursor: true,
    barsize: 24,
  });
  const bar = bars.create(1000, 0, barPayload(first));
  const refresh = () => {
    const p = snapshot();
    bar.update(Math.round((p.fraction ?? 0) * 1000), barPayload(p));
  };
  const timer = setInterval(refresh, BAR_REFRESH_MS);
  timer.unref();
  return {
    note: (message) => bars.log(`${message}\n`),
    stop() {
      clearInterval(timer);
      refresh();
      bars.stop();
    },
  };
}

function plainView(snapshot: () => ProgressSnapshot, stream: NodeJS.WritableStream, label: string): ProgressView {
  const timer = setInterval(() => stream.write(`${label}: ${progressLine(snapshot())}\n`), PLAIN_LINE_INTERVAL_MS);
  timer.unref();
  return {
    note: (message) => stream.write(`${message}\n`),
    stop() {
      clearInterval(timer);
      stream.write(`${label}: ${progressLine(snapshot())}\n`);
    },
  };
}
