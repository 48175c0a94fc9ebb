/**
 * `spike incidents [--all] [--service S] [--country C] [--json]`: what is broken right now. Reads
 * `anomalies` from its beginning to its current end, keeps each incident's latest event, prints
 * the incidents not yet RESOLVED (with --all, every incident) one line each, as `spike watch`
 * prints events, and exits: for a status page starting up, a newsroom's "what is down?", a
 * script. `spike watch` follows new events; this answers once.
 */
import type { Command } from 'commander';
import { createKafka, createLogger, loadConfig, readToEnd, wireFormatFor } from '@spike/runtime';
import type { Anomaly } from '@spike/schemas';
import { formatAnomaly, matchesFilter, withIncidentFilter, type WatchFilter } from './watch.js';

/** Each incident's latest event (events of one incident share a partition, so their order is the topic's). */
export function latestByIncident(events: Iterable<Anomaly>): Map<string, Anomaly> {
  const latest = new Map<string, Anomaly>();
  for (const event of events) latest.set(event.incident_id, event);
  return latest;
}

/** The incidents to show, oldest start first: those not RESOLVED unless `all`, within the filter. */
export function incidentsToShow(latest: ReadonlyMap<string, Anomaly>, filter: WatchFilter & { all?: boolean }): Anomaly[] {
  return [...latest.values()]
    .filter((e) => (filter.all || e.status !== 'RESOLVED') && matchesFilter(e, filter))
    .sort((a, b) => a.started_at - b.started_at || a.incident_id.localeCompare(b.incident_id));
}

export function registerIncidents(program: Command): void {
  withIncidentFilter(program.command('incidents'))
    .description('print the incidents open now (latest event of each), read from the anomalies topic, and exit')
    .option('--all', 'every incident on the topic, resolved ones included')
    .option('--json', 'print each incident as its latest event, one JSON line')
    .action(async (options: WatchFilter & { all?: boolean; json?: boolean }) => {
      const config = loadConfig();
      // Logs on stderr: stdout carries only the incidents (`--json | jq` must parse every line).
      const log = createLogger({ level: config.logLevel, name: 'incidents', destination: process.stderr });
      const wire = wireFormatFor(config);
      await wire.init();
      const events: Anomaly[] = [];
      await readToEnd(createKafka(config.kafka, 'incidents', log), {
        topic: config.topics.anomalies,
        groupPrefix: config.kafka.groupPrefix,
        purpose: 'incidents',
        onRecord: async (partition, message) => {
          if (!message.value) return;
          try {
            events.push(await wire.decode('Anomaly', message.value));
          } catch (error) {
            log.error(
              { topic: config.topics.anomalies, partition, offset: message.offset, err: error },
              'undecodable anomaly record skipped',
            );
          }
        },
      });
      const shown = incidentsToShow(latestByIncident(events), options);
      for (const event of shown) console.log(options.json ? JSON.stringify(event) : formatAnomaly(event));
      if (!options.json) console.error(`${shown.length} ${options.all ? 'incidents' : 'open incidents'}`);
    });
}
