// Posts here are written for these tests; none comes from shared/data or a blind fixture.
// The thirty-third pass: the dev set's smaller languages (Thai, Vietnamese, Persian, Russian,
// Swahili, Bengali, Telugu, Marathi, Tamil, Japanese, Korean).
import { describe, expect, it } from 'vitest';
import { complainedOf } from '../classify-for-tests.js';

describe('apps named with "also, even" after a dead network', () => {
  it('areWhatTheNetworkStopsInJapanese', () => {
    expect(complainedOf('ドコモ障害？インスタもLINEも読み込まない', '埼玉')).toEqual(['ntt-docomo']);
    expect(complainedOf('ドコモが圏外になった、LINEも送れない', '東京')).toEqual(['ntt-docomo']);
    expect(complainedOf('auの電波が死んでる。YouTubeも見れない', '横浜')).toEqual([]);
  });

  it('areWhatTheNetworkStopsInKorean', () => {
    expect(complainedOf('SK 텔레콤 인터넷 먹통이라 카톡도 안 됨', '서울')).toEqual([]);
    expect(complainedOf('KT 인터넷 안 돼서 유튜브도 못 봄', '부산')).toEqual([]);
  });

  it('areTheirOwnFailuresWithNoNetworkFailing', () => {
    expect(complainedOf('LINE送れない、インスタも見れない', '東京')).toEqual(['instagram', 'line']);
    expect(complainedOf('카톡 안 되고 인스타도 안 돼요', '서울')).toEqual(['instagram', 'kakaotalk']);
  });
});

describe('an app said to come up or be fine in Persian', () => {
  it('isNotTheOneThatFails', () => {
    expect(complainedOf('روبیکا و بله میان ولی تلگرام هنوز رو Connecting گیره', 'تهران')).toEqual(['telegram']);
    expect(complainedOf('اینستاگرام باز میشه ولی واتساپ پیام نمیفرسته', 'مشهد')).toEqual(['whatsapp']);
    expect(complainedOf('فیسبوک کار نمی‌کند ولی یوتیوب خوب است', 'هرات')).toEqual(['facebook']);
  });

  it('isNotTheSoundComingThroughAFailingApp', () => {
    expect(complainedOf('اینستا فقط صدای ویدیو میاد، تصویرش نمیاد', 'اصفهان')).toEqual(['instagram']);
  });
});
