/**
 * Hand-written country names and demonyms, merged into the generated ones
 * (countries-generated.ts) by countries-data.ts. Regenerating never touches
 * this file.
 *
 * What is here and not in the generated half: short forms and colloquial
 * names ("UK", "USA", "KSA", "Bharat", "Hindustan", "Blighty"), the UK's
 * nations (England, Scotland, Wales, Northern Ireland → GB), names in Telugu
 * and Tagalog (no generated source has them), a few forms the sources lack,
 * and demonyms in the project's languages (the sources give English, French,
 * German, Spanish and Italian only).
 *
 * Left out on purpose: two-letter codes that are words ("IN", "IT", "DE",
 * "ES", "NO", "CA", "ID", "SA", "AT"…); Vietnamese "Mỹ", "Đức", "Nga", "Anh"
 * (given names and common words); Tagalog "Hapon" (also "afternoon");
 * Japanese katakana names that occur inside common words ("タイ", "インド",
 * "チリ"…) — their "…人" demonyms and longer forms are here instead.
 * Compositional forms that already contain a matching country name
 * ("orang India", "người Pakistan") are not repeated.
 */
import type { CountryNames } from './types.js';

export const COUNTRIES_HAND: readonly CountryNames[] = [
  {
    country: 'IN',
    names: [
      'Bharat', 'Bhārat', 'Hindustan', 'Hindostan', 'Republic of India', 'भारत', 'भारतवर्ष', 'हिंदुस्तान', 'हिन्दुस्तान',
      'इंडिया', 'भारत देश', 'ہندوستان', 'بھارت', 'انڈیا', 'هندوستان', 'ভারতবর্ষ', 'ইন্ডিয়া', 'இந்தியா', 'பாரதம்',
      'భారతదేశం', 'భారత్', 'ఇండియా', 'भारत गणराज्य', 'ಭಾರತ', 'ഇന്ത്യ', 'ഭാരതം', 'ભારત', 'ਭਾਰਤ', 'ଭାରତ',
      'Hindistan', 'Indiya', 'Ấn Độ', 'Индия', 'インド共和国', 'インド国', '印度', '인도', 'อินเดีย', 'Uhindi', 'Bharath',
      'Incredible India'
    ],
    demonyms: [
      'Indian', 'Indians', 'भारतीय', 'हिंदुस्तानी', 'हिन्दुस्तानी', 'भारतवासी', 'ہندوستانی', 'بھارتی', 'هندي', 'هندی',
      'ভারতীয়', 'இந்தியர்', 'இந்தியன்', 'భారతీయుడు', 'భారతీయ', 'Hintli', 'indiano',
      'Inder', 'Inderin', 'インド人', '인도인', 'индиец', 'индианка', 'индийский', 'индийцы', 'ชาวอินเดีย', 'Mhindi',
      'Wahindi', 'Indiyano'
    ],
  },
  {
    country: 'PK',
    names: [
      'Pakistan', 'Pākistān', 'Islamic Republic of Pakistan', 'پاکستان', 'پاكستان', 'اسلامی جمہوریہ پاکستان', 'پاک سرزمین',
      'पाकिस्तान', 'পাকিস্তান', 'பாகிஸ்தான்', 'పాకిస్తాన్', 'పాకిస్థాన్', 'باكستان', 'Pakistán', 'Paquistão', 'パキスタン',
      '파키스탄', 'Пакистан', 'ปากีสถาน', 'Pakistan Zindabad', 'Pak Sarzameen'
    ],
    demonyms: [
      'Pakistani', 'Pakistanis', 'پاکستانی', 'پاكستاني', 'باكستاني', 'पाकिस्तानी', 'পাকিস্তানি', 'பாகிஸ்தானியர்',
      'పాకిస్తానీ', 'Pakistanlı', 'pakistaní', 'paquistanês', 'paquistanesa', 'pakistano', 'Pakistaner', 'Pakistanerin',
      'パキスタン人', '파키스탄인', 'пакистанец', 'пакистанка', 'ชาวปากีสถาน', 'Mpakistani'
    ],
  },
  {
    country: 'GB',
    names: [
      'UK', 'U.K.', 'GB', 'G.B.', 'United Kingdom', 'Great Britain', 'Britain', 'England', 'Scotland', 'Wales',
      'Northern Ireland', 'Cymru', 'Blighty', 'Inglaterra', 'Inghilterra', 'Angleterre', 'Écosse',
      'Escocia', 'Escócia', 'Scozia', 'Schottland', 'Pays de Galles', 'Gales', 'País de Gales', 'Galles', 'Irlanda del Norte',
      'Irlanda do Norte', 'Irlanda del Nord', 'Irlande du Nord', 'Nordirland', 'Gran Bretaña', 'Grã-Bretanha', 'Gran Bretagna',
      'Grande-Bretagne', 'Großbritannien', 'England UK', 'İngiltere', 'İskoçya', 'Galler', 'Kuzey İrlanda', 'Birleşik Krallık',
      'Inggris', 'Britania Raya', 'Skotlandia', 'इंग्लैंड', 'इंग्लैण्ड', 'ब्रिटेन', 'यूके', 'यूनाइटेड किंगडम', 'स्कॉटलैंड',
      'انگلینڈ', 'انگلستان', 'برطانیہ', 'یوکے', 'اسکاٹ لینڈ', 'إنجلترا', 'انجلترا', 'بريطانيا', 'المملكة المتحدة', 'اسكتلندا',
      'انگلیس', 'بریتانیا', 'اسکاتلند', 'ইংল্যান্ড', 'ব্রিটেন', 'যুক্তরাজ্য', 'இங்கிலாந்து', 'ஐக்கிய இராச்சியம்', 'பிரிட்டன்',
      'ఇంగ్లాండ్', 'బ్రిటన్', 'యునైటెడ్ కింగ్‌డమ్', 'इंग्लंड', 'ब्रिटन', 'イングランド', 'スコットランド', 'ウェールズ',
      'イギリス', '英国', '영국', '잉글랜드', '스코틀랜드', 'Англия', 'Великобритания', 'Британия', 'Шотландия', 'Соединённое Королевство',
      'Nước Anh', 'Vương quốc Anh', 'Anh Quốc', 'อังกฤษ', 'สหราชอาณาจักร', 'Uingereza', 'Inglatera', 'Gran Britanya',
      'Reino Unido', 'Regno Unito', 'Royaume-Uni', 'Vereinigtes Königreich'
    ],
    demonyms: [
      'British', 'Brit', 'Brits', 'Briton', 'Englishman', 'Englishwoman', 'Scottish', 'Scots', 'Scot', 'Welsh',
      'Northern Irish', 'Cymraes', 'Cymro', 'inglés', 'inglesa', 'ingleses', 'inglese', 'inglesi', 'anglais', 'anglaise',
      'Engländer', 'Engländerin', 'Brite', 'Britin', 'escocés', 'escocesa', 'scozzese', 'écossais', 'écossaise', 'Schotte',
      'galés', 'gallese', 'gallois', 'britânico', 'britânica', 'inglês', 'İngiliz', 'Britanyalı', 'अंग्रेज़', 'अंग्रेज',
      'ब्रिटिश', 'برطانوی', 'انگریز', 'بريطاني', 'إنجليزي', 'انگلیسی', 'ব্রিটিশ', 'ইংরেজ', 'ஆங்கிலேயர்', 'బ్రిటిష్',
      'イギリス人', '英国人', '영국인', 'британец', 'британка', 'англичанин', 'англичанка', 'шотландец', 'người Anh',
      'ชาวอังกฤษ', 'Mwingereza', 'Waingereza', 'Ingles'
    ],
  },
  {
    country: 'US',
    names: [
      'USA', 'U.S.A.', 'U.S.A', 'US', 'U.S.', 'America', 'United States', 'United States of America', 'the States',
      'Estados Unidos', 'EEUU', 'EE.UU.', 'EE. UU.', 'EUA', 'E.U.A.', 'Stati Uniti', 'États-Unis', 'Etats-Unis',
      'Vereinigte Staaten', 'Amerika', 'Amerika Serikat', 'Amerika Birleşik Devletleri', 'ABD', 'Estados Unidos da América',
      'Estados Unidos de América', 'अमेरिका', 'अमरीका', 'संयुक्त राज्य अमेरिका', 'यूएसए', 'امریکہ', 'امریکا',
      'ریاستہائے متحدہ امریکہ', 'أمريكا', 'امريكا', 'الولايات المتحدة', 'الولايات المتحدة الأمريكية', 'آمریکا', 'ایالات متحده',
      'আমেরিকা', 'মার্কিন যুক্তরাষ্ট্র', 'அமெரிக்கா', 'அமெரிக்க ஐக்கிய நாடுகள்', 'అమెరికా', 'అమెరికా సంయుక్త రాష్ట్రాలు',
      'アメリカ', 'アメリカ合衆国', '米国', '美国', '美國', '미국', '아메리카', 'Америка', 'США', 'Соединённые Штаты',
      'Hoa Kỳ', 'Hợp chủng quốc Hoa Kỳ', 'อเมริกา', 'สหรัฐอเมริกา', 'สหรัฐ', 'Marekani', 'Estados Unidos ng Amerika'
    ],
    demonyms: [
      'American', 'Americans', 'अमेरिकी', 'अमरीकी', 'امریکی', 'أمريكي', 'امريكي', 'آمریکایی', 'আমেরিকান',
      'மார்க்கின்', 'அமெரிக்கர்', 'అమెరికన్', 'Amerikalı', 'Amerikan', 'americano', 'americana', 'estadounidense',
      'norteamericano', 'norteamericana', 'norte-americano', 'norte-americana', 'americain', 'Amerikaner', 'Amerikanerin',
      'アメリカ人', '米国人', '미국인', 'американец', 'американка', 'người Mỹ', 'ชาวอเมริกัน', 'Mmarekani', 'Wamarekani',
      'Amerikano'
    ],
  },
  {
    country: 'TR',
    names: [
      'Türkiye', 'Turkiye', 'Turkey', 'Türkiye Cumhuriyeti', 'Republic of Türkiye', 'T.C.', 'Turquía', 'Turquia',
      'Turchia', 'Turquie', 'Türkei', 'Turki', 'तुर्की', 'तुर्किये', 'ترکی', 'ترکیہ', 'تركيا', 'ترکیه', 'তুরস্ক',
      'துருக்கி', 'టర్కీ', 'トルコ共和国', 'テュルキエ', '土耳其', '터키', '튀르키예', 'Турция', 'Турецкая Республика',
      'Thổ Nhĩ Kỳ', 'ตุรกี', 'ทูร์เคีย', 'Uturuki', 'Turkiya', 'Anadolu'
    ],
    demonyms: [
      'Turkish', 'Turk', 'Turks', 'Türk', 'Türküm', 'Türkler', 'Türkiyeli', 'तुर्क', 'तुर्की नागरिक', 'تركي',
      'ترکیه‌ای', 'তুর্কি', 'துருக்கியர்', 'టర్కిష్', 'turco', 'turca', 'turcos', 'turc', 'turque', 'Türke', 'Türkin',
      'Orang Turki', 'トルコ人', '터키인', 'турок', 'турчанка', 'турецкий', 'người Thổ Nhĩ Kỳ', 'ชาวตุรกี', 'Mturuki'
    ],
  },
  {
    country: 'IT',
    names: [
      'Italia', 'Italy', 'Repubblica Italiana', 'Belpaese', 'Bel Paese', 'Italie', 'Italien', 'Itália', 'İtalya', 'इटली',
      'اٹلی', 'إيطاليا', 'ایتالیا', 'ইতালি', 'இத்தாலி', 'ఇటలీ', 'イタリア', '意大利', '義大利', '이탈리아', 'Италия',
      'Nước Ý', 'อิตาลี', 'Italya'
    ],
    demonyms: [
      'Italian', 'Italians', 'italiano', 'italiana', 'italiani', 'italiane', 'italien', 'italienne', 'Italiener', 'Italienerin',
      'italiano', 'İtalyan', 'इतालवी', 'اطالوی', 'إيطالي', 'ایتالیایی', 'ইতালীয়', 'இத்தாலியர்', 'ఇటాలియన్', 'イタリア人',
      '이탈리아인', 'итальянец', 'итальянка', 'người Ý', 'ชาวอิตาลี', 'Mwitaliano', 'Italyano'
    ],
  },
  {
    country: 'BD',
    names: [
      'Bangladesh', 'বাংলাদেশ', 'গণপ্রজাতন্ত্রী বাংলাদেশ', 'बांग्लादेश', 'बंगलादेश', 'بنگلہ دیش', 'بنگلادیش',
      'بنغلاديش', 'பங்களாதேஷ்', 'வங்காளதேசம்', 'బంగ్లాదేశ్', 'Bangladéš', 'Banglades', 'Bangladeş', 'バングラデシュ',
      '방글라데시', 'Бангладеш', 'บังกลาเทศ', 'Sonar Bangla'
    ],
    demonyms: [
      'Bangladeshi', 'Bangladeshis', 'বাংলাদেশী', 'বাংলাদেশি', 'বাঙালি', 'बांग्लादेशी', 'بنگلہ دیشی', 'بنغلاديشي',
      'பங்களாதேஷி', 'బంగ్లాదేశీ', 'Bangladeşli', 'bangladesí', 'bangladês', 'Bangladescher', 'バングラデシュ人',
      '방글라데시인', 'бангладешец'
    ],
  },
  {
    country: 'SA',
    names: [
      'KSA', 'K.S.A.', 'Saudi Arabia', 'Saudi', 'Saudia', 'Kingdom of Saudi Arabia', 'Arabia Saudita', 'Arabia Saudí',
      'Arábia Saudita', 'Arabie saoudite', 'Saudi-Arabien', 'Suudi Arabistan', 'Arab Saudi', 'السعودية', 'المملكة العربية السعودية',
      'السعوديه', 'سعودی عرب', 'سعودیہ', 'عربستان', 'عربستان سعودی', 'सऊदी अरब', 'सऊदी अरेबिया', 'सऊदी',
      'সৌদি আরব', 'சவூதி அரேபியா', 'సౌదీ అరేబియా', 'サウジアラビア', '사우디아라비아', '사우디', 'Саудовская Аравия',
      'Ả Rập Xê Út', 'ซาอุดีอาระเบีย', 'Saudi Arabiya'
    ],
    demonyms: [
      'Saudi', 'Saudis', 'Saudi Arabian', 'سعودي', 'سعودية', 'سعودی', 'सऊदी अरबी', 'Suudi', 'Suudili', 'saudita', 'saudí',
      'Saudi-Araber', 'サウジアラビア人', '사우디인', 'саудовец', 'ชาวซาอุดีอาระเบีย'
    ],
  },
  {
    country: 'AE',
    names: [
      'UAE', 'U.A.E.', 'U.A.E', 'United Arab Emirates', 'Emirates', 'The Emirates', 'Emiratos Árabes Unidos',
      'Emirados Árabes Unidos', 'Emirati Arabi Uniti', 'Émirats arabes unis', 'Vereinigte Arabische Emirate', 'VAE',
      'Birleşik Arap Emirlikleri', 'BAE', 'Uni Emirat Arab', 'الإمارات', 'الامارات', 'الإمارات العربية المتحدة', 'دولة الإمارات',
      'متحدہ عرب امارات', 'امارات', 'امارات متحده عربی', 'संयुक्त अरब अमीरात', 'यूएई', 'সংযুক্ত আরব আমিরাত',
      'ஐக்கிய அரபு அமீரகம்', 'యునైటెడ్ అరబ్ ఎమిరేట్స్', 'アラブ首長国連邦', '아랍에미리트', 'ОАЭ', 'Объединённые Арабские Эмираты',
      'Các Tiểu vương quốc Ả Rập Thống nhất', 'สหรัฐอาหรับเอมิเรตส์', 'Falme za Kiarabu'
    ],
    demonyms: ['Emirati', 'Emiratis', 'إماراتي', 'إماراتية', 'اماراتي', 'اماراتی', 'Emirlikli', 'emiratí', 'emiradense'],
  },
  {
    country: 'CN',
    names: [
      'China', 'PRC', 'P.R.C.', "People's Republic of China", 'Mainland China', '中国', '中華人民共和国', '中国大陆', '中國',
      'चीन', 'چین', 'الصين', 'চীন', 'சீனா', 'చైనా', 'Çin', 'Cina', 'Chine', 'Tiongkok', 'Китай', 'Trung Quốc', 'ประเทศจีน',
      '중국', 'Uchina', 'Tsina'
    ],
    demonyms: ['Chinese', 'चीनी', 'چینی', 'صيني', 'চীনা', 'சீனர்', 'చైనీస్', 'Çinli', 'chinês', 'chinesa', 'Chinese', '中国人', '중국인', 'китаец', 'китаянка', 'người Trung Quốc', 'ชาวจีน', 'Mchina'],
  },
  {
    country: 'JP',
    names: [
      'Japan', 'Nippon', 'Nihon', '日本', '日本国', 'にほん', 'にっぽん', 'ニッポン', 'Japón', 'Japão', 'Giappone', 'Japon', 'Japonya',
      'Jepang', 'जापान', 'جاپان', 'اليابان', 'ژاپن', 'জাপান', 'ஜப்பான்', 'జపాన్', 'Япония', 'Nhật Bản', 'ญี่ปุ่น', '일본',
      'Japani'
    ],
    demonyms: ['Japanese', 'japonés', 'japonesa', 'japonês', 'japonesa', 'giapponese', 'japonais', 'Japaner', 'Japanerin', 'Japon', 'जापानी', 'جاپانی', 'ياباني', 'ژاپنی', 'জাপানি', 'ஜப்பானியர்', 'జపనీస్', '日本人', '일본인', 'японец', 'японка', 'người Nhật', 'ชาวญี่ปุ่น', 'Mjapani'],
  },
  {
    country: 'KR',
    names: [
      'Korea', 'South Korea', 'Republic of Korea', 'ROK', 'R.O.K.', '대한민국', '한국', '남한', 'Hàn Quốc', 'Corea del Sur',
      'Coreia do Sul', 'Corea del Sud', 'Corée du Sud', 'Südkorea', 'Güney Kore', 'Korea Selatan', '韓国', '大韓民国', '韩国',
      'दक्षिण कोरिया', 'جنوبی کوریا', 'كوريا الجنوبية', 'کره جنوبی', 'দক্ষিণ কোরিয়া', 'தென் கொரியா', 'దక్షిణ కొరియా',
      'Южная Корея', 'Республика Корея', 'เกาหลีใต้', 'Korea Kusini', 'Timog Korea'
    ],
    demonyms: ['Korean', 'South Korean', '한국인', '한국 사람', '韓国人', 'coreano', 'coreana', 'coréen', 'coréenne', 'Südkoreaner', 'Koreaner', 'Koreli', 'Güney Koreli', 'कोरियाई', 'کوریائی', 'كوري', 'کره‌ای', 'কোরীয়', 'கொரியர்', 'కొరియన్', 'кореец', 'кореянка', 'người Hàn Quốc', 'ชาวเกาหลี'],
  },
  {
    country: 'KP',
    names: ['North Korea', 'DPRK', 'D.P.R.K.', '북한', '조선민주주의인민공화국', '北朝鮮', '朝鲜', 'Corea del Norte', 'Coreia do Norte', 'Kuzey Kore', 'Северная Корея', 'КНДР', 'Triều Tiên', 'เกาหลีเหนือ'],
    demonyms: ['North Korean', 'norcoreano', 'nord-coréen', 'Nordkoreaner', 'Kuzey Koreli', '북한 사람', 'северокореец'],
  },
  {
    country: 'ID',
    names: [
      'Indonesia', 'Republik Indonesia', 'NKRI', 'Nusantara', 'Indonésia', 'Indonésie', 'Indonesien', 'Endonezya', 'इंडोनेशिया',
      'انڈونیشیا', 'إندونيسيا', 'اندونزی', 'ইন্দোনেশিয়া', 'இந்தோனேசியா', 'ఇండోనేషియా', 'インドネシア', '인도네시아',
      'Индонезия', 'ประเทศอินโดนีเซีย', 'อินโดนีเซีย', 'Indonesya', 
    ],
    demonyms: ['Indonesian', 'Indonesians', 'WNI', 'orang Indonesia', 'Endonezyalı', 'indonesio', 'indonésio', 'indonesiano', 'Indonesier', 'インドネシア人', '인도네시아인', 'индонезиец', 'indonésien'],
  },
  {
    country: 'PH',
    names: [
      'Philippines', 'Pilipinas', 'Filipinas', 'Republika ng Pilipinas', 'PH', 'Pinas', 'Filipine', 'Filipinler',
      'Filippine', 'Philippinen', 'फ़िलीपीन्स', 'फिलीपींस', 'فلپائن', 'الفلبين', 'فیلیپین', 'ফিলিপাইন', 'பிலிப்பைன்ஸ்',
      'ఫిలిప్పీన్స్', 'フィリピン', '필리핀', 'Филиппины', 'Philippin', 'ฟิลิปปินส์', 'Ufilipino'
    ],
    demonyms: ['Filipino', 'Filipina', 'Pinoy', 'Pinay', 'Filipinos', 'Pilipino', 'Filipinli', 'filipino', 'filipina', 'philippin', 'Philippiner', 'フィリピン人', '필리핀인', 'филиппинец', 'người Philippines', 'ชาวฟิลิปปินส์'],
  },
  {
    country: 'NG',
    names: ['Nigeria', 'Naija', 'Federal Republic of Nigeria', 'Nijerya', 'Nigéria', 'Nigéria', 'नाइजीरिया', 'نائجیریا', 'نيجيريا', 'نیجریه', 'নাইজেরিয়া', 'நைஜீரியா', 'నైజీరియా', 'ナイジェリア', '나이지리아', 'Нигерия', 'ไนจีเรีย', '9ja'],
    demonyms: ['Nigerian', 'Nigerians', 'Naija', 'Nijeryalı', 'nigeriano', 'nigérian', 'Nigerianer', 'ナイジェリア人', 'нигериец', 'Mnigeria'],
  },
  {
    country: 'BR',
    names: ['Brasil', 'Brazil', 'BR', 'República Federativa do Brasil', 'Brésil', 'Brasilien', 'Brezilya', 'ब्राज़ील', 'ब्राजील', 'برازیل', 'البرازيل', 'برزیل', 'ব্রাজিল', 'பிரேசில்', 'బ్రెజిల్', 'ブラジル', '巴西', '브라질', 'Бразилия', 'Braxin', 'บราซิล', 'Brazili', 'Terra Brasilis'],
    demonyms: ['Brazilian', 'brasileiro', 'brasileira', 'brasileiros', 'brasileiras', 'brasileño', 'brasileña', 'brésilien', 'Brasilianer', 'Brezilyalı', 'ブラジル人', '브라질인', 'бразилец', 'ชาวบราซิล', 'Mbrazil'],
  },
  {
    country: 'MX',
    names: ['México', 'Mexico', 'MX', 'Méjico', 'Estados Unidos Mexicanos', 'Mexique', 'Mexiko', 'Messico', 'Meksika', 'Meksiko', 'मेक्सिको', 'میکسیکو', 'المكسيك', 'مکزیک', 'মেক্সিকো', 'மெக்சிகோ', 'మెక్సికో', 'メキシコ', '멕시코', 'Мексика', 'เม็กซิโก', 'Mehiko'],
    demonyms: ['Mexican', 'mexicano', 'mexicana', 'mexicanos', 'mexicanas', 'mexicain', 'Mexikaner', 'Meksikalı', 'chilango', 'chilanga', 'メキシコ人', '멕시코인', 'мексиканец'],
  },
  {
    country: 'RU',
    names: ['Russia', 'Russian Federation', 'Россия', 'Российская Федерация', 'РФ', 'Rusia', 'Rússia', 'Russie', 'Russland', 'Rusya', 'Rusia', 'रूस', 'روس', 'روسيا', 'روسیه', 'রাশিয়া', 'ரஷ்யா', 'రష్యా', 'ロシア', '러시아', 'Nước Nga', 'Liên bang Nga', 'รัสเซีย', 'Urusi', 'Rusya Federasyonu', 'Rossiya'],
    demonyms: ['Russian', 'Russians', 'русский', 'русская', 'россиянин', 'россиянка', 'ruso', 'rusa', 'russo', 'russa', 'russe', 'Russe', 'Russin', 'Rus', 'रूसी', 'روسی', 'روسي', 'রুশ', 'ரஷ்யர்', 'రష్యన్', 'ロシア人', '러시아인', 'người Nga', 'ชาวรัสเซีย', 'Mrusi'],
  },
  {
    country: 'DE',
    names: ['Germany', 'Deutschland', 'Bundesrepublik Deutschland', 'BRD', 'Alemania', 'Alemanha', 'Germania', 'Allemagne', 'Almanya', 'Jerman', 'जर्मनी', 'جرمنی', 'ألمانيا', 'آلمان', 'জার্মানি', 'ஜெர்மனி', 'జర్మనీ', 'ドイツ連邦共和国', '独逸', '德国', '독일', 'Германия', 'Nước Đức', 'CHLB Đức', 'เยอรมนี', 'Ujerumani', 'Alemanya'],
    demonyms: ['German', 'Germans', 'Deutscher', 'Deutsche', 'alemán', 'alemana', 'alemão', 'alemã', 'tedesco', 'tedesca', 'allemand', 'allemande', 'Alman', 'जर्मन', 'جرمن', 'ألماني', 'آلمانی', 'জার্মান', 'ஜெர்மானியர்', 'జర్మన్', 'ドイツ人', '독일인', 'немец', 'немка', 'người Đức', 'ชาวเยอรมัน', 'Mjerumani', 'Aleman'],
  },
  {
    country: 'FR',
    names: ['France', 'Francia', 'França', 'Frankreich', 'Fransa', 'Prancis', 'République française', 'Hexagone', 'फ़्रांस', 'फ्रांस', 'فرانس', 'فرنسا', 'فرانسه', 'ফ্রান্স', 'பிரான்ஸ்', 'ఫ్రాన్స్', 'フランス', '法国', '프랑스', 'Франция', 'Nước Pháp', 'Pháp', 'ฝรั่งเศส', 'Ufaransa', 'Pransiya'],
    demonyms: ['French', 'Frenchman', 'Frenchwoman', 'français', 'française', 'francés', 'francesa', 'francês', 'francese', 'Franzose', 'Französin', 'Fransız', 'फ्रांसीसी', 'فرانسیسی', 'فرنسي', 'فرانسوی', 'ফরাসি', 'பிரெஞ்சு', 'ఫ్రెంచ్', 'フランス人', '프랑스인', 'француз', 'француженка', 'người Pháp', 'ชาวฝรั่งเศส', 'Mfaransa', 'Pranses'],
  },
  {
    country: 'ES',
    names: ['Spain', 'España', 'Espanha', 'Spagna', 'Espagne', 'Spanien', 'İspanya', 'Spanyol', 'Reino de España', 'Espanya', 'स्पेन', 'سپین', 'إسبانيا', 'اسپانیا', 'স্পেন', 'ஸ்பெயின்', 'స్పెయిన్', 'スペイン', '西班牙', '스페인', 'Испания', 'Tây Ban Nha', 'สเปน', 'Uhispania'],
    demonyms: ['Spanish', 'Spaniard', 'español', 'española', 'españoles', 'espanhol', 'espanhola', 'spagnolo', 'espagnol', 'Spanier', 'Spanierin', 'İspanyol', 'स्पेनिश', 'ہسپانوی', 'إسباني', 'اسپانیایی', 'স্প্যানিশ', 'ஸ்பானியர்', 'స్పానిష్', 'スペイン人', '스페인인', 'испанец', 'испанка', 'người Tây Ban Nha', 'ชาวสเปน', 'Kastila', 'Espanyol'],
  },
  {
    country: 'EG',
    names: ['Egypt', 'Misr', 'Masr', 'مصر', 'جمهورية مصر العربية', 'أم الدنيا', 'Egipto', 'Egito', 'Egitto', 'Égypte', 'Ägypten', 'Mısır', 'Mesir', 'मिस्र', 'مصر', 'মিশর', 'எகிப்து', 'ఈజిప్ట్', 'エジプト', '이집트', 'Египет', 'Ai Cập', 'อียิปต์', 'Misri', 'Ehipto'],
    demonyms: ['Egyptian', 'مصري', 'مصرية', 'مصريين', 'مصری', 'egipcio', 'egipcia', 'egípcio', 'egiziano', 'égyptien', 'Ägypter', 'Mısırlı', 'मिस्री', 'エジプト人', '이집트인', 'египтянин', 'Mmisri'],
  },
  {
    country: 'IR',
    names: ['Iran', 'Persia', 'Islamic Republic of Iran', 'ایران', 'جمهوری اسلامی ایران', 'إيران', 'ايران', 'Irán', 'Irão', 'İran', 'ईरान', 'ইরান', 'ஈரான்', 'ఇరాన్', 'イラン・イスラム共和国', '伊朗', '이란', 'Иран', 'Персия', 'อิหร่าน', 'Uajemi', 'Perse', 'Persien'],
    demonyms: ['Iranian', 'Persian', 'ایرانی', 'إيراني', 'ايراني', 'iraní', 'iraniano', 'iranien', 'Iraner', 'İranlı', 'ईरानी', 'ইরানি', 'イラン人', '이란인', 'иранец', 'иранка'],
  },
  {
    country: 'VN',
    names: ['Vietnam', 'Viet Nam', 'Việt Nam', 'Nước Việt Nam', 'VN', 'Vietnã', 'Vietnã', 'Vietnamu', 'ベトナム', '越南', '베트남', 'Вьетнам', 'เวียดนาม', 'वियतनाम', 'ویتنام', 'فيتنام', 'ভিয়েতনাম', 'வியட்நாம்', 'వియత్నాం', 'Viyetnam'],
    demonyms: ['Vietnamese', 'người Việt', 'người Việt Nam', 'vietnamita', 'vietnamien', 'Vietnamese', 'Vietnamlı', 'ベトナム人', '베트남인', 'вьетнамец'],
  },
  {
    country: 'TH',
    names: ['Thailand', 'Siam', 'ประเทศไทย', 'ไทยแลนด์', 'เมืองไทย', 'ราชอาณาจักรไทย', 'Tailandia', 'Tailândia', 'Thailandia', 'Thaïlande', 'Tayland', 'Thái Lan', 'タイ王国', 'タイ国', '泰国', '태국', 'Таиланд', 'थाईलैंड', 'تھائی لینڈ', 'تايلاند', 'تایلند', 'থাইল্যান্ড', 'தாய்லாந்து', 'థాయిలాండ్', 'Tailandiya'],
    demonyms: ['คนไทย', 'ชาวไทย', 'tailandés', 'tailandês', 'thaïlandais', 'Thailänder', 'Taylandlı', 'タイ人', '태국인', 'таец', 'тайка', 'người Thái'],
  },
  {
    country: 'CA',
    names: ['Canada', 'Canadá', 'Kanada', 'कनाडा', 'کینیڈا', 'كندا', 'کانادا', 'কানাডা', 'கனடா', 'కెనడా', 'カナダ', '캐나다', 'Канада', 'แคนาดา', 'Kanada'],
    demonyms: ['Canadian', 'Canadians', 'Canuck', 'canadiense', 'canadense', 'canadese', 'canadien', 'canadienne', 'Kanadier', 'Kanadalı', 'कनाडाई', 'کینیڈین', 'カナダ人', '캐나다인', 'канадец'],
  },
  {
    country: 'AU',
    names: ['Australia', 'Down Under', 'Straya', 'Austrália', 'Australie', 'Australien', 'Avustralya', 'ऑस्ट्रेलिया', 'آسٹریلیا', 'أستراليا', 'استرالیا', 'অস্ট্রেলিয়া', 'ஆஸ்திரேலியா', 'ఆస్ట్రేలియా', 'オーストラリア', '豪州', '澳大利亚', '호주', '오스트레일리아', 'Австралия', 'Nước Úc', 'ออสเตรเลีย', 'Australya'],
    demonyms: ['Australian', 'Aussie', 'Aussies', 'australiano', 'australiana', 'australien', 'Australier', 'Avustralyalı', 'ऑस्ट्रेलियाई', 'آسٹریلوی', 'オーストラリア人', '호주인', 'австралиец'],
  },
  {
    country: 'NZ',
    names: ['New Zealand', 'NZ', 'N.Z.', 'Aotearoa', 'Nueva Zelanda', 'Nova Zelândia', 'Nuova Zelanda', 'Nouvelle-Zélande', 'Neuseeland', 'Yeni Zelanda', 'Selandia Baru', 'न्यूज़ीलैंड', 'نیوزی لینڈ', 'نيوزيلندا', 'نیوزیلند', 'নিউজিল্যান্ড', 'நியூசிலாந்து', 'న్యూజిలాండ్', 'ニュージーランド', '뉴질랜드', 'Новая Зеландия', 'นิวซีแลนด์'],
    demonyms: ['New Zealander', 'Kiwi', 'Kiwis', 'neozelandés', 'neozelandesa', 'neozelandês', 'Neuseeländer'],
  },
  {
    country: 'IE',
    names: ['Ireland', 'Éire', 'Eire', 'Republic of Ireland', 'Irlanda', 'Irlande', 'Irland', 'İrlanda', 'Irlandia', 'आयरलैंड', 'آئرلینڈ', 'أيرلندا', 'ایرلند', 'আয়ারল্যান্ড', 'அயர்லாந்து', 'ఐర్లాండ్', 'アイルランド', '아일랜드', 'Ирландия', 'ไอร์แลนด์'],
    demonyms: ['Irish', 'irlandés', 'irlandesa', 'irlandês', 'irlandese', 'irlandais', 'Irin', 'İrlandalı', 'アイルランド人', 'ирландец'],
  },
  {
    country: 'NL',
    names: ['Netherlands', 'The Netherlands', 'Holland', 'Nederland', 'Países Bajos', 'Holanda', 'Países Baixos', 'Paesi Bassi', 'Olanda', 'Pays-Bas', 'Niederlande', 'Hollande', 'Hollanda', 'Belanda', 'नीदरलैंड', 'ہالینڈ', 'هولندا', 'هلند', 'নেদারল্যান্ডস', 'நெதர்லாந்து', 'నెదర్లాండ్స్', 'オランダ', '네덜란드', 'Нидерланды', 'Голландия', 'Hà Lan', 'เนเธอร์แลนด์', 'Uholanzi'],
    demonyms: ['Dutch', 'Dutchman', 'Nederlander', 'Nederlandse', 'holandés', 'holandesa', 'holandês', 'olandese', 'néerlandais', 'hollandais', 'Niederländer', 'Holländer', 'Hollandalı', 'Belanda', 'オランダ人', '네덜란드인', 'голландец', 'нидерландец'],
  },
  {
    country: 'ZA',
    names: ['South Africa', 'RSA', 'Mzansi', 'Suid-Afrika', 'Sudáfrica', 'África do Sul', 'Sudafrica', 'Afrique du Sud', 'Südafrika', 'Güney Afrika', 'Afrika Selatan', 'दक्षिण अफ़्रीका', 'दक्षिण अफ्रीका', 'جنوبی افریقہ', 'جنوب أفريقيا', 'آفریقای جنوبی', 'দক্ষিণ আফ্রিকা', 'தென் ஆப்பிரிக்கா', 'దక్షిణాఫ్రికా', '南アフリカ', '남아프리카 공화국', '남아공', 'ЮАР', 'Южная Африка', 'Nam Phi', 'แอฟริกาใต้', 'Afrika Kusini', 'Timog Aprika'],
    demonyms: ['South African', 'South Africans', 'Saffa', 'sudafricano', 'sul-africano', 'sudafricano', 'sud-africain', 'Südafrikaner', 'Güney Afrikalı', 'Mwafrika Kusini'],
  },
  {
    country: 'KE',
    names: ['Kenya', 'Jamhuri ya Kenya', 'Kenia', 'Quênia', 'Quénia', 'केन्या', 'کینیا', 'كينيا', 'কেনিয়া', 'கென்யா', 'కెన్యా', '케냐', 'Кения', 'เคนยา', 'ケニア共和国'],
    demonyms: ['Kenyan', 'Kenyans', 'Mkenya', 'Wakenya', 'keniano', 'queniano', 'kényan', 'Kenianer', 'Kenyalı', 'ケニア人'],
  },
  {
    country: 'TZ',
    names: ['Tanzania', 'Jamhuri ya Muungano wa Tanzania', 'Tanzânia', 'Tanzanie', 'Tansania', 'Tanzanya', 'तंज़ानिया', 'تنزانیہ', 'تنزانيا', 'タンザニア', '탄자니아', 'Танзания'],
    demonyms: ['Tanzanian', 'Mtanzania', 'Watanzania', 'tanzano', 'tanzaniano', 'tanzanien', 'Tansanier'],
  },
  {
    country: 'UG',
    names: ['Uganda', 'Ouganda', 'युगांडा', 'یوگنڈا', 'أوغندا', 'ウガンダ', '우간다', 'Уганда'],
    demonyms: ['Ugandan', 'Mganda', 'Waganda', 'ugandés', 'ugandense', 'ougandais', 'Ugander'],
  },
  {
    country: 'GH',
    names: ['Ghana', 'घाना', 'گھانا', 'غانا', 'ガーナ共和国', '가나', 'Гана'],
    demonyms: ['Ghanaian', 'Ghanaians', 'ghanés', 'ganês', 'ghanéen', 'Ghanaer'],
  },
  {
    country: 'ET',
    names: ['Ethiopia', 'ኢትዮጵያ', 'Etiopía', 'Etiópia', 'Etiopia', 'Éthiopie', 'Äthiopien', 'Etiyopya', 'इथियोपिया', 'ایتھوپیا', 'إثيوبيا', 'اتیوپی', 'エチオピア', '에티오피아', 'Эфиопия', 'Uhabeshi'],
    demonyms: ['Ethiopian', 'ኢትዮጵያዊ', 'Habesha', 'etíope', 'etiope', 'éthiopien', 'Äthiopier', 'Etiyopyalı'],
  },
  {
    country: 'AF',
    names: ['Afghanistan', 'افغانستان', 'د افغانستان', 'अफ़ग़ानिस्तान', 'अफगानिस्तान', 'আফগানিস্তান', 'ஆப்கானிஸ்தான்', 'ఆఫ్ఘనిస్తాన్', 'Afganistán', 'Afeganistão', 'Afganistan', 'アフガニスタン', '아프가니스탄', 'Афганистан'],
    demonyms: ['Afghan', 'Afghani', 'افغان', 'افغانی', 'أفغاني', 'अफ़ग़ान', 'अफगानी', 'afgano', 'afegão', 'Afgan', 'Afganlı', 'Afghane'],
  },
  {
    country: 'NP',
    names: ['Nepal', 'नेपाल', 'सङ्घीय लोकतान्त्रिक गणतन्त्र नेपाल', 'نیپال', 'نيبال', 'নেপাল', 'நேபாளம்', 'నేపాల్', 'ネパール', '네팔', 'Непал', 'เนปาล'],
    demonyms: ['Nepali', 'Nepalese', 'नेपाली', 'نیپالی', 'নেপালি', 'நேபாளி', 'నేపాలీ', 'nepalí', 'nepalês', 'népalais', 'Nepalese', 'Nepalli', 'ネパール人'],
  },
  {
    country: 'LK',
    names: ['Sri Lanka', 'Srilanka', 'Ceylon', 'ශ්‍රී ලංකාව', 'இலங்கை', 'ஸ்ரீலங்கா', 'श्रीलंका', 'سری لنکا', 'سريلانكا', 'শ্রীলঙ্কা', 'శ్రీలంక', 'スリランカ', '스리랑카', 'Шри-Ланка', 'ศรีลังกา'],
    demonyms: ['Sri Lankan', 'Lankan', 'ශ්‍රී ලාංකික', 'இலங்கையர்', 'श्रीलंकाई', 'سری لنکن', 'srilanqués', 'cingalês', 'srilankais', 'Sri-Lanker'],
  },
  {
    country: 'MY',
    names: ['Malaysia', 'Malaisie', 'Malásia', 'Malasia', 'Malesia', 'Malezya', 'मलेशिया', 'ملائیشیا', 'ماليزيا', 'مالزی', 'মালয়েশিয়া', 'மலேசியா', 'మలేషియా', 'マレーシア', '马来西亚', '말레이시아', 'Малайзия', 'มาเลเซีย', 'Msia'],
    demonyms: ['Malaysian', 'Malaysians', 'orang Malaysia', 'malasio', 'malaio', 'malaisien', 'Malaysier', 'Malezyalı', 'マレーシア人'],
  },
  {
    country: 'SG',
    names: ['Singapore', 'Singapura', 'Singapur', 'Singapour', 'Cingapura', 'SG', 'சிங்கப்பூர்', '新加坡', 'सिंगापुर', 'سنگاپور', 'سنغافورة', 'সিঙ্গাপুর', 'సింగపూర్', 'シンガポール', '싱가포르', 'Сингапур', 'สิงคโปร์'],
    demonyms: ['Singaporean', 'Singaporeans', 'singapurense', 'singaporiano', 'singapourien', 'Singapurer', 'Singapurlu'],
  },
  {
    country: 'QA',
    names: ['Qatar', 'Katar', 'Catar', 'قطر', 'दोहा कतर', 'क़तर', 'कतर', 'কাতার', 'கத்தார்', 'ఖతార్', 'カタール国', '카타르', 'Катар', 'กาตาร์'],
    demonyms: ['Qatari', 'قطري', 'قطری', 'catarí', 'catariano', 'qatarien', 'Katarer', 'Katarlı'],
  },
  {
    country: 'KW',
    names: ['Kuwait', 'الكويت', 'کویت', 'कुवैत', 'কুয়েত', 'குவைத்', 'కువైట్', 'Kuveyt', 'Kuwejt', 'Koweït', 'クウェート', '쿠웨이트', 'Кувейт', 'คูเวต'],
    demonyms: ['Kuwaiti', 'كويتي', 'کویتی', 'kuwaití', 'kuwaitiano', 'koweïtien', 'Kuveytli'],
  },
  {
    country: 'OM',
    names: ['Oman', 'Sultanate of Oman', 'عمان', 'عُمان', 'सल्तनत ओमान', 'ओमान', 'ওমান', 'ஓமான்', 'ఒమన్', 'Umman', 'Omán', 'オマーン国', '오만', 'Оман', 'โอมาน'],
    demonyms: ['Omani', 'عماني', 'عمانی', 'omaní', 'omanense', 'omanais', 'Omaner', 'Ummanlı'],
  },
  {
    country: 'BH',
    names: ['Bahrain', 'البحرين', 'بحرین', 'बहरीन', 'বাহরাইন', 'பஹ்ரைன்', 'బహ్రెయిన్', 'Baréin', 'Bahrein', 'Bahreïn', 'Bahreyn', 'バーレーン王国', '바레인', 'Бахрейн', 'บาห์เรน'],
    demonyms: ['Bahraini', 'بحريني', 'بحرینی', 'bareiní', 'bareinita', 'bahreïnien', 'Bahreynli'],
  },
  {
    country: 'JO',
    names: ['Jordan', 'الأردن', 'الاردن', 'اردن', 'जॉर्डन', 'জর্ডান', 'ஜோர்டான்', 'Jordania', 'Jordânia', 'Giordania', 'Jordanie', 'Jordanien', 'Ürdün', 'Yordania', 'ヨルダン・ハシミテ王国', '요르단', 'Иордания'],
    demonyms: ['Jordanian', 'أردني', 'اردني', 'jordano', 'jordaniano', 'giordano', 'jordanien', 'Jordanier', 'Ürdünlü'],
  },
  {
    country: 'LB',
    names: ['Lebanon', 'لبنان', 'लेबनान', 'লেবানন', 'Líbano', 'Libano', 'Liban', 'Libanon', 'Lübnan', 'レバノン', '레바논', 'Ливан'],
    demonyms: ['Lebanese', 'لبناني', 'لبنانی', 'libanés', 'libanês', 'libanese', 'libanais', 'Libanese', 'Lübnanlı'],
  },
  {
    country: 'IQ',
    names: ['Iraq', 'العراق', 'عراق', 'इराक', 'ইরাক', 'ஈராக்', 'Irak', 'Iraque', 'イラク共和国', '이라크', 'Ирак', 'อิรัก'],
    demonyms: ['Iraqi', 'عراقي', 'عراقی', 'iraquí', 'iraquiano', 'iracheno', 'irakien', 'Iraker', 'Iraklı'],
  },
  {
    country: 'SY',
    names: ['Syria', 'سوريا', 'سورية', 'سوریہ', 'سوریه', 'सीरिया', 'সিরিয়া', 'Siria', 'Síria', 'Syrie', 'Syrien', 'Suriye', 'シリア・アラブ共和国', '시리아', 'Сирия'],
    demonyms: ['Syrian', 'سوري', 'شامي', 'سوری', 'sirio', 'sírio', 'siriano', 'syrien', 'Syrer', 'Suriyeli'],
  },
  {
    country: 'PS',
    names: ['Palestine', 'فلسطين', 'فلسطین', 'फ़िलिस्तीन', 'फिलिस्तीन', 'ফিলিস্তিন', 'Palestina', 'Palästina', 'Filistin', 'パレスチナ', '팔레스타인', 'Палестина', 'Gaza', 'غزة', 'West Bank', 'الضفة الغربية'],
    demonyms: ['Palestinian', 'فلسطيني', 'فلسطینی', 'palestino', 'palestinese', 'palestinien', 'Palästinenser', 'Filistinli'],
  },
  {
    country: 'MA',
    names: ['Morocco', 'المغرب', 'مراکش', 'मोरक्को', 'মরক্কো', 'Marruecos', 'Marrocos', 'Marocco', 'Maroc', 'Marokko', 'Maroko', 'モロッコ', '모로코', 'Марокко', 'ⵍⵎⵖⵔⵉⴱ'],
    demonyms: ['Moroccan', 'مغربي', 'مراکشی', 'marroquí', 'marroquino', 'marocchino', 'marocain', 'Marokkaner', 'Faslı'],
  },
  {
    country: 'DZ',
    names: ['Algeria', 'الجزائر', 'الجزاير', 'الجزایر', 'अल्जीरिया', 'Argelia', 'Argélia', 'Algérie', 'Algerien', 'Cezayir', 'Aljazair', 'アルジェリア', '알제리', 'Алжир', 'ⴷⵣⴰⵢⴻⵔ'],
    demonyms: ['Algerian', 'جزائري', 'جزایری', 'argelino', 'algerino', 'algérien', 'Algerier', 'Cezayirli'],
  },
  {
    country: 'TN',
    names: ['Tunisia', 'تونس', 'تیونس', 'Túnez', 'Tunísia', 'Tunisie', 'Tunesien', 'Tunus', 'チュニジア', '튀니지', 'Тунис'],
    demonyms: ['Tunisian', 'تونسي', 'tunecino', 'tunisiano', 'tunisino', 'tunisien', 'Tunesier', 'Tunuslu'],
  },
  {
    country: 'SD',
    names: ['Sudan', 'السودان', 'سوڈان', 'سودان', 'Sudán', 'Sudão', 'Soudan', 'スーダン共和国', '수단', 'Судан'],
    demonyms: ['Sudanese', 'سوداني', 'sudanés', 'sudanês', 'soudanais', 'Sudanesen', 'Sudanlı'],
  },
  {
    country: 'YE',
    names: ['Yemen', 'اليمن', 'یمن', 'यमन', 'Iémen', 'Iêmen', 'Yémen', 'Jemen', 'イエメン共和国', '예멘', 'Йемен'],
    demonyms: ['Yemeni', 'يمني', 'یمنی', 'yemení', 'iemenita', 'yéménite', 'Jemenit', 'Yemenli'],
  },
  {
    country: 'IL',
    names: ['Israel', 'ישראל', 'إسرائيل', 'اسرائیل', 'इज़राइल', 'इस्राइल', 'Israël', 'İsrail', 'イスラエル', '이스라엘', 'Израиль'],
    demonyms: ['Israeli', 'ישראלי', 'إسرائيلي', 'اسرائیلی', 'israelí', 'israelense', 'israeliano', 'israélien', 'Israeli', 'İsrailli'],
  },
  {
    country: 'GR',
    names: ['Greece', 'Hellas', 'Ελλάδα', 'Ελλάς', 'Grecia', 'Grécia', 'Grèce', 'Griechenland', 'Yunanistan', 'Yunani', 'यूनान', 'ग्रीस', 'یونان', 'اليونان', 'ギリシャ', '그리스', 'Греция'],
    demonyms: ['Greek', 'Έλληνας', 'Ελληνίδα', 'griego', 'grego', 'greco', 'grec', 'Grieche', 'Yunan', 'Yunanlı', 'ギリシャ人'],
  },
  {
    country: 'PT',
    names: ['Portugal', 'República Portuguesa', 'Portogallo', 'Portekiz', 'पुर्तगाल', 'پرتگال', 'البرتغال', 'پرتغال', 'ポルトガル', '포르투갈', 'Португалия', 'Bồ Đào Nha'],
    demonyms: ['Portuguese', 'português', 'portuguesa', 'portugueses', 'portugués', 'portoghese', 'portugais', 'Portugiese', 'Portekizli', 'tuga', 'ポルトガル人'],
  },
  {
    country: 'UA',
    names: ['Ukraine', 'Україна', 'Украина', 'Ucrania', 'Ucrânia', 'Ucraina', 'Ukrayna', 'Ukraina', 'यूक्रेन', 'یوکرین', 'أوكرانيا', 'اوکراین', 'ウクライナ', '우크라이나'],
    demonyms: ['Ukrainian', 'українець', 'українка', 'украинец', 'украинка', 'ucraniano', 'ucraino', 'ukrainien', 'Ukrainer', 'Ukraynalı'],
  },
  {
    country: 'PL',
    names: ['Poland', 'Polska', 'Polonia', 'Polônia', 'Polónia', 'Pologne', 'Polen', 'Polonya', 'पोलैंड', 'پولینڈ', 'بولندا', 'لهستان', 'ポーランド', '폴란드', 'Польша'],
    demonyms: ['Polish', 'Polak', 'polaco', 'polonês', 'polacco', 'polonais', 'Polin', 'Polonyalı'],
  },
  {
    country: 'AR',
    names: ['Argentina', 'República Argentina', 'Argentine', 'Argentinien', 'Arjantin', 'अर्जेंटीना', 'ارجنٹائن', 'الأرجنتين', 'آرژانتین', 'アルゼンチン', '아르헨티나', 'Аргентина'],
    demonyms: ['Argentine', 'Argentinian', 'argentino', 'argentina', 'argentinos', 'argentinas', 'argentin', 'Argentinier', 'Arjantinli'],
  },
  {
    country: 'CO',
    names: ['Colombia', 'Colômbia', 'Colombie', 'Kolumbien', 'Kolombiya', 'Kolombia', 'कोलंबिया', 'کولمبیا', 'كولومبيا', 'کلمبیا', 'コロンビア', '콜롬비아', 'Колумбия'],
    demonyms: ['Colombian', 'colombiano', 'colombiana', 'colombianos', 'colombien', 'Kolumbianer', 'Kolombiyalı'],
  },
  {
    country: 'PE',
    names: ['Peru', 'Perú', 'Pérou', 'पेरू', 'پیرو', 'بيرو', 'ペルー共和国', '페루', 'Перу'],
    demonyms: ['Peruvian', 'peruano', 'peruana', 'peruanos', 'péruvien', 'Peruaner', 'Perulu'],
  },
  {
    country: 'CL',
    names: ['Chile', 'República de Chile', 'Chili', 'Cile', 'Şili', 'चिली', 'چلی', 'تشيلي', 'شیلی', 'チリ共和国', '칠레', 'Чили'],
    demonyms: ['Chilean', 'chileno', 'chilena', 'chilenos', 'chilien', 'Chilene', 'Şilili'],
  },
  {
    country: 'VE',
    names: ['Venezuela', 'República Bolivariana de Venezuela', 'Vénézuela', 'वेनेज़ुएला', 'وینزویلا', 'فنزويلا', 'ونزوئلا', 'ベネズエラ', '베네수엘라', 'Венесуэла'],
    demonyms: ['Venezuelan', 'venezolano', 'venezolana', 'venezuelano', 'vénézuélien', 'Venezolaner', 'Venezuelalı'],
  },
  {
    country: 'CH',
    names: ['Switzerland', 'Schweiz', 'Suisse', 'Svizzera', 'Svizra', 'Suiza', 'Suíça', 'İsviçre', 'Swiss', 'स्विट्ज़रलैंड', 'سوئٹزرلینڈ', 'سويسرا', 'سوئیس', 'スイス連邦', '스위스', 'Швейцария'],
    demonyms: ['Swiss', 'Schweizer', 'Schweizerin', 'suisse', 'svizzero', 'svizzera', 'suizo', 'suíço', 'İsviçreli'],
  },
  {
    country: 'SE',
    names: ['Sweden', 'Sverige', 'Suecia', 'Suécia', 'Svezia', 'Suède', 'Schweden', 'İsveç', 'Swedia', 'स्वीडन', 'سویڈن', 'السويد', 'سوئد', 'スウェーデン', '스웨덴', 'Швеция'],
    demonyms: ['Swedish', 'Swede', 'svensk', 'sueco', 'svedese', 'suédois', 'Schwede', 'İsveçli'],
  },
  {
    country: 'NO',
    names: ['Norway', 'Norge', 'Noreg', 'Noruega', 'Norvegia', 'Norvège', 'Norwegen', 'Norveç', 'Norwegia', 'नॉर्वे', 'ناروے', 'النرويج', 'نروژ', 'ノルウェー', '노르웨이', 'Норвегия'],
    demonyms: ['Norwegian', 'norsk', 'nordmann', 'noruego', 'norueguês', 'norvegese', 'norvégien', 'Norweger', 'Norveçli'],
  },
  {
    country: 'BE',
    names: ['Belgium', 'België', 'Belgique', 'Belgien', 'Bélgica', 'Belgio', 'Belçika', 'Belgia', 'बेल्जियम', 'بیلجیم', 'بلجيكا', 'بلژیک', 'ベルギー', '벨기에', 'Бельгия'],
    demonyms: ['Belgian', 'belge', 'Belg', 'Belgier', 'belga', 'Belçikalı'],
  },
  {
    country: 'AT',
    names: ['Austria', 'Österreich', 'Áustria', 'Autriche', 'Avusturya', 'ऑस्ट्रिया', 'آسٹریا', 'النمسا', 'اتریش', 'オーストリア', '오스트리아', 'Австрия'],
    demonyms: ['Austrian', 'Österreicher', 'Österreicherin', 'austriaco', 'austríaco', 'autrichien', 'Avusturyalı'],
  },
  {
    country: 'MM',
    names: ['Myanmar', 'Burma', 'မြန်မာ', 'မြန်မာပြည်', 'म्यांमार', 'میانمار', 'ميانمار', 'মিয়ানমার', 'ミャンマー', '미얀마', 'Мьянма', 'พม่า', 'เมียนมา'],
    demonyms: ['Burmese', 'Myanmar people', 'birmano', 'birmanês', 'birman', 'Myanmarer'],
  },
  {
    country: 'KH',
    names: ['Cambodia', 'Kampuchea', 'កម្ពុជា', 'Camboya', 'Camboja', 'Cambogia', 'Cambodge', 'Kambodscha', 'Kamboçya', 'Kamboja', 'カンボジア', '캄보디아', 'Камбоджа', 'กัมพูชา', 'Campuchia'],
    demonyms: ['Cambodian', 'Khmer', 'camboyano', 'cambojano', 'cambodgien', 'Kambodschaner'],
  },
  {
    country: 'UZ',
    names: ['Uzbekistan', "O'zbekiston", 'Oʻzbekiston', 'Ўзбекистон', 'Узбекистан', 'Özbekistan', 'Uzbekistán', 'Uzbequistão', 'Ouzbékistan', 'Usbekistan', 'ازبکستان', 'أوزبكستان', 'ウズベキスタン', '우즈베키스탄'],
    demonyms: ['Uzbek', "o'zbek", 'узбек', 'Özbek', 'uzbeko', 'usbeque', 'ouzbek', 'Usbeke'],
  },
  {
    country: 'KZ',
    names: ['Kazakhstan', 'Қазақстан', 'Казахстан', 'Kazajistán', 'Cazaquistão', 'Kasachstan', 'Kazakistan', 'Kazakistán', 'قازقستان', 'کازاخستان', 'カザフスタン', '카자흐스탄'],
    demonyms: ['Kazakh', 'Kazakhstani', 'қазақ', 'казах', 'казахстанец', 'Kazak', 'kazajo', 'cazaque', 'kazakh', 'Kasache'],
  },
  {
    country: 'AZ',
    names: ['Azerbaijan', 'Azərbaycan', 'Azerbaycan', 'Azerbaiyán', 'Azerbaijão', 'Azerbaigian', 'Azerbaïdjan', 'Aserbaidschan', 'Азербайджан', 'آذربائیجان', 'أذربيجان', 'جمهوری آذربایجان', 'アゼルバイジャン', '아제르바이잔'],
    demonyms: ['Azerbaijani', 'Azeri', 'Azərbaycanlı', 'Azerbaycanlı', 'Azeri Türk', 'azerbaiyano', 'azerbaijano', 'azéri', 'Aserbaidschaner', 'азербайджанец'],
  },
  {
    country: 'GE',
    names: ['Georgia', 'Sakartvelo', 'საქართველო', 'Géorgie', 'Georgien', 'Gürcistan', 'Грузия', 'گرجستان', 'جورجيا', 'ジョージア国', '조지아', 'Republic of Georgia'],
    demonyms: ['Georgian', 'ქართველი', 'грузин', 'грузинка', 'Gürcü', 'géorgien', 'georgiano', 'Georgier'],
  },
  {
    country: 'AM',
    names: ['Armenia', 'Հայաստան', 'Hayastan', 'Armênia', 'Arménie', 'Armenien', 'Ermenistan', 'Армения', 'ارمنستان', 'أرمينيا', 'アルメニア', '아르메니아'],
    demonyms: ['Armenian', 'հայ', 'армянин', 'армянка', 'Ermeni', 'armenio', 'armênio', 'arménien', 'Armenier'],
  },
  {
    country: 'CY',
    names: ['Cyprus', 'Κύπρος', 'Kıbrıs', 'KKTC', 'Chipre', 'Cipro', 'Chypre', 'Zypern', 'قبرص', 'قبرس', 'キプロス', '키프로스', 'Кипр', 'Northern Cyprus', 'Kuzey Kıbrıs'],
    demonyms: ['Cypriot', 'Κύπριος', 'Kıbrıslı', 'chipriota', 'cipriota', 'chypriote', 'Zyprer'],
  },
];
