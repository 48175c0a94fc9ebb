// The deployment files in infra/deploy against the code they deploy: every variable the
// ConfigMap sets is one the configuration declares and accepts, each Deployment runs a worker
// that exists, and the probes and port are the ones the health server serves.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { get } from 'node:http';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { buildProgram, createDetectorWorker, DETECTOR_NODE_FLAGS, keepResolvedMs, notifyMetrics, serveMetrics, WORKERS } from '@spike/cli';
import { createLogger, createWorkerMetrics, ENV_SCHEMA, loadConfig, SingleObjectFormat, startHealthServer } from '@spike/runtime';

const deploy = (file: string) => fileURLToPath(new URL(`../../infra/deploy/${file}`, import.meta.url));

interface Manifest {
  kind: string;
  metadata: { name: string };
  data?: Record<string, string>;
  spec?: { template: { spec: { containers: Container[] } } };
}
interface Container {
  args: string[];
  env?: { name: string; value: string }[];
  ports?: { containerPort: number }[];
  livenessProbe?: { httpGet: { path: string } };
  readinessProbe?: { httpGet: { path: string } };
}

function manifests(file: string): Manifest[] {
  return parseAllDocuments(readFileSync(deploy(`kubernetes/${file}`), 'utf8'))
    .map((doc) => doc.toJS() as Manifest | null)
    .filter((m): m is Manifest => m !== null);
}

const config = manifests('config.yaml').find((m) => m.kind === 'ConfigMap')?.data ?? {};

function statusOf(port: number, path: string): Promise<number> {
  return new Promise((resolve, reject) =>
    get({ host: '127.0.0.1', port, path }, (res) => resolve(res.statusCode ?? 0)).on('error', reject),
  );
}

/** The metric names the commands export: the workers (with Node's process metrics), the notifier and the status API. */
async function exportedMetricNames(): Promise<Set<string>> {
  const detector = createDetectorWorker({
    config: loadConfig({}),
    log: createLogger({ level: 'silent', name: 't' }),
    wire: new SingleObjectFormat(),
  });
  const registries = [
    createWorkerMetrics('classifier').registry,
    detector.metrics.registry,
    notifyMetrics().registry,
    serveMetrics(() => 0).registry,
  ];
  return new Set((await Promise.all(registries.map((r) => r.getMetricsAsJSON()))).flat().map((m) => m.name));
}

/** The metric names that PromQL expressions read, matched by `pattern` (global), a histogram's series under its own name. */
function metricNamesIn(exprs: readonly string[], pattern: RegExp): Set<string> {
  return new Set(exprs.flatMap((e) => [...e.matchAll(pattern)].map(([name]) => name.replace(/_(bucket|sum|count)$/, ''))));
}

