/**
 * The official Apache Kafka broker on the local JVM, from its jars on Maven Central.
 * Used when no Docker engine is reachable (the usual case on CI machines).
 */
import { execFile, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { brokerAnswers } from './probe.js';
import { brokerAddress, packageDir, pathsOf, type LocalKafkaSettings } from './settings.js';

const run = promisify(execFile);

export class LocalKafkaError extends Error {
  override name = 'LocalKafkaError';
}

function majorVersion(version: string): number {
  const major = Number(version.split('.')[0]);
  if (!Number.isInteger(major) || major < 3) {
    throw new LocalKafkaError(`KAFKA_LOCAL_VERSION must be 3.x or 4.x (KRaft), got "${version}"`);
  }
  return major;
}

async function requireTool(command: string, args: string[], hint: string): Promise<void> {
  try {
    await run(command, args);
  } catch {
    throw new LocalKafkaError(`"${command}" was not found or failed: ${hint}`);
  }
}

/** Downloads the broker jars once per version with Maven into the state folder. */
export async function ensureJars(s: LocalKafkaSettings, log: (line: string) => void): Promise<string> {
  const paths = pathsOf(s);
  if (existsSync(paths.libsReady)) return paths.libs;
  await requireTool('mvn', ['-v'], 'install Maven (Debian: apt-get install maven) or set KAFKA_BROKERS');
  log(`fetching Apache Kafka ${s.version} jars from Maven Central into ${paths.libs} (once per version)`);
  rmSync(paths.libs, { recursive: true, force: true });
  mkdirSync(paths.libs, { recursive: true });
  const profile = majorVersion(s.version) >= 4 ? 'kafka4' : 'kafka3';
  try {
    await run(
      'mvn',
      [
        '-B',
        '-q',
        '-f',
        join(packageDir, 'pom.xml'),
        '-P',
        profile,
        'dependency:copy-dependencies',
        `-DoutputDirectory=${paths.libs}`,
        '-DincludeScope=runtime',
        `-Dkafka.version=${s.version}`,
      ],
      { maxBuffer: 16 * 1024 * 1024 },
    );
  } catch (error) {
    const out = error as { stdout?: string; stderr?: string };
    throw new LocalKafkaError(`Maven could not fetch Apache Kafka ${s.version}:\n${(out.stdout ?? '') + (out.stderr ?? '')}`.trim());
  }
  writeFileSync(paths.libsReady, `${s.version}\n`);
  return paths.libs;
}

/** server.properties of a single node that is both broker and KRaft controller. */
export function serverProperties(s: LocalKafkaSettings, dataDir: string): string {
  return [
    '# Written by infra/local-kafka on each start; edit the generator, not this file.',
    'process.roles=broker,controller',
    'node.id=1',
    // A fixed voters line (rather than 4.x dynamic quorums) lets one config serve 3.9 and 4.x.
    `controller.quorum.voters=1@${s.host}:${s.controllerPort}`,
    `listeners=PLAINTEXT://${s.host}:${s.port},CONTROLLER://${s.host}:${s.controllerPort}`,
    `advertised.listeners=PLAINTEXT://${s.host}:${s.port}`,
    'controller.listener.names=CONTROLLER',
    'inter.broker.listener.name=PLAINTEXT',
    'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
    `log.dirs=${dataDir}`,
    'num.partitions=3',
    // One node: every internal topic has one replica.
    'offsets.topic.replication.factor=1',
    'offsets.topic.num.partitions=10',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'share.coordinator.state.topic.replication.factor=1',
    'share.coordinator.state.topic.min.isr=1',
    // Tests create groups constantly; waiting 3 s for more members on each would dominate them.
    'group.initial.rebalance.delay.ms=0',
    // Topics are created explicitly (npx spike topics create); a typo must fail, not create a topic.
    'auto.create.topics.enable=false',
    'log.retention.hours=168',
    '',
  ].join('\n');
}

function readPid(file: string): number | undefined {
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

export function isAlive(pid: number | undefined): pid is number {
  if (pid === undefined) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The pid of the broker this folder started, when it is still running. */
export function runningPid(s: LocalKafkaSettings): number | undefined {
  const pid = readPid(pathsOf(s).pidFile);
  return isAlive(pid) ? pid : undefined;
}

function tail(file: string, lines = 30): string {
  if (!existsSync(file)) return '(no log)';
  return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}

/**
 * A cluster id as Kafka makes one: a random UUID in base64url. Never one that starts with '-'
 * (1 in 64 do): kafka-storage would read it as an option ("--cluster-id/-t: expected one
 * argument"), which is why Kafka's own Uuid.randomUuid draws again too.
 */
export function newClusterId(uuid: () => string = randomUUID): string {
  for (;;) {
    const id = Buffer.from(uuid().replaceAll('-', ''), 'hex').toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

async function formatStorage(s: LocalKafkaSettings, libs: string): Promise<void> {
  const paths = pathsOf(s);
  const previous = existsSync(paths.versionFile) ? readFileSync(paths.versionFile, 'utf8').trim() : undefined;
  // Data written by another major version (or a half-formatted folder) is dev data: start clean.
  if (previous !== s.version || !existsSync(join(paths.data, 'meta.properties'))) {
    rmSync(paths.data, { recursive: true, force: true });
    mkdirSync(paths.data, { recursive: true });
    const clusterId = newClusterId();
    await run('java', ['-cp', join(libs, '*'), 'kafka.tools.StorageTool', 'format', '-t', clusterId, '-c', paths.config]);
    writeFileSync(paths.versionFile, `${s.version}\n`);
  }
}

function loggingFlag(s: LocalKafkaSettings): string {
  return majorVersion(s.version) >= 4
    ? `-Dlog4j2.configurationFile=${join(packageDir, 'log4j2.properties')}`
    : `-Dlog4j.configuration=file:${join(packageDir, 'log4j.properties')}`;
}

/** Starts the broker in the background and waits until it answers metadata requests. */
export async function startJvmBroker(s: LocalKafkaSettings, log: (line: string) => void): Promise<number> {
  await requireTool('java', ['-version'], 'install Java 17+ (Debian: apt-get install openjdk-17-jre-headless) or set KAFKA_BROKERS');
  const libs = await ensureJars(s, log);
  const paths = pathsOf(s);
  mkdirSync(paths.instance, { recursive: true });
  writeFileSync(paths.config, serverProperties(s, paths.data));
  await formatStorage(s, libs);

  const out = openSync(paths.log, 'a');
  const child = spawn(
    'java',
    ['-Xms256m', '-Xmx1g', '-XX:+UseG1GC', '-Djava.awt.headless=true', loggingFlag(s), '-cp', join(libs, '*'), 'kafka.Kafka', paths.config],
    { detached: true, stdio: ['ignore', out, out] },
  );
  child.unref();
  const pid = child.pid;
  if (pid === undefined) throw new LocalKafkaError('could not spawn java');
  writeFileSync(paths.pidFile, `${pid}\n`);
  log(`started Apache Kafka ${s.version} (pid ${pid}) on ${brokerAddress(s)}; log: ${paths.log}`);

  const deadline = Date.now() + s.startTimeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) {
      throw new LocalKafkaError(`the broker exited while starting. Last lines of ${paths.log}:\n${tail(paths.log)}`);
    }
    if (await brokerAnswers(brokerAddress(s), 2000)) return pid;
    await sleep(500);
  }
  await stopJvmBroker(s);
  throw new LocalKafkaError(`the broker did not answer within ${s.startTimeoutMs} ms. Last lines of ${paths.log}:\n${tail(paths.log)}`);
}

/** Stops the broker this folder started: SIGTERM for a clean shutdown, SIGKILL after 30 s. */
export async function stopJvmBroker(s: LocalKafkaSettings): Promise<boolean> {
  const paths = pathsOf(s);
  const pid = readPid(paths.pidFile);
  if (!isAlive(pid)) {
    rmSync(paths.pidFile, { force: true });
    return false;
  }
  process.kill(pid, 'SIGTERM');
  for (let waited = 0; waited < 30_000 && isAlive(pid); waited += 200) await sleep(200);
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  rmSync(paths.pidFile, { force: true });
  return true;
}
