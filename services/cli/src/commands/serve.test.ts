import { describe, expect, it } from 'vitest';
import { SpikeError } from '@spike/runtime';
import { CatchUp, keepResolvedMs } from './serve.js';

describe('CatchUp', () => {
  it('isCaughtUpOnceEachNonEmptyPartitionIsReadToItsEndAtStart', () => {
    const catchUp = new CatchUp([
      { partition: 0, low: '0', high: '3' },
      { partition: 1, low: '5', high: '5' },
      { partition: 2, low: '2', high: '4' },
    ]);
    expect(catchUp.caughtUp).toBe(false);
    catchUp.read(0, '2');
    catchUp.read(2, '2');
    expect(catchUp.caughtUp).toBe(false);
    catchUp.read(2, '3');
    expect(catchUp.caughtUp).toBe(true);
    // Records after the end at start change nothing.
    catchUp.read(1, '9');
    expect(catchUp.caughtUp).toBe(true);
  });

  it('isCaughtUpAtOnceOnAnEmptyTopic', () => {
    expect(new CatchUp([{ partition: 0, low: '0', high: '0' }]).caughtUp).toBe(true);
  });
});

describe('keepResolvedMs', () => {
  it('readsHoursAndRefusesWhatIsNoNumberOfHours', () => {
    expect(keepResolvedMs('1.5')).toBe(90 * 60_000);
    expect(keepResolvedMs('0')).toBe(0);
    expect(() => keepResolvedMs('-1')).toThrow(SpikeError);
    expect(() => keepResolvedMs('a day')).toThrow(/--keep-resolved-hours/);
  });
});
