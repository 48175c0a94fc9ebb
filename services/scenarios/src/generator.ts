/**
 * The stream itself: minute by minute, per country, ordinary traffic (chatter, hard negatives,
 * plain posts) and a low background of genuine complaints, both following the local time of
 * day and day of week; over it, each incident's outage complaints (ramp-up, noisy plateau,
 * partial recovery, end), its news and jokes, and its tail of "is it back?" posts. Each
 * minute's posts are sorted by second and numbered, then yielded; nothing else is kept.
 */
import { AuthorPool, type Author } from './authors.js';
import { activity, country, type Country, type CountryCode } from './countries.js';
import type { IncidentSpec, ScenarioSpec } from './definitions.js';
import type { LanguagePack, Symptom } from './lexicon/index.js';
import { Random, Weighted } from './random.js';
import { CATEGORY_SYMPTOMS, SERVICES, service, usage, type Category, type Service } from './services.js';
import { compileAll, render, type SlotName, type Template } from './template.js';

export const MINUTE_MS = 60_000;

/** A post as the platforms give it (the input fields of shared/spec/labelled-posts.md) plus a stable pseudonymous author. */
export interface ScenarioPost {
  id: string;
  text: string;
  /** ISO 8601 UTC, whole seconds. */
  created_at: string;
  lang: string | null;
  author_location: string | null;
  geo_country: string | null;
  platform: string;
  author_id: string;
}

/** Which template family produced a post. */
export type PostKind =
  'chatter' | 'hard-negative' | 'plain' | 'background-complaint' | 'outage-complaint' | 'still-down' | 'is-it-back' | 'outage-news';

export const COMPLAINT_KINDS: ReadonlySet<PostKind> = new Set(['background-complaint', 'outage-complaint', 'still-down']);

/** What the generator meant a post to be. */
export interface PostTruth {
  complaint: boolean;
  /** Services complained about (empty unless a complaint). */
  services: string[];
  /** The author's country. */
  country: CountryCode;
  kind: PostKind;
  /** Language pack the text came from ('en', 'hi-Latn', 'hi', 'ur-Latn', …). */
  language: string;
  symptom: Symptom | 'unspecified' | null;
}

export interface PostWithTruth {
  post: ScenarioPost;
  truth: PostTruth;
}

interface CompiledPack {
  pack: LanguagePack;
  platformLang: Weighted<string | null>;
  symptoms: Record<Exclude<Symptom, 'other'>, Template[]>;
  symptomComplaints: Template[];
  plainComplaints: Template[];
  switching: Template[];
  isItBack: Template[];
  stillDown: Template[];
  news: Template[];
  chatter: Template[];
  hardNegatives: Template[];
  plain: Template[];
}

const compiledPacks = new Map<string, CompiledPack>();

function compiled(pack: LanguagePack): CompiledPack {
  let found = compiledPacks.get(pack.id);
  if (!found) {
    const symptoms = Object.fromEntries(
      Object.entries(pack.symptoms).map(([name, phrases]) => [name, compileAll(phrases)]),
    ) as CompiledPack['symptoms'];
    found = {
      pack,
      platformLang: new Weighted(pack.platformLang),
      symptoms,
      symptomComplaints: compileAll(pack.symptomComplaints),
      plainComplaints: compileAll(pack.plainComplaints),
      switching: compileAll(pack.switching),
      isItBack: compileAll(pack.isItBack),
      stillDown: compileAll(pack.stillDown),
      news: compileAll(pack.news),
      chatter: compileAll(pack.chatter),
      hardNegatives: compileAll(pack.hardNegatives),
      plain: compileAll(pack.plain),
    };
    compiledPacks.set(pack.id, found);
  }
  return found;
}

/** Mix of ordinary posts: using and talking about services, look-alike complaints, posts naming nothing. */
const ORDINARY_KINDS = new Weighted<PostKind>([
  ['chatter', 0.55],
  ['hard-negative', 0.13],
  ['plain', 0.32],
]);

/** Share of geotagged posts. */
const GEOTAGGED = 0.03;
/** Share of outage posts that name two failing services when two fail at once ("whatsapp & insta down"). */
const TWO_SERVICES = 0.15;
/** Shares of complaint posts with an outage hashtag, or addressed to the service's @handle. */
const HASHTAGGED = 0.1;
const ADDRESSED = 0.06;
/** σ of the log-normal minute-to-minute noise on an outage's plateau. */
const PLATEAU_NOISE = 0.15;

