import { describe, expect, it } from 'vitest';
import { newClusterId, serverProperties } from './jvm-broker.js';
import { brokerAddress, pathsOf, settingsFromEnv } from './settings.js';

describe('settingsFromEnv', () => {
  it('defaultsTo127001Port9092AndKafka391', () => {
    const s = settingsFromEnv({});
    expect(brokerAddress(s)).toBe('127.0.0.1:9092');
    expect(s.controllerPort).toBe(9093);
    expect(s.version).toBe('3.9.1');
  });

  it('takesHostPortAndVersionFromEnv', () => {
    const s = settingsFromEnv({
      KAFKA_LOCAL_HOST: '127.0.0.2',
      KAFKA_LOCAL_PORT: '19092',
      KAFKA_LOCAL_VERSION: '4.1.1',
      KAFKA_LOCAL_DIR: '/tmp/k',
    });
    expect(brokerAddress(s)).toBe('127.0.0.2:19092');
    expect(s.controllerPort).toBe(19093);
    expect(pathsOf(s).libs).toBe('/tmp/k/libs-4.1.1');
    expect(pathsOf(s).data).toBe('/tmp/k/broker-19092/data');
  });

  it('rejectsABadPortWithTheValueInTheMessage', () => {
    expect(() => settingsFromEnv({ KAFKA_LOCAL_PORT: 'ninety' })).toThrow(/KAFKA_LOCAL_PORT.*"ninety"/);
  });
});

describe('serverProperties', () => {
  it('describesOneKraftNodeAdvertisingTheConfiguredAddress', () => {
    const props = serverProperties(settingsFromEnv({ KAFKA_LOCAL_PORT: '19092' }), '/data');
    expect(props).toContain('process.roles=broker,controller');
    expect(props).toContain('controller.quorum.voters=1@127.0.0.1:19093');
    expect(props).toContain('advertised.listeners=PLAINTEXT://127.0.0.1:19092');
    expect(props).toContain('log.dirs=/data');
    expect(props).toContain('auto.create.topics.enable=false');
  });
});

describe('newClusterId', () => {
  it('drawsAgainWhenTheIdWouldStartWithADashWhichKafkaStorageReadsAsAnOption', () => {
    // f8… encodes to '-' first in base64url; the second UUID does not.
    const uuids = ['f8000000-0000-4000-8000-000000000000', '12345678-9abc-4def-8123-456789abcdef'];
    const id = newClusterId(() => uuids.shift() as string);
    expect(id).toBe(Buffer.from('123456789abc4def8123456789abcdef', 'hex').toString('base64url'));
    expect(id).toHaveLength(22);
  });
});
