// Posts here are written for these tests; none comes from shared/data or a blind fixture.
import { describe, expect, it } from 'vitest';
import { classify } from '../classify-for-tests.js';

describe('twenty-eighth blind pass classes', () => {
  it('bindsARecoveryGluedToALatinNameInUnspacedTextToThatName', () => {
    expect(classify('LINEは復旧したけどインスタがまだ落ちてる').services).toEqual(['instagram']);
    expect(classify('Gmailは戻った、でもYouTubeがまだ再生できない').services).toEqual(['youtube']);
    expect(classify('インスタは直ったけどLINEがまだ落ちてる').services).toEqual(['line']);
  });

  it('readsATagalogWorksPhraseAsSaidOfTheNameAfterIt', () => {
    expect(classify('ayaw mag-load ng youtube pero nakakapanood naman ako sa netflix').services).toEqual(['youtube']);
    expect(classify('di ma-open ang netflix pero nakakapanood naman ako sa youtube').services).toEqual(['netflix']);
    expect(classify('di ko ma-call si mama sa messenger, laging reconnecting. ok naman whatsapp ko').services).toEqual(['messenger']);
  });

  it('keepsTheEnglishOrderWhenTheNameStandsBeforeTheWorksPhrase', () => {
    expect(classify('whatsapp ok naman, messenger ayaw mag send').services).toEqual(['messenger']);
  });

  it('readsAnotherAppSaidToDoItsJobFine', () => {
    expect(classify('YouTube buffering forever, Spotify plays fine.').services).toEqual(['youtube']);
    expect(classify('IG stories stuck on posting. Meanwhile FB posts fine').services).toEqual(['instagram']);
  });

  it('readsATaglishSellersCallToActionAsAnAdvert', () => {
    expect(classify('Globe down ulit? Switch to our fiber, 2 days install lang. PM for inquiries').complaint).toBe(false);
    expect(classify('brownout sa area, avail now ng aming powerbank promo! Smart down din daw').complaint).toBe(false);
    expect(classify('is whatsapp down? I need to apply now for the visa').complaint).toBe(true);
  });

  it('readsNotASingleOneGettingThroughInTaglish', () => {
    expect(classify('nag-send ako ng 6 na email sa gmail, wala ni isang na-deliver').services).toEqual(['gmail']);
  });

  it('readsFilipinoSpellingsOfFacebook', () => {
    expect(classify('ayaw mag-load ng pesbuk ko since kaninang umaga').services).toEqual(['facebook']);
  });

  it('placesAuthorsByTheNeighbourhoodsOfBigCities', () => {
    const from = (author_location: string) => classify('whatsapp down?', { author_location }).country;
    expect(from('Jadavpur University')).toBe('IN');
    expect(from('Sector V, Salt Lake')).toBe('IN');
    expect(from('Mirpur 10')).toBe('BD');
    expect(from('Uttara, Dhaka')).toBe('BD');
    expect(from('Korangi')).toBe('PK');
    expect(from('Gulshan-e-Iqbal')).toBe('PK');
    expect(from('Velachery')).toBe('IN');
    expect(from('Salt Lake City')).toBe('US');
  });

  it('readsColloquialBengaliSaidToWorkAndSpacedSpellings', () => {
    expect(classify('ইউটিউব ঠিক চলতেছে কিন্তু ফেসবুক খুলছে না').services).toEqual(['facebook']);
    expect(classify('হোয়াটস এপ এ ভিডিও কল কেটে যাচ্ছে বারবার').services).toEqual(['whatsapp']);
  });
});
