// Posts here are written for these tests; none comes from shared/data or a blind fixture.
import { describe, expect, it } from 'vitest';
import { classify } from '../classify-for-tests.js';

describe('English: sixteenth blind pass (naming set) classes', () => {
  it('readsAQuestionTakenBackForTheAuthorsOwnConnectionAsNoComplaint', () => {
    expect(classify("is discord down or is it just me? nvm it's my router, it rebooted itself").complaint).toBe(false);
    expect(classify('discord down? turns out my vpn was the problem lol').complaint).toBe(false);
  });

  it('keepsAComplaintThatOnlyWondersWhetherTheConnectionIsToBlame', () => {
    expect(classify("not sure if it's my wifi but youtube is down again, nothing loads").services).toEqual(['youtube']);
  });

  it('doesNotReadPolicySensesOfDownBesideANameAsAnOutage', () => {
    expect(classify('instagram is clamping down on fake followers').complaint).toBe(false);
    expect(classify('spotify doubling down on podcasts nobody asked for').complaint).toBe(false);
    expect(classify('youtube cracked down on ad blockers and honestly fair enough').complaint).toBe(false);
  });

  it('doesNotReadAnUnansweredHelplineOrLostLuggageAsAnOutage', () => {
    expect(classify('the airline lost my bag in Madrid and nobody picks up the phone. never flying with them again').complaint).toBe(false);
    expect(classify('called Ryanair about my refund, no one answers the phone, never again').complaint).toBe(false);
  });

  it('readsScheduledLoadSheddingAsNoOutageButATowerDownAsOne', () => {
    expect(classify('loadshedding stage 4 tonight, no wifi till 10').complaint).toBe(false);
    expect(classify('loadshedding again and now the tower is down too, zero signal in Durban').complaint).toBe(true);
  });

  it('readsNoSignalTheAuthorEnjoysAsNoComplaint', () => {
    expect(classify('no signal at the cabin all week, it was bliss').complaint).toBe(false);
  });

  it('readsAPaymentFailingSinceOrDeclinedAtTheTillAsAClaim', () => {
    expect(classify('paypal failing since last night, tried two browsers').services).toEqual(['paypal']);
    expect(classify('gpay declined at the till, card itself works fine. gpay down?').services).toEqual(['google-pay']);
  });

  it('labelsTheProductsAndNotTheSuiteWhenMicrosoftIsNamedForThem', () => {
    expect(classify("microsoft is down, can't open outlook").services).toEqual(['outlook']);
    expect(classify('microsoft down?? onedrive not syncing and teams keeps crashing').services).toEqual([
      'microsoft-365',
      'microsoft-teams',
    ]);
  });

  it('readsABareStoreAfterAnotherProductsNameAsThatStoreNotTheAppStore', () => {
    expect(classify("is the Nintendo store down? eshop won't open").services).toEqual([]);
    expect(classify("my etsy store won't load, error 503").services).toEqual([]);
    expect(classify("is the store down? can't update any apps on my iphone").services).toEqual(['app-store']);
  });

  it('placesTheAuthorInThePlaceAfterInNotAtTheDestination', () => {
    expect(classify('paypal transfers to Nigeria failing since morning, anyone else in the UK?').country).toBe('GB');
    expect(classify('remittance to the Philippines via paypal failing since last night, anyone else in Canada?').country).toBe('CA');
    expect(classify('whatsapp down in Kenya? messages stuck on one tick').country).toBe('KE');
  });

  it('countsAQuotedErrorMessageAsAClaimWhenNoCatalogueServiceIsNamed', () => {
    expect(classify('Sonos down?? the speakers all say "Sorry, we\'re having trouble with the service"')).toMatchObject({
      complaint: true,
      services: [],
    });
    expect(classify("my nan says 'error: motivation not found' every monday").complaint).toBe(false);
  });

  it('placesNeighbourhoodsOfLagosAbujaTheKlangValleyAndSingaporeInAProfile', () => {
    expect(classify('MTN network not working at all', { author_location: 'Gbagada' }).country).toBe('NG');
    expect(classify('MTN data not working since morning', { author_location: 'Lugbe, FCT' }).country).toBe('NG');
    expect(classify('netflix down? nothing loads', { author_location: 'Damansara' }).country).toBe('MY');
    expect(classify('netflix down? nothing loads', { author_location: 'Bishan' }).country).toBe('SG');
  });
});
