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

describe('Korean laughter and tears glued to a word', () => {
  it('splitOffIt_SoTheWordBeforeStillReads', () => {
    expect(complainedOf('Steam 접속 안됨ㅋㅋ 할인 첫날인데', '대전')).toEqual(['steam']);
  });
});

describe("a maker's other brand written as one word with its name", () => {
  it('isNotTheMessengerWithAnEnding', () => {
    expect(complainedOf('카카오뱅크 앱 로그인 안됨', '광주')).toEqual([]);
    expect(complainedOf('카카오뱅크가 또 안 돼요', '광주')).not.toContain('kakaotalk');
    expect(complainedOf('카톡이 안 돼요 메시지 안 감', '광주')).toEqual(['kakaotalk']);
  });
});

describe('names as people write them', () => {
  it('readsTwitterInHiragana_MessengerMisspelt_AndVkAnywhere', () => {
    expect(complainedOf('ついったー開かない、私だけ？', '大阪')).toEqual(['x']);
    expect(complainedOf('mesenger e photo jacche na kichutei', 'Sylhet')).toEqual(['messenger']);
    expect(complainedOf('ВК не грузится с утра', 'Алматы')).toEqual(['vk']);
  });
});

describe('an app said to work beside one that fails', () => {
  it('isNotTheOneThatFailsInJapaneseTeluguAndPersian', () => {
    expect(complainedOf('Spotify再生できない、YouTubeは見れるのに', '名古屋')).toEqual(['spotify']);
    expect(complainedOf('Airtel sim lo net bagane vastundi kani Jio lo emi raavatledu', 'Guntur')).toEqual(['jio']);
    expect(complainedOf('تلگرام وصل نمیشه، یوتیوب بازه پس نت هست', 'تبریز')).toEqual(['telegram']);
  });
});

describe('a list of apps after a dead network', () => {
  it('isWhatTheNetworkStops_WhenEvenOrNoneOfThemSumsItUp', () => {
    expect(complainedOf('اینترنت ایرانسل قطعه، واتساپ، تلگرام، حتی گوگل باز نمیشه', 'اهواز')).toEqual([]);
    expect(complainedOf('mạng Vinaphone mất sóng từ trưa, messenger youtube gì cũng không vào được', 'Đà Nẵng')).toEqual([]);
  });

  it('isNotTheAppsOwnNothing', () => {
    expect(complainedOf('ho provato col wifi e col 4G, TikTok non carica niente', 'Bari')).toEqual(['tiktok']);
  });
});

describe('adverts riding an outage', () => {
  it('areToldByAShopsWordsInJapaneseKoreanAndPersian', () => {
    expect(complainedOf('【docomo障害でお困りの方】予備回線のご相談は当店まで！本日20時まで営業中 #docomo障害', '大阪')).toEqual([
      '(no complaint)',
    ]);
    expect(complainedOf('카톡 먹통 또 올까 걱정되시죠? 안심 백업 앱 지금 가입하면 첫 달 무료!', '')).toEqual(['(no complaint)']);
    expect(complainedOf('تلگرام قطعه؟ 😎 فیلترشکن اختصاصی ماهی فقط ۱۲۰ تومن، تست رایگان تو دایرکت', '')).toEqual(['(no complaint)']);
  });
});

describe("the author's own device broken", () => {
  it('isNoComplaintInSwahiliVietnameseAndBengali', () => {
    expect(complainedOf('Simu yangu imeanguka ndani ya maji jana, sasa haiwaki kabisa', 'Arusha')).toEqual(['(no complaint)']);
    expect(complainedOf('máy tính bị treo màn hình xanh, ai biết chỗ sửa gần Cầu Giấy không', 'Hà Nội')).toEqual(['(no complaint)']);
    expect(complainedOf('ল্যাপটপটা হঠাৎ বন্ধ হয়ে গেল, চার্জ দিলেও অন হচ্ছেই না', 'Khulna')).toEqual(['(no complaint)']);
  });
});

describe('a conditional after the clause it governs', () => {
  it('makesTheClaimHypotheticalInTeluguAndBengali', () => {
    expect(complainedOf('Insta down aithe exams ki chaduvukovachu 😂', 'Warangal')).toEqual(['(no complaint)']);
    expect(complainedOf('ফেসবুক ডাউন হলে সবাই একটু শান্তি পায় 😂', 'Dhaka')).toEqual(['(no complaint)']);
    expect(complainedOf('Insta down aa? feed load avvatledu', 'Warangal')).toEqual(['instagram']);
  });
});

