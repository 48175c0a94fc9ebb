import type { Anomaly } from '@spike/schemas';
import { describe, expect, it } from 'vitest';
import { IncidentBoard } from './incident-board.js';
import { answerStatusRequest } from './status-api.js';
import { anomalyEvent } from './test-support/anomaly.js';

const MINUTE = 60_000;
const T0 = Date.UTC(2022, 9, 25, 7);

function boardOf(...events: Anomaly[]): IncidentBoard {
  const board = new IncidentBoard();
  for (const e of events) board.apply(e);
  return board;
}

const open = anomalyEvent({ incident_id: 'wa 1', status: 'OPEN', window_start: T0, window_end: T0 + MINUTE });
const resolved = anomalyEvent({
  incident_id: 'jio-1',
  service: 'jio',
  countries: ['IN'],
  status: 'RESOLVED',
  started_at: T0 - 60 * MINUTE,
  window_start: T0 + MINUTE,
  window_end: T0 + 2 * MINUTE,
});

describe('answerStatusRequest', () => {
  const board = boardOf(open, resolved);

  it('listsTheOpenIncidentsWithTheTimeTheBoardHasReached', () => {
    expect(answerStatusRequest(board, true, 'GET', '/incidents')).toEqual({
      status: 200,
      body: { as_of: '2022-10-25T07:02:00.000Z', caught_up: true, incidents: [open] },
    });
  });

  it('filtersAsTheCliDoesAndAddsResolvedOnesWithAll', () => {
    const ids = (url: string) => (answerStatusRequest(board, true, 'GET', url)?.body.incidents as Anomaly[]).map((e) => e.incident_id);
    expect(ids('/incidents?all=true')).toEqual(['jio-1', 'wa 1']);
    expect(ids('/incidents?all=1&service=jio')).toEqual(['jio-1']);
    expect(ids('/incidents?all&country=it')).toEqual(['wa 1']);
    expect(ids('/incidents?service=jio')).toEqual([]);
  });

  it('saysWhileItIsStillReadingTheTopicsHistory', () => {
    expect(answerStatusRequest(new IncidentBoard(), false, 'GET', '/incidents')?.body).toEqual({
      as_of: null,
      caught_up: false,
      incidents: [],
    });
  });

  it('givesOneIncidentsEventsByItsPercentEncodedId', () => {
    expect(answerStatusRequest(board, true, 'GET', '/incidents/wa%201')).toEqual({
      status: 200,
      body: { as_of: '2022-10-25T07:02:00.000Z', caught_up: true, incident_id: 'wa 1', events: [open], truncated: false },
    });
    expect(answerStatusRequest(board, true, 'GET', '/incidents/nope')?.status).toBe(404);
    expect(answerStatusRequest(board, true, 'GET', '/incidents/')?.status).toBe(404);
    expect(answerStatusRequest(board, true, 'GET', '/incidents/%E0%A4')?.status).toBe(400);
  });

  it('refusesWritesAndBadQueriesAndLeavesOtherPathsToTheServer', () => {
    expect(answerStatusRequest(board, true, 'POST', '/incidents')?.status).toBe(405);
    expect(answerStatusRequest(board, true, 'GET', '/incidents?all=maybe')?.status).toBe(400);
    expect(answerStatusRequest(board, true, 'HEAD', '/incidents')?.status).toBe(200);
    expect(answerStatusRequest(board, true, 'GET', '/healthz')).toBeUndefined();
    expect(answerStatusRequest(board, true, 'GET', '/incidentsx')).toBeUndefined();
  });
});
