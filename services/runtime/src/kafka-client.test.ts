import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { kafkaOptions } from './kafka-client.js';

describe('kafkaOptions', () => {
  it('mapsScramAndTlsFilesToKafkajs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spike-tls-'));
    writeFileSync(join(dir, 'ca.pem'), 'CA-PEM');
    const config = loadConfig({
      KAFKA_BROKERS: 'k:9094',
      KAFKA_SSL: 'true',
      KAFKA_SSL_CA_FILE: join(dir, 'ca.pem'),
      KAFKA_SSL_REJECT_UNAUTHORIZED: 'false',
      KAFKA_SASL_MECHANISM: 'scram-sha-256',
      KAFKA_SASL_USERNAME: 'u',
      KAFKA_SASL_PASSWORD: 'p',
    });
    const options = kafkaOptions(config.kafka, 'classifier');
    expect(options.clientId).toBe('spike-classifier');
    expect(options.ssl).toEqual({ rejectUnauthorized: false, ca: ['CA-PEM'] });
    expect(options.sasl).toEqual({ mechanism: 'scram-sha-256', username: 'u', password: 'p' });
  });

  it('leavesTlsAndSaslOffByDefault', () => {
    const options = kafkaOptions(loadConfig({}).kafka, 'x');
    expect(options.ssl).toBeUndefined();
    expect(options.sasl).toBeUndefined();
  });
});
