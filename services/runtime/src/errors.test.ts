import { describe, expect, it } from 'vitest';
import { isDeadLetterError, SpikeError, toSpikeError } from './errors.js';

describe('toSpikeError', () => {
  it('turnsAnythingThrownIntoAProcessingFailedDeadLetterWithItsCoordinates', () => {
    const where = { topic: 't', partition: 1, offset: '42' };
    const error = toSpikeError(new TypeError('boom'), where);
    expect(error.code).toBe('PROCESSING_FAILED');
    expect(error.disposition).toBe('dead-letter');
    expect(error.where).toEqual(where);
    expect(error.cause).toBeInstanceOf(TypeError);
    expect(toSpikeError('text').message).toBe('text');
  });

  it('keepsOurOwnErrorsAndAddsWhereTheyHappened', () => {
    const original = new SpikeError('REGISTRY_UNAVAILABLE', 'registry down');
    const error = toSpikeError(original, { topic: 't', partition: 0, offset: '1' });
    expect(error.code).toBe('REGISTRY_UNAVAILABLE');
    expect(error.disposition).toBe('retry');
    expect(error.where?.offset).toBe('1');
  });

  it('saysWhichErrorsBelongInTheDeadLetterTopic', () => {
    expect(isDeadLetterError(new SpikeError('TRUNCATED', 'x'))).toBe(true);
    expect(isDeadLetterError(new SpikeError('CONFIG_INVALID', 'x'))).toBe(false);
    expect(new SpikeError('CONFIG_INVALID', 'x').disposition).toBe('crash');
    expect(new SpikeError('INPUT_INVALID', 'x').disposition).toBe('crash');
    expect(new SpikeError('TOPIC_MISSING', 'x').disposition).toBe('crash');
    expect(isDeadLetterError(new SpikeError('INPUT_INVALID', 'x'))).toBe(false);
  });
});
