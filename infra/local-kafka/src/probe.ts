import { Kafka, logLevel } from 'kafkajs';

/**
 * True when a Kafka broker at `broker` answers a metadata request within `timeoutMs`.
 * This is the readiness test: a listening socket is not enough, the broker must have
 * finished starting and joined its KRaft quorum.
 */
export async function brokerAnswers(broker: string, timeoutMs = 3000): Promise<boolean> {
  const kafka = new Kafka({
    clientId: 'spike-local-kafka-probe',
    brokers: [broker],
    connectionTimeout: Math.min(timeoutMs, 1000),
    requestTimeout: timeoutMs,
    retry: { retries: 0 },
    logLevel: logLevel.NOTHING,
  });
  const admin = kafka.admin();
  try {
    await withTimeout(admin.connect(), timeoutMs);
    const cluster = await withTimeout(admin.describeCluster(), timeoutMs);
    return cluster.brokers.length > 0;
  } catch {
    return false;
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
