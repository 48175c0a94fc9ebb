/** Structured JSON logs (pino) with secrets blanked wherever they appear in a logged object. */
import { pino, type Logger } from 'pino';

/** Keys whose values never reach a log line, at any depth: SASL and registry passwords, tokens, auth headers. */
export const SECRET_KEY = /pass(word)?|secret|token|authorization|api[-_]?key|credential/i;
const CENSOR = '[redacted]';

/**
 * Returns the object with every secret-named key's value replaced, copying only the branches
 * that change. pino's own `redact` needs each path spelled out at a fixed depth, which missed
 * `config.kafka.sasl.password`; a key rule cannot miss a new nesting.
 */
export function scrubSecrets(value: unknown, depth = 0): unknown {
  if (depth > 8 || value === null || typeof value !== 'object' || Buffer.isBuffer(value) || value instanceof Error) return value;
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((item) => {
      const scrubbed = scrubSecrets(item, depth + 1);
      changed ||= scrubbed !== item;
      return scrubbed;
    });
    return changed ? out : value;
  }
  let copy: Record<string, unknown> | undefined;
  for (const [key, inner] of Object.entries(value)) {
    const scrubbed = SECRET_KEY.test(key) && inner !== undefined && inner !== null ? CENSOR : scrubSecrets(inner, depth + 1);
    if (scrubbed !== inner) {
      copy ??= { ...(value as Record<string, unknown>) };
      copy[key] = scrubbed;
    }
  }
  return copy ?? value;
}

export type { Logger } from 'pino';

export function createLogger(options: { level: string; name: string; destination?: pino.DestinationStream }): Logger {
  return pino(
    {
      name: options.name,
      level: options.level,
      base: { worker: options.name },
      formatters: { log: (object) => scrubSecrets(object) as Record<string, unknown> },
    },
    options.destination,
  );
}
