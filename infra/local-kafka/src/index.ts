/**
 * @spike/local-kafka: a single-node Apache Kafka broker (KRaft) for development and tests.
 *
 * - `startLocalKafka`: idempotent start; Docker when an engine is reachable, else the JVM.
 * - `stopLocalKafka`, `localKafkaStatus`.
 * - `brokerAnswers`: the readiness probe (a metadata request).
 * The `kafka:start|stop|status` npm scripts call `dist/cli.js`.
 */
import { dockerEngineReachable, startDockerBroker, stopDockerBroker } from './docker-broker.js';
import { runningPid, startJvmBroker, stopJvmBroker } from './jvm-broker.js';
import { brokerAnswers } from './probe.js';
import { brokerAddress, pathsOf, settingsFromEnv, type LocalKafkaSettings } from './settings.js';

export { brokerAnswers } from './probe.js';
export { LocalKafkaError } from './jvm-broker.js';
export { DEFAULT_KAFKA_VERSION, settingsFromEnv, type LocalKafkaSettings } from './settings.js';

export type BrokerRuntime = 'jvm' | 'docker';

export interface StartResult {
  /** host:port to give clients. */
  broker: string;
  /** 'already-running' when something answered before we started anything. */
  how: BrokerRuntime | 'already-running';
  version: string;
}

async function chooseRuntime(env: NodeJS.ProcessEnv): Promise<BrokerRuntime> {
  const mode = env.KAFKA_LOCAL_RUNTIME || 'auto';
  if (mode === 'jvm' || mode === 'docker') return mode;
  if (mode !== 'auto') throw new Error(`KAFKA_LOCAL_RUNTIME must be auto, jvm or docker, got "${mode}"`);
  return (await dockerEngineReachable()) ? 'docker' : 'jvm';
}

/** Starts the broker unless one already answers at the address (then it is a no-op). */
export async function startLocalKafka(
  settings: LocalKafkaSettings = settingsFromEnv(),
  log: (line: string) => void = () => undefined,
  env: NodeJS.ProcessEnv = process.env,
): Promise<StartResult> {
  const broker = brokerAddress(settings);
  if (await brokerAnswers(broker)) {
    log(`a Kafka broker already answers at ${broker}; nothing to start`);
    return { broker, how: 'already-running', version: settings.version };
  }
  const runtime = await chooseRuntime(env);
  if (runtime === 'docker') await startDockerBroker(settings, log);
  else await startJvmBroker(settings, log);
  return { broker, how: runtime, version: settings.version };
}

/** Stops whatever this project started at the address; false when nothing of ours ran. */
export async function stopLocalKafka(settings: LocalKafkaSettings = settingsFromEnv()): Promise<boolean> {
  if (runningPid(settings) !== undefined) return stopJvmBroker(settings);
  if (await dockerEngineReachable()) return stopDockerBroker(settings);
  return false;
}

export interface Status {
  broker: string;
  answering: boolean;
  /** pid of the JVM broker this folder started, if it runs. */
  pid: number | undefined;
  log: string;
}

export async function localKafkaStatus(settings: LocalKafkaSettings = settingsFromEnv()): Promise<Status> {
  const broker = brokerAddress(settings);
  return {
    broker,
    answering: await brokerAnswers(broker),
    pid: runningPid(settings),
    log: pathsOf(settings).log,
  };
}
