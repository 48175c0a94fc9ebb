// Posts here are written for these tests; none comes from shared/data or a blind fixture.
import { describe, expect, it } from 'vitest';
import { classify } from '../classify-for-tests.js';

describe('twenty-third blind pass classes', () => {
  it('readsAnOutageWordAfterAPlainNegationAsADenial', () => {
    expect(classify('snapchat is not down, your streaks just expired').complaint).toBe(false);
    expect(classify("discord isn't broken, they just moved the button again").complaint).toBe(false);
    expect(classify('Netflix funciona, no está caído, solo subieron el precio otra vez').complaint).toBe(false);
    expect(classify('gmail non è giù, sei tu che hai sbagliato password').complaint).toBe(false);
    expect(classify("nothing's broken on spotify, the new layout is just ugly").complaint).toBe(false);
  });

  it('stillReadsAFailureThatOnlyLooksDenied', () => {
    expect(classify('telegram keeps crashing since morning').services).toEqual(['telegram']);
    expect(classify('is telegram down? no, down for everyone here, nothing sends').complaint).toBe(true);
    expect(classify('YouTube mi dice che sono offline. Non sono offline, Spotify va').services).toEqual(['youtube']);
  });

  it('keepsADenialSomebodyElseSaysOutOfIt', () => {
    expect(classify('kein Netz seit heute früh, @vodafoneservice sagt es gibt keine Störung 🙄').complaint).toBe(true);
  });

  it('givesTheOutageDeniedOfOneNameToTheNameTurnedTo', () => {
    expect(classify('Instagram is NOT down. Airtel is. check your data before reinstalling').services).toEqual(['airtel']);
  });

  it('readsAPixThatDoesNotLandAsAFailure', () => {
    expect(classify('o pix não tá caindo aqui, já faz meia hora').services).toEqual(['pix']);
  });
});
