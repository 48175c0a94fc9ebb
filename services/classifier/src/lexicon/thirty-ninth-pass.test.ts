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
