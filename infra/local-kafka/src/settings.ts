import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Apache Kafka version the local broker runs. 3.9.1: the last 3.x line, KRaft without
 * ZooKeeper, and it still accepts every request version kafkajs 2.2 sends (kafkajs's own CI
 * ran against 2.4; 4.x dropped some old protocol versions, but none that kafkajs uses).
 * The suite also passes on 4.1.1: `KAFKA_LOCAL_VERSION=4.1.1 npm test`.
 */
export const DEFAULT_KAFKA_VERSION = '3.9.1';

export interface LocalKafkaSettings {
  /** Interface the broker listens on and advertises. */
  host: string;
  /** Client port. */
  port: number;
  /** Port of the KRaft controller listener (local only). */
  controllerPort: number;
  /** Apache Kafka version, e.g. 3.9.1 or 4.1.1. */
  version: string;
  /** Folder for jars, data, config, pid and log; gitignored. */
  stateDir: string;
  /** How long to wait for the broker to answer metadata requests after starting, ms. */
  startTimeoutMs: number;
}

/** Root of the repository (this file is infra/local-kafka/{src,dist}/settings.*). */
export const packageDir = resolve(fileURLToPath(import.meta.url), '..', '..');
const repoRoot = resolve(packageDir, '..', '..');

function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0 || value > 65535) {
    throw new Error(`${name} must be a port or positive integer, got "${raw}"`);
  }
  return value;
}

/** Settings from KAFKA_LOCAL_* variables, with the defaults documented in the README. */
export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): LocalKafkaSettings {
  const port = intFromEnv(env, 'KAFKA_LOCAL_PORT', 9092);
  return {
    host: env.KAFKA_LOCAL_HOST || '127.0.0.1',
    port,
    controllerPort: intFromEnv(env, 'KAFKA_LOCAL_CONTROLLER_PORT', port + 1),
    version: env.KAFKA_LOCAL_VERSION || DEFAULT_KAFKA_VERSION,
    stateDir: env.KAFKA_LOCAL_DIR || join(repoRoot, '.cache', 'kafka'),
    startTimeoutMs: intFromEnv(env, 'KAFKA_LOCAL_START_TIMEOUT_MS', 90_000),
  };
}

export function brokerAddress(s: LocalKafkaSettings): string {
  return `${s.host}:${s.port}`;
}

/** Paths inside the state folder. Jars are per version; data is per port so two brokers never share a log dir. */
export function pathsOf(s: LocalKafkaSettings) {
  const instance = join(s.stateDir, `broker-${s.port}`);
  return {
    libs: join(s.stateDir, `libs-${s.version}`),
    libsReady: join(s.stateDir, `libs-${s.version}`, '.complete'),
    instance,
    data: join(instance, 'data'),
    config: join(instance, 'server.properties'),
    pidFile: join(instance, 'broker.pid'),
    log: join(instance, 'broker.log'),
    versionFile: join(instance, 'version'),
  };
}
