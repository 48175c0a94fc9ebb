/**
 * The built-in scenarios: when, where, how much traffic, and the incidents laid over it.
 * Rates are at scale 1; `simulate(name, { scale })` multiplies every rate.
 */
import { COUNTRIES, type CountryCode } from './countries.js';
import type { Symptom } from './lexicon/types.js';
import { service, usage } from './services.js';

export interface IncidentSpec {
  service: string;
  /** First minute of complaints (ISO UTC). */
  start: string;
  /** From here the rate falls to `recoveryLevel` of the plateau: the partial recovery. */
  recoveryStart: string;
  /** End of the outage: complaints stop (a few "still down" linger), "is it back?" posts follow. */
  end: string;
  /** Plateau rate during the partial recovery, as a share of the full plateau. */
  recoveryLevel: number;
  /** Minutes from the first complaints to the plateau. */
  rampMinutes: number;
  /** Minutes of "is it back?" posts after the end. */
  tailMinutes: number;
  /** Outage complaints a minute at the plateau per country hit, at local activity 1 (the local time of day scales it). */
  perMinute: Partial<Record<CountryCode, number>>;
  /** What the outage posts say fails ('unspecified': they only say it is down). */
  symptoms: readonly (readonly [Symptom | 'unspecified', number])[];
}

export interface ScenarioSpec {
  name: string;
  description: string;
  /** Prefix of post ids. */
  idPrefix: string;
  from: string;
  to: string;
  countries: readonly CountryCode[];
  /** Posts a minute over all countries at activity 1 (chatter, hard negatives, plain posts, background complaints). */
  postsPerMinute: number;
  /** Share of the ordinary traffic that is a genuine complaint about something failing for the author now. */
  backgroundComplaintShare: number;
  incidents: readonly IncidentSpec[];
}

const ALL_COUNTRIES: readonly CountryCode[] = COUNTRIES.map((c) => c.code);

/** Splits a worldwide rate over countries by share of users and local use of the service. */
function worldwide(serviceId: string, perMinute: number, min = 0.5): Partial<Record<CountryCode, number>> {
  const svc = service(serviceId);
  const weights = COUNTRIES.map((c) => [c.code, c.share * usage(svc, c.code)] as const);
  const total = weights.reduce((sum, [, w]) => sum + w, 0);
  const out: Partial<Record<CountryCode, number>> = {};
  for (const [code, w] of weights) {
    const rate = (perMinute * w) / total;
    if (rate >= min) out[code] = Math.round(rate * 10) / 10;
  }
  return out;
}

const WHATSAPP_2022_SYMPTOMS = [
  ['messages', 0.62],
  ['media', 0.08],
  ['login', 0.06],
  ['calls', 0.06],
  ['unspecified', 0.18],
] as const;

const META_2021_SYMPTOMS = {
  whatsapp: [
    ['messages', 0.45],
    ['login', 0.1],
    ['unspecified', 0.45],
  ],
  instagram: [
    ['feed', 0.45],
    ['login', 0.1],
    ['unspecified', 0.45],
  ],
  facebook: [
    ['feed', 0.4],
    ['login', 0.15],
    ['unspecified', 0.45],
  ],
  messenger: [
    ['messages', 0.5],
    ['unspecified', 0.5],
  ],
} as const;

function metaIncident(serviceId: keyof typeof META_2021_SYMPTOMS, perMinute: number): IncidentSpec {
  return {
    service: serviceId,
    start: '2021-10-04T15:40:00Z',
    recoveryStart: '2021-10-04T20:55:00Z',
    end: '2021-10-04T21:30:00Z',
    recoveryLevel: 0.4,
    rampMinutes: 4,
    tailMinutes: 75,
    perMinute: worldwide(serviceId, perMinute),
    symptoms: META_2021_SYMPTOMS[serviceId],
  };
}

