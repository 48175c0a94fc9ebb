/**
 * A labelled incident: what a backtest is judged against. One JSON object per line in a labels
 * file: `{"service","countries":[...],"start","end"}` with ISO 8601 UTC times. The scenario
 * generator writes them; analysts write their own for historical posts.
 */
import { z } from 'zod';

const ISO_TIME = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 time such as 2022-10-25T07:00:00Z' });

export const INCIDENT_LABEL = z
  .object({
    service: z.string().min(1),
    countries: z.array(z.string().regex(/^[A-Z]{2}$|^\*$/, 'must be ISO 3166-1 alpha-2 or *')).min(1),
    start: ISO_TIME,
    end: ISO_TIME,
  })
  .refine((label) => Date.parse(label.end) > Date.parse(label.start), { message: 'end must be after start', path: ['end'] });

export type IncidentLabel = z.infer<typeof INCIDENT_LABEL>;

/** A label with its times in ms, as the report works with them. */
export interface TimedLabel extends IncidentLabel {
  startMs: number;
  endMs: number;
}

export function timed(label: IncidentLabel): TimedLabel {
  return { ...label, startMs: Date.parse(label.start), endMs: Date.parse(label.end) };
}