const OTHER_MESSENGERS = ['Telegram', 'Signal', 'Messenger', 'SMS', 'Instagram', 'iMessage', 'Discord'];

interface CountryContext {
  country: Country;
  authors: AuthorPool;
  /** Services by how much they are used (chatter and background complaints). */
  services: Weighted<Service>;
}

interface Pending {
  second: number;
  post: Omit<ScenarioPost, 'id' | 'created_at'>;
  truth: PostTruth;
}

interface Draft {
  kind: PostKind;
  symptom: Symptom | 'unspecified' | null;
  services: readonly Service[];
  /** The service a non-complaint names, if any. */
  mention: Service | null;
}

const SYMPTOMS_BY_CATEGORY = new Map<Category, Weighted<Symptom | 'unspecified'>>(
  (Object.entries(CATEGORY_SYMPTOMS) as [Category, readonly (readonly [Symptom, number])[]][]).map(([category, mix]) => {
    const named = mix.reduce((sum, [, w]) => sum + w, 0);
    return [category, new Weighted<Symptom | 'unspecified'>([...mix, ['unspecified', Math.max(0, 1 - named)]])];
  }),
);

export class StreamGenerator {
  private readonly random: Random;
  private readonly contexts: CountryContext[];
  private readonly totalShare: number;
  private readonly incidents: {
    spec: IncidentSpec;
    service: Service;
    start: number;
    recoveryStart: number;
    end: number;
    symptoms: Weighted<Symptom | 'unspecified'>;
  }[];
  private sequence = 0;

  constructor(
    private readonly spec: ScenarioSpec,
    seed: number,
    private readonly scale: number,
  ) {
    this.random = new Random(seed);
    this.contexts = spec.countries.map((code, index) => {
      const c = country(code);
      const used = SERVICES.map((svc) => [svc, usage(svc, code)] as const);
      return { country: c, authors: new AuthorPool(c, index, scale), services: new Weighted(used) };
    });
    this.totalShare = this.contexts.reduce((sum, ctx) => sum + ctx.country.share, 0);
    this.incidents = spec.incidents.map((ix) => ({
      spec: ix,
      service: service(ix.service),
      start: Date.parse(ix.start),
      recoveryStart: Date.parse(ix.recoveryStart),
      end: Date.parse(ix.end),
      symptoms: new Weighted(ix.symptoms),
    }));
  }

  *run(from: number, to: number): Generator<PostWithTruth> {
    for (let minute = from; minute < to; minute += MINUTE_MS) {
      const posts = this.ordered(minute, this.minute(minute));
      for (let i = 0; i < posts.length; i++) yield posts[i] as PostWithTruth;
    }
  }

  private minute(minute: number): Pending[] {
    const batch: Pending[] = [];
    const levels = this.incidents.map((ix) => this.outageLevel(ix, minute));
    for (const ctx of this.contexts) {
      const active = activity(ctx.country, minute);
      const mean = (this.spec.postsPerMinute * ctx.country.share * active * this.scale) / this.totalShare;
      const complaintShare = this.spec.backgroundComplaintShare;
      const ordinary = this.random.poisson(mean * (1 - complaintShare));
      for (let i = 0; i < ordinary; i++) {
        const kind = ORDINARY_KINDS.sample(this.random);
        const mention = kind === 'plain' ? null : ctx.services.sample(this.random);
        batch.push(this.post(ctx, this.skewedAuthor(ctx), { kind, symptom: null, services: [], mention }));
      }
      const complaints = this.random.poisson(mean * complaintShare);
      for (let i = 0; i < complaints; i++) {
        const svc = ctx.services.sample(this.random);
        const symptom = (SYMPTOMS_BY_CATEGORY.get(svc.category) as Weighted<Symptom | 'unspecified'>).sample(this.random);
        batch.push(this.post(ctx, this.anyAuthor(ctx), { kind: 'background-complaint', symptom, services: [svc], mention: null }));
      }
      this.incidentPosts(ctx, minute, active, levels, batch);
    }
    return batch;
  }