export const SCENARIOS: readonly ScenarioSpec[] = [
  {
    name: 'whatsapp-2022-10-25',
    description:
      'two weeks of history, then WhatsApp stops delivering messages 07:00–09:15 UTC on 25 Oct 2022 in IN, PK, IT, TR, GB and six more countries, partial recovery from 08:35',
    idPrefix: 'wa22',
    from: '2022-10-11T00:00:00Z',
    to: '2022-10-25T20:00:00Z',
    countries: ALL_COUNTRIES,
    postsPerMinute: 20,
    backgroundComplaintShare: 0.04,
    incidents: [
      {
        service: 'whatsapp',
        start: '2022-10-25T07:00:00Z',
        recoveryStart: '2022-10-25T08:35:00Z',
        end: '2022-10-25T09:15:00Z',
        recoveryLevel: 0.4,
        rampMinutes: 4,
        tailMinutes: 75,
        perMinute: { IN: 70, PK: 28, IT: 24, TR: 24, GB: 16, DE: 8, ES: 10, FR: 5, ID: 12, NG: 8 },
        symptoms: WHATSAPP_2022_SYMPTOMS,
      },
    ],
  },
  {
    name: 'meta-2021-10-04',
    description:
      'two weeks of history, then WhatsApp, Instagram, Facebook and Messenger down worldwide 15:40–21:30 UTC on 4 Oct 2021, partial recovery from 20:55',
    idPrefix: 'meta21',
    from: '2021-09-20T00:00:00Z',
    to: '2021-10-05T06:00:00Z',
    countries: ALL_COUNTRIES,
    postsPerMinute: 20,
    backgroundComplaintShare: 0.04,
    incidents: [metaIncident('whatsapp', 150), metaIncident('instagram', 110), metaIncident('facebook', 70), metaIncident('messenger', 25)],
  },
  {
    name: 'quiet-week',
    description: 'two weeks with no incident: a warm-up week of history, then the quiet week false alarms are counted on (6–20 Feb 2023)',
    idPrefix: 'quiet',
    from: '2023-02-06T00:00:00Z',
    to: '2023-02-20T00:00:00Z',
    countries: ALL_COUNTRIES,
    postsPerMinute: 20,
    backgroundComplaintShare: 0.04,
    incidents: [],
  },
  {
    name: 'jio-night',
    description: 'two weeks of history, then Jio mobile data and calls fail in India 01:00–03:00 IST on the night of 14–15 Mar 2024',
    idPrefix: 'jio24',
    from: '2024-02-29T00:00:00Z',
    to: '2024-03-15T06:00:00Z',
    countries: ALL_COUNTRIES,
    postsPerMinute: 20,
    backgroundComplaintShare: 0.04,
    incidents: [
      {
        service: 'jio',
        start: '2024-03-14T19:30:00Z',
        recoveryStart: '2024-03-14T21:05:00Z',
        end: '2024-03-14T21:30:00Z',
        recoveryLevel: 0.45,
        rampMinutes: 5,
        tailMinutes: 45,
        perMinute: { IN: 45 },
        symptoms: [
          ['connectivity', 0.6],
          ['calls', 0.2],
          ['unspecified', 0.2],
        ],
      },
    ],
  },
  {
    name: 'bank-payday',
    description: 'two weeks of history, then Lloyds Bank app and payments fail in the UK on payday, Friday 31 May 2024, 07:30–09:45 BST',
    idPrefix: 'bank24',
    from: '2024-05-17T00:00:00Z',
    to: '2024-05-31T18:00:00Z',
    countries: ALL_COUNTRIES,
    postsPerMinute: 20,
    backgroundComplaintShare: 0.04,
    incidents: [
      {
        service: 'lloyds',
        start: '2024-05-31T06:30:00Z',
        recoveryStart: '2024-05-31T08:15:00Z',
        end: '2024-05-31T08:45:00Z',
        recoveryLevel: 0.35,
        rampMinutes: 6,
        tailMinutes: 60,
        perMinute: { GB: 14 },
        symptoms: [
          ['login', 0.35],
          ['payments', 0.35],
          ['website', 0.1],
          ['unspecified', 0.2],
        ],
      },
    ],
  },
];
