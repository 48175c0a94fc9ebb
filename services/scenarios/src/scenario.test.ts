import { CATALOGUE_SERVICES } from '@spike/classifier';
import { describe, expect, it } from 'vitest';
import { country, localClock } from './countries.js';
import type { PostWithTruth } from './generator.js';
import { describeScenario, SCENARIO_NAMES, simulate, UnknownScenarioError } from './scenario.js';

const MINUTE = 60_000;

function take<T>(items: Iterable<T>, n: number): T[] {
  const out: T[] = [];
  for (const item of items) {
    if (out.length >= n) break;
    out.push(item);
  }
  return out;
}

// The classifier's catalogue is the repository's copy of shared/spec/services.csv (CI has only the repository).
const CATALOGUE = new Set(CATALOGUE_SERVICES.map((service) => service.id));

// Shared, generated once: the whole whatsapp scenario at a quarter of its volume (~110k posts).
let whatsapp: PostWithTruth[] | undefined;
function whatsappQuarter(): PostWithTruth[] {
  whatsapp ??= [...simulate('whatsapp-2022-10-25', { seed: 7, scale: 0.25 }).postsWithTruth()];
  return whatsapp;
}

describe('simulate', () => {
  it('givesByteIdenticalStreamsForTheSameSeedAndDifferentOnesForAnother', () => {
    const a = take(simulate('quiet-week', { seed: 3, scale: 0.3 }).posts(), 3000).map((p) => JSON.stringify(p));
    const b = take(simulate('quiet-week', { seed: 3, scale: 0.3 }).posts(), 3000).map((p) => JSON.stringify(p));
    const c = take(simulate('quiet-week', { seed: 4, scale: 0.3 }).posts(), 3000).map((p) => JSON.stringify(p));
    expect(a).toEqual(b);
    expect(c).not.toEqual(a);
  });

  it('yieldsPostsInTimeOrderWithUniqueIdsTheInputFieldsAndAnAuthor', () => {
    const scenario = simulate('quiet-week', { scale: 0.05 });
    const ids = new Set<string>();
    let last = '';
    let count = 0;
    for (const post of scenario.posts()) {
      expect(post.created_at >= last).toBe(true);
      last = post.created_at;
      ids.add(post.id);
      count++;
      if (count === 1) {
        expect(Object.keys(post)).toEqual(['id', 'text', 'created_at', 'lang', 'author_location', 'geo_country', 'platform', 'author_id']);
        expect(post.created_at).toMatch(/^2023-02-06T00:0\d:\d\dZ$/);
      }
    }
    expect(ids.size).toBe(count);
    expect(count).toBeGreaterThan(10_000);
    expect(Date.parse(last)).toBeLessThan(scenario.to);
  });

  it('labelsEachScenariosIncidents', () => {
    expect(SCENARIO_NAMES).toEqual(['whatsapp-2022-10-25', 'meta-2021-10-04', 'quiet-week', 'jio-night', 'bank-payday']);
    expect(simulate('whatsapp-2022-10-25').labels).toEqual([
      {
        service: 'whatsapp',
        countries: ['DE', 'ES', 'FR', 'GB', 'ID', 'IN', 'IT', 'NG', 'PK', 'TR'],
        start: '2022-10-25T07:00:00Z',
        end: '2022-10-25T09:15:00Z',
      },
    ]);
    const meta = simulate('meta-2021-10-04').labels;
    expect(meta.map((l) => l.service)).toEqual(['whatsapp', 'instagram', 'facebook', 'messenger']);
    for (const label of meta) {
      expect(label).toMatchObject({ start: '2021-10-04T15:40:00Z', end: '2021-10-04T21:30:00Z' });
      expect(label.countries).toEqual([...label.countries].sort());
    }
    expect(meta[1]?.countries.length).toBe(13);
    expect(simulate('quiet-week').labels).toEqual([]);
    expect(simulate('jio-night').labels).toEqual([
      { service: 'jio', countries: ['IN'], start: '2024-03-14T19:30:00Z', end: '2024-03-14T21:30:00Z' },
    ]);
    expect(simulate('bank-payday').labels).toEqual([
      { service: 'lloyds', countries: ['GB'], start: '2024-05-31T06:30:00Z', end: '2024-05-31T08:45:00Z' },
    ]);
    for (const name of SCENARIO_NAMES) {
      const { from, to, labels } = simulate(name);
      expect(describeScenario(name).description.length).toBeGreaterThan(20);
      for (const label of labels) {
        expect(CATALOGUE.has(label.service)).toBe(true);
        // Two weeks of history before every incident, and the tail inside the stream.
        expect(Date.parse(label.start) - from).toBeGreaterThanOrEqual(14 * 24 * 60 * MINUTE);
        expect(to - Date.parse(label.end)).toBeGreaterThanOrEqual(90 * MINUTE);
      }
    }
  });

  it('rejectsAnUnknownScenarioNamingTheKnownOnes', () => {
    expect(() => simulate('nope')).toThrow(UnknownScenarioError);
    expect(() => simulate('nope')).toThrow(/known scenarios: whatsapp-2022-10-25, meta-2021-10-04, quiet-week/);
  });

  it('followsEachCountrysLocalDayEveningsBusierThanNights', () => {
    const byHour = new Map<string, number[]>();
    for (const { post, truth } of simulate('quiet-week', { scale: 0.3 }).postsWithTruth()) {
      const hours = byHour.get(truth.country) ?? new Array<number>(24).fill(0);
      hours[Math.floor(localClock(country(truth.country), Date.parse(post.created_at)).hour)]!++;
      byHour.set(truth.country, hours);
    }
    for (const code of ['IN', 'PK', 'IT', 'TR', 'GB', 'US', 'BR']) {
      const hours = byHour.get(code)!;
      const night = hours[3]! + hours[4]!;
      const evening = hours[20]! + hours[21]!;
      expect(evening, code).toBeGreaterThan(5 * night);
    }
    // Shares of users: India has several times Italy's traffic.
    const total = (code: string): number => byHour.get(code)!.reduce((a, b) => a + b, 0);
    expect(total('IN') / total('IT')).toBeGreaterThan(3);
  });

  it('shapesTheOutageRampPlateauPartialRecoveryEndAndTail', () => {
    const start = Date.parse('2022-10-25T07:00:00Z');
    const perMinute = (kind: string, country?: string): Map<number, number> => {
      const counts = new Map<number, number>();
      for (const { post, truth } of whatsappQuarter()) {
        if (truth.kind !== kind || (country && truth.country !== country)) continue;
        const minute = (Date.parse(post.created_at) - start) / MINUTE;
        counts.set(Math.floor(minute), (counts.get(Math.floor(minute)) ?? 0) + 1);
      }
      return counts;
    };
    const outage = perMinute('outage-complaint');
    const mean = (counts: Map<number, number>, from: number, to: number): number => {
      let sum = 0;
      for (let m = from; m < to; m++) sum += counts.get(m) ?? 0;
      return sum / (to - from);
    };
    const plateau = mean(outage, 10, 90);
    expect(plateau).toBeGreaterThan(40);
    expect(outage.get(-1) ?? 0).toBe(0);
    expect(outage.get(0)!).toBeLessThan(plateau * 0.45); // ramp-up
    expect(mean(outage, 1, 4)).toBeLessThan(plateau);
    const recovery = mean(outage, 100, 135); // 08:40–09:15
    expect(recovery / plateau).toBeGreaterThan(0.3);
    expect(recovery / plateau).toBeLessThan(0.55);
    expect(mean(outage, 135, 200)).toBe(0);
    const back = perMinute('is-it-back');
    expect(mean(back, 135, 165)).toBeGreaterThan(2);
    expect(mean(back, 135, 165)).toBeGreaterThan(3 * mean(back, 180, 210));
    // Every hit country complains, in proportion to its users.
    const inIndia = mean(perMinute('outage-complaint', 'IN'), 10, 90);
    const inBritain = mean(perMinute('outage-complaint', 'GB'), 10, 90);
    expect(inBritain).toBeGreaterThan(1.5);
    expect(inIndia).toBeGreaterThan(3 * inBritain);
    // No outage complaint before the outage; background complaints about WhatsApp are rare.
    const backgroundPerHour =
      whatsappQuarter().filter((p) => p.truth.kind === 'background-complaint' && p.truth.services[0] === 'whatsapp').length / (14.8 * 24);
    expect(backgroundPerHour).toBeLessThan(plateau / 10);
  });

  it('saysMostlyThatMessagesFailInEachLanguageOfTheWhatsappOutage', () => {
    const symptoms = new Map<string, Map<string, number>>();
    for (const { truth } of whatsappQuarter()) {
      if (truth.kind !== 'outage-complaint') continue;
      const counts = symptoms.get(truth.language) ?? new Map<string, number>();
      counts.set(truth.symptom ?? 'none', (counts.get(truth.symptom ?? 'none') ?? 0) + 1);
      symptoms.set(truth.language, counts);
    }
    for (const language of ['en', 'hi-Latn', 'hi', 'ur-Latn', 'ur', 'it', 'tr']) {
      const counts = symptoms.get(language)!;
      const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
      expect(top, language).toBe('messages');
    }
  });

  it('writesEachCountryInItsLanguagesWithTheirShares', () => {
    const languages = new Map<string, Map<string, number>>();
    for (const { truth } of take(simulate('quiet-week', { scale: 0.5 }).postsWithTruth(), 40_000)) {
      const counts = languages.get(truth.country) ?? new Map<string, number>();
      counts.set(truth.language, (counts.get(truth.language) ?? 0) + 1);
      languages.set(truth.country, counts);
    }
    const share = (code: string, language: string): number => {
      const counts = languages.get(code)!;
      return (counts.get(language) ?? 0) / [...counts.values()].reduce((a, b) => a + b, 0);
    };
    for (const [code, language] of [
      ['IN', 'en'],
      ['IN', 'hi-Latn'],
      ['IN', 'hi'],
      ['PK', 'en'],
      ['PK', 'ur-Latn'],
      ['PK', 'ur'],
    ] as const) {
      expect(share(code, language), `${code} ${language}`).toBeGreaterThan(0.12);
    }
    expect(share('IT', 'it')).toBeGreaterThan(0.8);
    expect(share('TR', 'tr')).toBeGreaterThan(0.8);
    expect(share('GB', 'en')).toBe(1);
    expect(share('BR', 'pt')).toBeGreaterThan(0.8);
  });

  it('variesItsTextsAndNamesOnlyCatalogueServices', () => {
    const posts = whatsappQuarter();
    expect(new Set(posts.map((p) => p.post.text)).size / posts.length).toBeGreaterThan(0.3);
    const outage = posts.filter((p) => p.truth.kind === 'outage-complaint');
    expect(new Set(outage.map((p) => p.post.text)).size / outage.length).toBeGreaterThan(0.6);
    for (const language of ['en', 'hi-Latn', 'hi', 'ur-Latn', 'ur', 'it', 'tr']) {
      const texts = new Set(outage.filter((p) => p.truth.language === language).map((p) => p.post.text));
      expect(texts.size, language).toBeGreaterThan(language === 'ur' ? 150 : 300);
    }
    const named = new Set(posts.flatMap((p) => p.truth.services));
    expect(named.size).toBeGreaterThan(30);
    for (const id of named) expect(CATALOGUE.has(id), id).toBe(true);
    // Messy metadata, like the platforms give it.
    const lang = new Set(posts.map((p) => p.post.lang));
    expect(lang).toContain(null);
    expect(lang).toContain('und');
    const geotagged = posts.filter((p) => p.post.geo_country !== null).length / posts.length;
    expect(geotagged).toBeGreaterThan(0.01);
    expect(geotagged).toBeLessThan(0.06);
    expect(posts.some((p) => p.post.author_location === null)).toBe(true);
    // Authors post more than once.
    expect(new Set(posts.map((p) => p.post.author_id)).size).toBeLessThan(posts.length * 0.9);
  });

  it('scalesTheVolume', () => {
    const count = (scale: number): number => {
      let n = 0;
      for (const post of simulate('bank-payday', { scale }).posts()) if (post.created_at < '2024-05-18') n++;
      return n;
    };
    const small = count(0.1);
    const large = count(0.4);
    expect(large / small).toBeGreaterThan(3.4);
    expect(large / small).toBeLessThan(4.6);
  });
});
