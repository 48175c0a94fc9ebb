// Posts here are written for these tests; none comes from shared/data or a blind fixture.
// The platform where other people talk about an outage is not a failing service: "twitter pe sab
// yahi bol rahe" after a WhatsApp question is about WhatsApp alone.
import { describe, expect, it } from 'vitest';
import { classify } from '../classify-for-tests.js';

const servicesOf = (text: string, author_location: string) => {
  const result = classify(text, { author_location });
  return result.complaint ? [...result.services].sort() : ['(no complaint)'];
};

describe('the platform where others talk about the outage', () => {
  it('isNoFailingServiceInEnglish', () => {
    expect(servicesOf('Gmail down? the whole of twitter is talking about it', 'Leeds')).toEqual(['gmail']);
    expect(servicesOf('whatsapp not working, twitter is full of complaints', 'Bristol')).toEqual(['whatsapp']);
    expect(servicesOf('Outlook keeps failing to sync. reddit says the same', 'Dublin')).toEqual(['outlook']);
  });

  it('isNoFailingServiceInHindiUrduAndTheirRomanSpellings', () => {
    expect(servicesOf('whatsapp band hai kya? twitter pe sab yahi bol rahe', 'Delhi')).toEqual(['whatsapp']);
    expect(servicesOf('whatsapp nahi chal raha, twitter par log keh rahe poori dunya mein band hai', 'Lahore')).toEqual(['whatsapp']);
    expect(servicesOf('व्हाट्सएप बंद है क्या? ट्विटर पे सब यही बोल रहे', 'Delhi')).toEqual(['whatsapp']);
  });

  it('isNoFailingServiceInTurkishItalianSpanishAndPortuguese', () => {
    expect(servicesOf('WhatsApp çöktü mü? twitterda herkes aynı şeyi yazıyor', 'Ankara')).toEqual(['whatsapp']);
    expect(servicesOf('whatsapp non va, su twitter lo dicono tutti', 'Roma')).toEqual(['whatsapp']);
    expect(servicesOf('no me cargan los mensajes de whatsapp, en twitter todos dicen lo mismo', 'Madrid')).toEqual(['whatsapp']);
    expect(servicesOf('whatsapp caiu? no twitter todo mundo reclamando', 'Recife')).toEqual(['whatsapp']);
  });

  it('staysAFailingServiceWhenThePostSaysItFails', () => {
    expect(servicesOf('Instagram down and twitter too, saying the same thing everywhere', 'Leeds')).toEqual(['instagram', 'x']);
    expect(servicesOf('jio ka net theek hai, whatsapp pe sab ke message atke hain', 'Delhi')).toEqual(['whatsapp']);
    expect(servicesOf('è giù whatsapp, lo dicono tutti', 'Roma')).toEqual(['whatsapp']);
    expect(servicesOf('youtube is talking about it but my youtube app still will not load videos', 'Leeds')).toEqual(['youtube']);
  });
});
