/**
 * The records the detector reads and writes are the Avro records of `@spike/schemas` (one
 * source of truth); only their types are imported, so the core has no runtime dependency.
 */
export type { Anomaly, Complaint, IncidentStatus, Symptom } from '@spike/schemas';

/** The key of the worldwide aggregate of a service: `service|*`. */
export const ANY_COUNTRY = '*';

export function keyOf(service: string, country: string): string {
  return `${service}|${country}`;
}

/**
 * The largest share of an Anomaly's `symptom_shares` or `language_shares`, the first in name
 * order on a tie (as the detector picks its top symptom); undefined when there are none.
 * Subscribers use this one rule so a report and a watch line never name different tops.
 */
export function largestShare(shares: Readonly<Record<string, number>>): [name: string, share: number] | undefined {
  let best: [string, number] | undefined;
  for (const [name, share] of Object.entries(shares)) {
    if (best === undefined || share > best[1] || (share === best[1] && name < best[0])) best = [name, share];
  }
  return best;
}
