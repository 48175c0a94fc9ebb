// Posts here are written for these tests; none comes from shared/data or a blind fixture.
// The fortieth pass: English posts that use outage words and are no complaint.
import { describe, expect, it } from 'vitest';
import { complainedOf } from '../classify-for-tests.js';

describe('English outage words in other senses', () => {
  it('readsTheAuthorsOwnDeadDevice_AsNoComplaint', () => {
    expect(complainedOf('my laptop is dead and the charger is at the office, so no spotify for me today', 'Leeds')).toEqual([
      '(no complaint)',
    ]);
  });

  it('readsDeadSeriousAndAShowThatWentDownWell_AsNoComplaint', () => {
    expect(complainedOf('my uncle is dead serious about quitting instagram this time', 'Lagos')).toEqual(['(no complaint)']);
    expect(complainedOf('the new Netflix docuseries went down really well with my parents', 'Toronto')).toEqual(['(no complaint)']);
  });

  it('readsScheduledDowntimeForAnUpdate_AsNoComplaint', () => {
    expect(complainedOf('Steam going down tonight for the new season update, downtime expected about an hour', 'Denver')).toEqual([
      '(no complaint)',
    ]);
  });

  it('readsMessagesThatNeverDeliver_AsAnOutage', () => {
    expect(complainedOf('sent 10 dms on insta, none of them are delivering, just the grey clock', 'Perth')).toEqual(['instagram']);
  });

  it('readsMyLine_AsThePhoneLineNotLINE', () => {
    expect(complainedOf('#MTNDown in Abuja? no service on my line since morning', 'Abuja')).toEqual(['mtn']);
  });

  it('readsAFibreGoneAgain_AsAnOutage', () => {
    expect(complainedOf('Jio fibre gone again in Kochi, landline also dead', 'Kochi')).toEqual(['jio']);
  });

  it('readsSwitchToOurService_AsAnAdvert', () => {
    expect(complainedOf('Telegram down? Switch to our secure chat app, free for 30 days', 'Singapore')).toEqual(['(no complaint)']);
  });
});
