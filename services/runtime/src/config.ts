/**
 * Configuration from environment variables, declared once: every variable has a
 * description and a default here, the README's table is rendered from this schema
 * (`configTable`), and `loadConfig` reports every bad variable in one error.
 */
import { z } from 'zod';
import { TOPIC_DEFAULTS, type TopicNames } from '@spike/schemas';
import { SpikeError } from './errors.js';

const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true' || v === '1' || v === 'yes');

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const optionalText = () => z.string().min(1).optional();

/** Every environment variable the project reads, with its default and meaning. */
export const ENV_SCHEMA = z.object({
  KAFKA_BROKERS: z
    .string()
    .regex(/^[^,\s]+:\d+(,[^,\s]+:\d+)*$/, 'a comma-separated list of host:port')
    .default('127.0.0.1:9092')
    .describe('Bootstrap brokers, comma-separated host:port. Unset in tests and `npm start`: the local broker is used.'),
  KAFKA_CLIENT_ID: z.string().min(1).default('spike').describe('Client id prefix sent to the brokers (the worker name is appended).'),
  KAFKA_GROUP_PREFIX: z.string().min(1).default('spike').describe('Consumer group prefix; a worker joins group <prefix>-<worker>.'),
  KAFKA_SSL: flag(false).describe('Connect with TLS.'),
  KAFKA_SSL_CA_FILE: optionalText().describe(
    "PEM file of the CA that signed the brokers' certificates (TLS only; default: the system CAs).",
  ),
  KAFKA_SSL_CERT_FILE: optionalText().describe('PEM client certificate for mutual TLS.'),
  KAFKA_SSL_KEY_FILE: optionalText().describe('PEM private key of the client certificate.'),
  KAFKA_SSL_REJECT_UNAUTHORIZED: flag(true).describe(
    'Reject brokers whose certificate does not verify. Set false only for a local test cluster.',
  ),
  KAFKA_SASL_MECHANISM: z
    .enum(['none', 'plain', 'scram-sha-256', 'scram-sha-512'])
    .default('none')
    .describe('SASL mechanism: none, plain, scram-sha-256 or scram-sha-512.'),
  KAFKA_SASL_USERNAME: optionalText().describe('SASL user name (required with a SASL mechanism).'),
  KAFKA_SASL_PASSWORD: optionalText().describe('SASL password (required with a SASL mechanism; never logged).'),
  KAFKA_CONNECTION_TIMEOUT_MS: positiveInt(3000).describe('Time to establish a broker connection, ms.'),
  KAFKA_REQUEST_TIMEOUT_MS: positiveInt(30000).describe('Time to wait for a broker response, ms.'),
  SCHEMA_REGISTRY_URL: z
    .url()
    .optional()
    .describe(
      'When set, records use the Confluent Schema Registry wire format (magic 0 + schema id) and schemas are registered there; unset: Avro single-object encoding.',
    ),
  SCHEMA_REGISTRY_USERNAME: optionalText().describe('Basic-auth user for the schema registry.'),
  SCHEMA_REGISTRY_PASSWORD: optionalText().describe('Basic-auth password for the schema registry (never logged).'),
  TOPIC_POSTS_RAW: z.string().min(1).default(TOPIC_DEFAULTS.postsRaw).describe('Topic of raw posts (SocialPost).'),
  TOPIC_COMPLAINTS: z.string().min(1).default(TOPIC_DEFAULTS.complaints).describe('Topic of complaints (Complaint, key service|country).'),
  TOPIC_ANOMALIES: z.string().min(1).default(TOPIC_DEFAULTS.anomalies).describe('Topic of incident events (Anomaly, key incident id).'),
  TOPIC_POSTS_DLQ: z.string().min(1).default(TOPIC_DEFAULTS.postsDlq).describe('Dead-letter topic (DeadLetter, with the reason).'),
  TOPIC_DETECTOR_STATE: z.string().min(1).default(TOPIC_DEFAULTS.detectorState).describe('Compacted changelog of detector state.'),
  TOPIC_PARTITIONS: positiveInt(6).describe(
    'Partitions of each topic `spike topics create` makes; the most worker instances of one kind that share the work.',
  ),
  TOPIC_REPLICATION_FACTOR: positiveInt(1).describe('Replicas of each topic `spike topics create` makes (3 on a production cluster).'),
  TOPIC_RETENTION_MS: z.coerce
    .number()
    .int()
    .refine((ms) => ms === -1 || ms > 0, 'must be a positive number of ms, or -1 to keep records forever')
    .default(7 * 24 * 3600 * 1000)
    .describe(
      "Retention of the non-compacted topics, ms (default 7 days); -1 keeps records forever. Kafka ages records by their timestamps, which a replay sets to the posts' original times: topics that receive a replay of older posts need a longer retention, or -1.",
    ),
  DETECTOR_PARAMS: z
    .string()
    .default('{}')
    .describe(
      'JSON object of detector parameter overrides, e.g. {"minCount":8}; names, units and defaults in services/detector/src/params.ts. Every anomaly carries the resulting params_version.',
    ),
  DETECTOR_IDLE_MS: positiveInt(30000).describe(
    'When a detector partition has had no input this long, its watermark follows the stream time of the busiest partition, or the wall clock (minus the allowed lateness) once all are quiet, so windows close and incidents resolve, ms.',
  ),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info').describe('pino log level.'),
  HTTP_PORT: z.coerce
    .number()
    .int()
    .min(0)
    .max(65535)
    .default(9464)
    .describe('Port of /healthz, /readyz and /metrics (and of /incidents for spike serve); 0 picks a free port.'),
  HTTP_HOST: z.string().min(1).default('0.0.0.0').describe('Interface the health and metrics server listens on.'),
});

