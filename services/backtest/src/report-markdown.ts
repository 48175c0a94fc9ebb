/** report.md: the backtest report for people, one screen of tables. */
import type { BacktestReport, LabelResult } from './report.js';

export function formatReportMarkdown(report: BacktestReport, charts: { key: string; file: string }[] = []): string {
  const { input, incidents, delays, falseAlarms } = report;
  const lines = [
    '# Backtest report',
    '',
    `Input: ${input.posts} posts (${input.badLines} unreadable lines and ${input.invalidPosts} invalid posts skipped), ${input.complaints} complaints (${input.lateComplaints} late, dropped), ${input.from ?? '—'} to ${input.to ?? '—'}. Detector parameters ${report.paramsVersion ?? '—'}.`,
    '',
    '| measure | value |',
    '| --- | --- |',
    `| labelled incidents detected (recall) | ${report.labels.filter((l) => l.detected).length} / ${report.labels.length} (${percent(report.recall)}) |`,
    `| incidents matching a label (precision) | ${incidents.matched} / ${incidents.total} (${percent(incidents.precision)}) |`,
    `| delay to OPEN, median / max | ${minutes(delays.medianMinutes)} / ${minutes(delays.maxMinutes)} |`,
    `| false alarms per 100 key-days | ${falseAlarms.perHundredKeyDays ?? '—'} (${falseAlarms.total} over ${falseAlarms.keyDays} key-days, ${falseAlarms.keys} keys) |`,
    '',
  ];
  if (report.labels.length > 0) {
    lines.push(
      '## Labelled incidents',
      '',
      '| service | labelled | detected | delay | countries found | missed | extra | lifecycle | top symptom |',
    );
    lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const result of report.labels) lines.push(labelRow(result));
    lines.push('');
  }
  lines.push('## False alarms by key', '');
  if (falseAlarms.byKey.length === 0) lines.push('None.', '');
  else {
    lines.push('| key | false alarms | incidents |', '| --- | --- | --- |');
    for (const key of falseAlarms.byKey.slice(0, 20))
      lines.push(
        `| ${cell(key.key)} | ${key.falseAlarms} | ${key.incidentIds.slice(0, 3).join(', ')}${key.incidentIds.length > 3 ? ', …' : ''} |`,
      );
    if (falseAlarms.byKey.length > 20) lines.push('', `…and ${falseAlarms.byKey.length - 20} more keys (report.json has them all).`);
    lines.push('');
  }
  if (charts.length > 0) {
    lines.push('## Observed vs expected', '');
    for (const chart of charts) lines.push(`### ${chart.key}`, '', `![${cell(chart.key)}](${chart.file})`, '');
  }
  return lines.join('\n');
}

function labelRow(result: LabelResult): string {
  const { label } = result;
  const cells = [
    label.service,
    `${label.countries.join(' ')} ${label.start} – ${label.end}`,
    result.detected ? 'yes' : '**no**',
    minutes(result.delayMinutes),
    result.countriesFound.join(' ') || '—',
    result.countriesMissed.join(' ') || '—',
    result.countriesExtra.join(' ') || '—',
    compactStatuses(result.statuses) || '—',
    result.topSymptom ?? '—',
  ];
  return `| ${cells.join(' | ')} |`;
}

/** OPEN, UPDATE×7, RECOVERING, RESOLVED: runs of one status folded. */
export function compactStatuses(statuses: string[]): string {
  const runs: { status: string; count: number }[] = [];
  for (const status of statuses) {
    const last = runs.at(-1);
    if (last && last.status === status) last.count++;
    else runs.push({ status, count: 1 });
  }
  return runs.map((r) => (r.count > 1 ? `${r.status}×${r.count}` : r.status)).join(' → ');
}

/** Markdown table cells end at a bare pipe: whatsapp|IN must be whatsapp\\|IN. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function percent(value: number | null): string {
  return value === null ? '—' : `${(100 * value).toFixed(1)}%`;
}

function minutes(value: number | null): string {
  return value === null ? '—' : `${value} min`;
}
