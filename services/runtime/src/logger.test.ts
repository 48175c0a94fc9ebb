import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { createLogger } from './logger.js';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, destination };
}

describe('createLogger', () => {
  it('redactsSaslAndRegistryPasswordsWhereverTheyAreLogged', () => {
    const { lines, destination } = capture();
    const log = createLogger({ level: 'info', name: 't', destination });
    const config = loadConfig({
      KAFKA_SASL_MECHANISM: 'plain',
      KAFKA_SASL_USERNAME: 'u',
      KAFKA_SASL_PASSWORD: 's3cret-sasl',
      SCHEMA_REGISTRY_URL: 'http://r:8081',
      SCHEMA_REGISTRY_USERNAME: 'r',
      SCHEMA_REGISTRY_PASSWORD: 's3cret-registry',
    });
    log.info({ config }, 'config');
    log.info({ token: 's3cret-token', headers: { authorization: 'Bearer s3cret-bearer' } }, 'request');
    const text = lines.join('');
    expect(text).not.toMatch(/s3cret/);
    expect(text).toContain('[redacted]');
    expect(text).toContain('"username":"u"');
  });
});