describe('the joke of every outage: everyone runs to another app to ask', () => {
  it('isNoComplaintInAnyOfItsLanguages', () => {
    expect(complainedOf('whenever instagram dies everybody floods twitter asking if instagram died lmao', '')).toEqual(['(no complaint)']);
    expect(complainedOf('когда ютуб тормозит, все идут в телеграм спрашивать, не упал ли ютуб', '')).toEqual(['(no complaint)']);
    expect(complainedOf('ตอนไลน์ล่ม ทุกคนไปเฟซถามว่าไลน์ล่มไหม', '')).toEqual(['(no complaint)']);
    expect(complainedOf('kila WhatsApp ikizima, watu wote wanakimbilia Telegram kuuliza kama WhatsApp imezima 😂', '')).toEqual([
      '(no complaint)',
    ]);
  });

  it('isStillAComplaintWhenTheAuthorsOwnAppFails', () => {
    expect(complainedOf('instagram down?? everyone on twitter asking if instagram is down, my feed is blank', '')).toEqual(['instagram']);
  });
});

describe('an ambiguous name inside a run of Japanese characters', () => {
  it('takesTheClaimRightBesideIt', () => {
    expect(complainedOf('ディスコ繋がらない、VCも入れん', '仙台')).toEqual(['discord']);
    expect(complainedOf('週末ディスコで踊ってきた、最高だった', '仙台')).toEqual(['(no complaint)']);
  });
});

describe("a service's support account addressed", () => {
  it('makesAFailureOfAServiceOutsideTheCatalogueAComplaint', () => {
    expect(complainedOf('تپسی باز نمیشه، یک ساعته منتظرم @Tapsi_Support', 'تهران')).toEqual([]);
  });
});

describe('a closure announced for later in Marathi', () => {
  it('isNewsNotAFailure', () => {
    expect(complainedOf('Paytm wallet एप्रिलपासून बंद होणार म्हणे, आता दुसरं ॲप शोधावं लागेल', 'Nashik')).toEqual(['(no complaint)']);
  });
});

describe("the author's own brain not working in Persian", () => {
  it('isNoFailure', () => {
    expect(complainedOf('امروز مغزم کار نمیکنه، کلید خونه رو هم جا گذاشتم', 'شیراز')).toEqual(['(no complaint)']);
  });
});

describe('"mess" as Vietnamese write Messenger', () => {
  it('isMessengerInVietnamese_AndAMessInEnglish', () => {
    expect(complainedOf('mess k gửi được ảnh từ tối qua, có ai bị không', 'Huế')).toEqual(['messenger']);
    expect(complainedOf('what a mess, spotify is down again', 'Leeds')).toEqual(['spotify']);
  });
});

describe('Japanese names listed with も', () => {
  it('allFailWithTheClaimAfterTheList', () => {
    expect(complainedOf('YouTubeもTikTokも両方ダメ、読み込まない', '札幌')).toEqual(['tiktok', 'youtube']);
  });

  it('leaveOutAnAppSaidToBeFine', () => {
    expect(complainedOf('Discordが繋がらない。Steamは大丈夫', '札幌')).toEqual(['discord']);
  });
});

describe('Thai "dropped out of the room"', () => {
  it('isAFailureOfTheCall_NotLeavingAGroup', () => {
    expect(complainedOf('Zoom หลุดออกจากห้องประชุมตลอด', 'Khon Kaen')).toEqual(['zoom']);
    expect(complainedOf('ผมหลุดออกจากกลุ่มไลน์ครอบครัวแล้ว', 'Khon Kaen')).toEqual(['(no complaint)']);
  });
});

describe('Thai and Vietnamese posts that look like complaints', () => {
  it('areAnAdvertOneCannotSkip_AndAMeme', () => {
    expect(complainedOf('ดูคลิปใน YouTube มีโฆษณายาว 2 ตัว ข้ามไม่ได้เลย น่ารำคาญ', 'Bangkok')).toEqual(['(no complaint)']);
    expect(complainedOf('มีมวันนี้: เวลาไลน์ล่มทุกคนไปบ่นในเฟซ', 'Bangkok')).toEqual(['(no complaint)']);
  });

  it('leaveOutTheAppSaidToWork_AndReadTeamsInThaiScript', () => {
    expect(complainedOf('Spotify เปิดไม่ได้ แต่ยูทูปก็ดูได้ปกติ', 'Bangkok')).toEqual(['spotify']);
    expect(complainedOf('telegram không gửi được tin nhắn, messenger thì vẫn ok', 'Hà Nội')).toEqual(['telegram']);
    expect(complainedOf('ทีมส์เด้งออกจากประชุมตลอด', 'Bangkok')).toEqual(['microsoft-teams']);
  });
});
