import avro from 'avsc';
import { describe, expect, it } from 'vitest';
import { RECORD_SCHEMAS } from './generated/records.js';
import { recordType, type RecordName } from './record-type.js';

const SAMPLES: { [N in RecordName]: unknown } = {
  SocialPost: {
    id: 'p1',
    text: 'is it down?',
    created_at: 1666681200000,
    lang: null,
    author_id: 'a1',
    author_location: 'Milano',
    geo_country: null,
    platform: 'x',
  },
  Complaint: {
    post_id: 'p1',
    event_time: 1666681200000,
    service: 'whatsapp',
    country: 'IT',
    country_source: 'profile',
    language: 'it',
    symptom: 'messages',
    confidence: 0.9,
    platform: 'x',
    author_key: 'k1',
  },
  Anomaly: {
    incident_id: 'i1',
    status: 'OPEN',
    service: 'whatsapp',
    countries: ['IN', 'IT'],
    window_start: 0,
    window_end: 60000,
    observed: 40,
    expected: 2.5,
    score: 0.999,
    started_at: 0,
    peak_count: 40,
    peak_at: 0,
    symptom_shares: { messages: 1 },
    language_shares: { it: 0.5, hi: 0.5 },
    sample_post_ids: ['p1'],
    params_version: 'v1',
  },
  DetectorState: {
    partition: 3,
    kind: 'KEY',
    id: 'whatsapp|IN',
    params_version: 'd1-0000abcd',
    partition_state: null,
    key_state: {
      level: 0.4,
      windows: 4320,
      last_window_start: 1666681140000,
      dispersion_num: 0.1,
      dispersion_den: 0.2,
      profile: [1, 1.5],
      weekly: [1, 1, 1, 1, 1, 1, 1],
      profile_sum: 2.5,
      weekly_sum: 7,
      recent_counts: [1, 0, 2],
      recent_expected: [0.4, 0.4, 0.5],
      last_scored_start: 1666681140000,
    },
    incident: null,
  },
  DeadLetter: {
    source_topic: 'posts.raw',
    partition: 0,
    offset: 7,
    key: null,
    value: Buffer.from([1, 2, 3]),
    error_kind: 'BAD_MAGIC',
    error_message: 'bad',
    failed_at: 1,
  },
};

/** A newer version of a record schema: one more field, with a default. */
function withDefaultedField(name: RecordName): avro.Schema {
  const schema = structuredClone(RECORD_SCHEMAS[name]) as unknown as { fields: unknown[] };
  schema.fields.push({ name: 'added_later', type: ['null', 'string'], default: null });
  return schema as unknown as avro.Schema;
}

describe('schema evolution', () => {
  for (const name of Object.keys(RECORD_SCHEMAS) as RecordName[]) {
    it(`a newer ${name} reader with a defaulted field reads records written with the current schema`, () => {
      const writer = recordType(name);
      const reader = avro.Type.forSchema(withDefaultedField(name));
      const bytes = writer.toBuffer(SAMPLES[name]);
      const decoded = reader.fromBuffer(bytes, reader.createResolver(writer)) as Record<string, unknown>;
      expect(decoded).toEqual({ ...(SAMPLES[name] as object), added_later: null });
    });

    it(`${name} round-trips its sample unchanged`, () => {
      const type = recordType(name);
      expect(type.isValid(SAMPLES[name])).toBe(true);
      expect(type.fromBuffer(type.toBuffer(SAMPLES[name]))).toEqual(SAMPLES[name]);
    });
  }

  it('reads an unknown Platform symbol from a newer writer as "other"', () => {
    const newer = structuredClone(RECORD_SCHEMAS.SocialPost) as unknown as { fields: { name: string; type: { symbols: string[] } }[] };
    const platformField = newer.fields.find((f) => f.name === 'platform');
    platformField?.type.symbols.push('tiktok');
    const writer = avro.Type.forSchema(newer as unknown as avro.Schema);
    const reader = recordType('SocialPost');
    const bytes = writer.toBuffer({ ...(SAMPLES.SocialPost as object), platform: 'tiktok' });
    expect((reader.fromBuffer(bytes, reader.createResolver(writer)) as { platform: string }).platform).toBe('other');
  });
});
