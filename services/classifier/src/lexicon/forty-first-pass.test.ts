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
