import { describe, expect, it } from 'vitest';
import type { Classification } from '@spike/classifier';
import type { SocialPost } from '@spike/schemas';
import { authorKey, complaintKey, complaintsOf, invalidPostReason, MAX_TEXT_BYTES } from './classifier-worker.js';

const NOW = Date.UTC(2026, 10, 26);
const post: SocialPost = {
  id: 'p1',
  text: 'whatsapp down',
  created_at: Date.UTC(2022, 9, 25, 7, 5),
  lang: null,
  author_id: 'u1',
  author_location: 'Milano',
  geo_country: null,
  platform: 'x',
};
const result: Classification = {
  id: 'p1',
  complaint: true,
  services: ['whatsapp', 'instagram'],
  language: 'it',
  country: 'IT',
  countrySource: 'profile',
  symptom: 'messages',
  confidence: 0.9,
};

describe('invalidPostReason', () => {
  it('acceptsAnOrdinaryPost', () => {
    expect(invalidPostReason(post, NOW)).toBeUndefined();
  });

  it('rejectsMissingOversizeAndAbsurdlyTimedPosts', () => {
    expect(invalidPostReason({ ...post, text: ' \n' }, NOW)).toMatch(/missing/);
    expect(invalidPostReason({ ...post, text: 'é'.repeat(MAX_TEXT_BYTES / 2 + 1) }, NOW)).toMatch(/65538 bytes/);
    expect(invalidPostReason({ ...post, created_at: Date.UTC(2005, 11, 31) }, NOW)).toMatch(/before 2006/);
    // Three-byte characters: 21,846 of them are 65,538 bytes, though the text is 21,846 code units long.
    expect(invalidPostReason({ ...post, text: '€'.repeat(21_846) }, NOW)).toMatch(/65538 bytes/);
    expect(invalidPostReason({ ...post, text: '€'.repeat(21_845) }, NOW)).toBeUndefined();
    expect(invalidPostReason({ ...post, text: 'a'.repeat(MAX_TEXT_BYTES) }, NOW)).toBeUndefined();
    expect(invalidPostReason({ ...post, created_at: NOW + 25 * 3600 * 1000 }, NOW)).toMatch(/future/);
    expect(invalidPostReason({ ...post, created_at: NOW + 23 * 3600 * 1000 }, NOW)).toBeUndefined();
  });
});

describe('complaintsOf', () => {
  it('writesOneComplaintPerServiceWithThePostsTimeAndAnAuthorKey', () => {
    const complaints = complaintsOf(post, result);
    expect(complaints.map((c) => c.service)).toEqual(['whatsapp', 'instagram']);
    expect(complaints[0]).toMatchObject({
      post_id: 'p1',
      event_time: post.created_at,
      country: 'IT',
      country_source: 'profile',
      language: 'it',
      symptom: 'messages',
    });
    expect(complaints[0]?.author_key).toBe(authorKey(post));
  });

  it('writesNothingForANonComplaint', () => {
    expect(complaintsOf(post, { ...result, complaint: false, services: [] })).toEqual([]);
  });
});

describe('authorKey', () => {
  it('isStablePerAuthorAndFallsBackToThePostWithoutOne', () => {
    expect(authorKey(post)).toBe(authorKey({ ...post, id: 'other-post' }));
    expect(authorKey(post)).not.toBe(authorKey({ ...post, author_id: 'u2' }));
    expect(authorKey({ ...post, author_id: null })).not.toBe(authorKey({ ...post, author_id: null, id: 'p2' }));
  });

  it('keepsItsDigestSoKeysWrittenBeforeAnUpgradeStillMatch', () => {
    // The first 16 base64url characters of sha256("x:123456789").
    expect(authorKey({ platform: 'x', author_id: '123456789', id: 'p1' })).toBe('8hXP93aC4iFemfHd');
  });
});

describe('complaintKey', () => {
  it('usesAStarForAnUnknownCountry', () => {
    expect(complaintKey({ service: 'jio', country: 'IN' })).toBe('jio|IN');
    expect(complaintKey({ service: 'jio', country: null })).toBe('jio|*');
  });
});
