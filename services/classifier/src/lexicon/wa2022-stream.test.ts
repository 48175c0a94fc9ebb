// Posts here are written for these tests; none comes from shared/data or a blind fixture.
// A big outage's stream (WhatsApp, 25 October 2022): how authors ask whether it is back, find
// what failed, and name the app by what it shows.
import { describe, expect, it } from 'vitest';
import { classify } from '../classify-for-tests.js';

describe('the WhatsApp 2022 outage stream', () => {
  it('readsARecoveryAskedThenDeniedAsAQuestionWhetherItIsDown_ButAskedAloneOrAnsweredYesAsARecovery', () => {
    expect(classify('Telegram theek hua kya? mera ab bhi nahi chal raha')).toMatchObject({ complaint: true, services: ['telegram'] });
    expect(classify('Instagram düzeldi mi? Bende hâlâ açılmıyor')).toMatchObject({ complaint: true, services: ['instagram'] });
    expect(classify('Is Discord back? mine still connecting...')).toMatchObject({ complaint: true, services: ['discord'] });
    expect(classify('is snapchat back?').complaint).toBe(false);
    expect(classify('is snapchat back? yes, snaps sending again').complaint).toBe(false);
  });
});
