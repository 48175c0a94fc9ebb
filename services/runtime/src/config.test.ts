import { describe, expect, it } from 'vitest';
import { configTable, ENV_SCHEMA, loadConfig } from './config.js';
import { SpikeError } from './errors.js';

describe('loadConfig', () => {
  it('usesTheDocumentedDefaultsForAnEmptyEnvironment', () => {
    const config = loadConfig({});
    expect(config.kafka.brokers).toEqual(['127.0.0.1:9092']);
    expect(config.kafka.ssl).toBe(false);
    expect(config.kafka.sasl).toBe(false);
    expect(config.schemaRegistry).toBe(false);
    expect(config.topics).toEqual({
      postsRaw: 'posts.raw',
      complaints: 'complaints',
      anomalies: 'anomalies',
      postsDlq: 'posts.dlq',
      detectorState: 'detector.state',
    });
    expect(config.http.port).toBe(9464);
  });

  it('treatsEmptyStringsAsUnset', () => {
    expect(loadConfig({ KAFKA_BROKERS: '', LOG_LEVEL: '' }).kafka.brokers).toEqual(['127.0.0.1:9092']);
  });

  it('readsSaslAndTls', () => {
    const config = loadConfig({
      KAFKA_BROKERS: 'a:9093,b:9093',
      KAFKA_SSL: 'true',
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KAFKA_SASL_USERNAME: 'svc',
      KAFKA_SASL_PASSWORD: 'hunter2',
    });
    expect(config.kafka.brokers).toEqual(['a:9093', 'b:9093']);
    expect(config.kafka.ssl).toEqual({ rejectUnauthorized: true });
    expect(config.kafka.sasl).toEqual({ mechanism: 'scram-sha-512', username: 'svc', password: 'hunter2' });
  });

  it('listsEveryBadVariableInOneError', () => {
    let error: unknown;
    try {
      loadConfig({ KAFKA_BROKERS: 'no-port', KAFKA_SASL_MECHANISM: 'plain', TOPIC_PARTITIONS: '-2', HTTP_PORT: 'x', KAFKA_SSL: 'maybe' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SpikeError);
    const { code, message } = error as SpikeError;
    expect(code).toBe('CONFIG_INVALID');
    for (const name of ['KAFKA_BROKERS', 'TOPIC_PARTITIONS', 'HTTP_PORT', 'KAFKA_SSL']) expect(message).toContain(name);
  });

  it('keepsRecordsForeverWithRetentionMinusOneAndRefusesOtherNegatives', () => {
    expect(loadConfig({ TOPIC_RETENTION_MS: '-1' }).topicDefaults.retentionMs).toBe(-1);
    expect(() => loadConfig({ TOPIC_RETENTION_MS: '-5' })).toThrow(/TOPIC_RETENTION_MS.*-1 to keep records forever/);
  });

  it('requiresCredentialsWithASaslMechanism', () => {
    expect(() => loadConfig({ KAFKA_SASL_MECHANISM: 'plain' })).toThrow(/KAFKA_SASL_USERNAME[\s\S]*KAFKA_SASL_PASSWORD/);
  });

  it('switchesToTheConfluentFormatWhenARegistryIsSet', () => {
    expect(loadConfig({ SCHEMA_REGISTRY_URL: 'http://registry:8081' }).schemaRegistry).toEqual({ url: 'http://registry:8081' });
  });
});

describe('configTable', () => {
  it('hasOneDocumentedRowPerVariable', () => {
    const rows = configTable().split('\n').slice(2);
    expect(rows).toHaveLength(Object.keys(ENV_SCHEMA.shape).length);
    for (const row of rows) expect(row).toMatch(/^\| `[A-Z_]+` \| .+ \| .{10,} \|$/);
    expect(configTable()).toContain('| `KAFKA_BROKERS` | `127.0.0.1:9092` |');
  });
});
