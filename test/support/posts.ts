/** Posts for the worker tests, written for them from templates (never copied from shared/data). */
import type { SocialPost } from '@spike/schemas';

const SERVICES = ['WhatsApp', 'Instagram', 'YouTube', 'Jio', 'Turkcell', 'Netflix'];
const TEMPLATES: { text: (s: string) => string; location: string | null; lang: string | null }[] = [
  { text: (s) => `${s} down? messages not sending for me`, location: 'Leeds', lang: 'en' },
  { text: (s) => `is ${s} down for anyone else? nothing loads`, location: null, lang: 'en' },
  { text: (s) => `${s} non funziona da stamattina, che succede?`, location: 'Milano', lang: 'it' },
  { text: (s) => `${s} çöktü mü? sadece bende mi`, location: 'İstanbul', lang: 'tr' },
  { text: (s) => `${s} nahi chal raha yaar, msg nahi ja rahe`, location: 'Lucknow, UP', lang: null },
  { text: (s) => `${s} نہیں چل رہا، کیا مسئلہ ہے`, location: 'Lahore 🇵🇰', lang: 'ur' },
  { text: (s) => `just downloaded ${s} on my new phone, love it`, location: 'Dublin', lang: 'en' },
  { text: (s) => `${s} is back up, everything fine now`, location: null, lang: 'en' },
  { text: (s) => `the new ${s} update looks great`, location: 'Roma', lang: 'en' },
];

/** `count` valid posts, spread over services, languages and places, at one post a second from `startMs`. */
export function generatedPosts(count: number, startMs = Date.UTC(2022, 9, 25, 7, 0, 0)): SocialPost[] {
  return Array.from({ length: count }, (_, i) => {
    const template = TEMPLATES[i % TEMPLATES.length] as (typeof TEMPLATES)[number];
    const service = SERVICES[Math.floor(i / TEMPLATES.length) % SERVICES.length] as string;
    return {
      id: `gen-${i}`,
      text: template.text(service),
      created_at: startMs + i * 1000,
      lang: template.lang,
      author_id: `author-${i % 97}`,
      author_location: template.location,
      geo_country: null,
      platform: i % 3 === 0 ? 'reddit' : 'x',
    };
  });
}
