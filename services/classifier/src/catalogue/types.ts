/** One catalogue service: its canonical id and every way people name it. */
export interface ServiceEntry {
  /** Canonical id from shared/spec/services.csv. Never renamed. */
  id: string;
  /** Display name. */
  name: string;
  /** Category from services.csv ('telecom', 'messaging', ...). */
  category?: string;
  /** ISO 3166-1 alpha-2 markets, or 'global'. */
  markets: readonly string[] | 'global';
  /**
   * Names that identify the service on their own in any script:
   * "whatsapp", "वॉट्सऐप", "واٹس ایپ", "واتساب", "ватсап", "ワッツアップ", misspellings
   * ("watsapp", "whtsapp", "whatsap"), and short forms unambiguous enough alone ("insta", "yt").
   */
  aliases: readonly string[];
  /**
   * Names that also mean something else ("x", "sky", "free", "orange", "vivo",
   * "line", "o2", "ee", "bt", "tim", "claro", "vi", "signal", "steam", "wa", "ig", "fb"):
   * they count only with context (hashtag, handle, outage phrase bound to the name,
   * the author's market).
   */
  ambiguousAliases: readonly string[];
  /** Support and brand handles without '@', lowercase: "jiocare", "airtelindia", "whatsapp". */
  handles: readonly string[];
  /** Hashtags that name the service (lowercase, no '#'), including outage ones: "whatsappdown", "instagramdown". */
  hashtags: readonly string[];
  /**
   * Phrases for a feature only this service has, that people use instead of its name when it
   * fails ("single grey tick" is WhatsApp's unsent message): they name the service only in a
   * complaint that names no service at all (Telegram and Signal show ticks too).
   */
  ownFeatures?: readonly string[];
}
