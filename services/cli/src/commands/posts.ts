/** zod schemas of the JSON inputs of the CLI: posts and labelled posts (shared/spec/labelled-posts.md). */
import { z } from 'zod';

export const POST_INPUT = z.object({
  id: z.string().min(1),
  text: z.string(),
  created_at: z.string().optional(),
  lang: z.string().nullable().optional(),
  /** Not in spec/labelled-posts.md; generated scenarios carry it, and SocialPost counts distinct authors by it. */
  author_id: z.string().nullable().optional(),
  author_location: z.string().nullable().optional(),
  geo_country: z.string().nullable().optional(),
  platform: z.string().nullable().optional(),
});

export const LABELLED_POST = POST_INPUT.extend({
  expected: z.object({
    complaint: z.boolean(),
    services: z.array(z.string()),
    language: z.array(z.string()).min(1),
    country: z.string().nullable(),
  }),
});

export type PostInputJson = z.infer<typeof POST_INPUT>;

/** One line's validation problems as one readable sentence. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(line)'}: ${i.message}`).join('; ');
}
