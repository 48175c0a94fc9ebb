import avro from 'avsc';
import { describe, expect, it } from 'vitest';
import { canonicalForm, crc64Avro, schemaFingerprint } from './fingerprint.js';
import { SOCIAL_POST_SCHEMA } from './generated/records.js';

describe('CRC-64-AVRO', () => {
  // Vectors from the Avro reference implementations' tests.
  it('fingerprints "int" as 0x7275d51a3f395c8f', () => {
    expect(crc64Avro(Buffer.from('"int"'))).toBe(0x7275d51a3f395c8fn);
  });

  it('fingerprints "string" as 0x8f014872634503c7', () => {
    expect(crc64Avro(Buffer.from('"string"'))).toBe(0x8f014872634503c7n);
  });

  it('writes the single-object header bytes of "int" little-endian', () => {
    expect([...schemaFingerprint('int')]).toEqual([0x8f, 0x5c, 0x39, 0x3f, 0x1a, 0xd5, 0x75, 0x72]);
  });
});

describe('canonicalForm', () => {
  it('ignoresDocsAndDefaults, so documenting a field never changes the fingerprint', () => {
    const documented = structuredClone(SOCIAL_POST_SCHEMA) as unknown as { fields: { doc?: string }[] };
    for (const field of documented.fields) field.doc = 'changed';
    expect(canonicalForm(documented as unknown as avro.Schema)).toBe(canonicalForm(SOCIAL_POST_SCHEMA as unknown as avro.Schema));
  });

  it('changesWhenAFieldIsAdded', () => {
    const extended = { ...SOCIAL_POST_SCHEMA, fields: [...SOCIAL_POST_SCHEMA.fields, { name: 'extra', type: 'int' }] };
    expect(schemaFingerprint(extended as unknown as avro.Schema)).not.toEqual(
      schemaFingerprint(SOCIAL_POST_SCHEMA as unknown as avro.Schema),
    );
  });
});
