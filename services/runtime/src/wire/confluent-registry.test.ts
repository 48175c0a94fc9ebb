// ConfluentFormat against a small in-process implementation of the Schema Registry REST
// calls it makes (set a subject's compatibility, register a version, look a schema up by id). No Confluent
// registry can be installed on our machines (its jars are not on Maven Central), so this
// checks our side of the protocol; a run against a real registry is still to be done.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SocialPost } from '@spike/schemas';
import { ConfluentFormat } from './confluent.js';

interface Registered {
  id: number;
  schema: string;
}

function startRegistry(): Promise<{ server: Server; url: string; bySubject: Map<string, Registered> }> {
  const bySubject = new Map<string, Registered>();
  const byId = new Map<number, string>();
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const reply = (status: number, value: unknown) =>
        res.writeHead(status, { 'content-type': 'application/vnd.schemaregistry.v1+json' }).end(JSON.stringify(value));
      const register = /^\/subjects\/([^/]+)\/versions$/.exec(req.url ?? '');
      const lookup = /^\/schemas\/ids\/(\d+)$/.exec(req.url ?? '');
      if (req.method === 'POST' && register) {
        const subject = decodeURIComponent(register[1] as string);
        const { schema } = JSON.parse(body) as { schema: string };
        const known = bySubject.get(subject);
        const id = known && known.schema === schema ? known.id : byId.size + 1;
        byId.set(id, schema);
        bySubject.set(subject, { id, schema });
        return reply(200, { id });
      }
      // The client sets each subject's compatibility level before registering.
      if (/^\/config\//.test(req.url ?? '')) return reply(200, { compatibility: 'BACKWARD', compatibilityLevel: 'BACKWARD' });
      if (req.method === 'GET' && lookup) {
        const schema = byId.get(Number(lookup[1]));
        return schema ? reply(200, { schema }) : reply(404, { error_code: 40403, message: 'Schema not found' });
      }
      return reply(404, { error_code: 404, message: `no route ${req.method} ${req.url}` });
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, bySubject })),
  );
}

const post: SocialPost = {
  id: 'p1',
  text: 'WhatsApp çöktü mü?',
  created_at: 1666681512000,
  lang: 'tr',
  author_id: 'u1',
  author_location: 'İstanbul',
  geo_country: null,
  platform: 'x',
};

describe('ConfluentFormat with a registry', () => {
  let registry: Awaited<ReturnType<typeof startRegistry>>;
  beforeAll(async () => {
    registry = await startRegistry();
  });
  afterAll(() => new Promise<void>((resolve) => registry.server.close(() => resolve())));

  it('registersEveryRecordUnderItsFullNameAndFramesWithTheReturnedId', async () => {
    const format = new ConfluentFormat({ url: registry.url });
    await format.init();
    expect([...registry.bySubject.keys()].sort()).toEqual([
      'dev.spike.Anomaly',
      'dev.spike.Complaint',
      'dev.spike.DeadLetter',
      'dev.spike.DetectorState',
      'dev.spike.SocialPost',
    ]);
    const bytes = format.encode('SocialPost', post);
    expect(bytes[0]).toBe(0);
    expect(bytes.readUInt32BE(1)).toBe(registry.bySubject.get('dev.spike.SocialPost')?.id);
    expect(await format.decode('SocialPost', bytes)).toEqual(post);
  });

  it('fetchesAWriterSchemaItHasNotSeenByIdAndReadsTheRecord', async () => {
    const writer = new ConfluentFormat({ url: registry.url });
    await writer.init();
    const reader = new ConfluentFormat({ url: registry.url });
    expect(await reader.decode('SocialPost', writer.encode('SocialPost', post))).toEqual(post);
  });

  it('answersAnIdTheRegistryDoesNotKnowWithUnknownSchema', async () => {
    const reader = new ConfluentFormat({ url: registry.url });
    const bytes = Buffer.from([0, 0, 0, 0x30, 0x39, 2, 0x61]);
    await expect(reader.decode('SocialPost', bytes)).rejects.toMatchObject({ code: 'UNKNOWN_SCHEMA' });
  });

  it('answersAnUnreachableRegistryWithARetriableError', async () => {
    const reader = new ConfluentFormat({ url: 'http://127.0.0.1:9' });
    await expect(reader.decode('SocialPost', Buffer.from([0, 0, 0, 0, 7, 0]))).rejects.toMatchObject({ disposition: 'retry' });
  });
});
