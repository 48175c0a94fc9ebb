import { describe, expect, it } from 'vitest';
import {
  deliverUntilAccepted,
  notifies,
  parseStatuses,
  retryDelayMs,
  webhookBody,
  webhookUrl,
  type Attempt,
  type WebhookBody,
} from './notify.js';
import { anomalyEvent } from '../test-support/anomaly.js';
import { formatAnomaly } from './watch.js';

const event = anomalyEvent({ incident_id: 'jio-20240314T1930Z', service: 'jio', countries: ['IN'] });

/** A delivery whose webhook answers `outcomes` in turn, recording what was sent and slept. */
function scriptedDelivery(outcomes: Attempt[], stopAfterSends = Infinity) {
  const sent: WebhookBody[] = [];
  const slept: number[] = [];
  const failures: number[] = [];
  return {
    sent,
    slept,
    failures,
    delivery: {
      send: (body: WebhookBody) => {
        sent.push(body);
        return Promise.resolve(outcomes[sent.length - 1] ?? { status: 200 });
      },
      sleep: (ms: number) => {
        slept.push(ms);
        return Promise.resolve();
      },
      between: () => Promise.resolve(),
      stopping: () => sent.length >= stopAfterSends,
      onFailure: (attempt: number) => void failures.push(attempt),
    },
  };
}

describe('spike notify', () => {
  it('postsTheWatchLineAsTextAndTheEventAsJson', () => {
    expect(webhookBody(event)).toEqual({ text: formatAnomaly(event), anomaly: event });
  });

  it('filtersByStatusesBesideServiceAndCountry', () => {
    expect(notifies(event, {})).toBe(true);
    expect(notifies(event, { statuses: ['OPEN', 'RESOLVED'], service: 'Jio', country: 'in' })).toBe(true);
    expect(notifies({ ...event, status: 'UPDATE' }, { statuses: ['OPEN', 'RESOLVED'] })).toBe(false);
    expect(notifies(event, { statuses: ['OPEN'], country: 'PK' })).toBe(false);
  });

  it('readsStatusesCaseInsensitivelyAndRejectsTypos', () => {
    expect(parseStatuses('open, Resolved')).toEqual(['OPEN', 'RESOLVED']);
    expect(() => parseStatuses('OPEN,RESOLVE')).toThrow(/unknown status "RESOLVE"/);
    expect(() => parseStatuses(' , ')).toThrow(/at least one/);
  });

  it('acceptsHttpWebhooksOnlyAndKeepsTheirPathOutOfTheError', () => {
    expect(webhookUrl('https://hooks.example.com/services/T1/B2/secret').origin).toBe('https://hooks.example.com');
    expect(() => webhookUrl('hooks.example.com/secret')).toThrow(/--url is not a URL$/);
    expect(() => webhookUrl('ftp://example.com/secret')).toThrow(/must be http or https, got ftp:$/);
  });

  it('waitsTwiceAsLongAfterEachRefusalUpToTheCap', () => {
    expect([1, 2, 3, 7, 8, 20].map((attempt) => retryDelayMs(attempt))).toEqual([1_000, 2_000, 4_000, 60_000, 60_000, 60_000]);
    expect(retryDelayMs(3, { firstMs: 10, maxMs: 25 })).toBe(25);
  });

  it('retriesRefusalsAndNetworkErrorsUntilTheWebhookAccepts', async () => {
    const { sent, slept, failures, delivery } = scriptedDelivery([
      { status: 500 },
      { error: new Error('ECONNREFUSED') },
      { status: 429 },
      { status: 204 },
    ]);
    expect(await deliverUntilAccepted(webhookBody(event), delivery)).toBe(true);
    expect(sent).toHaveLength(4);
    expect(slept).toEqual([1_000, 2_000, 4_000]);
    expect(failures).toEqual([1, 2, 3]);
  });

  it('givesUpWithoutSuccessWhenStoppingSoTheEventIsSentAgainNextRun', async () => {
    const { sent, slept, delivery } = scriptedDelivery([{ status: 503 }, { status: 503 }, { status: 503 }], 2);
    expect(await deliverUntilAccepted(webhookBody(event), delivery)).toBe(false);
    expect(sent).toHaveLength(2);
    expect(slept).toEqual([1_000]);
  });
});
