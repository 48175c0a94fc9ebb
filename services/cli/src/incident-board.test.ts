import type { Anomaly } from '@spike/schemas';
import { describe, expect, it } from 'vitest';
import { IncidentBoard } from './incident-board.js';
import { anomalyEvent } from './test-support/anomaly.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const T0 = Date.UTC(2022, 9, 25, 7);

/** An event of `incident` scoring the window `minute` minutes after T0. */
function at(incident: string, status: Anomaly['status'], minute: number, fields: Partial<Anomaly> = {}): Anomaly {
  return anomalyEvent({
    incident_id: incident,
    status,
    started_at: T0,
    window_start: T0 + minute * MINUTE,
    window_end: T0 + (minute + 1) * MINUTE,
    ...fields,
  });
}

describe('IncidentBoard', () => {
  it('listsOpenIncidentsByTheirLatestEventAndKeepsEachHistoryInOrder', () => {
    const board = new IncidentBoard();
    const events = [
      at('wa', 'OPEN', 0),
      at('jio', 'OPEN', 1, { service: 'jio', countries: ['IN'], started_at: T0 + MINUTE }),
      at('wa', 'UPDATE', 2),
      at('jio', 'RESOLVED', 40, { service: 'jio', countries: ['IN'], started_at: T0 + MINUTE }),
      at('wa', 'RECOVERING', 50),
    ];
    for (const e of events) board.apply(e);

    expect(board.incidents()).toEqual([events[4]]);
    expect(board.incidents({ all: true }).map((e) => e.incident_id)).toEqual(['wa', 'jio']);
    expect(board.incidents({ all: true, service: 'JIO' })).toEqual([events[3]]);
    expect(board.incidents({ country: 'it' })).toEqual([events[4]]);
    expect(board.history('wa')).toEqual({ incident_id: 'wa', events: [events[0], events[2], events[4]], truncated: false });
    expect(board.history('nope')).toBeUndefined();
    expect(board.asOf).toBe(T0 + 51 * MINUTE);
  });

  it('forgetsResolvedIncidentsOnlyAfterTheirKeepTimeInEventTime', () => {
    const board = new IncidentBoard({ keepResolvedMs: 2 * HOUR });
    board.apply(at('old', 'OPEN', 0));
    board.apply(at('old', 'RESOLVED', 30));
    board.apply(at('long', 'OPEN', 10, { started_at: T0 + 10 * MINUTE }));
    board.apply(at('later', 'OPEN', 100, { started_at: T0 + 100 * MINUTE }));
    expect(board.history('old')).toBeDefined();

    // Two hours after the old one's last window ended: gone; the open one stays however old.
    board.apply(at('later', 'UPDATE', 30 + 121 + 1, { started_at: T0 + 100 * MINUTE }));
    expect(board.history('old')).toBeUndefined();
    expect(board.incidents({ all: true }).map((e) => e.incident_id)).toEqual(['long', 'later']);
    expect(board.size).toBe(2);
  });

  it('keepsTheFirstAndTheLatestEventsOfALongIncident', () => {
    const board = new IncidentBoard({ maxEventsPerIncident: 3 });
    const events = [0, 1, 2, 3, 4].map((minute) => at('wa', minute === 0 ? 'OPEN' : 'UPDATE', minute));
    for (const e of events) board.apply(e);
    expect(board.history('wa')).toEqual({ incident_id: 'wa', events: [events[0], events[3], events[4]], truncated: true });
  });

  it('givesCopiesSoACallerCannotChangeTheBoard', () => {
    const board = new IncidentBoard();
    board.apply(at('wa', 'OPEN', 0));
    board.history('wa')?.events.pop();
    expect(board.history('wa')?.events).toHaveLength(1);
  });

  it('refusesToKeepFewerThanTheFirstAndTheLatestEvent', () => {
    expect(() => new IncidentBoard({ maxEventsPerIncident: 1 })).toThrow(RangeError);
  });

  it('hasNoTimeBeforeItsFirstEvent', () => {
    expect(new IncidentBoard().asOf).toBeUndefined();
    expect(new IncidentBoard().incidents({ all: true })).toEqual([]);
  });
});
