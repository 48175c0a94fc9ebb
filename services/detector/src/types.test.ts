import { describe, expect, it } from 'vitest';
import { largestShare } from './types.js';

describe('largestShare', () => {
  it('picksTheLargestShareWhateverTheKeyOrder', () => {
    expect(largestShare({ login: 0.2, messages: 0.5, calls: 0.3 })).toEqual(['messages', 0.5]);
    expect(largestShare({ messages: 0.5, login: 0.2 })).toEqual(['messages', 0.5]);
  });

  it('breaksATieByNameSoEverySubscriberNamesTheSameTop', () => {
    expect(largestShare({ messages: 0.4, calls: 0.4, login: 0.2 })).toEqual(['calls', 0.4]);
    expect(largestShare({ calls: 0.4, messages: 0.4 })).toEqual(['calls', 0.4]);
  });

  it('hasNoTopWithoutShares', () => {
    expect(largestShare({})).toBeUndefined();
  });
});
