/** The demo's closing screen: what went through the pipeline, the incidents, and how they compare with the scenario's labels. */
import { compactStatuses, judgeLabels, summariseIncidents, type IncidentLabel, type IncidentSummary } from '@spike/backtest';
import type { Anomaly } from '@spike/schemas';

export interface DemoOutcome {
  scenario: string;
  posts: number;
  badPosts: number;
  wallMs: number;
  events: Anomaly[];
  labels: IncidentLabel[];
  anomaliesTopic: string;
  logsDir: string;
}

const hhmm = (ms: number) => `${new Date(ms).toISOString().slice(11, 16)}Z`;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Countries listed per incident line before the rest are only counted. */
const MAX_COUNTRIES_SHOWN = 14;

function incidentLine(incident: IncidentSummary): string {
  const countries =
    incident.countries.length > MAX_COUNTRIES_SHOWN
      ? `${incident.countries.slice(0, MAX_COUNTRIES_SHOWN).join(',')},+${incident.countries.length - MAX_COUNTRIES_SHOWN}`
      : incident.countries.join(',');
  const until = incident.resolvedAt === undefined ? 'still open' : hhmm(incident.resolvedAt);
  return [
    `  ${incident.service.padEnd(12)}`,
    `${day(incident.openedAt)} ${hhmm(incident.openedAt)}–${until}`.padEnd(25),
    countries.padEnd(42),
    `peak ${incident.peakCount}`.padEnd(10),
    `symptom ${incident.topSymptom ?? '-'}`.padEnd(22),
    compactStatuses(incident.statuses),
  ].join(' ');
}

export function formatDemoSummary(outcome: DemoOutcome): string {
  const incidents = summariseIncidents(outcome.events);
  const { results, falseAlarms } = judgeLabels(outcome.labels, incidents);
  const seconds = (outcome.wallMs / 1000).toFixed(0);
  const lines = [
    '',
    `Demo over in ${seconds} s: ${outcome.posts.toLocaleString('en')} posts of scenario ${outcome.scenario} replayed${outcome.badPosts ? ` (${outcome.badPosts} bad, skipped)` : ''}.`,
    '',
    incidents.length === 0 ? 'No incidents.' : `Incidents (${incidents.length}):`,
    ...incidents.map(incidentLine),
    '',
  ];
  if (results.length > 0) {
    lines.push("Against the scenario's labels:");
    for (const result of results) {
      const { label } = result;
      const verdict = result.detected
        ? `detected ${result.delayMinutes} min after its start; countries found ${result.countriesFound.join(',') || '-'}${result.countriesMissed.length ? `, missed ${result.countriesMissed.join(',')}` : ''}`
        : 'NOT detected';
      lines.push(
        `  ${label.service} ${hhmm(Date.parse(label.start))}–${hhmm(Date.parse(label.end))} ${label.countries.join(',')}: ${verdict}`,
      );
    }
    lines.push(`  false alarms: ${falseAlarms.length}`, '');
  }
  lines.push(`Events are on topic ${outcome.anomaliesTopic}; worker logs in ${outcome.logsDir}.`);
  return lines.join('\n');
}
