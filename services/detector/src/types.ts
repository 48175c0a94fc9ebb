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
