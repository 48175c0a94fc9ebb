import avro from 'avsc';
import { describe, expect, it } from 'vitest';
import { RECORD_SCHEMAS, schemaFingerprint, type SocialPost } from '@spike/schemas';
import { SpikeError } from '../errors.js';
import { SingleObjectFormat } from './single-object.js';

const post: SocialPost = {
  id: 'p1',
  text: 'WhatsApp çalışmıyor mu? 🇹🇷 मैसेज नहीं जा रहे',
  created_at: 1666681512000,
  lang: 'tr',
  author_id: 'u1',
  author_location: 'İstanbul',
  geo_country: null,
  platform: 'x',
};

async function decodeError(format: SingleObjectFormat, bytes: Buffer): Promise<SpikeError> {
  const error = await format.decode('SocialPost', bytes).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SpikeError);
  return error as SpikeError;
}

describe('SingleObjectFormat', () => {
  const format = new SingleObjectFormat();

  it('framesRecordsAsC301PlusFingerprintPlusBody', () => {
    const bytes = format.encode('SocialPost', post);
    expect([...bytes.subarray(0, 2)]).toEqual([0xc3, 0x01]);
    expect(bytes.subarray(2, 10)).toEqual(schemaFingerprint(RECORD_SCHEMAS.SocialPost as unknown as avro.Schema));
  });

  it('roundTripsEveryField', async () => {
    expect(await format.decode('SocialPost', format.encode('SocialPost', post))).toEqual(post);
  });

  it('encodesLargeRecordsBeyondTheScratchBuffer', async () => {
    const big = { ...post, text: 'x'.repeat(200_000) };
    expect(await format.decode('SocialPost', format.encode('SocialPost', big))).toEqual(big);
  });

  it('refusesToEncodeAnInvalidRecord', () => {
    expect(() => format.encode('SocialPost', { ...post, text: undefined } as unknown as SocialPost)).toThrow();
  });

  it('rejectsGarbageAsBadMagic', async () => {
    expect((await decodeError(format, Buffer.from('hello world'))).code).toBe('BAD_MAGIC');
    expect((await decodeError(format, Buffer.alloc(0))).code).toBe('BAD_MAGIC');
  });

  it('rejectsAShortHeaderAsTruncated', async () => {
    expect((await decodeError(format, Buffer.from([0xc3, 0x01, 1, 2]))).code).toBe('TRUNCATED');
  });

  it('rejectsACutBodyAsTruncated', async () => {
    const bytes = format.encode('SocialPost', post);
    const error = await decodeError(format, bytes.subarray(0, bytes.length - 5));
    expect(error.code).toBe('TRUNCATED');
    expect(error.disposition).toBe('dead-letter');
  });

  it('rejectsAnUnknownFingerprint', async () => {
    const bytes = format.encode('SocialPost', post);
    bytes.writeBigUInt64LE(0x0123456789abcdefn, 2);
    const error = await decodeError(format, bytes);
    expect(error.code).toBe('UNKNOWN_SCHEMA');
    expect(error.message).toContain('efcdab8967452301');
  });

  it('rejectsTrailingBytesAsMalformed', async () => {
    const bytes = Buffer.concat([format.encode('SocialPost', post), Buffer.from([0])]);
    expect((await decodeError(format, bytes)).code).toBe('MALFORMED');
  });

  it('rejectsInvalidUtf8InAStringAsMalformed', async () => {
    const bytes = format.encode('SocialPost', { ...post, text: 'abcd' });
    const at = bytes.indexOf(Buffer.from('abcd'));
    bytes[at + 1] = 0xff;
    const error = await decodeError(format, bytes);
    expect(error.code).toBe('MALFORMED');
    expect(error.message).toContain('UTF-8');
  });

  it('acceptsAGenuineReplacementCharacter', async () => {
    const withFffd = { ...post, text: 'broken \uFFFD glyph' };
    expect(await format.decode('SocialPost', format.encode('SocialPost', withFffd))).toEqual(withFffd);
  });

  it('rejectsARecordOfAnotherTypeWhoseSchemaCannotResolve', async () => {
    const complaintBytes = format.encode('Complaint', {
      post_id: 'p',
      event_time: 1,
      service: 's',
      country: null,
      country_source: 'none',
      language: 'en',
      symptom: 'unspecified',
      confidence: 1,
      platform: 'x',
      author_key: 'a',
    });
    expect((await decodeError(format, complaintBytes)).code).toBe('UNKNOWN_SCHEMA');
  });

  it('readsRecordsFromAnOlderWriterSchemaItWasGiven', async () => {
    // An older SocialPost without lang, author_id or platform: the current reader fills the defaults.
    const older = {
      type: 'record',
      name: 'SocialPost',
      namespace: 'dev.spike',
      fields: [
        { name: 'id', type: 'string' },
        { name: 'text', type: 'string' },
        { name: 'created_at', type: 'long' },
        { name: 'author_location', type: ['null', 'string'], default: null },
        { name: 'geo_country', type: ['null', 'string'], default: null },
      ],
    } as const;
    const olderType = avro.Type.forSchema(older as unknown as avro.Schema);
    const bytes = Buffer.concat([
      Buffer.from([0xc3, 0x01]),
      schemaFingerprint(older as unknown as avro.Schema),
      olderType.toBuffer({ id: 'o1', text: 'down?', created_at: 5, author_location: 'Roma', geo_country: 'IT' }),
    ]);
    expect((await decodeError(new SingleObjectFormat(), bytes)).code).toBe('UNKNOWN_SCHEMA');
    const knowsHistory = new SingleObjectFormat([older as unknown as avro.Schema]);
    expect(await knowsHistory.decode('SocialPost', bytes)).toEqual({
      id: 'o1',
      text: 'down?',
      created_at: 5,
      lang: null,
      author_id: null,
      author_location: 'Roma',
      geo_country: 'IT',
      platform: 'other',
    });
  });
});
