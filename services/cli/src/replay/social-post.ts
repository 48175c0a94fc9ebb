/**
 * Turning an input post (a JSON line, a CSV row, a decoded Avro record) into the SocialPost
 * record that goes on posts.raw. One rule set for every format: the zod POST_INPUT schema,
 * a created_at that must be an ISO 8601 time with a zone (replay needs the time), platform
 * names mapped onto the Platform enum, empty optional text read as null.
 */
import { PLATFORM_SYMBOLS, type Platform, type SocialPost } from '@spike/schemas';
import { describeIssues, POST_INPUT, type PostInputJson } from '../commands/posts.js';

export type Conversion = { post: SocialPost } | { error: string };

const PLATFORMS: ReadonlySet<string> = new Set(PLATFORM_SYMBOLS);
/** Names a platform goes by that are not its enum symbol. */
const PLATFORM_ALIASES: Readonly<Record<string, Platform>> = { twitter: 'x' };

/** The Platform of a platform name: case and surrounding spaces ignored, `twitter` is `x`, anything else unknown is `other`. */
export function platformOf(name: string | null | undefined): Platform {
  const key = (name ?? '').trim().toLowerCase();
  if (PLATFORMS.has(key)) return key as Platform;
  return PLATFORM_ALIASES[key] ?? 'other';
}

/**
 * ISO 8601 date-time with an explicit zone (Z or ±hh:mm). A time without a zone is refused
 * rather than read in the machine's local zone, which would shift every post by hours.
 */
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

/** Epoch milliseconds of an ISO 8601 time with a zone, or an error message. */
export function parseEventTime(text: string | undefined): { ms: number } | { error: string } {
  if (text === undefined || text.trim() === '') return { error: 'created_at is missing (replay needs each post’s time)' };
  const trimmed = text.trim();
  if (!ISO_WITH_ZONE.test(trimmed)) {
    return { error: `created_at ${JSON.stringify(text)} is not an ISO 8601 time with a zone (e.g. 2022-10-25T07:05:12Z)` };
  }
  const ms = Date.parse(trimmed.replace(' ', 'T'));
  return Number.isFinite(ms) ? { ms } : { error: `created_at ${JSON.stringify(text)} is not a valid date` };
}

/** '' and whitespace-only text mean "none" (a CSV cell cannot say null). */
function textOrNull(value: string | null | undefined): string | null {
  return value === undefined || value === null || value.trim() === '' ? null : value;
}

/** The SocialPost of a validated input post whose time is already known. */
export function socialPostOf(input: PostInputJson, createdAtMs: number): SocialPost {
  return {
    id: input.id,
    text: input.text,
    created_at: createdAtMs,
    lang: textOrNull(input.lang),
    author_id: textOrNull(input.author_id),
    author_location: textOrNull(input.author_location),
    geo_country: textOrNull(input.geo_country),
    platform: platformOf(input.platform),
  };
}

/** A JSON value (a JSONL line or a CSV row as an object of strings) as a SocialPost, or why not. */
export function socialPostFromJson(value: unknown): Conversion {
  const parsed = POST_INPUT.safeParse(value);
  if (!parsed.success) return { error: describeIssues(parsed.error) };
  const time = parseEventTime(parsed.data.created_at);
  if ('error' in time) return time;
  return { post: socialPostOf(parsed.data, time.ms) };
}

/**
 * A record decoded from an Avro file (already resolved to the SocialPost schema, so every
 * field has its type) as a SocialPost, or why not: the same rules as JSON where Avro's types
 * do not already enforce them.
 */
export function socialPostFromRecord(record: SocialPost): Conversion {
  if (record.id === '') return { error: 'id: is empty' };
  if (!Number.isSafeInteger(record.created_at)) return { error: `created_at ${record.created_at} is not a whole number of milliseconds` };
  return {
    post: {
      id: record.id,
      text: record.text,
      created_at: record.created_at,
      lang: textOrNull(record.lang),
      author_id: textOrNull(record.author_id),
      author_location: textOrNull(record.author_location),
      geo_country: textOrNull(record.geo_country),
      platform: record.platform,
    },
  };
}

/**
 * A generated scenario's posts (the JSON `spike simulate` writes) as SocialPosts, converted the
 * way replay converts a JSON line. The generator writing an invalid post is a bug: it throws.
 */
export function* scenarioSocialPosts(posts: Iterable<unknown>): Generator<SocialPost> {
  for (const json of posts) {
    const converted = socialPostFromJson(json);
    if ('error' in converted) throw new Error(`the scenario generator wrote an invalid post: ${converted.error}`);
    yield converted.post;
  }
}
