/** kafkajs client from config: brokers, TLS, SASL (PLAIN, SCRAM-SHA-256/512), timeouts, and kafkajs logs routed to pino. */
import { readFileSync } from 'node:fs';
import { Kafka, logLevel, type KafkaConfig, type LogEntry, type SASLOptions } from 'kafkajs';
import type { SpikeConfig } from './config.js';
import type { Logger } from './logger.js';

function tlsOptions(ssl: Exclude<SpikeConfig['kafka']['ssl'], false>) {
  return {
    rejectUnauthorized: ssl.rejectUnauthorized,
    ...(ssl.caFile ? { ca: [readFileSync(ssl.caFile, 'utf8')] } : {}),
    ...(ssl.certFile ? { cert: readFileSync(ssl.certFile, 'utf8') } : {}),
    ...(ssl.keyFile ? { key: readFileSync(ssl.keyFile, 'utf8') } : {}),
  };
}

function saslOptions(sasl: Exclude<SpikeConfig['kafka']['sasl'], false>): SASLOptions {
  return { mechanism: sasl.mechanism, username: sasl.username, password: sasl.password };
}

const PINO_LEVEL: Record<number, 'error' | 'warn' | 'info' | 'debug'> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'info',
  [logLevel.DEBUG]: 'debug',
};

/** The kafkajs client options for this config (exported for tests of the TLS/SASL mapping). */
export function kafkaOptions(config: SpikeConfig['kafka'], clientSuffix: string, log?: Logger): KafkaConfig {
  return {
    clientId: `${config.clientId}-${clientSuffix}`,
    brokers: config.brokers,
    connectionTimeout: config.connectionTimeoutMs,
    requestTimeout: config.requestTimeoutMs,
    ...(config.ssl ? { ssl: tlsOptions(config.ssl) } : {}),
    ...(config.sasl ? { sasl: saslOptions(config.sasl) } : {}),
    logLevel: log ? logLevel.WARN : logLevel.NOTHING,
    ...(log
      ? {
          logCreator:
            () =>
            ({ level, label, log: entry }: LogEntry) => {
              const { message, ...rest } = entry;
              log[PINO_LEVEL[level] ?? 'info']({ kafkajs: label, ...rest }, message);
            },
        }
      : {}),
  };
}

export function createKafka(config: SpikeConfig['kafka'], clientSuffix: string, log?: Logger): Kafka {
  return new Kafka(kafkaOptions(config, clientSuffix, log));
}
