import { afterEach, describe, expect, it } from 'vitest';
import { startHealthServer, type HealthServer } from './health.js';
import { createWorkerMetrics } from './metrics.js';

describe('startHealthServer', () => {
  let server: HealthServer | undefined;
  afterEach(async () => server?.close());

  it('answersHealthzReadyzAndMetrics', async () => {
    const metrics = createWorkerMetrics('test', { processMetrics: false });
    metrics.deadLettered.inc({ topic: 'posts.raw', reason: 'BAD_MAGIC' });
    let ready = false;
    server = await startHealthServer({ host: '127.0.0.1', port: 0, registry: metrics.registry, isReady: () => ready });
    const base = `http://127.0.0.1:${server.port}`;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(503);
    ready = true;
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    const body = await (await fetch(`${base}/metrics`)).text();
    expect(body).toContain('spike_records_dead_lettered_total{topic="posts.raw",reason="BAD_MAGIC",worker="test"} 1');
    expect((await fetch(`${base}/nope`)).status).toBe(404);
  });

  it('answersItsOwnRoutesAsJsonBeforeTheNotFound', async () => {
    const metrics = createWorkerMetrics('test', { processMetrics: false });
    server = await startHealthServer({
      host: '127.0.0.1',
      port: 0,
      registry: metrics.registry,
      isReady: () => true,
      routes: (method, url) =>
        url.startsWith('/things') ? { status: 200, body: { method, url }, headers: { 'x-test': 'yes' } } : undefined,
    });
    const base = `http://127.0.0.1:${server.port}`;
    const response = await fetch(`${base}/things?a=1`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('x-test')).toBe('yes');
    expect(await response.json()).toEqual({ method: 'GET', url: '/things?a=1' });
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/other`)).status).toBe(404);
  });
});
