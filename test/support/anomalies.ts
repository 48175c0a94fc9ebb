/** Anomaly events for the subscribers' tests (notify, incidents): the fields a test varies, the rest fixed. */
import type { Anomaly } from '@spike/schemas';

const MINUTE = 60_000;
const FIRST_START = Date.UTC(2024, 2, 14, 19, 30);

/** An event of `incident` that started `startMinute` minutes after a fixed time, scoring the window `minute` minutes after its start. */
export function incidentEvent(
  incident: string,
  service: string,
  status: Anomaly['status'],
  at: { startMinute?: number; minute?: number } = {},
): Anomaly {
  const start = FIRST_START + (at.startMinute ?? 0) * MINUTE;
  const windowStart = start + (at.minute ?? 0) * MINUTE;
  return {
    incident_id: incident,
    status,
    service,
    countries: ['IN'],
    window_start: windowStart,
    window_end: windowStart + MINUTE,
    observed: 40,
    expected: 0.5,
    score: 0.95,
    started_at: start,
    peak_count: 40,
    peak_at: start + MINUTE,
    symptom_shares: { connectivity: 1 },
    language_shares: { hi: 1 },
    sample_post_ids: [`${incident}-p1`],
    params_version: 'd1-00000000',
  };
}
