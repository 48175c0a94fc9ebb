/** An anomaly event for the CLI's tests: a WhatsApp incident in India and Italy, with whatever fields a test sets. */
import type { Anomaly } from '@spike/schemas';

export function anomalyEvent(fields: Partial<Anomaly> = {}): Anomaly {
  return {
    incident_id: 'whatsapp-20221025T0700Z',
    status: 'OPEN',
    service: 'whatsapp',
    countries: ['IN', 'IT'],
    window_start: Date.UTC(2022, 9, 25, 7, 1),
    window_end: Date.UTC(2022, 9, 25, 7, 2),
    observed: 58,
    expected: 0.93,
    score: 0.91,
    started_at: Date.UTC(2022, 9, 25, 7, 0),
    peak_count: 58,
    peak_at: Date.UTC(2022, 9, 25, 7, 1),
    symptom_shares: { messages: 0.8, login: 0.2 },
    language_shares: { hi: 0.6, it: 0.4 },
    sample_post_ids: ['p1'],
    params_version: 'd1-00000000',
    ...fields,
  };
}
