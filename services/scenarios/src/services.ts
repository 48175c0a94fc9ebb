/**
 * The catalogue services the generator talks about (ids from shared/spec/services.csv), how
 * people spell them in each script, what goes wrong with each kind of service, and how much
 * each is used (and so mentioned and complained about) in each country.
 */
import type { CountryCode } from './countries.js';
import type { Symptom } from './lexicon/types.js';

export type Category =
  | 'messaging'
  | 'social'
  | 'video'
  | 'music'
  | 'email'
  | 'search'
  | 'meetings'
  | 'telecom'
  | 'bank'
  | 'payments'
  | 'commerce'
  | 'food'
  | 'transport'
  | 'gaming'
  | 'ai'
  | 'cloud'
  | 'travel'
  | 'government';

export interface Service {
  id: string;
  category: Category;
  /** Spellings in Latin script with weights: the official name first, then how people type it. */
  latin: readonly (readonly [string, number])[];
  /** Devanagari and Arabic-script spellings, when people use them. */
  deva?: readonly string[];
  arab?: readonly string[];
  /** Stem of outage hashtags (#WhatsAppDown, #instagramdown). */
  tags: readonly string[];
  /** Official @handle, mentioned in some posts. */
  handle?: string;
  /** Relative use in each country where it is used (global services default to `global`). */
  global?: number;
  countries?: Partial<Record<CountryCode, number>>;
}

const s = (id: string, category: Category, latin: readonly (readonly [string, number])[], extra: Partial<Service> = {}): Service => ({
  id,
  category,
  latin,
  tags: extra.tags ?? [latin[0]?.[0].replace(/\s+/g, '') ?? id],
  ...extra,
});