  /**
   * Where each incident stands this minute, as a share of its plateau: 0 before the start, a
   * ramp, the plateau with noise, the fall to the partial-recovery level, 0 after the end.
   */
  private outageLevel(ix: StreamGenerator['incidents'][number], minute: number): number {
    if (minute < ix.start || minute >= ix.end) return 0;
    const sinceStart = (minute - ix.start) / MINUTE_MS;
    const ramp = Math.min(1, (sinceStart + 1) / (ix.spec.rampMinutes + 1));
    const noise = Math.exp(PLATEAU_NOISE * this.random.normal() - PLATEAU_NOISE ** 2 / 2);
    if (minute < ix.recoveryStart) return ramp * noise;
    const intoRecovery = (minute - ix.recoveryStart) / MINUTE_MS;
    const fall = Math.min(1, intoRecovery / 5);
    return ramp * noise * (1 - fall * (1 - ix.spec.recoveryLevel));
  }

  private incidentPosts(ctx: CountryContext, minute: number, active: number, levels: number[], batch: Pending[]): void {
    const code = ctx.country.code;
    const failingHere = this.incidents.filter((ix, i) => (levels[i] as number) > 0 && ix.spec.perMinute[code] !== undefined);
    this.incidents.forEach((ix, i) => {
      const perMinute = ix.spec.perMinute[code];
      if (perMinute === undefined) return;
      const base = perMinute * active * this.scale;
      const level = levels[i] as number;
      const afterEnd = (minute - ix.end) / MINUTE_MS;
      const inRecovery = minute >= ix.recoveryStart && minute < ix.end;
      const counts: [PostKind, number][] = [
        ['outage-complaint', base * level],
        ['outage-news', base * level * 0.05],
        [
          'is-it-back',
          inRecovery ? base * 0.06 : afterEnd >= 0 && afterEnd < ix.spec.tailMinutes ? base * 0.3 * Math.exp(-afterEnd / 20) : 0,
        ],
        ['still-down', afterEnd >= 0 && afterEnd < 30 ? base * 0.05 * Math.exp(-afterEnd / 8) : 0],
      ];
      for (const [kind, mean] of counts) {
        const n = this.random.poisson(mean);
        for (let k = 0; k < n; k++) {
          const services = [ix.service];
          const partner = failingHere.find((other) => other !== ix);
          if (kind === 'outage-complaint' && partner && this.random.chance(TWO_SERVICES)) services.push(partner.service);
          const complaint = COMPLAINT_KINDS.has(kind);
          const symptom = kind === 'outage-complaint' ? ix.symptoms.sample(this.random) : complaint ? 'unspecified' : null;
          batch.push(
            this.post(ctx, this.anyAuthor(ctx), {
              kind,
              symptom,
              services: complaint ? services : [],
              mention: complaint ? null : ix.service,
            }),
          );
        }
      }
    });
  }

  /** Frequent posters post much more than most (chatter). */
  private skewedAuthor(ctx: CountryContext): Author {
    const u = this.random.next();
    return ctx.authors.get(Math.floor(u * u * ctx.authors.size));
  }

  /** Anyone may complain. */
  private anyAuthor(ctx: CountryContext): Author {
    return ctx.authors.get(this.random.int(ctx.authors.size));
  }

  private post(ctx: CountryContext, author: Author, draft: Draft): Pending {
    const pack = compiled(author.pack);
    const text = this.text(pack, draft);
    const complaint = COMPLAINT_KINDS.has(draft.kind);
    return {
      second: this.random.int(60),
      post: {
        text,
        lang: pack.platformLang.sample(this.random),
        author_location: author.location,
        geo_country: this.random.chance(GEOTAGGED) ? ctx.country.code : null,
        platform: author.platform,
        author_id: author.id,
      },
      truth: {
        complaint,
        services: complaint ? draft.services.map((svc) => svc.id) : [],
        country: ctx.country.code,
        kind: draft.kind,
        language: pack.pack.id,
        symptom: draft.symptom,
      },
    };
  }

