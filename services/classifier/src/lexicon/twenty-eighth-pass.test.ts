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

  it('readsABankOrServerTooSlowToAnswerAsAQuotedError', () => {
    expect(classify("फोनपे से पेमेंट करो तो 'Your bank's server is taking too long to respond' आ रहा है").services).toEqual(['phonepe']);
  });

  it('bindsAClaimAfterWhenIOpenItToTheNameOpened', () => {
    expect(classify("यूट्यूब खोल रहे तो 'Something went wrong' और गूगल पर सर्च भी नहीं हो रहा").services).toEqual(['youtube', 'google']);
    expect(classify("insta kholo to 'couldn't refresh feed' aa raha, whatsapp theek hai").services).toEqual(['instagram']);
  });

  it('readsADislikedMarathiUpdateAsNoFailure', () => {
    expect(classify('फेसबुकचं नवीन अपडेट अजिबात आवडलं नाही, परत आधीसारखं करा').complaint).toBe(false);
    expect(classify('व्हॉट्सॲप बंद पडलंय, मेसेज जात नाहीत').services).toEqual(['whatsapp']);
  });

  it('readsSwahiliFailuresAndTheAuthorsOwnWorkingApp', () => {
    expect(classify('Airtel calls zinakatika kila dakika, siwezi kuongea na mtu').services).toEqual(['airtel']);
    expect(classify('Safaricom na Airtel zote hazina internet leo mtaani kwetu').services).toEqual(['safaricom', 'airtel']);
    expect(classify("Natuma pesa kwa Mpesa, inasema 'Please wait' halafu hakuna kitu kinatokea").services).toEqual(['m-pesa']);
    expect(classify('Fesibuku haifunguki leo, inarudisha login tu').services).toEqual(['facebook']);
    expect(classify('Watu wanasema Instagram iko down lakini yangu inafanya poa kabisa').complaint).toBe(false);
  });

  it('readsTamilAndTeluguRecoveriesDenialsAndThePhonesOwnFaults', () => {
    expect(classify('Paytm திரும்ப work ஆகுது, இப்போ தான் payment போச்சு').complaint).toBe(false);
    expect(classify('phone கீழ விழுந்து screen உடைஞ்சிருச்சு, Instagram கூட பாக்க முடியல').complaint).toBe(false);
    expect(classify('இன்னைக்கு YouTube down இல்ல, உங்க router தான் down 😂').complaint).toBe(false);
    expect(classify('airtel recharge ayipoyindi, net ledu, naa tappe').complaint).toBe(false);
    expect(classify('ఈ గ్రూప్ ని close చేయండి, రోజూ forwards తప్ప ఏమీ లేదు').complaint).toBe(false);
    expect(classify('YouTube down ledu ra, mee router problem').complaint).toBe(false);
  });

  it('readsDmUsAndAFreeFirstMonthAsAdverts', () => {
    expect(classify('Vi down ఆ? మా fibernet కి మారండి, first month free, DM చేయండి').complaint).toBe(false);
    expect(classify('Airtel down ஆ? எங்க broadband ₹399 மட்டும், DM பண்ணுங்க').complaint).toBe(false);
  });

  it('readsKoreanWorksForMeAndNicknames', () => {
    expect(classify('카톡 다운됐다는데 난 잘 되는데 ㅋㅋ 다들 재부팅 해봐').complaint).toBe(false);
    expect(classify('까톡 사진 전송이 안돼요').services).toEqual(['kakaotalk']);
    expect(classify('らいんのメッセージ送れないんだけど').services).toEqual(['line']);
  });

  it('readsTheSkyAsWeatherAndAPhoneDownTheLooAsTheAuthorsOwnDoing', () => {
    expect(classify('grey sky, no signal on Three, and the train is late', { author_location: 'London' }).services).toEqual([]);
    expect(classify('dropped my phone down the loo, now it has no signal lol').complaint).toBe(false);
    expect(classify('sky down? no signal on my box since 6', { author_location: 'Leeds' }).services).toEqual(['sky']);
  });

  it('readsAWhyQuestionToANetworkAsAnAccusationNotASuspectAsked', () => {
    expect(
      classify('Mbona Safaricom mnakata data kila saa? Nikifungua TikTok inabuffer tu', { author_location: 'Mombasa' }).services,
    ).toEqual(['safaricom']);
    expect(classify('jio down hai kya? whatsapp nahi chal raha').services).toEqual(['whatsapp']);
  });
});
