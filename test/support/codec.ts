/** Sample records and the passthrough handler the runtime tests use. */
import type { Complaint, SocialPost } from '@spike/schemas';

export function samplePost(i: number, overrides: Partial<SocialPost> = {}): SocialPost {
  return {
    id: `post-${i}`,
    text: `sample post ${i}: is it down?`,
    created_at: Date.UTC(2022, 9, 25, 7, 0, 0) + i * 1000,
    lang: null,
    author_id: `author-${i % 7}`,
    author_location: i % 2 ? 'Milano' : null,
    geo_country: null,
    platform: 'x',
    ...overrides,
  };
}

export function sampleComplaint(i: number): Complaint {
  return {
    post_id: `post-${i}`,
    event_time: Date.UTC(2022, 9, 25, 7, 0, 0) + i * 1000,
    service: 'whatsapp',
    country: i % 2 ? 'IT' : null,
    country_source: i % 2 ? 'profile' : 'none',
    language: 'it',
    symptom: 'messages',
    confidence: 0.875,
    platform: 'x',
    author_key: `k-${i}`,
  };
}
