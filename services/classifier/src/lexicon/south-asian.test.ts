// Posts here are written for these tests; none comes from shared/data or a blind fixture.
import { describe, expect, it } from 'vitest';
import { classify } from '../classify-for-tests.js';

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

describe('Hindi, Hinglish and Urdu: ninth blind pass classes', () => {
  it('namesServicesInNastaliqSpellings', () => {
    expect(classify('ایپل میوزک پر کل رات سے کچھ نہیں چل رہا').services).toEqual(['apple-music']);
    expect(classify('پی ایس این ڈاؤن ہے کیا؟ آن لائن میچ نہیں مل رہا').services).toEqual(['playstation-network']);
    expect(classify('کلاؤڈ فلیئر ڈاؤن ہے، بہت سی سائٹس نہیں کھل رہیں').services).toEqual(['cloudflare']);
    expect(classify('زوم میٹنگ بار بار ڈراپ ہو رہی ہے، کلاس نہیں ہو پا رہی').services).toEqual(['zoom']);
  });

  it('readsAnAppThatSatDownAsCrashed', () => {
    expect(classify('मिंत्रा का ऐप बैठ गया, ऑर्डर ही नहीं हो रहा').complaint).toBe(true);
    expect(classify('تنخواہ والے دن جاز کیش کی ایپ بیٹھ گئی')).toMatchObject({ complaint: true, services: ['jazzcash'], country: 'PK' });
    expect(classify('वो थक कर कुर्सी पर बैठ गया').complaint).toBe(false);
  });

  it('readsMoneyTakenButNotArrivedAsAPaymentFailure', () => {
    expect(classify('Paytm se recharge kiya, paise bhi kat gaye aur recharge nahi hua').complaint).toBe(true);
    expect(classify('ایزی پیسہ سے بل بھرا، اکاؤنٹ سے کٹ گئے مگر بل ادا نہیں ہوا').complaint).toBe(true);
  });

  it('doesNotReadUrduEveningAsSyria', () => {
    expect(classify('یہاں کراچی میں شام سے جاز کا نیٹ بند ہے').country).toBe('PK');
    expect(classify('شام سے زونگ کا انٹرنیٹ بند ہے، کوئی اور بھی؟').country).not.toBe('SY');
  });
});

describe('Hindi, Hinglish, Urdu and English: tenth blind pass classes', () => {
  it('namesPhonePeAndSteamInNastaliqOnlyWithContext', () => {
    expect(classify('فون پے پر ریچارج نہیں ہو رہا، پیسے پھنس گئے', { author_location: 'Lucknow' }).services).toEqual(['phonepe']);
    expect(classify('امی سے فون پے بات ہوئی، سب خیریت ہے').complaint).toBe(false);
    expect(classify('سٹیم کا سرور ڈاؤن ہے کیا؟ گیم لانچ نہیں ہو رہی').services).toEqual(['steam']);
    expect(classify('زکام ہے تو اسٹیم لو، ناک بند ہے').services).toEqual([]);
  });

  it('readsJoiningThatFailsBlankPagesAndDeadInternetAsClaims', () => {
    expect(classify('زوم پر میٹنگ جوائن نہیں ہو رہی، لنک بار بار ری لوڈ').services).toEqual(['zoom']);
    expect(classify('Axis netbanking mein login ke baad page khali aa raha hai').complaint).toBe(true);
    expect(classify('ICICI की साइट पर पेज खाली आ रहा है, कोई और भी?').complaint).toBe(true);
    expect(classify('جاز کا نیٹ صبح سے بالکل مردہ ہے، کوئی اور بھی؟').complaint).toBe(true);
    expect(classify('Airtel Xstream fiber pe LOS light blinking since night, no internet').complaint).toBe(true);
  });

  it('keepsAClaimThatAsksHowToWorkOrStrikesDuringASale', () => {
    expect(classify('لاہور میں صبح سے انٹرنیٹ بند ہے، کام کیسے کریں؟').complaint).toBe(true);
    expect(classify('Myntra ka checkout nahi khul raha sale ke time pe hi').complaint).toBe(true);
    expect(classify('Myntra sale is live, grab now with 70% off').complaint).toBe(false);
    expect(classify('steam winter sale just emptied my wallet again').complaint).toBe(false);
  });

  it('doesNotTakeOtpFraudWarningsForComplaints', () => {
    expect(classify('ध्यान दें: बैंक कभी ओटीपी नहीं मांगता, किसी को ओटीपी न बताएं - PNB').complaint).toBe(false);
    expect(classify('Reminder from Kotak: we never ask for your OTP or PIN, never share your OTP').complaint).toBe(false);
    expect(classify('Kotak ka OTP nahi aa raha subah se').complaint).toBe(true);
  });

  it('doesNotTakeAGuessAboutSomeoneElsesServerOrAnAnnouncedClosureForAComplaint', () => {
    expect(classify('mera Paytm to sahi chal raha, tumhare bank ka server down hoga').complaint).toBe(false);
    expect(classify('कल सुबह से इंटरनेट बंद रहेगा, प्रशासन का आदेश').complaint).toBe(false);
    expect(classify('Paytm nahi khul raha, lagta hai server down hoga').complaint).toBe(true);
  });

  it('doesNotTakeAPastOutageDescribedAfterTheNameForAComplaint', () => {
    expect(classify("last week's Snapchat outage was brutal, streaks gone").complaint).toBe(false);
  });
});

