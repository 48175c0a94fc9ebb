/**
 * The bars a built-in scenario's backtest must clear (issue 5): every labelled incident
 * detected, median delay ≤ 2 minutes and none later than 5; at most 1 false alarm per 100
 * key-days on a scenario without incidents; and for the 2022 WhatsApp outage one multi-country
 * incident naming IN, PK, IT, TR and GB, messages its top symptom, RECOVERING before RESOLVED.
 */
import type { BacktestReport } from './report.js';

export const BARS = {
  medianDelayMinutes: 2,
  maxDelayMinutes: 5,
  falseAlarmsPerHundredKeyDays: 1,
  whatsapp2022Countries: ['IN', 'PK', 'IT', 'TR', 'GB'],
} as const;

/** What misses a bar, in words; empty when the report clears them all. */
export function missedBars(scenario: string, report: BacktestReport): string[] {
  const missed: string[] = [];
  for (const result of report.labels) {
    if (!result.detected) missed.push(`${result.label.service} ${result.label.start} not detected`);
  }
  const { medianMinutes, maxMinutes } = report.delays;
  if (medianMinutes !== null && medianMinutes > BARS.medianDelayMinutes)
    missed.push(`median delay ${medianMinutes} min > ${BARS.medianDelayMinutes}`);
  if (maxMinutes !== null && maxMinutes > BARS.maxDelayMinutes) missed.push(`a delay of ${maxMinutes} min > ${BARS.maxDelayMinutes}`);
  const rate = report.falseAlarms.perHundredKeyDays;
  if (report.labels.length === 0 && rate !== null && rate > BARS.falseAlarmsPerHundredKeyDays)
    missed.push(`${rate} false alarms per 100 key-days > ${BARS.falseAlarmsPerHundredKeyDays}`);
  if (scenario === 'whatsapp-2022-10-25') missed.push(...whatsapp2022Missed(report));
  return missed;
}

function whatsapp2022Missed(report: BacktestReport): string[] {
  const result = report.labels.find((r) => r.label.service === 'whatsapp');
  if (!result?.detected) return [];
  const missed: string[] = [];
  if (result.incidentIds.length !== 1) missed.push(`whatsapp came out as ${result.incidentIds.length} incidents, not one`);
  const absent = BARS.whatsapp2022Countries.filter((country) => !result.countriesFound.includes(country));
  if (absent.length > 0) missed.push(`whatsapp incident does not name ${absent.join(', ')}`);
  if (result.topSymptom !== 'messages') missed.push(`whatsapp top symptom is ${result.topSymptom}, not messages`);
  const recovering = result.statuses.indexOf('RECOVERING');
  const resolved = result.statuses.lastIndexOf('RESOLVED');
  if (recovering < 0 || resolved < recovering) missed.push('whatsapp incident does not go RECOVERING before RESOLVED');
  return missed;
}
