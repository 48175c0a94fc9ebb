import { describe, expect, it } from 'vitest';
import { stateRecords } from '@spike/cli';
import { SingleObjectFormat } from '@spike/runtime';
import type { RecordName, RecordTypes } from '@spike/schemas';
import { sampleComplaint, samplePost } from '../support/codec.js';
import { createTopic, readTopic, testKafka, uniqueSuffix } from '../support/kafka.js';

const samples: { [N in RecordName]: RecordTypes[N] } = {
  SocialPost: samplePost(1, { text: 'WhatsApp बंद है क्या? 🇮🇳 mesajlar gitmiyor', lang: 'hi', geo_country: 'IN' }),
  Complaint: sampleComplaint(1),
  Anomaly: {
    incident_id: 'whatsapp-20221025T0701',
    status: 'OPEN',
    service: 'whatsapp',
    countries: ['GB', 'IN', 'IT', 'PK', 'TR'],
    window_start: Date.UTC(2022, 9, 25, 7, 1),
    window_end: Date.UTC(2022, 9, 25, 7, 2),
    observed: 412,
    expected: 3.25,
    score: 0.9999,
    started_at: Date.UTC(2022, 9, 25, 7, 1),
    peak_count: 412,
    peak_at: Date.UTC(2022, 9, 25, 7, 1),
    symptom_shares: { messages: 0.75, login: 0.25 },
    language_shares: { hi: 0.5, en: 0.5 },
    sample_post_ids: ['a', 'b'],
    params_version: 'test',
  },
  // An open incident as the detector worker writes it (the schema tests in @spike/schemas carry a KEY record).
  DetectorState: stateRecords(3, 'd1-0000abcd', [
    {
      kind: 'incident',
      id: 'whatsapp',
      value: {
        id: 'whatsapp-20221025T0700Z',
        service: 'whatsapp',
        recovering: false,
        startedAt: Date.UTC(2022, 9, 25, 7, 0),
        members: ['IN', 'IT'],
        peakCount: 412,
        peakAt: Date.UTC(2022, 9, 25, 7, 1),
        symptoms: [
          ['messages', 300],
          ['login', 100],
        ],
        languages: [
          ['hi', 250],
          ['it', 150],
        ],
        samplePostIds: ['a', 'b'],
        quietSince: null,
        calmWindows: 0,
        reported: { countries: 'IN,IT', peak: 412, topSymptom: 'messages', topLanguage: 'hi' },
      },
    },
  ])[0]?.value as RecordTypes['DetectorState'],
  DeadLetter: {
    source_topic: 'posts.raw',
    partition: 2,
    offset: 1234567890123,
    key: Buffer.from('k'),
    value: Buffer.from([0xde, 0xad]),
    error_kind: 'TRUNCATED',
    error_message: 'body ends early',
    failed_at: Date.UTC(2022, 9, 25, 7, 3),
  },
};

describe('every schema through the broker', () => {
  for (const name of Object.keys(samples) as RecordName[]) {
    it(`${name} is produced, consumed and decoded to a deep-equal record`, async () => {
      const topic = `roundtrip.${name}.${uniqueSuffix()}`;
      await createTopic(topic);
      const wire = new SingleObjectFormat();
      const producer = testKafka().producer();
      await producer.connect();
      await producer.send({ topic, acks: -1, messages: [{ key: 'k', value: wire.encode(name, samples[name]) }] });
      await producer.disconnect();

      const [record] = await readTopic(topic, 1);
      expect(await wire.decode(name, record?.message.value as Buffer)).toEqual(samples[name]);
    });
  }
});
