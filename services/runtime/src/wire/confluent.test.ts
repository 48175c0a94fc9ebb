import { describe, expect, it } from 'vitest';
import { SpikeError } from '../errors.js';
import { ConfluentFormat, confluentHeader } from './confluent.js';

// Framing checks that need no registry; registering and fetching schemas are tested in
// confluent-registry.test.ts against an in-process registry.
describe('ConfluentFormat framing', () => {
  const format = new ConfluentFormat({ url: 'http://127.0.0.1:1' });

  it('writesMagicZeroAndABigEndianSchemaId', () => {
    expect([...confluentHeader(258)]).toEqual([0, 0, 0, 1, 2]);
  });

  it('rejectsASingleObjectRecordAsBadMagic', async () => {
    await expect(format.decode('SocialPost', Buffer.from([0xc3, 0x01, 0, 0]))).rejects.toMatchObject({ code: 'BAD_MAGIC' });
  });

  it('rejectsAShortHeaderAsTruncated', async () => {
    await expect(format.decode('SocialPost', Buffer.from([0, 0, 1]))).rejects.toBeInstanceOf(SpikeError);
    await expect(format.decode('SocialPost', Buffer.from([0, 0, 1]))).rejects.toMatchObject({ code: 'TRUNCATED' });
  });

  it('refusesToEncodeBeforeInit', () => {
    expect(() => format.encode('DeadLetter', {} as never)).toThrow(/init/);
  });
});
