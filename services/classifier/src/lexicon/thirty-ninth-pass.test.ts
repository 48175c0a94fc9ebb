// Posts here are written for these tests; none comes from shared/data or a blind fixture.
// The thirty-ninth pass: plain posts and which services fail in Thai, Vietnamese, Tagalog,
// Indonesian, Swahili, Russian, Persian, Marathi, Bengali and Telugu.
import { describe, expect, it } from 'vitest';
import { complainedOf } from '../classify-for-tests.js';

describe('Thai', () => {
  it('readsALatinNameFollowedByThaiWorks_AsWorking', () => {
    expect(complainedOf('ยูทูปโหลดไม่ขึ้นเลย แต่ spotify ยังเล่นได้ปกติ', 'Bangkok')).toEqual(['youtube']);
  });

  it('readsTheOneListedNameSaidToWork_AfterAnUnlistedFailure', () => {
    expect(complainedOf('แอป K PLUS โอนเงินไม่ได้ตั้งแต่เช้า แต่ netflix ยังดูได้ปกติ', 'Chiang Mai')).toEqual([]);
  });

  it('readsAnAppStillAlive_AsWorking', () => {
    expect(complainedOf('ไอจีล่ม เฟสล่ม ไลน์ยังรอด', 'Bangkok')).toEqual(['facebook', 'instagram']);
  });

  it('readsRobloxInThaiScript', () => {
    expect(complainedOf('โรบล็อกเข้าไม่ได้ทั้งบ้าน', 'Khon Kaen')).toEqual(['roblox']);
  });

  it('readsAnAdvertForFibre_AsNoComplaint', () => {
    expect(complainedOf('เน็ตช้า? ย้ายมาใช้ไฟเบอร์เรา 500 Mbps แค่ 399 บาท สมัครวันนี้ติดตั้งฟรี', 'Bangkok')).toEqual(['(no complaint)']);
  });
});

describe('Vietnamese', () => {
  it('readsAPhoneStuckOnItsLogo_AsNoComplaint', () => {
    expect(
      complainedOf('điện thoại vivo của em bị treo logo từ tối qua, không vào được máy luôn, ai biết tiệm sửa không', 'Hà Nội'),
    ).toEqual(['(no complaint)']);
  });

  it('readsAnISPAdvertWithInboxNow_AsNoComplaint', () => {
    expect(complainedOf('Wifi nhà chậm? Lắp cáp quang 300Mbps chỉ 200k/tháng, inbox ngay để được tư vấn', 'HCM')).toEqual([
      '(no complaint)',
    ]);
  });

  it('readsCannotGetIntoVoice_AsAnOutage', () => {
    expect(complainedOf('discord ko vào voice dc từ nãy, cả team đều bị', 'Đà Nẵng')).toEqual(['discord']);
  });
});

describe('Indonesian', () => {
  it('readsLgDown_AsBoundToAnAmbiguousName', () => {
    expect(complainedOf('pesan di line gk terkirim dari tadi, line lg down ya?', 'Bandung')).toEqual(['line']);
  });

  it('readsAnotherAppThatCanStillUpload_AsWorking', () => {
    expect(complainedOf('youtube gk bisa upload video dari pagi, padahal tiktok bisa upload', 'Surabaya')).toEqual(['youtube']);
  });

  it('readsWaNormalAgain_AsRecovered', () => {
    expect(complainedOf('WA udh normal lg guys, td pagi sempet error', 'Medan')).toEqual(['(no complaint)']);
  });
});

describe('Tagalog and Taglish', () => {
  it('readsAnAppThatKeepsForceClosing_AsAnOutage', () => {
    expect(complainedOf('nag foforce close yung gcash pag binubuksan ko, di makapag send', 'Cebu')).toEqual([]);
  });

  it('readsWhereTheAuthorWentMeanwhile_AsAnAlternative', () => {
    expect(complainedOf('ayaw mag load ng ig, youtube muna ako', 'Manila')).toEqual(['instagram']);
  });

  it('readsWhenFbIsDown_AsAHypothetical', () => {
    expect(complainedOf('pag down ang messenger, saka lang kami nag uusap ng personal haha', 'Davao')).toEqual(['(no complaint)']);
  });

  it('readsALaptopThatCrashed_AsNoComplaint', () => {
    expect(complainedOf('laptop ko nag crash habang nasa teams meeting, nakakahiya', 'Quezon City')).toEqual(['(no complaint)']);
  });

  it('readsAPricedAdvert_AsNoComplaint', () => {
    expect(complainedOf('Mabagal ba net niyo? Lipat na! Fiber 200 Mbps for 1299 pesos lang, link in bio', 'Manila')).toEqual([
      '(no complaint)',
    ]);
  });
});

