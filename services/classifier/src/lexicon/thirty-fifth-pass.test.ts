// Posts here are written for these tests; none comes from shared/data or a blind fixture.
// The thirty-fifth pass: precision and recall in the dev set's languages that score lowest on
// the unread checks (Thai, Vietnamese, Japanese, Persian, Tagalog, Bengali) and in Nepali,
// Ukrainian and Malayalam.
import { describe, expect, it } from 'vitest';
import { classify, complainedOf } from '../classify-for-tests.js';

describe('Nigerian Pidgin "na wa"', () => {
  it('isAnExclamation_NotWhatsApp', () => {
    expect(complainedOf('Na wa o, airtel network don die since morning', 'Enugu')).toEqual(['airtel']);
    expect(complainedOf('na wa for this whatsapp, e no dey deliver my messages', 'Port Harcourt')).toEqual(['whatsapp']);
  });

  it('leavesWaAsWhatsAppElsewhere', () => {
    expect(complainedOf('WA down again? messages not going', 'Nairobi')).toEqual(['whatsapp']);
    expect(complainedOf('na WA don hang again', 'Lagos')).toEqual(['whatsapp']);
  });
});

describe('payment apps tried with one bank account', () => {
  it('sayTheBankFails_NotTheApps', () => {
    expect(complainedOf('PhonePe ho ya Paytm, HDFC account se ek bhi transfer nahi ho raha', 'Surat')).toEqual(['hdfc-bank']);
    expect(complainedOf('tried paying with gpay and phonepe from my icici account, payments keep failing', 'Noida')).toEqual([
      'icici-bank',
    ]);
  });

  it('leaveTheAppsWhenTheyAreSaidToFailThemselves', () => {
    expect(complainedOf('gpay and phonepe both down, money debited from my sbi account', 'Pune')).toEqual(['google-pay', 'phonepe']);
  });
});

describe('Tagalog "wala pong signal" (polite "po")', () => {
  it('isTheNetworkSignal_NotTheSignalApp', () => {
    expect(complainedOf('wala pong signal sa amin since umaga, kailan po maayos?', 'Cavite')).toEqual([]);
  });
});

describe('Bengali and Banglish', () => {
  it('readWestBengalNei_AsNoNetwork', () => {
    expect(complainedOf('Durgapur e Airtel er net ekdom nei, keu ki pachhe?', 'Durgapur')).toEqual(['airtel']);
  });

  it('readTheAppAPaymentWentThroughWith_AsWorking', () => {
    expect(complainedOf('PhonePe te transfer hocche na, GPay diye korlam hoye gelo', 'Howrah')).toEqual(['phonepe']);
  });

  it('readARhetoricalHowAfterAFailure_AsStillAComplaint', () => {
    expect(complainedOf('টেলিটক সিমে নেটওয়ার্ক পাচ্ছি না, অফিসের মিটিং করবো কিভাবে', 'Dhaka')).toEqual([]);
  });
});

describe('Japanese', () => {
  it('readsXGaOchitara_AsAHypothetical', () => {
    expect(complainedOf('LINEが落ちたら連絡手段なくなるよね', '東京')).toEqual(['(no complaint)']);
  });

  it('readsAnErrorThatStopsAPayment_AsAComplaint', () => {
    expect(complainedOf('PayPayでエラーが出て払えない、店の前で困ってる', '大阪')).toEqual([]);
  });

  it('readsBadAnswers_AsNoOutage', () => {
    expect(complainedOf('ChatGPTの答え全然ダメ、使えない', '東京')).toEqual(['(no complaint)']);
  });
});

describe('Korean', () => {
  it('readsAServerAskedToHaveBlownUp_AndALoginQueue', () => {
    expect(complainedOf('넥슨 서버 터졌냐 접속 대기만 20분째', '인천')).toEqual([]);
  });
});

describe('Persian', () => {
  it('readsADataAllowanceUsedUp_AsNoOutage', () => {
    expect(complainedOf('بسته اینترنتم تموم شد، تا آخر ماه نت ندارم', 'تهران')).toEqual(['(no complaint)']);
  });

  it('namesVirginMediaInPersianScript', () => {
    expect(complainedOf('اینترنت ویرجین مدیا از دیشب قطعه، کسی دیگه هم مشکل داره؟', 'Manchester')).toEqual(['virgin-media']);
  });
});

describe('Manglish (romanised Malayalam)', () => {
  it('readsTheNegativePresentOfCantCall_AsAComplaint', () => {
    expect(complainedOf('Vi network poyi, call cheyyan pattunnilla since ravile', 'Kozhikode')).toEqual(['vi']);
    expect(classify('Vi network poyi, call cheyyan pattunnilla since ravile').language).toBe('ml');
  });

  it('readsThePostposedConditionalAayal_AsAHypothetical', () => {
    expect(complainedOf('WhatsApp down aayal ellarum phone vilikkum 😂', 'Kochi')).toEqual(['(no complaint)']);
  });
});

describe('Nepali', () => {
  it('readsThePostposedConditionalBhane_AsAHypothetical', () => {
    expect(complainedOf('Facebook band bhayo bhane sab jana Tiktok ma jancha 😂', 'Pokhara')).toEqual(['(no complaint)']);
  });

  it('namesMessengerInNepaliSpelling', () => {
    expect(complainedOf('म्यासेन्जरमा म्यासेज जाँदैन, अरुलाई पनि यस्तै हो?', 'काठमाडौं')).toEqual(['messenger']);
  });
});

describe('Ukrainian', () => {
  it('namesSteamInUkrainianSpelling', () => {
    expect(complainedOf("Стім не пускає, пише «немає з'єднання з сервером»", 'Львів')).toEqual(['steam']);
  });
});

describe('Thai', () => {
  it('readsAHackedAccount_AndLineManDelivery_AsNoOutage', () => {
    expect(complainedOf('ไอจีโดนแฮ็ก เข้าไม่ได้แล้ว ใครเคยกู้คืนได้บ้าง', 'กรุงเทพ')).toEqual(['(no complaint)']);
    expect(complainedOf('สั่งไลน์แมนไปนานมาก ไรเดอร์ยังไม่มาเลย', 'กรุงเทพ')).toEqual(['(no complaint)']);
  });
});

describe('Vietnamese', () => {
  it('readsLagToHell_AsAComplaint', () => {
    expect(complainedOf('mạng viettel tối nay lag vl, ping 400 luôn', 'Đà Nẵng')).toEqual([]);
  });
});

describe('national networks services.csv does not list', () => {
  it('takeTheBlameForTheAppsTheirDeadNetworkStops_AndAreNeverNamed', () => {
    expect(complainedOf("Globe no signal since 6am, can't open facebook or messenger", 'Cebu')).toEqual([]);
    expect(complainedOf("Verizon outage, no service at all, can't even load instagram", 'Dallas')).toEqual([]);
  });

  it('makeAShortQuestionAboutThemAComplaint', () => {
    expect(complainedOf('smart down?', 'Manila')).toEqual([]);
  });

  it('placeTheAuthor', () => {
    const result = classify('Ncell ko data chalena ta? bihan dekhi loading matra');
    expect([result.country, result.countrySource]).toEqual(['NP', 'hint']);
  });

  it('leaveAnAppThatFailsOnWifiToo_AndTheEverydayWordsAlone', () => {
    expect(complainedOf('akala ko Globe lang may problema, pero ayaw talaga mag-load ng instagram kahit naka wifi', 'Quezon City')).toEqual(
      ['instagram'],
    );
    expect(complainedOf("that's true, whatsapp is down for me too", 'Bangkok')).toEqual(['whatsapp']);
  });
});
