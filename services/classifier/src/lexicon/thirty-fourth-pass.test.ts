// Posts here are written for these tests; none comes from shared/data or a blind fixture.
// The thirty-fourth pass: which services, exactly, in the dev set's larger languages.
import { describe, expect, it } from 'vitest';
import { complainedOf } from '../classify-for-tests.js';

describe('a recovery before a question about another name', () => {
  it('isSaid_TheQuestionAsksOfTheOtherName', () => {
    expect(complainedOf('insta is back but whatsapp still down??', 'Leeds')).toEqual(['whatsapp']);
    expect(complainedOf('gmail is back but drive still not syncing?', 'Austin')).toEqual(['google-drive']);
  });

  it('isStillAskedWhenTheQuestionIsItsOwn', () => {
    expect(complainedOf('is whatsapp back or still down??', 'Leeds')).toEqual(['whatsapp']);
  });
});

describe('a name with "same" or "too" as its whole clause', () => {
  it('repeatsTheFailureSaidBefore', () => {
    expect(complainedOf('stories stuck uploading on instagram. facebook same. whatsapp is fine', 'Lahore')).toEqual([
      'facebook',
      'instagram',
    ]);
    expect(complainedOf('no signal on jio since morning. airtel bhi. vi is fine', 'Pune')).toEqual(['airtel', 'jio']);
  });

  it('repeatsNothingAfterAWorksPhrase_OrWhenAsked', () => {
    expect(complainedOf('Prime Video spielt nichts ab. YouTube geht, Netflix auch', 'Köln')).toEqual(['prime-video']);
    expect(complainedOf('whatsapp down. facebook too? no its fine', 'Leeds')).toEqual(['whatsapp']);
  });
});

describe('an app said to open fine, in English and Nigerian Pidgin', () => {
  it('isNotTheOneThatFails', () => {
    expect(complainedOf('zomato stuck on the spinner, swiggy opening fine lol', 'Bengaluru')).toEqual(['zomato']);
    expect(complainedOf('Airtel no dey connect since morning, MTN dey work sha', 'Ibadan')).toEqual(['airtel']);
  });
});

describe('banks listed as the accounts a payment was tried from', () => {
  it('areNotFailing_ThePaymentSystemIs', () => {
    expect(complainedOf('upi not going through, tried from both my ICICI and SBI accounts. same error', 'Nagpur')).toEqual(['upi']);
  });

  it('stillFailWhenSaidToFail', () => {
    expect(complainedOf('SBI and HDFC apps both down, UPI failing from my accounts', 'Delhi')).toEqual(['hdfc-bank', 'sbi', 'upi']);
  });
});

describe('Taglish "di ko ma-open" (I cannot open)', () => {
  it('claimsTheNameAfterIt', () => {
    expect(complainedOf('yt down ba? di ko ma-open messenger din', 'Cebu')).toEqual(['messenger', 'youtube']);
  });
});

describe('the device or the power, not the service', () => {
  it('isNoComplaint', () => {
    expect(complainedOf('dropped my phone and the screen is dead. is my whatsapp backup on icloud at least?', 'Dublin')).toEqual([
      '(no complaint)',
    ]);
    expect(complainedOf('NEPA took light again and the router is dead with it, so no Netflix for the match', 'Abuja')).toEqual([
      '(no complaint)',
    ]);
  });
});

describe('"neither … nor" before two names and a plain verb', () => {
  it('saysBothFail', () => {
    expect(complainedOf('Ne Gmail ne YouTube açılıyor sabahtan beri', 'İzmir')).toEqual(['gmail', 'youtube']);
    expect(complainedOf('né Spotify né Netflix funzionano stasera', 'Torino')).toEqual(['netflix', 'spotify']);
    expect(complainedOf('neither teams nor outlook is working for me', 'Leeds')).toEqual(['microsoft-teams', 'outlook']);
  });

  it('saysNothingWithoutAVerbOfTheirs', () => {
    expect(complainedOf('I use neither snapchat nor tiktok, too old for that', 'Leeds')).toEqual(['(no complaint)']);
  });
});

describe('Portuguese, Spanish and Indonesian phrases of this pass', () => {
  it('readTheFailure', () => {
    expect(complainedOf('Zoom me echa de la reunión cada rato', 'Sevilla')).toEqual(['zoom']);
    expect(complainedOf('spotify sama youtube gak mau muter dari tadi', 'Bandung')).toEqual(['spotify', 'youtube']);
    expect(complainedOf('insta e o face fora ao mesmo tempo?', 'Recife')).toEqual(['facebook', 'instagram']);
  });

  it('keepTheTelcoClaroApartFromOfCourse', () => {
    expect(complainedOf('Vivo e Claro funcionando normal, só a TIM que tá sem sinal desde cedo', 'Niterói')).toEqual(['tim']);
  });

  it('doNotTakeWhereTheAuthorCameToAskForAFailure', () => {
    expect(complainedOf('vim aqui no twitter ver se é só comigo: o youtube não carrega nada', 'Natal')).toEqual(['youtube']);
  });

  it('areNoComplaintWhenAHowToOrAnAdvert', () => {
    expect(complainedOf('como faço pra ativar o pix no app do nubank? não acho a opção', 'Recife')).toEqual(['(no complaint)']);
    expect(complainedOf('Cansou da Claro caindo toda hora? Fibra 300 mega por R$ 79,90. Chama no zap!', 'Campinas')).toEqual([
      '(no complaint)',
    ]);
  });
});

describe('everyday senses of this pass', () => {
  it('areNoComplaint', () => {
    expect(complainedOf('grubu kapatıyorum, kimse yazmıyor zaten. instagramda devam', 'Ankara')).toEqual(['(no complaint)']);
    expect(complainedOf('close na lang natin yung gc natin, wala namang nagrereply 😂', 'Davao')).toEqual(['(no complaint)']);
    expect(complainedOf('mi è caduto il telefono dalle scale, se mi scrivete su telegram non leggo niente', 'Napoli')).toEqual([
      '(no complaint)',
    ]);
  });
});

describe('Hindi, Urdu and Hinglish phrases of this pass', () => {
  it('endASentenceAtTheUrduFullStop_SoAQuestionAfterItAsksNothingOfTheWorkingApp', () => {
    expect(complainedOf('جی میل نہیں کھل رہا، یوٹیوب چل رہا ہے۔ کیا مسئلہ ہے؟', 'لاہور')).toEqual(['gmail']);
  });

  it('readTeamsAndItsDisconnectsInUrduScript', () => {
    expect(complainedOf('ٹیمز بار بار ڈسکنیکٹ ہو رہا ہے، میٹنگ نہیں ہو پا رہی', 'کراچی')).toEqual(['microsoft-teams']);
  });

  it('takeAPaymentGoingThroughAsWorking', () => {
    expect(complainedOf('PhonePe khul hi nahi raha. Paytm se payment ho jaa raha hai', 'Indore')).toEqual(['phonepe']);
  });

  it('readReportsAndMoodsAsNoComplaint', () => {
    expect(complainedOf('Jazz down ki khabrein aa rahi hain lekin mera to bilkul chal raha hai', 'Multan')).toEqual(['(no complaint)']);
    expect(complainedOf('आज मन बहुत डाउन है, कुछ अच्छा नहीं लग रहा। इंस्टा खोलने का भी मन नहीं', 'पटना')).toEqual(['(no complaint)']);
    expect(complainedOf('Teams down hai? Try karo hamara app, free aur fast, link bio me #teamsdown', 'Pune')).toEqual(['(no complaint)']);
  });
});
