/**
 * @spike/schemas: the single source of truth for every record on every topic.
 *
 * - `avro/*.avsc`: the schemas, with a doc on every field.
 * - generated types (`SocialPost`, `Complaint`, `Anomaly`, `DeadLetter`) and enum symbol lists.
 * - `schemaFingerprint`: the CRC-64-AVRO header of the Avro single-object encoding.
 * - `TOPIC_DEFAULTS`: topic names and what each carries.
 */
export * from './generated/records.js';
export { canonicalForm, crc64Avro, schemaFingerprint } from './fingerprint.js';
export { TOPIC_DEFAULTS, type TopicNames, type TopicRole } from './topics.js';
export { recordType, type RecordName } from './record-type.js';
