/** The broker as the official apache/kafka image, for machines with a Docker engine. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { brokerAnswers } from './probe.js';
import { brokerAddress, type LocalKafkaSettings } from './settings.js';

const run = promisify(execFile);

export function containerName(s: LocalKafkaSettings): string {
  return `spike-kafka-${s.port}`;
}

/** True when a Docker engine answers (a docker client alone is not enough). */
export async function dockerEngineReachable(): Promise<boolean> {
  try {
    await run('docker', ['info', '--format', '{{.ServerVersion}}'], { timeout: 5000 });
    return true;
  } catch {
    return false;
  }
}

export async function startDockerBroker(s: LocalKafkaSettings, log: (line: string) => void): Promise<void> {
  const name = containerName(s);
  await run('docker', ['rm', '-f', name]).catch(() => undefined);
  // The image's defaults are a single KRaft node; only the advertised address must match ours.
  await run('docker', [
    'run',
    '-d',
    '--name',
    name,
    '-p',
    `${s.host}:${s.port}:9092`,
    '-e',
    'KAFKA_NODE_ID=1',
    '-e',
    'KAFKA_PROCESS_ROLES=broker,controller',
    '-e',
    'KAFKA_LISTENERS=PLAINTEXT://:9092,CONTROLLER://:9093',
    '-e',
    `KAFKA_ADVERTISED_LISTENERS=PLAINTEXT://${s.host}:${s.port}`,
    '-e',
    'KAFKA_CONTROLLER_LISTENER_NAMES=CONTROLLER',
    '-e',
    'KAFKA_LISTENER_SECURITY_PROTOCOL_MAP=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
    '-e',
    'KAFKA_CONTROLLER_QUORUM_VOTERS=1@localhost:9093',
    '-e',
    'KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR=1',
    '-e',
    'KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR=1',
    '-e',
    'KAFKA_TRANSACTION_STATE_LOG_MIN_ISR=1',
    '-e',
    'KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS=0',
    '-e',
    'KAFKA_AUTO_CREATE_TOPICS_ENABLE=false',
    `apache/kafka:${s.version}`,
  ]);
  log(`started container ${name} (apache/kafka:${s.version}) on ${brokerAddress(s)}`);
  const deadline = Date.now() + s.startTimeoutMs;
  while (Date.now() < deadline) {
    if (await brokerAnswers(brokerAddress(s), 2000)) return;
    await sleep(500);
  }
  throw new Error(`container ${name} did not answer within ${s.startTimeoutMs} ms; see docker logs ${name}`);
}

/** Removes our container; false when there was none. */
export async function stopDockerBroker(s: LocalKafkaSettings): Promise<boolean> {
  try {
    await run('docker', ['rm', '-f', containerName(s)]);
    return true;
  } catch {
    return false;
  }
}