describe('a national service tells where romanised Hindustani is from', () => {
  it('readsRomanisedHindustaniNamingAServiceOfPakistanNotIndiaAsUrdu', () => {
    // Telenor also serves Norway and Bangladesh, but of the two it serves Pakistan only.
    expect(classify('telenor pe calls lag hi nahi rahi, sirf network busy')).toMatchObject({ language: 'ur', country: 'PK' });
  });

  it('placesAnAuthorByTheNationalHelpDeskTheyAddress', () => {
    expect(classify('@Safaricom_Care mpesa statement not loading since morning').country).toBe('KE');
  });
});

describe('twelfth blind pass: how services are named', () => {
  it('readsWaBeforeTheHindustaniPostpositionAsWhatsApp', () => {
    expect(classify('wa pe status upload hi nahi ho raha 2 ghante se').services).toEqual(['whatsapp']);
  });

  it('takesTheServiceATurkishAuthorWritesFromAsTheRefuge', () => {
    expect(classify("instagram dm'ler gitmiyor, whatsapp'tan yazıyorum herkese").services).toEqual(['instagram']);
  });
});

describe('fourteenth blind pass: a stream in the first hours of an outage', () => {
  it('countsAReplyThatSharesAFailureAsAComplaint', () => {
    expect(classify('bhai meri bhi nahi chal rahi, subah se').complaint).toBe(true);
    expect(classify('मेरा भी नहीं चल रहा सुबह से').complaint).toBe(true);
    // a bare "same here" asks too little to count alone
    expect(classify('same here').complaint).toBe(false);
  });

  it('doesNotTakeABrokenPhoneOrAnEmptyDataPackForAnOutage', () => {
    expect(
      classify('mera phone kharab hai shayad, baar baar restart ho jata hai aur net nahi chalta, koi repair shop batao').complaint,
    ).toBe(false);
    expect(classify('instagram down nahi hai yaar, tumhara net khatam ho gaya hai 😂').complaint).toBe(false);
    expect(classify("Instagram's down!! ...oh wait it's my phone, battery saver killed the data").complaint).toBe(false);
  });

  it('doesNotTakeAHabitOrARememberedOutageForAComplaint', () => {
    expect(classify('insta down hone pe sab twitter pe aa jaate hain 😂').complaint).toBe(false);
    expect(classify('2019 wala whatsapp outage yaad hai? pura din sab pareshan the').complaint).toBe(false);
    expect(classify('Feeling really down tonight, not gonna open twitter at all').complaint).toBe(false);
  });

  it('readsNetworkGoneAndEmergencyCallsOnlyAsClaims', () => {
    expect(classify('जियो का नेटवर्क फिर से गया, कॉल ही नहीं लग रही').services).toEqual(['jio']);
    expect(classify('Airtel showing emergency calls only since morning', { author_location: 'Pune' }).complaint).toBe(true);
  });

  it('keepsTheMakerWhoseOwnProductFailsBeforeTheOthers', () => {
    expect(classify("Google down? search won't load at all, Gmail says 502 too").services).toEqual(['google', 'gmail']);
  });

  it('readsLoadsheddingAndShukarAsRomanUrdu', () => {
    expect(classify('loadshedding ke baad se net hi nahi aa raha, shukar hai mobile data chal raha').language).toBe('ur');
  });
});

