import { describe, expect, it } from 'vitest';
import { retentionWarning } from './kafka-sink.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 26);

describe('retentionWarning', () => {
  it('warns when the oldest post is older than the topic keeps records, and says what to do', () => {
    const warning = retentionWarning(Date.UTC(2022, 9, 25), 7 * DAY, NOW);
    expect(warning).toMatch(/oldest post is 1493 days old but the topic keeps records 7 days/);
    expect(warning).toContain('TOPIC_RETENTION_MS=-1');
  });

  it('is silent for recent posts, topics kept forever, and when nothing is known', () => {
    expect(retentionWarning(NOW - 6 * DAY, 7 * DAY, NOW)).toBeUndefined();
    expect(retentionWarning(Date.UTC(2022, 9, 25), -1, NOW)).toBeUndefined();
    expect(retentionWarning(undefined, 7 * DAY, NOW)).toBeUndefined();
    expect(retentionWarning(Date.UTC(2022, 9, 25), undefined, NOW)).toBeUndefined();
  });
});
