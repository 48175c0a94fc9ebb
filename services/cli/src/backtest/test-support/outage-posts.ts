/** Hand-written posts for backtest tests: three quiet days, then WhatsApp failing in India for 40 minutes. */
import type { SocialPost } from '@spike/schemas';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
export const OUTAGE_START = Date.UTC(2022, 9, 25, 7, 0);
export const OUTAGE_MINUTES = 40;
export const OUTAGE_AUTHORS_PER_MINUTE = 25;
export const OUTAGE_LABEL = { service: 'whatsapp', countries: ['IN'], start: '2022-10-25T07:00:00Z', end: '2022-10-25T07:40:00Z' };

function post(id: string, time: number, text: string, author: string, location: string): SocialPost {
  return { id, text, created_at: time, lang: null, author_id: author, author_location: location, geo_country: null, platform: 'x' };
}

/** A complaint every 20 minutes and some chatter for three days, the outage, then one post with no text. */
export function outagePosts(): SocialPost[] {
  const out: SocialPost[] = [];
  let n = 0;
  for (let t = OUTAGE_START - 3 * 24 * HOUR; t < OUTAGE_START; t += 20 * MINUTE) {
    out.push(post(`h${n++}`, t, 'whatsapp not working for me, is it down?', `bg${n % 50}`, 'Delhi'));
    out.push(post(`h${n++}`, t + 7 * MINUTE, 'just downloaded the new whatsapp update, love the stickers', `chat${n % 80}`, 'Mumbai'));
  }
  for (let m = 0; m < OUTAGE_MINUTES; m++) {
    for (let a = 0; a < OUTAGE_AUTHORS_PER_MINUTE; a++) {
      const author = `out${m * OUTAGE_AUTHORS_PER_MINUTE + a}`;
      out.push(
        post(`o${m}-${a}`, OUTAGE_START + m * MINUTE + a * 2000, 'WhatsApp down? messages not sending since morning', author, 'Mumbai'),
      );
    }
  }
  out.push(post('bad-empty', OUTAGE_START + (OUTAGE_MINUTES + 1) * MINUTE, '   ', 'x1', 'Mumbai'));
  return out;
}
