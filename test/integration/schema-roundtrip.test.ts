import { describe, expect, it } from 'vitest';
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
  DetectorState: {
    partition: 3,
    kind: 'KEY',
    id: 'whatsapp|IN',
    params_version: 'd1-0000abcd',
    partition_state: null,
    key_state: {
      level: 0.4,
      windows: 4320,
      last_window_start: 1666681140000,
      dispersion_num: 0.1,
      dispersion_den: 0.2,
      profile: [1, 1.5],
      weekly: [1, 1, 1, 1, 1, 1, 1],
      profile_sum: 2.5,
      weekly_sum: 7,
      recent_counts: [1, 0, 2],
      recent_expected: [0.4, 0.4, 0.5],
      last_scored_start: 1666681140000,
    },
    incident: null,
  },
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
