// Posts here are written for these tests; none comes from shared/data or a blind fixture.
// The forty-first pass: posts that use outage words and are no complaint, in Roman Urdu,
// Hinglish and Turkish.
import { describe, expect, it } from 'vitest';
import { complainedOf } from '../classify-for-tests.js';

describe('Roman Urdu', () => {
  it('readsAStrikeAndNoTopUpCard_AsNoComplaint', () => {
    expect(complainedOf('aaj market band hai, traders ki strike, zong ka load nahi mila kahin', 'Faisalabad')).toEqual(['(no complaint)']);
  });

  it('readsARidersPhoneSwitchedOff_AsNoComplaint', () => {
    expect(complainedOf('foodpanda rider ka phone band aa raha hai, order abhi tak nahi aaya', 'Lahore')).toEqual(['(no complaint)']);
  });

  it('readsJazMisspelt_AsJazz', () => {
    expect(complainedOf('jaz ka signal hi nahi aa raha subah se', 'Multan')).toEqual(['jazz']);
  });
});

describe('Turkish', () => {
  it('readsNeverMindItIsBack_AsNoComplaint', () => {
    expect(complainedOf('turkcell gitti mi? tamam şimdi geldi boşverin', 'Bursa')).toEqual(['(no complaint)']);
  });

  it('readsTheAuthorsCrashedLaptop_AsNoComplaint', () => {
    expect(complainedOf('laptopum çöktü, zoom derse telefondan bağlandım', 'Ankara')).toEqual(['(no complaint)']);
  });
});

describe('Hinglish and Hindi', () => {
  it('readsAFriendsPhoneSwitchedOff_AsNoComplaint', () => {
    expect(complainedOf('bhai ka phone switch off hai, light gayi hai unke yahan, whatsapp pe reply nahi karega', 'Patna')).toEqual([
      '(no complaint)',
    ]);
  });

  it('readsALaptopThatDied_AsNoComplaint', () => {
    expect(complainedOf('laptop mar gaya, on hi nahi ho raha, zoom class phone se join ki', 'Indore')).toEqual(['(no complaint)']);
  });

  it('readsSwitchingTheAppOffToSleep_AsNoComplaint', () => {
    expect(complainedOf('match haar gaye, netflix band karke so raha hoon', 'Jaipur')).toEqual(['(no complaint)']);
  });

  it('readsAHackedAccount_AsNoComplaint', () => {
    expect(complainedOf('मेरा इंस्टाग्राम अकाउंट किसी ने हैक कर लिया है, कोई मैसेज आए तो जवाब मत देना', 'Lucknow')).toEqual(['(no complaint)']);
  });

  it('readsANetworkThatKeepsDropping_AsAnOutage', () => {
    expect(complainedOf('जियो का नेटवर्क बार बार चला जाता है, कॉल बीच में कट जाती है', 'Bhopal')).toEqual(['jio']);
  });

  it('readsFirstMonthFree_AsAnAdvert', () => {
    expect(complainedOf('Net slow? Humara broadband lagwao, pehla mahina free, abhi call karo', 'Surat')).toEqual(['(no complaint)']);
  });
});
