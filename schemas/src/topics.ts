/** The project's topics, their records and how they are keyed. Names can be changed per deployment in the runtime config. */
export const TOPIC_DEFAULTS = {
  /** Raw posts in, keyed by post id. Record: SocialPost. */
  postsRaw: 'posts.raw',
  /** One complaint per (post, service), keyed service|country. Record: Complaint. */
  complaints: 'complaints',
  /** Incident lifecycle events, keyed by incident id. Record: Anomaly. */
  anomalies: 'anomalies',
  /** Records a worker could not process, with the reason. Record: DeadLetter. */
  postsDlq: 'posts.dlq',
  /** Compacted changelog of detector baselines and open incidents, keyed by detector key. */
  detectorState: 'detector.state',
} as const;

export type TopicRole = keyof typeof TOPIC_DEFAULTS;
export type TopicNames = Record<TopicRole, string>;
