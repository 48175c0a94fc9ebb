// Entries here are written for these tests.
import { describe, expect, it } from 'vitest';
import { SubstringIndex } from './phrase-index.js';

describe('SubstringIndex', () => {
  const index = new SubstringIndex<string>();
  // Thai: several entries after the same leading vowel, and a one-unit entry of that vowel's letter.
  index.add('เข้าไม่ได้', 'cannot-enter');
  index.add('เน็ตล่ม', 'net-down');
  index.add('เน็ต', 'net');
  index.add('ล่ม', 'down');
  index.add('落', 'fell');
  index.add('落ちてる', 'is-down');

  it('findsEveryEntryAtItsOffsetInTheOrderOfThePostThenOfAdding', () => {
    expect(index.match('วันนี้เน็ตล่มอีกแล้ว').map((m) => [m.value, m.at, m.length])).toEqual([
      ['net-down', 6, 7],
      ['net', 6, 4],
      ['down', 10, 3],
    ]);
  });

  it('findsOneUnitEntriesBesideLongerOnesWithTheSameFirstUnit', () => {
    expect(index.match('サーバー落ちてる').map((m) => m.value)).toEqual(['fell', 'is-down']);
    expect(index.match('落').map((m) => m.value)).toEqual(['fell']);
  });

  it('reportsEachEntryOnceAtItsFirstOccurrence', () => {
    expect(index.match('ล่ม ล่ม ล่ม').map((m) => [m.value, m.at])).toEqual([['down', 0]]);
  });

  it('findsEntriesAddedAfterAMatch', () => {
    const growing = new SubstringIndex<string>();
    growing.add('ล่ม', 'down');
    expect(growing.match('เน็ตล่ม').map((m) => m.value)).toEqual(['down']);
    growing.add('เน็ต', 'net');
    expect(growing.match('เน็ตล่ม').map((m) => m.value)).toEqual(['net', 'down']);
  });
});