export const SERVICES: readonly Service[] = [
  s(
    'whatsapp',
    'messaging',
    [
      ['WhatsApp', 40],
      ['whatsapp', 30],
      ['Whatsapp', 20],
      ['WHATSAPP', 4],
      ['watsapp', 4],
      ['whatsap', 3],
      ['Whats App', 3],
      ['watsap', 2],
      ['WA', 2],
      ['wp', 1],
    ],
    {
      deva: ['व्हाट्सएप', 'वॉट्सऐप', 'व्हाट्सऐप', 'व्हॉट्सऐप'],
      arab: ['واٹس ایپ', 'واٹس اپ', 'وٹس ایپ'],
      tags: ['WhatsApp', 'whatsapp', 'Whatsapp'],
      handle: '@WhatsApp',
      global: 10,
      countries: { IN: 26, PK: 24, IT: 16, TR: 16, GB: 9, US: 3, BR: 24, ES: 16, DE: 12, ID: 18, NG: 18, FR: 7, MX: 20 },
    },
  ),
  s(
    'instagram',
    'social',
    [
      ['Instagram', 40],
      ['instagram', 30],
      ['insta', 16],
      ['Insta', 10],
      ['IG', 6],
      ['ig', 4],
      ['instagaram', 1],
    ],
    { deva: ['इंस्टाग्राम', 'इंस्टा'], arab: ['انسٹاگرام'], tags: ['Instagram', 'instagram', 'insta'], handle: '@instagram', global: 9 },
  ),
  s(
    'facebook',
    'social',
    [
      ['Facebook', 40],
      ['facebook', 30],
      ['FB', 14],
      ['fb', 12],
      ['Fb', 4],
      ['facebuk', 1],
    ],
    {
      deva: ['फेसबुक'],
      arab: ['فیس بک'],
      tags: ['Facebook', 'facebook', 'fb'],
      handle: '@facebook',
      global: 6,
      countries: { US: 8, NG: 10, PK: 8 },
    },
  ),
  s(
    'messenger',
    'messaging',
    [
      ['Messenger', 40],
      ['messenger', 30],
      ['FB Messenger', 12],
      ['facebook messenger', 8],
      ['fb messenger', 8],
    ],
    { tags: ['Messenger', 'messenger'], global: 2, countries: { US: 5, MX: 3, GB: 3 } },
  ),
  s(
    'youtube',
    'video',
    [
      ['YouTube', 40],
      ['youtube', 35],
      ['Youtube', 15],
      ['yt', 6],
      ['YT', 4],
    ],
    { deva: ['यूट्यूब'], arab: ['یوٹیوب'], tags: ['YouTube', 'youtube'], handle: '@YouTube', global: 8 },
  ),
  s(
    'x',
    'social',
    [
      ['Twitter', 35],
      ['twitter', 25],
      ['X', 10],
      ['X (Twitter)', 6],
      ['twitter/X', 6],
    ],
    { tags: ['TwitterDown', 'twitter'], global: 4 },
  ),
  s(
    'tiktok',
    'social',
    [
      ['TikTok', 50],
      ['tiktok', 40],
      ['Tik Tok', 10],
    ],
    { global: 5, countries: { IN: 0, PK: 6 } },
  ),
  s(
    'telegram',
    'messaging',
    [
      ['Telegram', 50],
      ['telegram', 40],
      ['TG', 5],
    ],
    { global: 3, countries: { IN: 4, ID: 4, TR: 3 } },
  ),
  s(
    'gmail',
    'email',
    [
      ['Gmail', 50],
      ['gmail', 40],
      ['GMail', 5],
    ],
    { global: 3 },
  ),
  s(
    'netflix',
    'video',
    [
      ['Netflix', 60],
      ['netflix', 40],
    ],
    { global: 3, countries: { US: 5, GB: 4 } },
  ),
  s(
    'spotify',
    'music',
    [
      ['Spotify', 60],
      ['spotify', 40],
    ],
    { global: 3, countries: { US: 5, GB: 5, DE: 4, BR: 4 } },
  ),
  s(
    'snapchat',
    'social',
    [
      ['Snapchat', 50],
      ['snapchat', 30],
      ['snap', 20],
    ],
    { global: 1, countries: { US: 5, GB: 4, FR: 5 } },
  ),
  s(
    'discord',
    'messaging',
    [
      ['Discord', 60],
      ['discord', 40],
    ],
    { global: 2 },
  ),
  s(
    'chatgpt',
    'ai',
    [
      ['ChatGPT', 60],
      ['chatgpt', 30],
      ['chat gpt', 10],
    ],
    { global: 2 },
  ),
  s(
    'amazon',
    'commerce',
    [
      ['Amazon', 60],
      ['amazon', 40],
    ],
    { global: 2, countries: { US: 5, GB: 4, DE: 4, IN: 3 } },
  ),
  s(
    'outlook',
    'email',
    [
      ['Outlook', 60],
      ['outlook', 30],
      ['Hotmail', 10],
    ],
    { global: 1 },
  ),
  s(
    'microsoft-teams',
    'meetings',
    [
      ['Teams', 50],
      ['MS Teams', 30],
      ['Microsoft Teams', 20],
    ],
    { global: 1 },
  ),
  s(
    'steam',
    'gaming',
    [
      ['Steam', 70],
      ['steam', 30],
    ],
    { global: 1 },
  ),
  s(
    'roblox',
    'gaming',
    [
      ['Roblox', 60],
      ['roblox', 40],
    ],
    { global: 1, countries: { US: 3 } },
  ),
  s(
    'uber',
    'transport',
    [
      ['Uber', 70],
      ['uber', 30],
    ],
    { global: 1 },
  ),
  s(
    'paypal',
    'payments',
    [
      ['PayPal', 60],
      ['paypal', 40],
    ],
    { countries: { US: 2, GB: 2, DE: 3, IT: 2 } },
  ),
  // India
  s(
    'jio',
    'telecom',
    [
      ['Jio', 55],
      ['jio', 35],
      ['JIO', 5],
      ['Reliance Jio', 5],
    ],
    { deva: ['जियो'], tags: ['JioDown', 'jio'], handle: '@reliancejio', countries: { IN: 12 } },
  ),
  s(
    'airtel',
    'telecom',
    [
      ['Airtel', 60],
      ['airtel', 40],
    ],
    { deva: ['एयरटेल'], handle: '@airtelindia', countries: { IN: 8, NG: 6 } },
  ),
  s(
    'vi',
    'telecom',
    [
      ['Vi', 40],
      ['Vodafone Idea', 30],
      ['vi network', 20],
      ['Vodafone-Idea', 10],
    ],
    { countries: { IN: 3 } },
  ),
  s(
    'upi',
    'payments',
    [
      ['UPI', 80],
      ['upi', 20],
    ],
    { countries: { IN: 6 } },
  ),
  s(
    'paytm',
    'payments',
    [
      ['Paytm', 60],
      ['paytm', 40],
    ],
    { countries: { IN: 3 } },
  ),
  s(
    'phonepe',
    'payments',
    [
      ['PhonePe', 50],
      ['phonepe', 35],
      ['phone pe', 15],
    ],
    { countries: { IN: 4 } },
  ),
  s(
    'sbi',
    'bank',
    [
      ['SBI', 60],
      ['sbi', 20],
      ['YONO SBI', 10],
      ['State Bank', 10],
    ],
    { deva: ['एसबीआई'], handle: '@TheOfficialSBI', countries: { IN: 4 } },
  ),
  s(
    'hdfc-bank',
    'bank',
    [
      ['HDFC Bank', 50],
      ['HDFC', 35],
      ['hdfc', 15],
    ],
    { countries: { IN: 2 } },
  ),
  s(
    'irctc',
    'travel',
    [
      ['IRCTC', 70],
      ['irctc', 30],
    ],
    { countries: { IN: 3 } },
  ),
  s(
    'swiggy',
    'food',
    [
      ['Swiggy', 60],
      ['swiggy', 40],
    ],
    { countries: { IN: 3 } },
  ),
  s(
    'zomato',
    'food',
    [
      ['Zomato', 60],
      ['zomato', 40],
    ],
    { countries: { IN: 3 } },
  ),
  s(
    'flipkart',
    'commerce',
    [
      ['Flipkart', 60],
      ['flipkart', 40],
    ],
    { countries: { IN: 3 } },
  ),
  // Pakistan
  s(
    'jazz',
    'telecom',
    [
      ['Jazz', 60],
      ['jazz', 30],
      ['Jazz 4G', 10],
    ],
    { countries: { PK: 7 } },
  ),
  s(
    'zong',
    'telecom',
    [
      ['Zong', 60],
      ['zong', 40],
    ],
    { countries: { PK: 5 } },
  ),
  s(
    'ptcl',
    'telecom',
    [
      ['PTCL', 70],
      ['ptcl', 30],
    ],
    { countries: { PK: 4 } },
  ),
  s(
    'easypaisa',
    'payments',
    [
      ['Easypaisa', 50],
      ['easypaisa', 35],
      ['EasyPaisa', 15],
    ],
    { countries: { PK: 3 } },
  ),
  s(
    'jazzcash',
    'payments',
    [
      ['JazzCash', 50],
      ['jazzcash', 35],
      ['Jazz Cash', 15],
    ],
    { countries: { PK: 3 } },
  ),
  // Italy
  s(
    'tim',
    'telecom',
    [
      ['TIM', 70],
      ['Tim', 30],
    ],
    { countries: { IT: 5, BR: 3 } },
  ),
  s(
    'iliad',
    'telecom',
    [
      ['Iliad', 60],
      ['iliad', 40],
    ],
    { countries: { IT: 4 } },
  ),
  s(
    'fastweb',
    'telecom',
    [
      ['Fastweb', 60],
      ['fastweb', 40],
    ],
    { countries: { IT: 3 } },
  ),
  s(
    'poste-italiane',
    'bank',
    [
      ['Poste Italiane', 50],
      ['Poste', 30],
      ['BancoPosta', 20],
    ],
    { countries: { IT: 3 } },
  ),
  // Turkey
  s(
    'turkcell',
    'telecom',
    [
      ['Turkcell', 60],
      ['turkcell', 40],
    ],
    { countries: { TR: 6 } },
  ),
  s(
    'turk-telekom',
    'telecom',
    [
      ['Türk Telekom', 60],
      ['Turk Telekom', 25],
      ['türk telekom', 15],
    ],
    { countries: { TR: 5 } },
  ),
  s(
    'e-devlet',
    'government',
    [
      ['e-Devlet', 60],
      ['e-devlet', 30],
      ['edevlet', 10],
    ],
    { countries: { TR: 3 } },
  ),
  s(
    'vodafone',
    'telecom',
    [
      ['Vodafone', 60],
      ['vodafone', 40],
    ],
    { countries: { TR: 4, IT: 3, GB: 3, DE: 4, ES: 3 } },
  ),
  // United Kingdom
  s(
    'bt',
    'telecom',
    [
      ['BT', 70],
      ['BT Broadband', 30],
    ],
    { countries: { GB: 4 } },
  ),
  s(
    'ee',
    'telecom',
    [
      ['EE', 80],
      ['EE network', 20],
    ],
    { countries: { GB: 4 } },
  ),
  s(
    'virgin-media',
    'telecom',
    [
      ['Virgin Media', 70],
      ['virgin media', 30],
    ],
    { countries: { GB: 4 } },
  ),
  s(
    'sky',
    'telecom',
    [
      ['Sky', 50],
      ['Sky Broadband', 30],
      ['Sky TV', 20],
    ],
    { countries: { GB: 3 } },
  ),
  s(
    'barclays',
    'bank',
    [
      ['Barclays', 70],
      ['barclays', 30],
    ],
    { handle: '@Barclays', countries: { GB: 3 } },
  ),
  s(
    'lloyds',
    'bank',
    [
      ['Lloyds', 50],
      ['Lloyds Bank', 35],
      ['lloyds', 15],
    ],
    { tags: ['Lloyds', 'LloydsBank'], handle: '@LloydsBank', countries: { GB: 3 } },
  ),
  s(
    'hsbc',
    'bank',
    [
      ['HSBC', 80],
      ['hsbc', 20],
    ],
    { countries: { GB: 2 } },
  ),
  // elsewhere
  s(
    'orange',
    'telecom',
    [
      ['Orange', 80],
      ['orange', 20],
    ],
    { countries: { FR: 5, ES: 2 } },
  ),
  s(
    'free',
    'telecom',
    [
      ['Free', 50],
      ['Freebox', 30],
      ['Free Mobile', 20],
    ],
    { countries: { FR: 4 } },
  ),
  s(
    'deutsche-telekom',
    'telecom',
    [
      ['Telekom', 60],
      ['Deutsche Telekom', 25],
      ['telekom', 15],
    ],
    { countries: { DE: 5 } },
  ),
  s(
    'movistar',
    'telecom',
    [
      ['Movistar', 70],
      ['movistar', 30],
    ],
    { countries: { ES: 5, MX: 3 } },
  ),
  s(
    'claro',
    'telecom',
    [
      ['Claro', 70],
      ['claro', 30],
    ],
    { countries: { BR: 4, MX: 4 } },
  ),
  s(
    'vivo',
    'telecom',
    [
      ['Vivo', 70],
      ['vivo', 30],
    ],
    { countries: { BR: 4 } },
  ),
  s(
    'nubank',
    'bank',
    [
      ['Nubank', 60],
      ['nubank', 30],
      ['Nu', 10],
    ],
    { countries: { BR: 4, MX: 2 } },
  ),
  s(
    'pix',
    'payments',
    [
      ['Pix', 60],
      ['PIX', 30],
      ['pix', 10],
    ],
    { countries: { BR: 4 } },
  ),
  s(
    'mercado-pago',
    'payments',
    [
      ['Mercado Pago', 70],
      ['mercado pago', 30],
    ],
    { countries: { MX: 2, BR: 2 } },
  ),
  s(
    'telkomsel',
    'telecom',
    [
      ['Telkomsel', 60],
      ['telkomsel', 40],
    ],
    { countries: { ID: 6 } },
  ),
  s(
    'gojek',
    'transport',
    [
      ['Gojek', 60],
      ['gojek', 40],
    ],
    { countries: { ID: 4 } },
  ),
  s(
    'mtn',
    'telecom',
    [
      ['MTN', 80],
      ['mtn', 20],
    ],
    { countries: { NG: 7 } },
  ),
];