describe('Telugu', () => {
  it('readsWhereThePaymentWentThroughInstead_AsAnAlternative', () => {
    expect(complainedOf('Paytm lo recharge fail avuthundi, PhonePe lo chesthe ventane ayyindi', 'Guntur')).toEqual(['paytm']);
    expect(complainedOf('Myntra lo kaadu, Amazon lo order place avvatledu, Flipkart lo chesesa', 'Hyderabad')).toEqual(['amazon']);
  });

  it('readsAHotspotFromAnotherSim_AsAnAlternative', () => {
    expect(complainedOf('జియో నెట్ పోయింది, ఎయిర్టెల్ సిమ్ తో హాట్ స్పాట్ వాడుతున్నా', 'Vijayawada')).toEqual(['jio']);
  });

  it('readsAPhoneThatWillNotCharge_AsNoComplaint', () => {
    expect(complainedOf('Redmi phone charging avvatledu, WhatsApp lo reply ivvalenu, service center ki velthunna', 'Nellore')).toEqual([
      '(no complaint)',
    ]);
  });
});

describe('Marathi', () => {
  it('readsAnotherAppThatWorks_AndWhereThePaymentWentThrough', () => {
    expect(complainedOf('Swiggy var order hot nahi, Zomato chalu ahe', 'Pune')).toEqual(['swiggy']);
    expect(complainedOf('Paytm var recharge fail zala, GPay ne kela tar lagech gela', 'Nashik')).toEqual(['paytm']);
  });

  it('readsANetworkGoneWithNeitherCallsNorData_AsAnOutage', () => {
    expect(complainedOf('jio cha network purna gela ahe, na call na data', 'Kolhapur')).toEqual(['jio']);
  });

  it('readsOffForDays_AsAnOutage', () => {
    expect(complainedOf('Airtel चं इंटरनेट कालपासून बंद, कोणी फोन उचलत नाही', 'Nagpur')).toEqual(['airtel']);
  });

  it('readsClosingAGroup_AsNoComplaint', () => {
    expect(complainedOf('हा WhatsApp ग्रुप बंद करतोय, नवीन ग्रुपची लिंक खाली', 'Thane')).toEqual(['(no complaint)']);
  });
});

describe('Bengali and Banglish', () => {
  it('readsNoNetworkAtAll_AsAnOutage', () => {
    expect(complainedOf('airtel er network ekdom nai sokal theke, na call na net', 'Howrah')).toEqual(['airtel']);
  });

  it('readsABroadbandAdvertWithAMaskedNumber_AsNoComplaint', () => {
    expect(complainedOf('নেট স্লো? আমাদের ফাইবার নিন, ৯৯% আপটাইম, কল করুন 01819-XXXXXX', 'Dhaka')).toEqual(['(no complaint)']);
  });
});

describe('Russian, Persian and Swahili services outside services.csv', () => {
  it('readsAnUnlistedBankDown_AsAComplaintNamingNoListedService', () => {
    expect(complainedOf('Тинькофф лежит? приложение не открывается с утра', 'Екатеринбург')).toEqual([]);
    expect(complainedOf('KCB app haifunguki tangu asubuhi, nataka kulipa karo 😩', 'Nakuru')).toEqual([]);
  });

  it('readsAnUnlistedNetworkDown_AsAComplaintNamingNoListedService', () => {
    expect(complainedOf('билайн лежит весь вечер, ни звонков ни интернета', 'Алматы')).toEqual([]);
  });

  it('readsARouterLyingAround_AsNoComplaint', () => {
    expect(complainedOf('дома лежит старый роутер от Мегафона, кому отдать?', 'Казань')).toEqual(['(no complaint)']);
  });
});

describe('Persian and Finglish', () => {
  it('readsAnAppThatComesThroughTheSameVpn_AsWorking', () => {
    expect(complainedOf('تلگرام وصل نمیشه، اینستا ولی با همون فیلترشکن میاد', 'تهران')).toEqual(['telegram']);
  });

  it('readsWhatsappOkaye_AsWorking', () => {
    expect(complainedOf('telegram vasl nemishe, whatsapp okaye', 'Shiraz')).toEqual(['telegram']);
  });

  it('readsAskingForAGoodVpn_AsNoComplaint', () => {
    expect(complainedOf('فیلترشکنم قطع شده، یوتیوب باز نمیشه. کسی فیلترشکن خوب سراغ داره؟', 'مشهد')).toEqual(['(no complaint)']);
  });
});

describe('Swahili', () => {
  it('readsSafHasLetMeDown_AsAnOutage', () => {
    expect(complainedOf('Saf imeniangusha tena, data iko on lakini hakuna kitu inaload', 'Kisumu')).toEqual(['safaricom']);
  });

  it('readsJoinAndGetFreeGigabytes_AsAnAdvert', () => {
    expect(complainedOf('Mtandao uko chini? Hamia kwetu leo upate GB 5 bure kila wiki 📶', 'Mombasa')).toEqual(['(no complaint)']);
  });
});
