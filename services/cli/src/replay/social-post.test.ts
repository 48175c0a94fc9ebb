import { describe, expect, it } from 'vitest';
import { parseEventTime, platformOf, socialPostFromJson, socialPostFromRecord } from './social-post.js';

/** Asymmetric matchers typed as the strings they stand for (expect.string* return any). */
const containing = (text: string): string => expect.stringContaining(text) as string;
const matching = (pattern: RegExp): string => expect.stringMatching(pattern) as string;

describe('platformOf', () => {
  it('keepsEnumSymbolsIgnoringCaseAndSpaces', () => {
    expect(platformOf('x')).toBe('x');
    expect(platformOf(' Mastodon ')).toBe('mastodon');
    expect(platformOf('YOUTUBE')).toBe('youtube');
  });

  it('mapsTwitterToXAndEverythingElseToOther', () => {
    expect(platformOf('twitter')).toBe('x');
    expect(platformOf('tiktok')).toBe('other');
    expect(platformOf('')).toBe('other');
    expect(platformOf(null)).toBe('other');
    expect(platformOf(undefined)).toBe('other');
  });
});

describe('parseEventTime', () => {
  it('readsIsoTimesWithAZoneToEpochMilliseconds', () => {
    expect(parseEventTime('2022-10-25T07:05:12Z')).toEqual({ ms: Date.UTC(2022, 9, 25, 7, 5, 12) });
    expect(parseEventTime('2022-10-25T12:35:12.250+05:30')).toEqual({ ms: Date.UTC(2022, 9, 25, 7, 5, 12, 250) });
    expect(parseEventTime('2022-10-25 07:05:12z')).toEqual({ ms: Date.UTC(2022, 9, 25, 7, 5, 12) });
  });

  it('refusesMissingZonelessAndImpossibleTimes', () => {
    expect(parseEventTime(undefined)).toEqual({ error: containing('missing') });
    expect(parseEventTime(' ')).toEqual({ error: containing('missing') });
    expect(parseEventTime('2022-10-25T07:05:12')).toEqual({ error: containing('with a zone') });
    expect(parseEventTime('25/10/2022 07:05')).toEqual({ error: containing('not an ISO 8601') });
    expect(parseEventTime('2022-13-45T07:05:12Z')).toEqual({ error: containing('not a valid date') });
  });
});

describe('socialPostFromJson', () => {
  it('convertsAPostWithAuthorIdAndEmptyTextAsNull', () => {
    expect(
      socialPostFromJson({
        id: 'p1',
        text: 'WhatsApp down?',
        created_at: '2022-10-25T07:05:12Z',
        lang: '',
        author_id: 'u-7',
        author_location: '  ',
        geo_country: 'IN',
        platform: 'Threads',
        expected: { complaint: true },
      }),
    ).toEqual({
      post: {
        id: 'p1',
        text: 'WhatsApp down?',
        created_at: Date.UTC(2022, 9, 25, 7, 5, 12),
        lang: null,
        author_id: 'u-7',
        author_location: null,
        geo_country: 'IN',
        platform: 'threads',
      },
    });
  });

  it('fillsAbsentOptionalFieldsWithNullAndPlatformOther', () => {
    expect(socialPostFromJson({ id: 'p2', text: 't', created_at: '2022-10-25T07:05:12Z' })).toEqual({
      post: {
        id: 'p2',
        text: 't',
        created_at: Date.UTC(2022, 9, 25, 7, 5, 12),
        lang: null,
        author_id: null,
        author_location: null,
        geo_country: null,
        platform: 'other',
      },
    });
  });

  it('saysWhyAPostIsBad', () => {
    expect(socialPostFromJson({ id: 'p3', created_at: '2022-10-25T07:05:12Z' })).toEqual({ error: matching(/^text:/) });
    expect(socialPostFromJson({ id: '', text: 't', created_at: '2022-10-25T07:05:12Z' })).toEqual({ error: matching(/^id:/) });
    expect(socialPostFromJson({ id: 'p4', text: 't' })).toEqual({ error: containing('created_at is missing') });
    expect(socialPostFromJson({ id: 'p5', text: 't', created_at: 1666681512000 })).toEqual({
      error: matching(/^created_at:/),
    });
    expect(socialPostFromJson([1, 2])).toEqual({ error: containing('(line)') });
  });
});

describe('socialPostFromRecord', () => {
  const record = {
    id: 'a1',
    text: 't',
    created_at: 1666681512000,
    lang: '',
    author_id: null,
    author_location: 'Roma',
    geo_country: null,
    platform: 'x' as const,
  };

  it('keepsAResolvedRecordWithEmptyTextAsNull', () => {
    expect(socialPostFromRecord(record)).toEqual({ post: { ...record, lang: null } });
  });

  it('refusesAnEmptyId', () => {
    expect(socialPostFromRecord({ ...record, id: '' })).toEqual({ error: 'id: is empty' });
  });
});
