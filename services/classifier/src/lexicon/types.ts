/**
 * Shapes of the hand-written data the classifier matches against.
 *
 * Entries are written the way people type them (any case, with diacritics);
 * the classifier normalises entries and posts the same way (NFKC, lower case,
 * Latin diacritics folded) before matching, so do not pre-normalise.
 * Matching is on whole words / whole phrases, never substrings of a word,
 * except in scripts written without spaces (Thai, Japanese, Chinese), where
 * entries match as substrings.
 */

/** What is failing, when the post says so. */
export type Symptom = 'messages' | 'calls' | 'login' | 'feed' | 'media' | 'payments' | 'connectivity' | 'website' | 'other';

export interface ComplaintLexicon {
  /** ISO 639-1 code the classifier reports for posts in this lexicon's language. */
  language: string;
  /** ISO 15924 scripts this lexicon is written in, e.g. ['Latn'] for Hinglish, ['Deva'] for Hindi. */
  scripts: readonly string[];
  /** Short human name, e.g. 'Hinglish (romanised Hindi)'. */
  name: string;
  /**
   * Words and phrases that claim something is not working now:
   * "down", "not working", "non funziona", "çöktü", "बंद है", "chal nahi raha".
   */
  outage: readonly string[];
  /**
   * Phrases that ask whether a service is down or whether others see it too:
   * "is it down", "anyone else", "sirf mere", "solo a me".
   */
  question: readonly string[];
  /** Error strings and UI messages as the apps show them in this language: "Something went wrong", "Connecting…". */
  errors: readonly string[];
  /** Outage hashtags without the service name, lowercase, without '#': "down", "outage", "çöktü". */
  hashtags: readonly string[];
  /** The failure is over or not real: "back up", "working again", "works for me", "wapas aa gaya". */
  recovered: readonly string[];
  /**
   * Other senses and non-complaints that look like outage words:
   * "download", "lockdown", "breakdown", "feeling down", "stock is down",
   * news/recap markers ("yesterday's outage", "reported", "according to"),
   * ban/policy/price/feature complaints, "band kar do" (switch off / close a group).
   */
  negative: readonly string[];
  /**
   * News and hearsay about an outage, stronger than other negatives because a headline states
   * the failure too ("X down: what we know", "Störung bei X: Nutzer melden Probleme"): a claim
   * after one of these is reported, not the author's own.
   */
  news?: readonly string[];
  /**
   * Where people go instead while a service is down, with `*` where the other service's name
   * stands: "switch to *", "* pe aa jao", "scrivetemi su *"; also where the author read the news
   * ("* pe dekha") and the cause first suspected ("thought it was *", "pensavo fosse *", "kirain
   * *"). A name in that place is not a failing service ("whatsapp down, everyone switch to
   * telegram") unless nothing else is named.
   */
  alternatives?: readonly string[];
  /**
   * A known outage asked about as the cause of the author's own failure, with `*` where its
   * service's name stands: "is this the * thing", "liegt das an *", "é coisa da *". Like an
   * alternative, and the name there is no failing service even when no other is named ("Halifax
   * app won't let me log in. is this the AWS thing?" is about an app not in the catalogue).
   */
  causesAsked?: readonly string[];
  /**
   * What the author found the failure to be after suspecting something else, with `*` where the
   * failing service's name stands: "turns out *", "meğer *", "era *", "galti * ki", "* hi band
   * hai". The name there is claimed to fail, and the services named before the phrase were the
   * suspects ("Modemi resetledim, Türk Telekom'a söylendim, meğer WhatsApp çökmüş" is about
   * WhatsApp alone).
   */
  revelations?: readonly string[];
  /**
   * Words that make what follows a hypothetical: "if", "se", "agar", "eğer", "wenn". A claim
   * right after one and a service name ("if WhatsApp goes down, ...", "agar whatsapp band ho
   * gaya to") is not a complaint. Free words only, not suffixes (Turkish "-se/-sa").
   */
  conditionals?: readonly string[];
  /**
   * Conditionals written after the clause they make hypothetical (Telugu "aithe", Bengali
   * "হলে"): a claim right after a name and right before one ("WhatsApp down aithe ...") is
   * not a complaint. Read in posts of every language (romanised ones are often identified as
   * another); not words that also mean "so" after a failure (Marathi "tar").
   */
  conditionalsAfter?: readonly string[];
  /**
   * What is said of a service that works, beside another that fails: "works fine", "is
   * normal", "geht", "va bien", "aman", "lancar", "شغال". Only tells which named services
   * fail ("Instagram down, WhatsApp works fine" is about Instagram); never evidence for or
   * against a complaint, and not when negated ("geht nicht", "normal değil").
   */
  working?: readonly string[];
  /**
   * Everyday words of this language that are also short ambiguous service names, never a name
   * in a post of this language: "wa" ("of") in Swahili is not WhatsApp ("mtandao wa Airtel").
   * A two-word entry is an everyday phrase whose last word is the name: "na wa" (Nigerian
   * Pidgin "wow") drops "wa" only after "na".
   */
  notNames?: readonly string[];
  /**
   * Everyday words of this language that another language lists as a one-word cue, never a cue
   * in a post of this language: French "même" folds to "meme" (an Italian negative: a joke, not
   * an outage), German "hier" is "here" (French "yesterday"), "hat" is "has" (Turkish "line"),
   * Swahili "hata" is "even" (Turkish "error").
   */
  notCues?: readonly string[];
  /**
   * Names listed as ambiguous in the catalogue that in this language only ever mean the
   * service: "pix" in Portuguese is the payment system (elsewhere, pictures).
   */
  names?: readonly string[];
  /**
   * The language vote counts only this lexicon's `markers`, not the words of its phrases: for a
   * romanised lexicon whose phrases are mostly a larger neighbour's words (Roman Punjabi's
   * "band", "ho", "net" are Hinglish's too), so that they do not take a share of that
   * neighbour's vote.
   */
  markersOnly?: boolean;
  /**
   * How long a failure that is over lasted, said with "for": leads ("durante", "pendant", "se
   * cayó como"), number words with the units that agree with them, and the units after a digit.
   * "durante 2 horas", "pendant 2h", "per tre ore" are recap negatives (see durations.ts).
   */
  recapDurations?: RecapDurations;
  /** Cues for what is failing, by symptom. Only the categories the language has cues for. */
  symptoms: Partial<Record<Symptom, readonly string[]>>;
  /**
   * Frequent function words that tell this language apart from others in the same
   * script (vital for romanised Hindi vs Urdu vs English, Malay vs Indonesian,
   * Spanish vs Portuguese): "hai", "nahi", "kya" for Hinglish; "hai", "nahi", "kyun", "yaar" overlap with Roman Urdu,
   * so give the distinctive ones.
   */
  markers: readonly string[];
}

/** The parts of "for two hours" in one language (`ComplaintLexicon.recapDurations`). */
export interface RecapDurations {
  leads: readonly string[];
  counts: readonly (readonly [string, readonly string[]])[];
  units: readonly string[];
}
