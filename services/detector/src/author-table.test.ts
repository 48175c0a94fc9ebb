import { describe, expect, it } from 'vitest';
import { AuthorTable, NO_WINDOW } from './author-table.js';

/** What a Map of sets would say for the same calls: bit 1 when `a` is new, bit 2 when `b` is. */
function reference() {
  const seen = new Map<string, Set<number>>();
  return (author: string, a: number, b: number): number => {
    const windows = seen.get(author) ?? new Set<number>();
    seen.set(author, windows);
    let added = 0;
    if (!windows.has(a)) added |= 1;
    windows.add(a);
    if (b !== NO_WINDOW && !windows.has(b)) added |= 2;
    if (b !== NO_WINDOW) windows.add(b);
    return added;
  };
}

describe('AuthorTable', () => {
  it('saysWhichWindowsAreNewForAnAuthor', () => {
    const table = new AuthorTable();
    expect(table.add('ana', 0, 1)).toBe(3);
    expect(table.add('ana', 0, 2)).toBe(2);
    expect(table.add('ana', 1, NO_WINDOW)).toBe(0);
    expect(table.add('bo', 1, NO_WINDOW)).toBe(1);
    expect(table.size).toBe(2);
  });

  it('agreesWithSetsOverManyAuthorsGrowthAndBusyAuthors', () => {
    const table = new AuthorTable(3);
    const expected = reference();
    // Authors that differ by one character, a prefix of another, the empty string, and a bot in every window.
    const authors = ['', 'a', 'ab', 'ba', 'bot', ...Array.from({ length: 5_000 }, (_, i) => `author-${i % 2_500}`)];
    let state = 7;
    for (let i = 0; i < 40_000; i++) {
      state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
      const author = i % 7 === 0 ? 'bot' : (authors[state % authors.length] as string);
      const a = (state >>> 8) % 50;
      const b = i % 3 === 0 ? NO_WINDOW : 50 + ((state >>> 16) % 50);
      expect(table.add(author, a, b)).toBe(expected(author, a, b));
    }
  });

  it('tellsApartAuthorsLongerThanOneLengthUnit', () => {
    const table = new AuthorTable();
    const long = 'x'.repeat(70_000);
    expect(table.add(long, 0, NO_WINDOW)).toBe(1);
    expect(table.add(`${long}x`, 0, NO_WINDOW)).toBe(1);
    expect(table.add('x'.repeat(70_000 - 65_536), 0, NO_WINDOW)).toBe(1);
    expect(table.add('x'.repeat(70_000), 0, NO_WINDOW)).toBe(0);
  });
});
