/**
 * Finds the Kafka broker the integration tests run against, in this order:
 *  1. KAFKA_BROKERS, when set (your own cluster);
 *  2. testcontainers' Kafka module, when a Docker engine answers;
 *  3. the project's local JVM broker (infra/local-kafka), started if it is not running and
 *     stopped afterwards if this run started it.
 * Tests never skip for want of a broker: with none to be had, setup fails saying how to get one.
 */
import type { TestProject } from 'vitest/node';
import { LocalKafkaError, settingsFromEnv, startLocalKafka, stopLocalKafka } from '@spike/local-kafka';

declare module 'vitest' {
  export interface ProvidedContext {
    kafkaBrokers: string[];
    kafkaBrokerLabel: string;
  }
}

type Teardown = () => Promise<void>;

async function dockerEngine(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

async function fromTestcontainers(): Promise<{ brokers: string[]; label: string; teardown: Teardown }> {
  const { KafkaContainer } = await import('@testcontainers/kafka');
  const image = process.env.KAFKA_TEST_IMAGE ?? 'confluentinc/cp-kafka:7.9.0';
  const container = await new KafkaContainer(image).withKraft().start();
  const broker = `${container.getHost()}:${container.getMappedPort(9093)}`;
  return { brokers: [broker], label: `testcontainers ${image} at ${broker}`, teardown: async () => void (await container.stop()) };
}

async function fromLocalJvm(): Promise<{ brokers: string[]; label: string; teardown: Teardown }> {
  const settings = settingsFromEnv();
  try {
    const started = await startLocalKafka(settings, (line) => console.log(`[kafka] ${line}`));
    const label =
      started.how === 'already-running'
        ? `the broker already running at ${started.broker}`
        : `local ${started.how === 'jvm' ? 'JVM' : 'Docker'} broker, Apache Kafka ${started.version}, at ${started.broker}`;
    const teardown: Teardown =
      started.how === 'already-running' ? async () => undefined : async () => void (await stopLocalKafka(settings));
    return { brokers: [started.broker], label, teardown };
  } catch (error) {
    const reason = error instanceof LocalKafkaError ? error.message : String(error);
    throw new Error(
      `No Kafka broker for the integration tests: ${reason}\n` +
        'Get one of: KAFKA_BROKERS=host:port of a broker you run; a Docker engine (testcontainers); ' +
        'or Java 17 + Maven on the PATH for the local broker (npm run kafka:start).',
    );
  }
}

export default async function setup(project: TestProject): Promise<Teardown> {
  let found: { brokers: string[]; label: string; teardown: Teardown };
  if (process.env.KAFKA_BROKERS) {
    const brokers = process.env.KAFKA_BROKERS.split(',');
    found = { brokers, label: `KAFKA_BROKERS=${brokers.join(',')}`, teardown: async () => undefined };
  } else if (process.env.KAFKA_LOCAL_RUNTIME !== 'jvm' && (await dockerEngine())) {
    found = await fromTestcontainers();
  } else {
    found = await fromLocalJvm();
  }
  console.log(`Kafka tests run against: ${found.label}`);
  project.provide('kafkaBrokers', found.brokers);
  project.provide('kafkaBrokerLabel', found.label);
  return found.teardown;
}