  private text(pack: CompiledPack, draft: Draft): string {
    const random = this.random;
    const template = this.template(pack, draft);
    const named = draft.services[0] ?? draft.mention;
    const fill = (slot: SlotName): string => {
      switch (slot) {
        case 'svc':
          return named ? this.names(pack.pack, draft.services.length > 1 ? draft.services : [named]) : '';
        case 'other':
          return random.pick(OTHER_MESSENGERS);
        case 'sym': {
          const symptom = draft.symptom && draft.symptom !== 'unspecified' && draft.symptom !== 'other' ? draft.symptom : 'website';
          return render(random.pick(pack.symptoms[symptom]), random, fill);
        }
        case 't':
          return random.pick(pack.pack.times);
        case 'e':
          return random.pick(pack.pack.annoyed);
        case 'h':
          return random.pick(pack.pack.friendly);
      }
    };
    let text = render(template, random, fill);
    if (COMPLAINT_KINDS.has(draft.kind) && named) {
      if (random.chance(HASHTAGGED)) text += ` #${random.pick(named.tags)}${random.pick(pack.pack.tagWords)}`;
      if (named.handle && random.chance(ADDRESSED)) text = `${named.handle} ${text}`;
    }
    if (pack.pack.lowercaseShare > 0 && random.chance(pack.pack.lowercaseShare)) text = text.toLowerCase();
    return text;
  }

  private template(pack: CompiledPack, draft: Draft): Template {
    const random = this.random;
    switch (draft.kind) {
      case 'chatter':
        return random.pick(pack.chatter);
      case 'hard-negative':
        return random.pick(pack.hardNegatives);
      case 'plain':
        return random.pick(pack.plain);
      case 'is-it-back':
        return random.pick(pack.isItBack);
      case 'still-down':
        return random.pick(pack.stillDown);
      case 'outage-news':
        return random.pick(pack.news);
      case 'background-complaint':
      case 'outage-complaint': {
        const svc = draft.services[0] as Service;
        if (draft.kind === 'outage-complaint' && svc.category === 'messaging' && random.chance(0.05)) return random.pick(pack.switching);
        const specific = draft.symptom !== null && draft.symptom !== 'unspecified' && draft.symptom !== 'other';
        return random.pick(specific ? pack.symptomComplaints : pack.plainComplaints);
      }
    }
  }

  /** How people spell one or two services in this pack's script. */
  private names(pack: LanguagePack, services: readonly Service[]): string {
    const spelled = services.map((svc) => this.name(pack, svc));
    if (spelled.length === 1) return spelled[0] as string;
    return spelled.join(this.random.pick([' & ', ', ', ' / ', ' + ']));
  }

  private name(pack: LanguagePack, svc: Service): string {
    const local = pack.script === 'Deva' ? svc.deva : pack.script === 'Arab' ? svc.arab : undefined;
    if (local && this.random.chance(0.5)) return this.random.pick(local);
    return latinNames(svc).sample(this.random);
  }

  /** Sorts a minute's posts by second (stable: generation order breaks ties), numbers them and stamps their time. */
  private ordered(minute: number, batch: Pending[]): PostWithTruth[] {
    const prefix = new Date(minute).toISOString().slice(0, 17);
    // Counting sort on the second: stable and linear.
    const starts = new Int32Array(61);
    for (const pending of batch) (starts[pending.second + 1] as number)++;
    for (let second = 1; second <= 60; second++) (starts[second] as number) += starts[second - 1] as number;
    const sorted = new Array<PostWithTruth>(batch.length);
    for (const { second, post, truth } of batch) {
      const createdAt = `${prefix}${second < 10 ? '0' : ''}${second}Z`;
      const at = (starts[second] as number)++;
      sorted[at] = {
        post: {
          id: '',
          text: post.text,
          created_at: createdAt,
          lang: post.lang,
          author_location: post.author_location,
          geo_country: post.geo_country,
          platform: post.platform,
          author_id: post.author_id,
        },
        truth,
      };
    }
    for (const item of sorted) item.post.id = `${this.spec.idPrefix}-${(this.sequence++).toString(36)}`;
    return sorted;
  }
}

const latinCache = new Map<string, Weighted<string>>();

function latinNames(svc: Service): Weighted<string> {
  let found = latinCache.get(svc.id);
  if (!found) {
    found = new Weighted(svc.latin);
    latinCache.set(svc.id, found);
  }
  return found;
}
