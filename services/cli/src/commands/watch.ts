/**
 * `spike watch [--service S] [--country C] [--json] [--from-beginning]`: subscribes to
 * `anomalies` and prints each incident event as a line a person can read (or the record as
 * JSON). Each run is its own consumer group, so watching never takes events from a worker
 * or another watcher. Ctrl-C stops it.
 */
import { randomUUID } from 'node:crypto';
import type { Command } from 'commander';
import { createKafka, createLogger, exitOnSignals, loadConfig, wireFormatFor } from '@spike/runtime';
import type { Anomaly } from '@spike/schemas';
import { largestShare } from '@spike/detector';

export interface WatchFilter {
  service?: string;
  country?: string;
}

/** The `--service` and `--country` options of the commands that read incidents (watch, notify, incidents), read by `matchesFilter`. */
export function withIncidentFilter(command: Command): Command {
  return command
    .option('--service <id>', 'only this service id (e.g. whatsapp)')
    .option('--country <cc>', 'only incidents that list this ISO 3166-1 alpha-2 country');
}

export function matchesFilter(event: Anomaly, filter: WatchFilter): boolean {
  if (filter.service && event.service !== filter.service.toLowerCase()) return false;
  if (filter.country && !event.countries.includes(filter.country.toUpperCase())) return false;
  return true;
}

const minuteOf = (ms: number) => `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')}Z`;

function topShare(shares: Record<string, number>): string {
  const top = largestShare(shares);
  return top ? `${top[0]} ${Math.round(top[1] * 100)}%` : '-';
}

/** One readable line: when, status, service, countries, observed vs expected, since when, what fails. */
export function formatAnomaly(e: Anomaly): string {
  const countries = e.countries.join(',') === '*' ? 'worldwide' : e.countries.join(',');
  return [
    minuteOf(e.window_start),
    e.status.padEnd(10),
    e.service,
    countries,
    `${e.observed} complaining vs ${e.expected.toFixed(1)} expected`,
    `score ${e.score.toFixed(2)}`,
    `since ${minuteOf(e.started_at)}`,
    `peak ${e.peak_count} at ${minuteOf(e.peak_at).slice(11)}`,
    `symptom ${topShare(e.symptom_shares)}`,
    `lang ${topShare(e.language_shares)}`,
    `[${e.incident_id}]`,
  ].join('  ');
}

export function registerWatch(program: Command): void {
  withIncidentFilter(program.command('watch'))
    .description('print incident events from the anomalies topic as they arrive')
    .option('--json', 'print each event as one JSON line instead')
    .option('--from-beginning', 'also print the events already on the topic')
    .action(async (options: WatchFilter & { json?: boolean; fromBeginning?: boolean }) => {
      const config = loadConfig();
      // Logs on stderr: stdout carries only the events (`--json | jq` must parse every line).
      const log = createLogger({ level: config.logLevel, name: 'watch', destination: process.stderr });
      const wire = wireFormatFor(config);
      await wire.init();
      const consumer = createKafka(config.kafka, 'watch', log).consumer({ groupId: `${config.kafka.groupPrefix}-watch-${randomUUID()}` });
      await consumer.connect();
      await consumer.subscribe({ topics: [config.topics.anomalies], fromBeginning: options.fromBeginning ?? false });
      exitOnSignals(() => consumer.disconnect(), log);
      await consumer.run({
        eachMessage: async ({ message }) => {
          if (!message.value) return;
          const event = await wire.decode('Anomaly', message.value);
          if (!matchesFilter(event, options)) return;
          console.log(options.json ? JSON.stringify(event) : formatAnomaly(event));
        },
      });
      // The consumer keeps the process alive until a signal stops it.
    });
}
