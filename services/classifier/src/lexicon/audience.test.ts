// Posts here are written for these tests; none comes from shared/data or a blind fixture.
// The platform where other people talk about an outage is not a failing service: "twitter pe sab
// yahi bol rahe" after a WhatsApp question is about WhatsApp alone.
import { describe, expect, it } from 'vitest';
import { complainedOf } from '../classify-for-tests.js';

describe('the platform where others talk about the outage', () => {
  it('isNoFailingServiceInEnglish', () => {
    expect(complainedOf('Gmail down? the whole of twitter is talking about it', 'Leeds')).toEqual(['gmail']);
    expect(complainedOf('whatsapp not working, twitter is full of complaints', 'Bristol')).toEqual(['whatsapp']);
    expect(complainedOf('Outlook keeps failing to sync. reddit says the same', 'Dublin')).toEqual(['outlook']);
    expect(complainedOf('anyone on insta know why whatsapp is not working?', 'Leeds')).toEqual(['whatsapp']);
    expect(complainedOf('anyone on reddit know what happened to youtube? videos wont play', 'Leeds')).toEqual(['youtube']);
  });

  it('isNoFailingServiceInHindiUrduAndTheirRomanSpellings', () => {
    expect(complainedOf('whatsapp band hai kya? twitter pe sab yahi bol rahe', 'Delhi')).toEqual(['whatsapp']);
    expect(complainedOf('whatsapp nahi chal raha, twitter par log keh rahe poori dunya mein band hai', 'Lahore')).toEqual(['whatsapp']);
    expect(complainedOf('व्हाट्सएप बंद है क्या? ट्विटर पे सब यही बोल रहे', 'Delhi')).toEqual(['whatsapp']);
  });

  it('isNoFailingServiceInTurkishItalianSpanishAndPortuguese', () => {
    expect(complainedOf('WhatsApp çöktü mü? twitterda herkes aynı şeyi yazıyor', 'Ankara')).toEqual(['whatsapp']);
    expect(complainedOf('whatsapp non va, su twitter lo dicono tutti', 'Roma')).toEqual(['whatsapp']);
    expect(complainedOf('no me cargan los mensajes de whatsapp, en twitter todos dicen lo mismo', 'Madrid')).toEqual(['whatsapp']);
    expect(complainedOf('whatsapp caiu? no twitter todo mundo reclamando', 'Recife')).toEqual(['whatsapp']);
  });

  it('staysAFailingServiceWhenThePostSaysItFails', () => {
    expect(complainedOf('Instagram down and twitter too, saying the same thing everywhere', 'Leeds')).toEqual(['instagram', 'x']);
    expect(complainedOf('jio ka net theek hai, whatsapp pe sab ke message atke hain', 'Delhi')).toEqual(['whatsapp']);
    expect(complainedOf('è giù whatsapp, lo dicono tutti', 'Roma')).toEqual(['whatsapp']);
    expect(complainedOf('youtube is talking about it but my youtube app still will not load videos', 'Leeds')).toEqual(['youtube']);
  });
});
