/** /healthz (the process answers), /readyz (the worker is connected and consuming) and /metrics (Prometheus). */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';

export interface HealthServer {
  port: number;
  close(): Promise<void>;
}

/** An answer of a server's own routes beside the health ones: a status and a JSON body. */
export interface JsonAnswer {
  status: number;
  body: unknown;
  /** Extra response headers (such as CORS). */
  headers?: Record<string, string>;
}

export async function startHealthServer(options: {
  host: string;
  port: number;
  registry: Registry;
  isReady: () => boolean;
  /** Routes of the server's own, asked before the 404: their answer, or undefined for a path they do not serve. */
  routes?: (method: string, url: string) => JsonAnswer | undefined;
}): Promise<HealthServer> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const own = options.routes?.(req.method ?? 'GET', req.url ?? '/');
    if (own) {
      const body = `${JSON.stringify(own.body)}\n`;
      res.writeHead(own.status, { 'content-type': 'application/json; charset=utf-8', ...own.headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    } else if (path === '/healthz') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n');
    } else if (path === '/readyz') {
      const ready = options.isReady();
      res.writeHead(ready ? 200 : 503, { 'content-type': 'text/plain' }).end(ready ? 'ready\n' : 'not ready\n');
    } else if (path === '/metrics') {
      options.registry.metrics().then(
        (body) => res.writeHead(200, { 'content-type': options.registry.contentType }).end(body),
        (error: unknown) => res.writeHead(500).end(String(error)),
      );
    } else {
      res.writeHead(404).end('not found\n');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A worker that can say whether it is consuming, as `/readyz` asks. */
interface RunnableWorker {
  run(): Promise<void>;
  isReady(): boolean;
}

/**
 * Starts a worker with its health and metrics server, which closes when the worker stops.
 * Resolves once the server listens; `done` settles when the worker stops.
 */
export async function runWithHealthServer<W extends RunnableWorker>(
  worker: W,
  registry: Registry,
  http: { host: string; port: number },
  log: { info(fields: object, message: string): void },
): Promise<{ worker: W; done: Promise<void> }> {
  const health = await startHealthServer({ ...http, registry, isReady: () => worker.isReady() });
  log.info({ event: 'health_listening', port: health.port }, 'health and metrics server listening');
  const done = worker.run().finally(() => health.close());
  return { worker, done };
}
