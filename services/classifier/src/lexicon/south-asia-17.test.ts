// Posts here are written for these tests; none comes from shared/data or a blind fixture.
import { describe, expect, it } from 'vitest';
import { classify } from '../classify-for-tests.js';

describe('South Asian languages: seventeenth blind pass classes', () => {
  it('readsAPaymentPendingOrMoneyTakenFromTheAccountInHindiAsAClaim', () => {
    expect(classify('पेटीएम में रिचार्ज pending दिखा रहा है, सुबह से')).toMatchObject({ complaint: true, services: ['paytm'] });
    expect(classify('गूगल पे से भेजा, पैसा अकाउंट से कट गया और पहुँचा नहीं')).toMatchObject({
      complaint: true,
      services: ['google-pay'],
    });
    expect(classify('फोनपे पर मेरा केवाईसी पेंडिंग दिखा रहा है').complaint).toBe(false);
  });

  it('readsDevanagariBufferingAndTheSpinningLoaderAsAClaim', () => {
    expect(classify('हॉटस्टार पर मैच बार बार बफर कर रहा है').complaint).toBe(true);
    expect(classify('नेटफ्लिक्स खोला तो बस घूमता गोला दिख रहा है').complaint).toBe(true);
    expect(classify('हॉटस्टार पर मैच बढ़िया चल रहा है').complaint).toBe(false);
  });

  it('readsWhereDidTheSignalGoInRomanUrduAndHinglishAsAClaim', () => {
    expect(classify('telenor ke signals kahan gaye bhai? subah se kuch nahi', { author_location: 'Lahore' })).toMatchObject({
      complaint: true,
      services: ['telenor'],
    });
    expect(classify('jio ka signal kahan gaya aaj?', { author_location: 'Pune' }).complaint).toBe(true);
    expect(classify('mera charger kahan gaya yaar, mil nahi raha').complaint).toBe(false);
  });

  it('readsMoneySentThatThePayeeNeverGotAsAClaim', () => {
    expect(classify('easypaisa se transfer kiya, receiver ko nahi mile abhi tak', { author_location: 'Multan' })).toMatchObject({
      complaint: true,
      services: ['easypaisa'],
    });
    expect(classify('easypaisa se transfer kiya, receiver ko mil gaye', { author_location: 'Multan' }).complaint).toBe(false);
  });

  it('takesTheHeadGoingDownForMoodNotAnOutage', () => {
    expect(classify('instagram reels scroll karke dimag down ho gaya').complaint).toBe(false);
    expect(classify('instagram down ho gaya kya?').complaint).toBe(true);
  });

  it('readsAllFineAfterANameAsSaidOfIt', () => {
    expect(classify('telenor ka net nahi chal raha, zong wale dost ka sab theek hai', { author_location: 'Multan' }).services).toEqual([
      'telenor',
    ]);
    expect(classify('instagram reels load nahi ho rahe laptop pe, phone pe sab thik').services).toEqual(['instagram']);
  });

  it('takesTheCauseFirstSuspectedForNoFailingService', () => {
    expect(classify('zoom meeting baar baar cut ho rahi, pehle laga jio ka issue hai par net chal raha hai').services).toEqual(['zoom']);
    expect(classify('zoom meeting baar baar cut ho rahi aur jio ka net bhi gaya').services).toEqual(['zoom', 'jio']);
  });

  it('takesTheAppThePaymentWentThroughOnInsteadForNoFailingService', () => {
    expect(classify("paytm pe 'transaction failed' aa raha, gpay se kar diya").services).toEqual(['paytm']);
    expect(classify('paytm pe payment fail, gpay pe bhi fail').services).toEqual(['paytm', 'google-pay']);
  });

  it('readsAPartFailingAfterTheServiceIsSaidToWorkButAsAboutIt', () => {
    expect(classify('instagram chal raha hai lekin reels load nahi ho rahe')).toMatchObject({ complaint: true, services: ['instagram'] });
    expect(classify('व्हाट्सएप चल रहा है लेकिन फोटो नहीं जा रही')).toMatchObject({ complaint: true, services: ['whatsapp'] });
    expect(classify('instagram chal raha hai, koi dikkat nahi').services).toEqual([]);
  });

  it('readsWhatsAppWrittenInBengaliWithoutItsLeadingH', () => {
    expect(classify('ওয়াটসঅ্যাপে ছবি যাচ্ছে না')).toMatchObject({ complaint: true, services: ['whatsapp'] });
  });

  it('readsBanglishSpeedAtZeroAndAnyoneElseAsking', () => {
    expect(classify('Jio er speed ekdom zero aj sokal theke', { author_location: 'Kolkata' })).toMatchObject({
      complaint: true,
      services: ['jio'],
    });
    expect(classify('Jio recharge korlam, karo emon hocche?', { author_location: 'Kolkata' }).services).toEqual(['jio']);
  });

  it('readsTanglishLineGoneAsAClaim', () => {
    expect(classify('Airtel wifi pochu, office work ellam stuck', { author_location: 'Chennai' })).toMatchObject({
      complaint: true,
      services: ['airtel'],
    });
    expect(classify('Airtel wifi super ah irukku', { author_location: 'Chennai' }).complaint).toBe(false);
  });

  it('readsAMarathiErrandDoneAtLastAsOver', () => {
    expect(classify('सर्व्हर डाउन होतं म्हणून रांगेत उभा राहिलो, शेवटी झालं काम').complaint).toBe(false);
    expect(classify('एसबीआय चं सर्व्हर डाउन आहे, काम झालं नाही').complaint).toBe(true);
  });

  it('readsGujaratiFineAfterANameAsSaidOfIt', () => {
    expect(classify('જિયો નું નેટ બરાબર છે, પણ ઇન્સ્ટાગ્રામ ખુલતું નથી').services).toEqual(['instagram']);
    expect(classify('જિયો નું નેટ ચાલતું નથી, ઇન્સ્ટાગ્રામ પણ ખુલતું નથી').services).toContain('jio');
  });

  it('readsNepaliVerbsOfFailureAndTellsNepaliFromHindi', () => {
    expect(classify('इन्स्टाग्राम खुलेन, मेरो मात्र हो कि सबैको?')).toMatchObject({
      complaint: true,
      services: ['instagram'],
      language: 'ne',
    });
    expect(classify('फेसबुकमा भिडियो अपलोड गर्न मिल्दैन')).toMatchObject({ complaint: true, services: ['facebook'], language: 'ne' });
    expect(classify('युट्युबबाट गीत कसरी डाउनलोड गर्ने?')).toMatchObject({ complaint: false, language: 'ne' });
    expect(classify('इन्स्टाग्राम अहिले चल्दैछ, ठिक भयो').complaint).toBe(false);
    expect(classify('व्हाट्सएप नहीं चल रहा, मैसेज नहीं जा रहे').language).toBe('hi');
  });

  it('placesBareLalitpurInNepalTheLargerCity', () => {
    expect(classify('इन्टरनेट चलेको छैन, किन होला?', { author_location: 'Lalitpur' }).country).toBe('NP');
    expect(classify('jio down hai', { author_location: 'Lucknow' }).country).toBe('IN');
  });

  it('readsSinhalaByItsScriptAndItsNegatedVerbsAsClaims', () => {
    expect(classify('වට්ස්ඇප් මැසේජ් යන්නේ නැහැ, මට විතරද?')).toMatchObject({
      complaint: true,
      services: ['whatsapp'],
      language: 'si',
      country: 'LK',
    });
    expect(classify('එයාටෙල් නෙට් නෑ අද උදේ ඉඳන්')).toMatchObject({ complaint: true, services: ['airtel'] });
    expect(classify('යූටියුබ් වීඩියෝ ඩවුන්ලෝඩ් කරන්නේ කොහොමද?')).toMatchObject({ complaint: false, language: 'si' });
    expect(classify('ෆේස්බුක් දැන් වැඩ කරනවා').complaint).toBe(false);
  });

  it('readsThePowerGoneAndLoadSheddingGoingOnInRomanUrduAsAClaim', () => {
    expect(classify('bijli gayab hai subah se, itni loadshedding, fridge bhi band', { author_location: 'Multan' }).complaint).toBe(true);
    expect(classify('kal se naya loadshedding schedule lagega', { author_location: 'Multan' }).complaint).toBe(false);
  });

  it('readsRomanisedStutteringAsAClaim', () => {
    expect(classify('netflix pe movie atak atak ke chal rahi hai')).toMatchObject({ complaint: true, services: ['netflix'] });
    expect(classify('netflix pe movie mast chal rahi hai').complaint).toBe(false);
  });

  it('readsEverydayTanglishWordsAsTamil', () => {
    expect(classify('intha jio offer yaaru ku kidaikkum?', { author_location: 'Madurai' }).language).toBe('ta');
    expect(classify('this jio offer is for whom?', { author_location: 'Madurai' }).language).toBe('en');
  });

  it('readsAPostOfHashtagsAloneAsEnglishNotTheGuessForTheJoinedTags', () => {
    expect(classify('#JioDown #Delhi', { author_location: 'Delhi' })).toMatchObject({ complaint: true, services: ['jio'], language: 'en' });
    expect(classify('#JioDown aaj phir se', { author_location: 'Delhi' }).language).toBe('hi');
  });

  it('readsAppsFineOnWifiAsWhatTheMobileNetworkStops', () => {
    expect(classify('জিও নেটে হোয়াটসঅ্যাপ ইনস্টাগ্রাম কিছুই চলছে না, ওয়াইফাইতে সব ঠিক', { author_location: 'Kolkata' }).services).toEqual([
      'jio',
    ]);
    expect(classify('instagram not loading even on wifi').services).toEqual(['instagram']);
  });
});