export const SERVICE_BY_ID: ReadonlyMap<string, Service> = new Map(SERVICES.map((svc) => [svc.id, svc]));

export function service(id: string): Service {
  const found = SERVICE_BY_ID.get(id);
  if (!found) throw new Error(`unknown service ${id}`);
  return found;
}

/** How much `svc` is used in `country` (0 when not at all). */
export function usage(svc: Service, country: CountryCode): number {
  return svc.countries?.[country] ?? svc.global ?? 0;
}

/** What tends to break, by kind of service, with the share of complaints naming each (the rest name nothing). */
export const CATEGORY_SYMPTOMS: Readonly<Record<Category, readonly (readonly [Symptom, number])[]>> = {
  messaging: [
    ['messages', 0.45],
    ['login', 0.1],
    ['media', 0.1],
    ['calls', 0.08],
    ['other', 0.07],
  ],
  social: [
    ['feed', 0.4],
    ['login', 0.15],
    ['media', 0.1],
    ['messages', 0.08],
    ['other', 0.07],
  ],
  video: [
    ['feed', 0.5],
    ['login', 0.1],
    ['other', 0.1],
  ],
  music: [
    ['feed', 0.4],
    ['login', 0.15],
    ['other', 0.1],
  ],
  email: [
    ['messages', 0.4],
    ['login', 0.25],
    ['website', 0.1],
  ],
  search: [
    ['website', 0.5],
    ['other', 0.1],
  ],
  meetings: [
    ['calls', 0.35],
    ['login', 0.2],
    ['website', 0.15],
  ],
  telecom: [
    ['connectivity', 0.6],
    ['calls', 0.2],
    ['other', 0.05],
  ],
  bank: [
    ['payments', 0.35],
    ['login', 0.3],
    ['website', 0.15],
  ],
  payments: [
    ['payments', 0.6],
    ['login', 0.1],
    ['website', 0.1],
  ],
  commerce: [
    ['website', 0.45],
    ['payments', 0.15],
    ['login', 0.1],
  ],
  food: [
    ['website', 0.4],
    ['payments', 0.2],
  ],
  transport: [
    ['website', 0.4],
    ['payments', 0.15],
    ['login', 0.1],
  ],
  gaming: [
    ['login', 0.35],
    ['connectivity', 0.3],
    ['website', 0.1],
  ],
  ai: [
    ['website', 0.5],
    ['login', 0.15],
    ['other', 0.1],
  ],
  cloud: [
    ['website', 0.4],
    ['login', 0.2],
  ],
  travel: [
    ['website', 0.5],
    ['payments', 0.2],
    ['login', 0.1],
  ],
  government: [
    ['website', 0.5],
    ['login', 0.3],
  ],
};
