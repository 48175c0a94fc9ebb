/**
 * The HTTP answers of `spike serve`, as a pure function of the board and the request line, so
 * they are tested without a socket:
 *
 * - `GET /incidents` — the incidents open now, each as its latest event (the `Anomaly` record's
 *   JSON, as `spike incidents --json` prints it and `spike notify` posts it), oldest start
 *   first; `?all=true` adds those resolved lately, `?service=whatsapp` and `?country=IN`
 *   filter as the CLI's `--service` and `--country` do.
 * - `GET /incidents/<id>` — one incident's events in order (404 when the board does not hold it).
 *
 * Every body carries `as_of` (the newest window end seen, ISO 8601) and `caught_up` (false
 * while the server is still reading the topic's history: an empty list then means "not known
 * yet", not "nothing is down").
 */
import type { Anomaly } from '@spike/schemas';
import type { IncidentBoard, IncidentHistory } from './incident-board.js';

export interface StatusAnswer {
  status: number;
  body: Record<string, unknown>;
}

export interface IncidentsBody {
  as_of: string | null;
  caught_up: boolean;
  incidents: Anomaly[];
}

const BOOLEANS: Record<string, boolean> = { true: true, '1': true, false: false, '0': false, '': true };

/** The answer to `method url` (url as in the request line: path and query), or undefined for a path this API does not serve. */
export function answerStatusRequest(board: IncidentBoard, caughtUp: boolean, method: string, url: string): StatusAnswer | undefined {
  const { pathname, searchParams } = new URL(url, 'http://status.invalid');
  if (pathname !== '/incidents' && !pathname.startsWith('/incidents/')) return undefined;
  if (method !== 'GET' && method !== 'HEAD') return { status: 405, body: { error: `${method} not allowed: the status API is read-only` } };
  const context = { as_of: isoOrNull(board.asOf), caught_up: caughtUp };
  if (pathname === '/incidents') {
    const all = BOOLEANS[searchParams.get('all') ?? 'false'];
    if (all === undefined) return { status: 400, body: { error: `all must be true or false, got "${searchParams.get('all')}"` } };
    const filter = { all, service: searchParams.get('service') ?? undefined, country: searchParams.get('country') ?? undefined };
    const body: IncidentsBody = { ...context, incidents: board.incidents(filter) };
    return { status: 200, body: { ...body } };
  }
  const id = decodedOrUndefined(pathname.slice('/incidents/'.length));
  if (id === undefined) return { status: 400, body: { error: 'the incident id is not valid percent-encoding' } };
  const history: IncidentHistory | undefined = id === '' ? undefined : board.history(id);
  if (!history) return { status: 404, body: { ...context, error: `no incident "${id}" on the board (unknown, or resolved too long ago)` } };
  return { status: 200, body: { ...context, ...history } };
}

function decodedOrUndefined(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

function isoOrNull(ms: number | undefined): string | null {
  return ms === undefined ? null : new Date(ms).toISOString();
}