describe('deployment files', () => {
  it('setOnlyVariablesTheConfigurationDeclaresAndAccepts', () => {
    const declared = Object.keys(ENV_SCHEMA.shape);
    for (const name of Object.keys(config)) expect(declared, name).toContain(name);
    expect(() => loadConfig({ ...config, KAFKA_SASL_PASSWORD: 'from-the-secret' })).not.toThrow();
  });

  it('runWorkersThatExistWithTheProbesAndPortTheHealthServerServes', async () => {
    const containers = ['classifier.yaml', 'detector.yaml'].flatMap((file) =>
      manifests(file).flatMap((m) => m.spec?.template.spec.containers ?? []),
    );
    expect(containers.map((c) => c.args)).toEqual([
      ['worker', 'classifier'],
      ['worker', 'detector'],
    ]);
    for (const c of containers) expect(Object.keys(WORKERS)).toContain(c.args[1]);
    const health = await startHealthServer({
      host: '127.0.0.1',
      port: 0,
      registry: createWorkerMetrics('t', { processMetrics: false }).registry,
      isReady: () => true,
    });
    try {
      for (const c of containers) {
        expect(c.ports?.[0]?.containerPort).toBe(Number(config.HTTP_PORT));
        expect(await statusOf(health.port, c.livenessProbe?.httpGet.path ?? '')).toBe(200);
        expect(await statusOf(health.port, c.readinessProbe?.httpGet.path ?? '')).toBe(200);
      }
    } finally {
      await health.close();
    }
  });

  it('runTheDetectorWithTheNodeFlagsTheDemoGivesItAndNodeAccepts', () => {
    const detector = manifests('detector.yaml').flatMap((m) => m.spec?.template.spec.containers ?? [])[0];
    const nodeOptions = detector?.env?.find((e) => e.name === 'NODE_OPTIONS')?.value;
    expect(nodeOptions).toBe(DETECTOR_NODE_FLAGS.join(' '));
    expect(spawnSync(process.execPath, [...DETECTOR_NODE_FLAGS, '-e', '0']).status).toBe(0);
  });

  it('benchTheDetectorWithTheSameNodeFlagsAsItsManifest', () => {
    // `npm run bench:detector:worker-heap` is the figure the README gives for the detector as deployed.
    const rootPackage = JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as {
      scripts: Record<string, string>;
    };
    const script = rootPackage.scripts['bench:detector:worker-heap'] ?? '';
    expect(script.split(/\s+/).filter((word) => word.startsWith('--max-semi') || word.startsWith('--min-semi'))).toEqual([
      ...DETECTOR_NODE_FLAGS,
    ]);
  });

  it('runTheNotifierWithItsWebhookFromASecretAndOptionsItAccepts', () => {
    const notify = manifests('notify.yaml').flatMap((m) => m.spec?.template.spec.containers ?? [])[0] as Container;
    const urlEnv = notify.env?.find((e) => e.name === 'WEBHOOK_URL') as unknown as { valueFrom?: { secretKeyRef?: { key: string } } };
    expect(urlEnv.valueFrom?.secretKeyRef?.key).toBe('WEBHOOK_URL');
    expect(notify.args.slice(0, 3)).toEqual(['notify', '--url', '$(WEBHOOK_URL)']);
    // The rest of its arguments parse (a typo in --statuses is an error, not a filter that never matches).
    const notifyCommand = buildProgram().commands.find((c) => c.name() === 'notify');
    expect(notifyCommand).toBeDefined();
    notifyCommand?.exitOverride().parseOptions(notify.args.slice(1));
    expect(notifyCommand?.opts()).toMatchObject({ url: '$(WEBHOOK_URL)', statuses: ['OPEN', 'RECOVERING', 'RESOLVED'], group: 'on-call' });
    expect(notify.ports?.[0]?.containerPort).toBe(Number(config.HTTP_PORT));
    expect([notify.livenessProbe?.httpGet.path, notify.readinessProbe?.httpGet.path]).toEqual(['/healthz', '/readyz']);
  });

  it('runTheStatusApiWithOptionsItAcceptsBehindAServiceOnItsPort', () => {
    const documents = manifests('status-api.yaml');
    const api = documents.filter((m) => m.kind === 'Deployment').flatMap((m) => m.spec?.template.spec.containers ?? [])[0] as Container;
    expect(api.args[0]).toBe('serve');
    const serveCommand = buildProgram().commands.find((c) => c.name() === 'serve');
    expect(serveCommand).toBeDefined();
    serveCommand?.exitOverride().parseOptions(api.args.slice(1));
    expect(serveCommand?.opts()).toMatchObject({ keepResolvedHours: '48', corsOrigin: '*' });
    expect(keepResolvedMs(serveCommand?.opts().keepResolvedHours as string)).toBe(48 * 3_600_000);
    expect(api.ports?.[0]?.containerPort).toBe(Number(config.HTTP_PORT));
    expect([api.livenessProbe?.httpGet.path, api.readinessProbe?.httpGet.path]).toEqual(['/healthz', '/readyz']);
    const service = documents.find((m) => m.kind === 'Service') as unknown as { spec: { ports: { targetPort: string }[] } };
    expect(service.spec.ports[0]?.targetPort).toBe('http');
  });

  it('alertOnlyOnMetricsTheCommandsExport', async () => {
    const rules = parseAllDocuments(readFileSync(deploy('prometheus/spike-alerts.yaml'), 'utf8'))[0]?.toJS() as {
      groups: { rules: { alert: string; expr: string }[] }[];
    };
    const exprs = rules.groups.flatMap((g) => g.rules.map((r) => r.expr));
    const exported = await exportedMetricNames();
    const used = metricNamesIn(exprs, /\bspike_[a-z_]+/g);
    expect(used.size).toBeGreaterThanOrEqual(6);
    for (const name of used) expect([...exported], name).toContain(name);
  });

  it('drawADashboardFromMetricsTheCommandsExportInPanelsThatDoNotOverlap', async () => {
    const dashboard = JSON.parse(readFileSync(deploy('grafana/spike-overview.json'), 'utf8')) as {
      panels: { id: number; type: string; gridPos: { x: number; y: number; w: number; h: number }; targets?: { expr: string }[] }[];
    };
    const graphs = dashboard.panels.filter((p) => p.type !== 'row');
    expect(graphs.length).toBeGreaterThanOrEqual(8);
    expect(new Set(dashboard.panels.map((p) => p.id)).size).toBe(dashboard.panels.length);
    for (const panel of graphs) expect(panel.targets?.length, `panel ${panel.id}`).toBeGreaterThan(0);
    // No two panels share a cell of the 24-column grid.
    const cells = new Set<string>();
    for (const { gridPos: g, id } of dashboard.panels) {
      expect(g.x + g.w, `panel ${id}`).toBeLessThanOrEqual(24);
      for (let x = g.x; x < g.x + g.w; x++)
        for (let y = g.y; y < g.y + g.h; y++) {
          expect(cells.has(`${x},${y}`), `panel ${id} overlaps at ${x},${y}`).toBe(false);
          cells.add(`${x},${y}`);
        }
    }
    const exported = await exportedMetricNames();
    const exprs = graphs.flatMap((p) => (p.targets ?? []).map((t) => t.expr));
    const used = metricNamesIn(exprs, /\b(spike_[a-z_]+|process_[a-z_]+)/g);
    expect(used.size).toBeGreaterThanOrEqual(10);
    for (const name of used) expect([...exported], name).toContain(name);
  });

  it('buildAnImageWhoseEntryPointIsTheSpikeCommand', () => {
    const dockerfile = readFileSync(deploy('Dockerfile'), 'utf8');
    const entry = /ENTRYPOINT \["node", "([^"]+)"\]/.exec(dockerfile)?.[1] as string;
    expect(existsSync(fileURLToPath(new URL(`../../${entry}`, import.meta.url)))).toBe(true);
    expect(manifests('topics-job.yaml')[0]?.kind).toBe('Job');
  });
});
