// Posts here are written for these tests; none comes from shared/data or a blind fixture.
import { describe, expect, it } from 'vitest';
import { classify } from '../classify-for-tests.js';

describe('twenty-second blind pass classes', () => {
  it('takesANameSaidFineBeforeAContrastOrAfterAlsoAsWorking', () => {
    expect(classify('spotify fine but netflix keeps buffering forever').services).toEqual(['netflix']);
    expect(classify("outlook won't open since 9. teams also fine, weird").services).toEqual(['outlook']);
    expect(classify('youtube nahi chal raha, netflix bhi theek hai, sirf youtube ka issue').services).toEqual(['youtube']);
    expect(classify('Discord açılmıyor, Spotify iyi').services).toEqual(['discord']);
  });

  it('stillReadsAFineThatIsAskedAsAQuestionOfTheName', () => {
    expect(classify('instagram theek hai? mera whatsapp nahi chal raha').services).toEqual(['instagram', 'whatsapp']);
  });

  it('endsANegationsReachAtAnItalianOrSpanishSo', () => {
    expect(classify('instagram non carica, youtube va, quindi non è la rete').services).toEqual(['instagram']);
  });

  it('readsIdiomsOfAHeartOrAMindAsNoOutage', () => {
    expect(classify('result dekh ke dil baith gaya yaar').complaint).toBe(false);
    expect(classify('aquele final da série no netflix bugou minha mente').complaint).toBe(false);
  });

  it('readsAForgottenPasswordAsNoOutage', () => {
    expect(classify('इंस्टाग्राम का पासवर्ड भूल गया, अब लॉगिन कैसे करूं').complaint).toBe(false);
  });

  it('readsOutagesToldAsOverAsNoComplaint', () => {
    expect(classify('Spotify sempet down tadi pagi, sekarang udah normal lagi').complaint).toBe(false);
    expect(classify('O Multibanco esteve em baixo durante a manhã, já voltou').complaint).toBe(false);
    expect(classify('UPI में आई दिक्कत दूर, अब सेवाएं सामान्य').complaint).toBe(false);
  });

  it('readsAMarketIndexDownInUrduAsNoOutage', () => {
    expect(classify('اسٹاک مارکیٹ میں آج 900 پوائنٹس ڈاؤن').complaint).toBe(false);
  });

  it('readsHowToDownloadAsAHowTo', () => {
    expect(classify('comment télécharger une playlist spotify pour le train ?').complaint).toBe(false);
    expect(classify('ai biết cách tải nhạc youtube về máy không').complaint).toBe(false);
  });

  it('readsACreatorsReachGoingDownAsNoOutage', () => {
    expect(classify('my reach went down so much on instagram since the last update').complaint).toBe(false);
  });

  it('readsKeepingAnAppOffByChoiceInBengaliAsNoOutage', () => {
    expect(classify('এক সপ্তাহ ইনস্টাগ্রাম বন্ধ রাখবো, একটু বিশ্রাম দরকার').complaint).toBe(false);
  });

  it('asksWhetherAnAppHasSomeProblemInHindi', () => {
    expect(classify('क्या यूट्यूब में कुछ दिक्कत है? वीडियो चल ही नहीं रहे').services).toEqual(['youtube']);
  });

  it('readsTaglishThatWillNotStartAgainAsAClaim', () => {
    expect(classify('spotify ko ayaw na mag start, kanina pa').services).toEqual(['spotify']);
  });

  it('takesANetworksDataNamedAsWhereAnotherAppWorksForWhereItWasTried', () => {
    expect(
      classify('Netflix no carga nada, pero YouTube va bien con los mismos datos de Movistar', { author_location: 'Sevilla' }).services,
    ).toEqual(['netflix']);
  });

  it('blamesTheNetworkWhenAnAppOnlyWorksOnWifi', () => {
    expect(classify('Vodafone no signal again? instagram only works on wifi', { author_location: 'Leeds' }).services).toEqual(['vodafone']);
    expect(classify('Vivo sem sinal de novo, o insta só abre no wifi', { author_location: 'Recife' }).services).toEqual(['vivo']);
  });

  it('keepsTheAppWhenOnlyWifiWorksAndNoNetworkIsNamed', () => {
    expect(classify('spotify down? only loads on wifi for me').services).toEqual(['spotify']);
  });

  it('readsWhatsAppsOwnSymptomsInHindiUrduAndItalianAsItsOutage', () => {
    expect(classify('मेरे सारे मैसेज पर एक ही टिक आ रहा है, किसी और का भी?').services).toEqual(['whatsapp']);
    expect(classify('ہر میسج پر گھڑی کا نشان آ رہا ہے، کسی اور کا بھی؟').services).toEqual(['whatsapp']);
    expect(classify('spunta singola su tutti i messaggi da stamattina, a voi?').services).toEqual(['whatsapp']);
  });

  it('asksWhatHappenedToAnApp', () => {
    expect(classify('instagram ko kya ho gaya aaj').services).toEqual(['instagram']);
    expect(classify('यूट्यूब को क्या हो गया आज').services).toEqual(['youtube']);
  });

  it('keepsTheAppWhenTheAuthorTriedAListOfNetworks', () => {
    expect(classify('tried Jio, Airtel and the office wifi, instagram still not loading', { author_location: 'Pune' }).services).toEqual([
      'instagram',
    ]);
    expect(classify('Vodafone, EE, home wifi... tried all three. snapchat still wont send', { author_location: 'Leeds' }).services).toEqual(
      ['snapchat'],
    );
  });

  it('readsARecoveryReportedWithTheVerbLastAsHearsayBeforeTheAuthorsOwnFailure', () => {
    expect(classify('Instagram düzeldi diyor herkes, bende hala akış yüklenmiyor').services).toEqual(['instagram']);
  });

  it('readsUrduStillAndMineAsTheNormaliserWritesThem', () => {
    expect(classify('یوٹیوب والوں نے کہا مسئلہ حل ہو گیا، میرے پاس ابھی بھی ویڈیو نہیں چل رہی').services).toEqual(['youtube']);
  });

  it('readsAProblemSolvedAsARecoveryOfThatAppOnly', () => {
    expect(classify('انسٹاگرام کا مسئلہ حل ہو گیا مگر زونگ کا انٹرنیٹ صبح سے بند ہے').services).toEqual(['zong']);
  });

  it('readsWhatAnOutageTaughtAsARecap', () => {
    expect(classify('instagram band hua to pata chala ghar mein books bhi hain').complaint).toBe(false);
  });

  it('readsHinglishLyingDeadAsAClaim', () => {
    expect(classify('insta chal raha hai, sirf snapchat mara pada hai').services).toEqual(['snapchat']);
  });

  it('readsUrduAlsoAfterAnAppAsOneMoreFailureUnlessNothingWorks', () => {
    expect(classify('ٹیلی نار کا پیکج لیا پھر بھی کچھ نہیں چل رہا، فیس بک بھی نہیں کھلتی', { author_location: 'Lahore' }).services).toEqual(
      ['telenor'],
    );
    expect(
      classify('صبح سے جاز کے سگنل غائب ہیں، اور اب گھر کے وائی فائی پر انسٹاگرام بھی نہیں چل رہا', { author_location: 'Lahore' }).services,
    ).toEqual(['jazz', 'instagram']);
  });

  it('readsHinglishPhonePeBhiAsOnThePhoneNotPhonePe', () => {
    expect(classify('laptop pe instagram nahi khul raha, phone pe bhi same haal').services).toEqual(['instagram']);
    expect(classify('phone pe se payment fail ho raha hai').services).toEqual(['phonepe']);
  });

  it('namesTeamsByItsCallOrMeetingAndZomatoInBengaliAndHindi', () => {
    expect(classify('টিমস কল বারবার কেটে যাচ্ছে, কেউ কিছু শুনতে পাচ্ছে না').services).toEqual(['microsoft-teams']);
    expect(classify('टीम्स मीटिंग जॉइन नहीं हो रही, बार बार एरर').services).toEqual(['microsoft-teams']);
    expect(classify('জোম্যাটো অ্যাপ খুলছেই না আজ').services).toEqual(['zomato']);
  });

  it('readsMailStuckInTheOutboxInUrduAsAFailure', () => {
    expect(classify('جی میل سے ای میل بھیجو تو آؤٹ باکس میں ہی پڑی رہتی ہے').services).toEqual(['gmail']);
  });

  it('readsMailThatWillNotSyncInFrenchAndSpanishAsAFailure', () => {
    expect(classify('Gmail refuse de synchroniser depuis midi, impossible de recevoir quoi que ce soit').services).toEqual(['gmail']);
    expect(classify('el correo de Gmail sin sincronizar desde anoche, ¿a alguien más?').services).toEqual(['gmail']);
  });

  it('placesRioAndTheAlgarve', () => {
    expect(classify('instagram não abre', { author_location: 'Rio' }).country).toBe('BR');
    expect(classify('instagram não abre', { author_location: 'Faro, Algarve' }).country).toBe('PT');
    expect(classify('whatsapp not working', { author_location: 'Lagos' }).country).toBe('NG');
  });

  it('readsItalianAsItIsTypedWhenItFails', () => {
    expect(classify('instagram nn va da stamattina').services).toEqual(['instagram']);
    expect(classify('@Spotify sistematelo per favore, si ferma dopo ogni brano').services).toEqual(['spotify']);
    expect(classify('youtube: i video partono e si fermano dopo due secondi').services).toEqual(['youtube']);
    expect(classify('che fine ha fatto Gmail? non arriva niente').services).toEqual(['gmail']);
  });

  it('takesAnItalianNameSaidToWorkAfterPeroOrBeforeQuindi', () => {
    expect(classify('Netflix non parte sulla tv. Prime Video però va').services).toEqual(['netflix']);
    expect(classify('Discord morto? telegram va quindi non è la rete').services).toEqual(['discord']);
  });

  it('readsAMoodStillLowAsNoOutage', () => {
    expect(classify('instagram è tornato, il mio umore è ancora giù').complaint).toBe(false);
  });

  it('readsTurkishAndUrduPhrasingsOfFailure', () => {
    expect(classify('Instagram hesabımdan attı, tekrar giremiyorum').services).toEqual(['instagram']);
    expect(classify('یار انسٹاگرام ٹھیک کرو پلیز، کچھ نہیں کھل رہا').services).toEqual(['instagram']);
    expect(classify('فیس بک بیٹھ گئی ہے کیا؟').services).toEqual(['facebook']);
  });

  it('placesTicinoAndOtherSwissTownsInSwitzerland', () => {
    expect(classify('whatsapp non va', { author_location: 'Lugano' }).country).toBe('CH');
    expect(classify('whatsapp geht nicht', { author_location: 'Luzern' }).country).toBe('CH');
  });

  it('namesYouTubeByItsShortsInUrduAndHindi', () => {
    expect(classify('شارٹس لوڈ نہیں ہو رہے صبح سے').services).toEqual(['youtube']);
  });

  it('readsHindiAsPeopleWriteWhatFails', () => {
    expect(classify('इंस्टाग्राम खोलो तो सफेद स्क्रीन, फिर अपने आप बंद हो जाता है').services).toEqual(['instagram']);
    expect(classify('यूट्यूब पर बफर पे बफर, कुछ करो यार').services).toEqual(['youtube']);
    expect(classify('जियो फाइबर का राउटर सुबह से लाल बत्ती दे रहा है').services).toEqual(['jio']);
    expect(classify('इंस्टाग्राम कब ठीक होगा? स्टोरी 0% पे अटकी है').services).toEqual(['instagram']);
  });

  it('readsAMadeUpExcuseAndARecapInHindiAsNoComplaint', () => {
    expect(classify('बॉस को बोल दूंगा कि टीम्स खराब था 😂').complaint).toBe(false);
    expect(classify('इंस्टाग्राम आउटेज: उस दिन क्या हुआ था, पूरी कहानी').complaint).toBe(false);
  });

  it('readsRomanUrduAndEnglishWaysOfSayingAnAppFails', () => {
    expect(classify('insta kaam kar raha kisi ka?').services).toEqual(['instagram']);
    expect(classify('is snapchat ko kya maut pari hai aaj').services).toEqual(['snapchat']);
    expect(classify('Telegram refuses to deliver anything since lunch').services).toEqual(['telegram']);
  });

  it('readsAFailureToldWithItsLengthAfterAndABrokenAlgorithmAsNoComplaint', () => {
    expect(classify('Instagram was dead for 3 hours last night, back now').complaint).toBe(false);
    expect(classify('TikTok keeps showing me the same 5 videos, the algorithm is broken').complaint).toBe(false);
  });

  it('readsLatinAmericanRecapsAndOtherFallsAsNoOutage', () => {
    expect(classify('Instagram e Facebook voltaram depois de 3h fora do ar, segundo a Meta').complaint).toBe(false);
    expect(classify('o Twitter ficou fora ontem, que dia').complaint).toBe(false);
    expect(classify('el Cruzeiro caiu pra série B otra vez, que tristeza').complaint).toBe(false);
    expect(classify('sobreviví a la noche después de que se cayó Instagram jaja').complaint).toBe(false);
  });

  it('readsSaidNotDownInSpanishAndPortugueseAsWorking', () => {
    expect(classify('calma, o insta não caiu não, aqui tá normal').complaint).toBe(false);
    expect(classify('Spotify no está caído, a mí me va bien').complaint).toBe(false);
  });

  it('readsSpanishAndPortugueseFailuresOfMediaAndAgain', () => {
    expect(classify('Telegram no me baja las fotos, se queda el circulito dando vueltas').services).toEqual(['telegram']);
    expect(classify('Netflix muerto otra vez justo en el final de temporada').services).toEqual(['netflix']);
  });

  it('placesGreaterBuenosAiresAndLimaDistricts', () => {
    expect(classify('whatsapp no anda', { author_location: 'Lanús' }).country).toBe('AR');
    expect(classify('whatsapp no funciona', { author_location: 'San Juan de Lurigancho' }).country).toBe('PE');
  });

  it('readsArabicAndArabiziFailures', () => {
    expect(classify('netflix msh bey2ra 7aga, kol episode loading').services).toEqual(['netflix']);
    expect(classify('مكالمات السناب بتقطع كل شوي اليوم').services).toEqual(['snapchat']);
  });

  it('readsPersianCutsInAndOutAndFilteringAsABlock', () => {
    expect(classify('تلگرام امروز هی قطع و وصل میکنه').services).toEqual(['telegram']);
    expect(classify('واتساپ هم فیلتر شد، دیگه چی مونده').complaint).toBe(false);
  });

  it('readsANameWithDistressEmojiAloneAsAComplaint', () => {
    expect(classify('💀💀 spotify 💀').services).toEqual(['spotify']);
    expect(classify("Instagram'ım 😭😭").services).toEqual(['instagram']);
    expect(classify('हे राम ये इंस्टाग्राम 😩').services).toEqual(['instagram']);
  });

  it('readsANameWithOtherEmojiOrWordsAsNoComplaint', () => {
    expect(classify('spotify 😍😍').complaint).toBe(false);
    expect(classify('spotify 😭 this playlist').complaint).toBe(false);
    expect(classify('X 😭😭').complaint).toBe(false);
  });
});
