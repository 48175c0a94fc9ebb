// Posts here are written for these tests; none comes from shared/data or a blind fixture.
import { describe, expect, it } from 'vitest';
import { createClassifier, type PostInput } from '../classifier.js';

const classifier = createClassifier();
const classify = (text: string, extra: Partial<PostInput> = {}) =>
  classifier.classify({ id: 't', text, lang: null, author_location: null, geo_country: null, ...extra });

describe('South Asian languages and English: eighth blind pass classes', () => {
  it('keepsMarathiAndTeluguFromAnAuthorInIndiaOutOfHindi', () => {
    expect(classify('मॅच सुरू आणि JioHotstar बफरिंग करतंय, Something went wrong येतंय', { author_location: 'Mumbai' }).language).toBe('mr');
    expect(classify('Airtel lo calls povatledu, motham network ledu ippatiki', { author_location: 'Chennai' }).language).toBe('te');
  });

  it('readsMarathiOnlyWordsAgainstHindi', () => {
    expect(classify('कोणीतरी सांगा रे, Instagram चे रील्स दिवसभर अडकतंय').language).toBe('mr');
    expect(classify('Jio का recharge करा दिया फिर भी नेट नहीं चल रहा').language).toBe('hi');
  });

  it('readsIndicScriptMixedWithEnglishWordsAsThatLanguage', () => {
    expect(classify("Gmail inbox refresh ஆகல, 'Something went wrong' வருது").language).toBe('ta');
    expect(classify("iPhone la Google Photos backup అవ్వట్లేదు, 'Unable to connect to server'").language).toBe('te');
  });

  it('readsBanglishGoneStuckAndEmphaticNegatives', () => {
    expect(classify('Airtel er net puro chole geche sokal theke')).toMatchObject({ complaint: true, services: ['airtel'], language: 'bn' });
    expect(classify('Swiggy app khulchei na, checkout e atke ache')).toMatchObject({
      complaint: true,
      services: ['swiggy'],
      language: 'bn',
    });
    expect(classify('Jio te call lagche na ekdom, ki hoyeche?').complaint).toBe(true);
    expect(classify('bKash e otp asche na, app shudhu ghurche').complaint).toBe(true);
    expect(classify('zomato se chole bhature mangaye, app pe payment fail ho gaya').language).toBe('hi');
  });

  it('readsTenglishVerbFormsAndDoesNotTakeBlockingSomeoneForAnOutage', () => {
    expect(classify('Jio recharge malli penchesaru, cancel chestunna').language).toBe('te');
    expect(classify('aa spam account ni instagram lo block chesa').complaint).toBe(false);
  });

  it('readsPakistaniAyEndingsAsRomanUrdu', () => {
    expect(classify('kal raat sab log pareshan thay, messages nahi ja rahay thay').language).toBe('ur');
    expect(classify('whatsapp band hai yaar, msg nahi ja rahe').language).toBe('hi');
    expect(classify('instagram pe awam ka gussa, hukumat ne kuch kiya hai kya?').language).toBe('ur');
  });

  it('doesNotTakeRecapsOfAPastOutageForComplaints', () => {
    expect(classify('yaad hai jab instagram poore din band ho gaya tha? sab log twitter pe the').complaint).toBe(false);
    expect(classify('یاد ہے جب یوٹیوب پورا دن بند ہو گیا تھا؟').complaint).toBe(false);
    expect(classify('still think about the great whatsapp outage, group chats went silent for a day').complaint).toBe(false);
    expect(classify('कालच्या Paytm आउटेजमुळे हजारो व्यवहार अडकले होते, आता सुरळीत').complaint).toBe(false);
  });

  it('doesNotTakeClosuresShutdownNewsOrAdsForComplaints', () => {
    expect(classify('Barclays closing more branches in small towns, where are pensioners meant to go').complaint).toBe(false);
    expect(classify("Google announced they're shutting down Stadia, glad I never bought a controller").complaint).toBe(false);
    expect(classify('Download the Swiggy app now and get an extra 20% off with HDFC cards #Sale2024').complaint).toBe(false);
    expect(classify('Tata Neu says the old wallet reaches end of life next month').complaint).toBe(false);
    // ad words weigh against a claim, they do not silence it
    expect(classify('spotify not loading, the order now button is broken too').complaint).toBe(true);
  });

  it('doesNotReadAHashtagAsAnErrorCode', () => {
    expect(classify('Paytm cards offer #BBD2025').complaint).toBe(false);
  });

  it('doesNotTakeASharePriceForAnOutage', () => {
    expect(classify('Paytm share இன்னைக்கு 4% down, portfolio red').complaint).toBe(false);
  });

  it('readsOneWayMessagingAndHangingTransfersAsComplaints', () => {
    expect(classify('whatsapp: I can send messages but not receiving any since lunch').services).toEqual(['whatsapp']);
    expect(classify('Kuda transfer still pending, money left my account an hour ago').complaint).toBe(true);
  });

  it('dropsMicrosoft365NamedOnlyByTheMakersHashtagBesideTeamsAndOutlook', () => {
    expect(classify('Teams calls dropping and Outlook not loading #MicrosoftDown').services.sort()).toEqual(['microsoft-teams', 'outlook']);
  });

  it('placesKolkataShortForms', () => {
    expect(classify('jio down', { author_location: 'Salt Lake, Kol' }).country).toBe('IN');
    expect(classify('jio down', { author_location: 'Kol' }).country).toBe('IN');
    expect(classify('instagram çöktü, sol kol ağrıyor').country).not.toBe('IN');
  });
});
