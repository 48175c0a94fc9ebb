/**
 * `spike replay`: historical posts from a file into posts.raw, with their original times as
 * message timestamps, as fast as possible or N times real time. Wires the file reader, the
 * Kafka sink and the progress view around `replayPosts`; the work is in src/replay/.
 */
import { Option, type Command } from 'commander';
import { createLogger, loadConfig } from '@spike/runtime';
import { connectKafkaPostSink, retentionWarning } from '../replay/kafka-sink.js';
import type { ReplaySpeed } from '../replay/pacing.js';
import { ReplayProgress, summaryText, type ReplaySummary } from '../replay/progress.js';
import { createProgressView } from '../replay/progress-view.js';
import { INPUT_FORMATS, openPostSource, type InputFormat } from '../replay/readers.js';
import { replayPosts } from '../replay/replay.js';

/** Bad lines reported one by one before the rest are only counted (a broken file must not flood the terminal). */
export const MAX_REPORTED_BAD_ITEMS = 100;

/** Exit codes: 0 sent (bad lines only warned about), 1 nothing sent or a failure, 128 + signal when interrupted. */
export const EXIT = { ok: 0, failed: 1, SIGINT: 130, SIGTERM: 143 } as const;

interface ReplayCliOptions {
  input?: string;
  format?: InputFormat;
  speed?: number;
  max?: boolean;
  topic?: string;
  ordered?: boolean;
}

function positiveNumber(text: string): number {
  const value = Number(text);
  if (!(value > 0) || !Number.isFinite(value)) throw new Error(`--speed takes a positive number (times real time), got ${text}`);
  return value;
}

/** The exit code of a finished replay (see EXIT). */
export function exitCodeOf(summary: ReplaySummary, signal: NodeJS.Signals | undefined): number {
  if (summary.interrupted) return signal === 'SIGTERM' ? EXIT.SIGTERM : EXIT.SIGINT;
  return summary.posts > 0 ? EXIT.ok : EXIT.failed;
}

/** First SIGINT/SIGTERM aborts the replay (what was read is still sent); a second exits at once. */
function abortOnSignals(abort: AbortController): { received: () => NodeJS.Signals | undefined; remove: () => void } {
  let received: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (received) process.exit(EXIT.failed);
    received = signal;
    console.error(`spike replay: ${signal}: sending what was read, then stopping (again to quit at once)`);
    abort.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    received: () => received,
    remove: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

export function registerReplay(program: Command): void {
  program
    .command('replay')
    .description(
      'publish posts from a JSONL, CSV or Avro file to posts.raw as SocialPost records keyed by post id, with created_at as the message timestamp',
    )
    .option('--input <file>', 'posts file: .jsonl/.ndjson/.json, .csv (header row) or .avro (container); "-" or none: stdin')
    .addOption(new Option('--format <format>', 'input format (default: from the extension; JSONL for stdin)').choices(INPUT_FORMATS))
    .addOption(new Option('--speed <N>', 'send at N times real time (event time)').argParser(positiveNumber).conflicts('max'))
    .option('--max', 'send as fast as the broker takes them (the default)')
    .option('--topic <name>', 'topic to publish to (default: TOPIC_POSTS_RAW, posts.raw); it must exist')
    .option('--ordered', 'send every post to partition 0, one batch at a time, so the workers see them in file order (see below)')
    .addHelpText(
      'after',
      `
Input fields are those of spec/labelled-posts.md (id, text, created_at as ISO 8601 with a zone,
lang, author_location, geo_country, platform) plus an optional author_id; other fields are
ignored. Platform names outside the Platform enum become "other" ("twitter" becomes "x").
A line that is not JSON, not a valid post or without a readable created_at is reported
with its number (the first ${MAX_REPORTED_BAD_ITEMS}), skipped and counted.

Exit codes: 0 every readable post was sent (bad lines are only counted); 1 nothing could be
sent, the input cannot be read, the topic is missing or Kafka failed; 130/143 interrupted by
SIGINT/SIGTERM (what was read is sent first).

Order: Kafka keeps order only within a partition. Replaying history faster than real time
over several partitions, the classifier reads them unevenly and complaints reach the detector
hours of event time out of order, far beyond its allowed lateness (late complaints are
dropped). For a backtest through Kafka give --ordered: one partition, file order kept.`,
    )
    .action(async (options: ReplayCliOptions) => {
      const config = loadConfig();
      const log = createLogger({ level: config.logLevel, name: 'replay', destination: process.stderr });
      const speed: ReplaySpeed = options.speed ?? 'max';
      const source = await openPostSource(options.input, options.format);
      const target = await connectKafkaPostSink({
        config,
        log,
        ...(options.topic ? { topic: options.topic } : {}),
        ...(options.ordered ? { partition: 0 } : {}),
      }).catch((error: unknown) => {
        source.close();
        throw error;
      });
      const abort = new AbortController();
      const signals = abortOnSignals(abort);
      const progress = new ReplayProgress(Date.now());
      const view = createProgressView(() => progress.snapshot(Date.now(), source.bytesRead(), source.totalBytes));
      let reported = 0;
      const onBadItem = ({ lineNumber, error }: { lineNumber: number; error: string }) => {
        if (++reported <= MAX_REPORTED_BAD_ITEMS) view.note(`spike replay: ${source.unit} ${lineNumber} skipped: ${error}`);
        if (reported === MAX_REPORTED_BAD_ITEMS + 1) view.note(`spike replay: more bad ${source.unit}s: counted, no longer listed`);
      };
      let summary: ReplaySummary;
      try {
        // Ordered: one batch in flight, so a retried batch cannot overtake the next.
        const maxInFlight = options.ordered ? 1 : undefined;
        summary = await replayPosts({
          source,
          sink: target.sink,
          speed,
          signal: abort.signal,
          progress,
          onBadItem,
          ...(maxInFlight ? { maxInFlight } : {}),
        });
      } catch (error) {
        view.stop();
        console.log(summaryText(progress.summary(Date.now(), abort.signal.aborted), source.unit));
        throw error;
      } finally {
        signals.remove();
        await target.close();
      }
      view.stop();
      console.log(summaryText(summary, source.unit));
      if (summary.bad > 0) console.error(`spike replay: warning: ${summary.bad} bad ${source.unit}(s) skipped`);
      const retention = retentionWarning(summary.firstEventMs, target.retentionMs, Date.now());
      if (retention) console.error(`spike replay: warning: ${retention}`);
      if (summary.posts === 0 && !summary.interrupted) console.error('spike replay: no post could be sent');
      process.exitCode = exitCodeOf(summary, signals.received());
    });
}