describe('policies and deliveries are no outage', () => {
  it('doesNotTakeARuleALateOrderOrANationalBlockForAnOutage', () => {
    expect(classify('तत्काल टिकट रद्द करने पर पूरा पैसा नहीं मिलता, ये कैसा नियम है IRCTC?').complaint).toBe(false);
    expect(classify('Swiggy ka order 2 ghante late aaya, khana thanda aur refund bhi nahi').complaint).toBe(false);
    expect(classify("Discord'a erişim engeli hâlâ sürüyor, ne zaman kalkacak bilen var mı").complaint).toBe(false);
  });
});

describe('a profile place that several countries share', () => {
  it('readsItInTheMarketOfANationalServiceThePostNames', () => {
    expect(classify('zong ka internet subah se nahi chal raha', { author_location: 'Hyderabad' })).toMatchObject({
      country: 'PK',
      language: 'ur',
    });
    expect(classify('airtel ka internet subah se nahi chal raha', { author_location: 'Hyderabad' }).country).toBe('IN');
    expect(classify('whatsapp down since morning', { author_location: 'Hyderabad' }).country).toBe('IN');
  });
});

describe('South Asian languages: fifteenth blind pass classes', () => {
  it('readsMarathiBrandSpellings', () => {
    expect(classify('आयआरसीटीसी चं ॲप सकाळपासून डाउन आहे').services).toEqual(['irctc']);
    expect(classify('गुगल पे चालत नाहीये, यूपीआय सर्व्हर डाउन आहे का?').services).toEqual(['google-pay', 'upi']);
    expect(classify('अमेझॉन चं ॲप उघडतच नाहीये').services).toEqual(['amazon']);
    expect(classify('झोमाटो वर ऑर्डर करता येत नाही, एरर येतंय').services).toEqual(['zomato']);
  });

  it('readsBrandSpellingsOfBengaliTamilTeluguAndUrdu', () => {
    expect(classify('আইক্লাউডের ব্যাকআপ আটকে আছে, সকাল থেকে কিছুই সিঙ্ক হচ্ছে না').services).toEqual(['icloud']);
    expect(classify('ஸ்பாட்டிஃபை ல பாட்டு எதுவும் ப்ளே ஆகல').services).toEqual(['spotify']);
    expect(classify('స్నాప్‌చాట్ లో స్నాప్స్ సెండ్ అవ్వట్లేదు').services).toEqual(['snapchat']);
    expect(classify('اسپاٹیفائی ایپ صبح سے نہیں کھل رہی').services).toEqual(['spotify']);
  });

  it('readsMarathiPresentTenseFailuresAndNegatedRecoveries', () => {
    expect(classify('स्विगी ॲप उघडतच नाही आज').complaint).toBe(true);
    expect(classify('फोनपे मध्ये व्यवहार फेल होतोय, रिफंड अजून परत आले नाहीत').complaint).toBe(true);
    expect(classify('जिओ चे मेसेज सेंड होत नाहीत कालपासून').complaint).toBe(true);
  });

  it('readsMarathiGoneJustWontAndEmphaticNouns', () => {
    expect(classify('व्होडाफोनचं नेटवर्क गेलंय दुपारपासून').complaint).toBe(true);
    expect(classify('स्विगी वर ऑर्डर प्लेस होईना, पेमेंट होईना')).toMatchObject({ complaint: true, language: 'mr' });
    expect(classify('बीएसएनएल ला रेंजच नाहीये गावात').complaint).toBe(true);
  });

  it('doesNotTakeAMarathiRecapForAComplaint', () => {
    expect(classify('परवाचा इन्स्टाग्राम डाउन आठवतंय? कंपनीने आज कारण दिलं').complaint).toBe(false);
  });

  it('readsTeluguNegativeProgressivesAndWhatIsGone', () => {
    expect(classify('Jio లో కాల్స్ కలవట్లేదు పొద్దున్నుంచి').complaint).toBe(true);
    expect(classify('Telegram లో ఫోటోలు వెళ్ళట్లేదు').services).toEqual(['telegram']);
    expect(classify('Airtel నెట్వర్క్ పోయింది మళ్ళీ').complaint).toBe(true);
    expect(classify('నాకు ఈ కొత్త Instagram డిజైన్ నచ్చట్లేదు').complaint).toBe(false);
  });

  it('readsTenglishNegativeProgressivesButNotAPreference', () => {
    expect(classify('BSNL signal dorakatledu ikkada, calls kalavatledu')).toMatchObject({ complaint: true, language: 'te' });
    expect(classify('nenu facebook eppudo vadatledu, insta matrame').complaint).toBe(false);
  });

  it('readsBengaliEmphaticAndPastNegativesAndColloquialNai', () => {
    expect(classify('মেসেঞ্জার খুলছেই না, কী হলো?').services).toEqual(['messenger']);
    expect(classify('টেলিগ্রামে ছবি লোড হয়নি সারা দিন').complaint).toBe(true);
    expect(classify('বাংলালিংকের ইন্টারনেট কানেকশন একদম নাই সকাল থেকে').complaint).toBe(true);
    expect(classify('আমার ইউটিউবে কোন সমস্যা নাই, সব ঠিক চলছে').complaint).toBe(false);
  });

  it('doesNotTakeTeluguNewsHearsayForAComplaint', () => {
    expect(classify('Instagram మొత్తం గంట డౌన్ అయ్యింది అని పేపర్లో చదివా').complaint).toBe(false);
  });

  it('doesNotTakeNewsRecapsInBengaliUrduTamilOrMarathiForAComplaint', () => {
    expect(classify('টিভিতে দেখলাম গতকাল ইনস্টাগ্রাম তিন ঘণ্টা বন্ধ ছিল').complaint).toBe(false);
    expect(classify('کل والا یوٹیوب کا مسئلہ یاد ہے؟ گوگل نے آج وجہ بتائی').complaint).toBe(false);
    expect(classify('ஜியோ நெட்வொர்க் நேத்து முழுக்க டவுன்னு செய்தியில பார்த்தேன்').complaint).toBe(false);
    expect(classify('फेसबुक रात्री डाऊन होता असं पेपरमध्ये वाचलं').complaint).toBe(false);
    // the author's own failure after the news is still a complaint where the news is no verb-final report
    expect(classify('নিউজে দেখলাম সবার ইউটিউব ডাউন, আমারটাও চলছে না').complaint).toBe(true);
  });

  it('readsUrduCrashInEveryFormAndEtisalatInUrdu', () => {
    expect(classify('فوڈ پانڈا کی ایپ بار بار کریش ہو جاتی ہے، آرڈر پلیس نہیں ہو رہا').complaint).toBe(true);
    expect(classify('اتصالات کی سم پر دبئی میں کل سے کچھ بھی نہیں چل رہا')).toMatchObject({ services: ['etisalat'], country: 'AE' });
  });

  it('readsBengaliMoneyDeductedButNotArrived', () => {
    expect(classify('বিকাশ থেকে রিচার্জ করলাম, ব্যালেন্স কেটে নিয়েছে কিন্তু রিচার্জ হয়নি').complaint).toBe(true);
    expect(classify('ভাইকে টাকা পাঠিয়েছি দুই ঘণ্টা হলো, এখনো পৌঁছেনি').complaint).toBe(true);
  });

  it('readsBanglishPastNegativesAndMoneyNotArrived', () => {
    expect(classify('Nagad theke taka pathaisi, kete geche kintu pouchayni ekhono').complaint).toBe(true);
    expect(classify('Telegram e video load hoyni sokal theke')).toMatchObject({ complaint: true, services: ['telegram'], language: 'bn' });
  });

  it('doesNotTakeARomanUrduRecapFineTodayForAComplaint', () => {
    expect(classify('parson jazz ka masla hua tha poore Sindh mein, aaj sab theek hai').complaint).toBe(false);
  });

  it('readsATamilPlaceInMWithItsObliqueCaseEnding', () => {
    expect(classify('யாழ்ப்பாணத்துல நேத்து ராத்திரியிலிருந்து WhatsApp மெசேஜ் எதுவும் போகல').country).toBe('LK');
  });

  it('doesNotTakeAnUrduRecapFineTodayForAComplaint', () => {
    expect(classify('پرسوں ٹیلی نار کا مسئلہ ہوا تھا پورے پنجاب میں، آج سب ٹھیک ہے').complaint).toBe(false);
  });

  it('readsRomanisedMarathiAsMarathi', () => {
    expect(classify('Jio cha net chalat nahi aahe sakalpasun, sagle tower disat ahet pan data nahi')).toMatchObject({
      complaint: true,
      language: 'mr',
    });
    expect(classify('Instagram down ahe ka? majha feed load hot nahiye').language).toBe('mr');
    expect(classify('Airtel cha network gela ahe kalpasun')).toMatchObject({ complaint: true, services: ['airtel'], language: 'mr' });
    expect(classify('Instagram down hai kya? mera feed load nahi ho raha').language).toBe('hi');
  });
});

