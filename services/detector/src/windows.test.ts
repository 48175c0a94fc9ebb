import { describe, expect, it } from 'vitest';
import { tumblingWindows, WindowAggregator, WindowKey, type WindowedComplaint } from './windows.js';

const spec = tumblingWindows({ sizeMs: 60_000, graceMs: 10_000, allowedLatenessMs: 5_000 });
const T0 = Date.UTC(2022, 9, 25, 7);

/** One key object per name, as the aggregator wants. */
const keys = new Map<string, WindowKey>();
function keyNamed(name: string): WindowKey {
  let key = keys.get(name);
  if (!key) keys.set(name, (key = new WindowKey(name)));
  return key;
}

function at(offsetMs: number, name = 'whatsapp|IN', author = 'a', postId = `p${offsetMs}`): WindowedComplaint {
  return { key: keyNamed(name), eventTime: T0 + offsetMs, authorKey: author, postId, symptom: 'messages', language: 'en' };
}

function feed(aggregator: WindowAggregator, complaint: WindowedComplaint) {
  const result = aggregator.add(complaint);
  aggregator.observe(complaint.eventTime);
  return result;
}

describe('WindowAggregator', () => {
  it('countsDistinctAuthorsPerKeyAndWindow', () => {
    const w = new WindowAggregator(spec);
    feed(w, at(1_000, 'whatsapp|IN', 'a'));
    feed(w, at(2_000, 'whatsapp|IN', 'a'));
    feed(w, at(3_000, 'whatsapp|IN', 'b'));
    feed(w, at(4_000, 'whatsapp|IT', 'a'));
    feed(w, at(200_000));
    const [first] = w.takeClosed();
    expect(first?.start).toBe(T0);
    expect(first?.windows.map((x) => [x.key.key, x.count])).toEqual([
      ['whatsapp|IN', 2],
      ['whatsapp|IT', 1],
    ]);
    expect(first?.windows[0]?.samplePostIds).toEqual(['p1000', 'p2000', 'p3000']);
  });

  it('keepsTheFirstFiveDistinctPostIdsAndEverySymptomAndLanguage', () => {
    const w = new WindowAggregator(spec);
    for (const [i, id] of ['p1', 'p1', 'p2', 'p3', 'p2', 'p4', 'p5', 'p6'].entries()) {
      feed(w, { ...at(1_000 + i, 'whatsapp|BR', `a${i}`, id), language: i % 2 === 0 ? 'pt' : 'en' });
    }
    feed(w, at(200_000));
    const [window] = w.takeClosed()[0]?.windows ?? [];
    expect(window?.samplePostIds).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
    expect([...(window?.languages ?? [])]).toEqual([
      ['pt', 4],
      ['en', 4],
    ]);
    expect(window?.symptoms.get('messages')).toBe(8);
  });

  it('closesAWindowOnlyWhenTheWatermarkPassesItsEndPlusGrace', () => {
    const w = new WindowAggregator(spec);
    feed(w, at(1_000));
    // watermark = 74_000 - 5_000 = 69_000 < 60_000 + 10_000
    feed(w, at(74_000));
    expect(w.takeClosed()).toEqual([]);
    feed(w, at(75_000));
    expect(w.takeClosed().map((g) => g.start)).toEqual([T0]);
  });

  it('dropsRecordArrivingAfterGrace', () => {
    const w = new WindowAggregator(spec);
    feed(w, at(1_000));
    feed(w, at(80_000));
    expect(feed(w, at(59_000, 'whatsapp|IN', 'late'))).toBe('late');
    // Out of order but within lateness + grace: still counted.
    expect(feed(w, at(79_000, 'whatsapp|IN', 'early'))).toBe('counted');
  });

  it('closesEmptyTimeWhenTheClockAloneMoves', () => {
    const w = new WindowAggregator(spec);
    feed(w, at(1_000));
    w.advanceTo(T0 + 10 * 60_000);
    expect(w.takeClosed().map((g) => g.start)).toEqual([T0]);
    expect(w.latestClosedStart()).toBe(T0 + 8 * 60_000);
  });

  it('countsAKeysWindowsAtMoreStartsThanItHoldsItself', () => {
    // Five minutes of lateness: a key has windows open at six starts, three more than its own places.
    const w = new WindowAggregator(tumblingWindows({ sizeMs: 60_000, graceMs: 0, allowedLatenessMs: 300_000 }));
    for (let minute = 0; minute < 6; minute++) {
      for (const author of ['a', 'b', 'a'].slice(0, 1 + (minute % 3))) feed(w, at(minute * 60_000 + 1_000, 'whatsapp|IN', author));
    }
    for (let minute = 5; minute >= 0; minute--) feed(w, at(minute * 60_000 + 2_000, 'whatsapp|IN', 'c'));
    w.advanceTo(T0 + 20 * 60_000);
    const counts = w.takeClosed().map((g) => g.windows.map((x) => x.count));
    expect(counts).toEqual([[2], [3], [3], [2], [3], [3]]);
  });

  it('rejectsNonsenseSpecsWithTheValueInTheMessage', () => {
    expect(() => tumblingWindows({ sizeMs: 0, graceMs: 0, allowedLatenessMs: 0 })).toThrow(/got 0/);
    expect(() => tumblingWindows({ sizeMs: 1000, graceMs: -5, allowedLatenessMs: 0 })).toThrow(/got -5/);
  });
});
