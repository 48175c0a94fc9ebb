/**
 * What a language pack holds: the templates and word lists posts in one language (and script)
 * are built from. All of it hand-written for this generator.
 *
 * Template syntax: `{svc}` a spelling of the service, `{other}` another messaging service,
 * `{sym}` a phrase saying what fails, `{t}` a time phrase, `{e}` an annoyed emoji or
 * punctuation, `{h}` a friendly emoji, `[a|b|]` one of the alternatives (an empty one allowed).
 */
export type LanguageId = 'en' | 'hi-Latn' | 'hi' | 'ur-Latn' | 'ur' | 'it' | 'tr' | 'pt' | 'es' | 'de' | 'id' | 'fr';

/** What is failing (the classifier's and the detector's symptom names). */
export type Symptom = 'messages' | 'calls' | 'login' | 'feed' | 'media' | 'payments' | 'connectivity' | 'website' | 'other';

export interface LanguagePack {
  id: LanguageId;
  /** ISO 639-1 code of the language (romanised Hindi is still `hi`, romanised Urdu `ur`). */
  language: string;
  script: 'Latn' | 'Deva' | 'Arab';
  /** What platforms put in `lang` for posts in this language: right, missing, `und` or wrong. */
  platformLang: readonly (readonly [string | null, number])[];
  /** Share of posts typed all in lower case. */
  lowercaseShare: number;
  /** Hashtag words after the service name: #WhatsAppDown, #WhatsAppÇöktü. */
  tagWords: readonly string[];
  times: readonly string[];
  /** Annoyed emoji and punctuation (many empty). */
  annoyed: readonly string[];
  /** Friendly emoji (many empty). */
  friendly: readonly string[];
  /** Clauses saying what fails, by symptom. */
  symptoms: Readonly<Record<Exclude<Symptom, 'other'>, readonly string[]>>;
  /** Complaints that say what fails: use {svc} and {sym}. */
  symptomComplaints: readonly string[];
  /** Complaints that only say the service is down or ask if it is. */
  plainComplaints: readonly string[];
  /** Complaints that name another service the author moves to ({other} is not failing). */
  switching: readonly string[];
  /** After an outage: "is it back?", "working again". Not complaints. */
  isItBack: readonly string[];
  /** After an outage: "still not working for me". Complaints. */
  stillDown: readonly string[];
  /** News headlines and recaps of an outage: not complaints (jokes that say it is down now would be complaints, so none here). */
  news: readonly string[];
  /** Ordinary posts that name a service: using it, liking it, ads, news. */
  chatter: readonly string[];
  /** Posts that look like complaints and are not (other senses of "down", bans, prices, UI, "works for me"). May use {svc}. */
  hardNegatives: readonly string[];
  /** Posts that name no service at all. */
  plain: readonly string[];
}