describe('Gujarati and Punjabi in Latin letters and Shahmukhi: sixteenth blind pass classes', () => {
  it('readsRomanisedGujaratiNegatedVerbsAndEmphaticJ', () => {
    expect(classify('instagram ma reels load j nathi thati, tamare chale che?')).toMatchObject({
      complaint: true,
      services: ['instagram'],
      language: 'gu',
    });
    expect(classify('gpay thi payment nathi thatu, paisa kapai gaya')).toMatchObject({ complaint: true, language: 'gu' });
    expect(classify('jio nu network savar thi gayab che, koine aavu che?', { author_location: 'Surat' }).complaint).toBe(true);
    expect(classify('maro jio no recharge kari didho, have barabar chale che').language).toBe('gu');
    expect(classify('aaje bahu garmi che, AC chalu karo')).toMatchObject({ complaint: false, language: 'gu' });
  });

  it('readsRomanisedPunjabiAndTheSpokenCopulaAa', () => {
    expect(classify('jio da net ni chal reha sawere ton')).toMatchObject({ complaint: true, services: ['jio'], language: 'pa' });
    expect(classify('insta ni khulda paaji, tuhada chal reha?')).toMatchObject({
      complaint: true,
      services: ['instagram'],
      language: 'pa',
    });
    expect(classify('ਏਅਰਟੈਲ ਦੀ ਕਾਲ ਨੀ ਲੱਗਦੀ ਕੱਲ੍ਹ ਤੋਂ')).toMatchObject({ complaint: true, services: ['airtel'], language: 'pa' });
    expect(classify('ਫੋਨਪੇ ਚੱਲਦਾ ਨਹੀਂ ਪਿਆ ਯਾਰ')).toMatchObject({ complaint: true, services: ['phonepe'] });
    expect(classify('ਅੱਜ ਪੰਜਾਬ ਬੰਦ ਆ, ਦੁਕਾਨਾਂ ਬੰਦ').complaint).toBe(false);
  });

  it('readsTheEmphaticParticleBetweenVerbAndNegatorInGujaratiAndGurmukhi', () => {
    expect(classify('વોટ્સએપ ખુલતું જ નથી, કોઈને આવું થાય છે?')).toMatchObject({ complaint: true, services: ['whatsapp'], language: 'gu' });
    expect(classify('ਇੰਸਟਾ ਖੁੱਲ੍ਹਦਾ ਹੀ ਨਹੀਂ ਸਵੇਰ ਦਾ')).toMatchObject({ complaint: true, services: ['instagram'], language: 'pa' });
    expect(classify('ਪੇਟੀਐਮ ਚ ਪੇਮੈਂਟ ਫਸ ਗਈ, ਪੈਸੇ ਕੱਟੇ ਗਏ')).toMatchObject({ complaint: true, services: ['paytm'] });
    expect(classify('airtel nu net bahu dhimu che aaje')).toMatchObject({ complaint: true, services: ['airtel'], language: 'gu' });
    expect(classify('sbi ni app ma login nathi thatu yaar')).toMatchObject({ complaint: true, services: ['sbi'], language: 'gu' });
  });

  it('tellsShahmukhiPunjabiFromUrduByPunjabiOnlyWords', () => {
    expect(classify('زونگ دا نیٹ کل توں بند اے')).toMatchObject({ complaint: true, services: ['zong'], language: 'pa' });
    expect(classify('ہن نیٹ ٹھیک اے شکر اے')).toMatchObject({ complaint: false, language: 'pa' });
    expect(classify('میرا جاز کا نیٹ بند ہے، کیا کسی اور کا بھی؟')).toMatchObject({ complaint: true, language: 'ur' });
    expect(classify('میں نے اس کو بلاک کر دی، اب ٹھیک ہے').language).toBe('ur');
  });

  it('placesPunjabiInPakistanByItsScriptOrPlaceNotInIndiaAlone', () => {
    expect(classify('jazz da net band aa kal ton', { author_location: 'Lahore' })).toMatchObject({ services: ['jazz'], language: 'pa' });
    expect(classify('jazz da net band aa kal ton')).toMatchObject({ complaint: true, services: ['jazz'], country: 'PK' });
    expect(classify('ਜੀਓ ਦਾ ਨੈੱਟ ਬੰਦ ਆ')).toMatchObject({ services: ['jio'], country: 'IN' });
  });

  it('keepsRomanisedHindiWhenPunjabiAndGujaratiShareItsWords', () => {
    expect(classify('agar instagram band ho gaya to raat ko jaldi so jaunga').language).toBe('hi');
    expect(classify('airtel ka net band hai subah se, koi aur bhi?').language).toBe('hi');
  });
});

