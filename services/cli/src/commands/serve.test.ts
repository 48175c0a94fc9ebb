import { describe, expect, it } from 'vitest';
import { SpikeError } from '@spike/runtime';
import { keepResolvedMs } from './serve.js';

describe('keepResolvedMs', () => {
  it('readsHoursAndRefusesWhatIsNoNumberOfHours', () => {
    expect(keepResolvedMs('1.5')).toBe(90 * 60_000);
    expect(keepResolvedMs('0')).toBe(0);
    expect(() => keepResolvedMs('-1')).toThrow(SpikeError);
    expect(() => keepResolvedMs('a day')).toThrow(/--keep-resolved-hours/);
  });
});
