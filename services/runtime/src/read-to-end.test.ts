import { describe, expect, it } from 'vitest';
import { CatchUp } from './read-to-end.js';

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

  it('tellsHistoryFromRecordsThatCameAfterTheStart', () => {
    const catchUp = new CatchUp([
      { partition: 0, low: '0', high: '2' },
      { partition: 1, low: '0', high: '0' },
    ]);
    expect(catchUp.isHistory(0, '1')).toBe(true);
    expect(catchUp.isHistory(0, '2')).toBe(false);
    expect(catchUp.isHistory(1, '0')).toBe(false);
    catchUp.read(0, '1');
    // Once a partition's end is reached, nothing more on it is history.
    expect(catchUp.isHistory(0, '0')).toBe(false);
  });
});