describe('sixteenth blind pass (India): idioms, feature complaints, quoted busy states', () => {
  it('readsASiteThatSatDownAgainAsAnOutage', () => {
    expect(classify('एसबीआई की साइट आज फिर बैठ गई, पेमेंट अटका')).toMatchObject({ complaint: true, services: ['sbi'] });
    expect(classify('irctc site phir baith gayi tatkal me')).toMatchObject({ complaint: true, services: ['irctc'] });
    expect(classify('मैं ट्रेन में बैठ गया, IRCTC से टिकट बुक थी').complaint).toBe(false);
  });

  it('readsOtherIdiomsOfGivingWayOnlyAfterTheThingThatFails', () => {
    expect(classify('बैंक का सर्वर ने जवाब दे दिया, UPI बंद').complaint).toBe(true);
    expect(classify('बीएसएनएल का नेटवर्क रेंग रहा है कल से')).toMatchObject({ complaint: true, services: ['bsnl'] });
    expect(classify('airtel ka network dum tod raha hai yaha')).toMatchObject({ complaint: true, services: ['airtel'] });
    expect(classify('दोस्त ने व्हाट्सएप पर जवाब दे दिया, मिलते हैं शाम को').complaint).toBe(false);
  });

  it('takesADislikedUpdateForAFeatureComplaintNotAnOutage', () => {
    expect(classify('yaar insta ki nayi update bekar hai, sirf reels dikhte hai').complaint).toBe(false);
    expect(classify('नए अपडेट के बाद इंस्टा खुल ही नहीं रहा').complaint).toBe(true);
  });

  it('readsAQuotedBusyOrDeclinedStateOfAPaymentAppAsAClaim', () => {
    expect(classify("gpay pe 'Server is busy, please try after some time' aa raha")).toMatchObject({
      complaint: true,
      services: ['google-pay'],
    });
    expect(classify("bhai ne bola 'busy hoon abhi' whatsapp pe").complaint).toBe(false);
  });
});

describe('Indian English: a railway line is not a phone line', () => {
  it('doesNotReadASlowRailwayLineAsASlowConnection', () => {
    expect(classify('Western line slow today, fast locals 15 min late due to signal work').complaint).toBe(false);
    expect(classify('jubilee line slow again this morning').complaint).toBe(false);
    expect(classify('Jio fiber line slow since morning, pages not loading')).toMatchObject({ complaint: true, services: ['jio'] });
  });
});