export type SaslMechanism = 'plain' | 'scram-sha-256' | 'scram-sha-512';

export interface SpikeConfig {
  kafka: {
    brokers: string[];
    clientId: string;
    groupPrefix: string;
    ssl: false | { caFile?: string; certFile?: string; keyFile?: string; rejectUnauthorized: boolean };
    sasl: false | { mechanism: SaslMechanism; username: string; password: string };
    connectionTimeoutMs: number;
    requestTimeoutMs: number;
  };
  schemaRegistry: false | { url: string; username?: string; password?: string };
  topics: TopicNames;
  topicDefaults: { partitions: number; replicationFactor: number; retentionMs: number };
  logLevel: z.infer<typeof ENV_SCHEMA>['LOG_LEVEL'];
  /** Raw detector parameter overrides (parsed by the detector worker against its own schema) and the idle time. */
  detector: { paramsJson: string; idleMs: number };
  http: { host: string; port: number };
}

const CHECKED_ENV = ENV_SCHEMA.superRefine((env, ctx) => {
  if (env.KAFKA_SASL_MECHANISM !== 'none') {
    for (const name of ['KAFKA_SASL_USERNAME', 'KAFKA_SASL_PASSWORD'] as const) {
      if (!env[name])
        ctx.addIssue({ code: 'custom', path: [name], message: `required when KAFKA_SASL_MECHANISM=${env.KAFKA_SASL_MECHANISM}` });
    }
  }
  if (!!env.KAFKA_SSL_CERT_FILE !== !!env.KAFKA_SSL_KEY_FILE) {
    ctx.addIssue({ code: 'custom', path: ['KAFKA_SSL_KEY_FILE'], message: 'KAFKA_SSL_CERT_FILE and KAFKA_SSL_KEY_FILE go together' });
  }
});

/** Keeps only the variables we declare; empty strings count as unset. */
function declaredVariables(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(ENV_SCHEMA.shape)) {
    const value = env[name];
    if (value !== undefined && value !== '') out[name] = value;
  }
  return out;
}

/** Parses the environment once at the edge. Throws one CONFIG_INVALID error listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): SpikeConfig {
  const parsed = CHECKED_ENV.safeParse(declaredVariables(env));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(env)'}: ${issue.message}`);
    throw new SpikeError('CONFIG_INVALID', `invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const ssl = e.KAFKA_SSL
    ? {
        rejectUnauthorized: e.KAFKA_SSL_REJECT_UNAUTHORIZED,
        ...(e.KAFKA_SSL_CA_FILE ? { caFile: e.KAFKA_SSL_CA_FILE } : {}),
        ...(e.KAFKA_SSL_CERT_FILE ? { certFile: e.KAFKA_SSL_CERT_FILE } : {}),
        ...(e.KAFKA_SSL_KEY_FILE ? { keyFile: e.KAFKA_SSL_KEY_FILE } : {}),
      }
    : false;
  const sasl =
    e.KAFKA_SASL_MECHANISM === 'none'
      ? false
      : { mechanism: e.KAFKA_SASL_MECHANISM, username: e.KAFKA_SASL_USERNAME as string, password: e.KAFKA_SASL_PASSWORD as string };
  return {
    kafka: {
      brokers: e.KAFKA_BROKERS.split(','),
      clientId: e.KAFKA_CLIENT_ID,
      groupPrefix: e.KAFKA_GROUP_PREFIX,
      ssl,
      sasl,
      connectionTimeoutMs: e.KAFKA_CONNECTION_TIMEOUT_MS,
      requestTimeoutMs: e.KAFKA_REQUEST_TIMEOUT_MS,
    },
    detector: { paramsJson: e.DETECTOR_PARAMS, idleMs: e.DETECTOR_IDLE_MS },
    schemaRegistry: e.SCHEMA_REGISTRY_URL
      ? {
          url: e.SCHEMA_REGISTRY_URL,
          ...(e.SCHEMA_REGISTRY_USERNAME ? { username: e.SCHEMA_REGISTRY_USERNAME } : {}),
          ...(e.SCHEMA_REGISTRY_PASSWORD ? { password: e.SCHEMA_REGISTRY_PASSWORD } : {}),
        }
      : false,
    topics: {
      postsRaw: e.TOPIC_POSTS_RAW,
      complaints: e.TOPIC_COMPLAINTS,
      anomalies: e.TOPIC_ANOMALIES,
      postsDlq: e.TOPIC_POSTS_DLQ,
      detectorState: e.TOPIC_DETECTOR_STATE,
    },
    topicDefaults: {
      partitions: e.TOPIC_PARTITIONS,
      replicationFactor: e.TOPIC_REPLICATION_FACTOR,
      retentionMs: e.TOPIC_RETENTION_MS,
    },
    logLevel: e.LOG_LEVEL,
    http: { host: e.HTTP_HOST, port: e.HTTP_PORT },
  };
}

/** The README's configuration table (markdown), rendered from ENV_SCHEMA so the two never drift. */
export function configTable(): string {
  const rows = Object.entries(ENV_SCHEMA.shape).map(([name, field]) => {
    const parsed = (field as z.ZodType).safeParse(undefined);
    const value: unknown = parsed.success ? parsed.data : undefined;
    const fallback = value === undefined ? '(unset)' : `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;
    // A '|' inside a cell would split it: markdown tables need it escaped.
    const meaning = ((field as z.ZodType).description ?? '').replaceAll('|', '\\|');
    return `| \`${name}\` | ${fallback} | ${meaning} |`;
  });
  return ['| variable | default | meaning |', '| --- | --- | --- |', ...rows].join('\n');
}
