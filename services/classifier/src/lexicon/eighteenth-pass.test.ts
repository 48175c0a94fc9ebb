// Posts here are written for these tests; none comes from shared/data or a blind fixture.
import { describe, expect, it } from 'vitest';
import { classify } from '../classify-for-tests.js';

describe('eighteenth blind pass classes', () => {
  it('takesATelcoOnlyAskedAboutWhileTheAppsFailureIsSaidAsASuspect', () => {
    expect(classify('TIM ha problemi? su whatsapp i messaggi non partono da stamattina', { author_location: 'Torino' }).services).toEqual([
      'whatsapp',
    ]);
    expect(classify('@airtelindia network down hai kya? whatsapp pe photo nahi ja rahi', { author_location: 'Jaipur' }).services).toEqual([
      'whatsapp',
    ]);
    // The network's failure said too: both fail.
    expect(classify('TIM ha problemi? whatsapp non va e internet lentissimo', { author_location: 'Torino' }).services).toEqual(
      expect.arrayContaining(['whatsapp']),
    );
    // Nothing opens: the network, not one app.
    expect(
      classify('airtel ka net chal raha hai kisi ka? whatsapp bhi kuch nahi khul raha', { author_location: 'Jaipur' }).services,
    ).toContain('airtel');
  });

  it('readsFineAfterANameClosingItsClauseAsSaidToWork', () => {
    expect(classify('Gmail fine, Spotify fine, Instagram completely dead tonight').services).toEqual(['instagram']);
    expect(classify('Spotify fine and dandy but Instagram is down').services).toEqual(['instagram']);
  });

  it('takesTheNameBeforeKaMaslaHaiAsTheFindingAndTheSuspectsBeforeItAsNot', () => {
    expect(
      classify('jazz ko call kiya, unhon ne kaha line theek hai, instagram ka masla hai', { author_location: 'Lahore' }),
    ).toMatchObject({
      complaint: true,
      services: ['instagram'],
    });
    // Asked, not found.
    expect(classify('netflix atak raha hai. jio ka masla hai ya netflix ka?', { author_location: 'Pune' }).services).toEqual(
      expect.arrayContaining(['netflix', 'jio']),
    );
  });

  it('readsKaamKarnaBandAsStoppedWorking', () => {
    expect(classify('instagram ne kaam karna band kar diya kya', { author_location: 'Delhi' })).toMatchObject({
      complaint: true,
      services: ['instagram'],
    });
    expect(classify('bhai ye instagram band kar de, padhai kar').complaint).toBe(false);
  });

  it('readsGermanIstWegAndExonerationsOfTheNetwork', () => {
    expect(classify('Vodafone kann nix dafür, Instagram ist komplett weg', { author_location: 'Hamburg' })).toMatchObject({
      complaint: true,
      services: ['instagram'],
    });
  });

  it('readsItalianInveceEAsTheFinding', () => {
    expect(classify('Credevo fosse la linea di Fastweb. Invece è Instagram che non va', { author_location: 'Roma' }).services).toEqual([
      'instagram',
    ]);
  });

  it('knowsMoreSpellingsOfWhatsApp', () => {
    expect(classify('vatsap chalat nahi aahe', { author_location: 'Pune' }).services).toEqual(['whatsapp']);
    expect(classify('WA web pe login nahi ho raha', { author_location: 'Delhi' }).services).toEqual(['whatsapp']);
    expect(classify('o wpp não envia nada desde cedo', { author_location: 'Recife' }).services).toEqual(['whatsapp']);
  });
});
