/**
 * National networks that services.csv does not list, known to the classifier so that it can
 * tell what a post is about, and never named in its output (`isUnlisted`).
 *
 * Why: "Globe no signal since 6am, can't open facebook or messenger" is about Globe's network;
 * with Globe unknown, the apps it stops were read as failing, and a Philippine Globe outage
 * would have fed Facebook|PH in the detector. Known here, Globe is the failing telco and the
 * apps are its consequences (`withoutConsequences`), which leaves the complaint with no listed
 * service; its market also places the author ("Ncell" is Nepal).
 *
 * Names that are everyday words ("smart", "globe", "true", "dito" is Tagalog "here") are
 * ambiguous or only listed in phrases that make them the network ("smart signal", "dito sim");
 * the display name counts as a name too (`ServiceCatalogue`), so DITO and True are shown by
 * their longer names.
 * Written from general knowledge of how these networks are named; nothing copied from a dataset.
 */
import type { ServiceEntry } from './types.js';

/** Ids are prefixed so that they can never collide with a services.csv id. */
const UNLISTED_PREFIX = 'unlisted:';

/** Whether a service id is one of these (to be left out of a classification's services). */
export function isUnlisted(id: string): boolean {
  return id.startsWith(UNLISTED_PREFIX);
}

interface UnlistedNames {
  aliases: readonly string[];
  ambiguous?: readonly string[];
  handles?: readonly string[];
  hashtags?: readonly string[];
}

function unlisted(category: string, key: string, name: string, markets: readonly string[] | 'global', names: UnlistedNames): ServiceEntry {
  return {
    id: `${UNLISTED_PREFIX}${key}`,
    name,
    category,
    markets,
    aliases: names.aliases,
    ambiguousAliases: names.ambiguous ?? [],
    handles: names.handles ?? [],
    hashtags: names.hashtags ?? [],
  };
}

function telecom(key: string, name: string, markets: readonly string[], names: UnlistedNames): ServiceEntry {
  return unlisted('telecom', key, name, markets, names);
}

/**
 * A bank or wallet: "bradesco fora do ar, não consigo fazer pix" is Bradesco's failure, "Meezan
 * bank ki app nahi khul rahi, Easypaisa se transfer kiya" names Easypaisa as where it worked.
 */
function bank(key: string, name: string, markets: readonly string[], names: UnlistedNames): ServiceEntry {
  return unlisted('bank', key, name, markets, names);
}

export const UNLISTED_SERVICES: readonly ServiceEntry[] = [
  // Philippines
  telecom('globe', 'Globe', ['PH'], {
    aliases: [
      'globe telecom',
      'globe at home',
      'globeathome',
      'globe sim',
      'globe signal',
      'globe network',
      'globe prepaid',
      'globe postpaid',
      'globe fiber',
      'globe 5g',
      'globe lte',
      'globe data',
      'gomo',
    ],
    ambiguous: ['globe'],
    handles: ['globeph', 'talk2globe', 'globeathome'],
    hashtags: ['globedown', 'globeoutage'],
  }),
  telecom('smart-ph', 'Smart', ['PH'], {
    aliases: [
      'smart communications',
      'smart bro',
      'smartbro',
      'smart sim',
      'smart signal',
      'smart network',
      'smart prepaid',
      'smart postpaid',
      'smart 5g',
      'smart lte',
      'smart data',
      'tnt sim',
    ],
    ambiguous: ['smart'],
    handles: ['smartcares', 'livesmart'],
    hashtags: ['smartdown'],
  }),
  telecom('dito', 'DITO Telecommunity', ['PH'], {
    aliases: ['dito sim', 'dito telecommunity', 'dito telecom', 'dito network', 'dito signal', 'dito 5g', 'dito data'],
    handles: ['dito_ph', 'ditocares'],
    hashtags: ['ditodown'],
  }),
  telecom('pldt', 'PLDT', ['PH'], {
    aliases: ['pldt', 'pldt home', 'pldthome', 'pldt fibr', 'pldt fiber'],
    handles: ['pldt_cares', 'pldthome', 'pldt'],
    hashtags: ['pldtdown'],
  }),
  telecom('converge', 'Converge', ['PH'], {
    aliases: ['converge ict', 'converge fiber', 'converge fibr'],
    ambiguous: ['converge'],
    handles: ['convergeict'],
    hashtags: ['convergedown'],
  }),
  // Bangladesh
  telecom('robi', 'Robi', ['BD'], {
    aliases: ['robi sim', 'robi axiata', 'robi net', 'রবি সিম'],
    ambiguous: ['robi'],
    handles: ['robiaxiata'],
  }),
  telecom('banglalink', 'Banglalink', ['BD'], { aliases: ['banglalink', 'বাংলালিংক'], handles: ['banglalink'] }),
  telecom('teletalk', 'Teletalk', ['BD'], { aliases: ['teletalk', 'টেলিটক'] }),
  // Nepal
  telecom('ncell', 'Ncell', ['NP'], { aliases: ['ncell', 'एनसेल'], handles: ['ncellaxiata', 'ncell'], hashtags: ['nclldown', 'ncelldown'] }),
  telecom('nepal-telecom', 'Nepal Telecom', ['NP'], {
    aliases: ['nepal telecom', 'namaste sim', 'नेपाल टेलिकम', 'टेलिकम'],
    ambiguous: ['ntc'],
    handles: ['ntcofficial'],
  }),
  telecom('worldlink', 'Worldlink', ['NP'], { aliases: ['worldlink', 'world link'], handles: ['worldlinknepal'] }),
  // Vietnam
  telecom('viettel', 'Viettel', ['VN'], { aliases: ['viettel'], hashtags: ['viettel'] }),
  telecom('vnpt', 'VNPT', ['VN'], { aliases: ['vnpt', 'vinaphone'] }),
  telecom('mobifone', 'MobiFone', ['VN'], { aliases: ['mobifone', 'mobiphone'] }),
  telecom('fpt-telecom', 'FPT Telecom', ['VN'], { aliases: ['fpt telecom', 'mạng fpt', 'mang fpt', 'cáp fpt', 'wifi fpt'] }),
  // Thailand
  telecom('ais', 'AIS', ['TH'], {
    aliases: ['ais fibre', 'ais fiber', 'ais 5g', 'เอไอเอส'],
    ambiguous: ['ais'],
    handles: ['ais_thailand'],
  }),
  telecom('true-th', 'TrueMove H', ['TH'], {
    aliases: ['truemove', 'true move', 'truemove h', 'true online', 'ทรูมูฟ', 'ทรูออนไลน์', 'เน็ตทรู', 'ทรูไฟเบอร์'],
    // ทรู is also the English loanword "true" in Thai writing: only with context
    ambiguous: ['ทรู'],
    hashtags: ['ทรูล่ม'],
  }),
  telecom('dtac', 'dtac', ['TH'], { aliases: ['dtac', 'ดีแทค'] }),
  telecom('3bb', '3BB', ['TH'], { aliases: ['3bb'] }),
  // Iran
  telecom('irancell', 'Irancell', ['IR'], { aliases: ['irancell', 'ایرانسل'] }),
  telecom('hamrah-aval', 'Hamrah-e Aval', ['IR'], { aliases: ['همراه اول', 'hamrah aval', 'hamrahe aval'] }),
  telecom('rightel', 'Rightel', ['IR'], { aliases: ['rightel', 'رایتل'] }),
  // Ukraine
  telecom('kyivstar', 'Kyivstar', ['UA'], { aliases: ['kyivstar', 'київстар', 'киевстар', 'київстару', 'київстаром'] }),
  telecom('lifecell', 'lifecell', ['UA'], { aliases: ['lifecell', 'лайфсел', 'лайфселл'] }),
  // Nigeria
  telecom('glo', 'Glo', ['NG'], { aliases: ['globacom', 'glo network', 'glo sim', 'glo data'], ambiguous: ['glo'], handles: ['gloworld'] }),
  telecom('9mobile', '9mobile', ['NG'], { aliases: ['9mobile'] }),
  // United States
  telecom('verizon', 'Verizon', ['US'], {
    aliases: ['verizon', 'verizon wireless', 'vzw', 'fios'],
    handles: ['verizon', 'verizonsupport'],
    hashtags: ['verizondown', 'verizonoutage'],
  }),
  telecom('att', 'AT&T', ['US'], {
    aliases: ['at&t'],
    ambiguous: ['att'],
    handles: ['att', 'atthelp'],
    hashtags: ['attdown', 'attoutage'],
  }),
  telecom('t-mobile', 'T-Mobile', ['US'], {
    aliases: ['t-mobile', 'tmobile', 't mobile'],
    handles: ['tmobile', 'tmobilehelp'],
    hashtags: ['tmobiledown'],
  }),
  telecom('xfinity', 'Xfinity', ['US'], {
    aliases: ['xfinity', 'comcast'],
    handles: ['xfinity', 'comcastcares'],
    hashtags: ['xfinitydown', 'comcastdown'],
  }),
  // Indonesia
  telecom('indosat', 'Indosat', ['ID'], { aliases: ['indosat', 'im3', 'ooredoo indonesia'] }),
  telecom('smartfren', 'Smartfren', ['ID'], { aliases: ['smartfren'] }),
  // Pakistan
  telecom('ufone', 'Ufone', ['PK'], { aliases: ['ufone', 'یوفون'], handles: ['ufone', 'ufonecare'], hashtags: ['ufonedown'] }),
  telecom('stormfiber', 'StormFiber', ['PK'], { aliases: ['stormfiber', 'storm fiber', 'storm fibre'], handles: ['stormfiber'] }),
  telecom('nayatel', 'Nayatel', ['PK'], { aliases: ['nayatel'], handles: ['nayatel'] }),
  // India
  telecom('act-fibernet', 'ACT Fibernet', ['IN'], {
    aliases: ['act fibernet', 'actfibernet', 'act fiber', 'act fibre', 'act broadband'],
    handles: ['actfibernet', 'actcare'],
  }),
  telecom('excitel', 'Excitel', ['IN'], { aliases: ['excitel'], handles: ['excitelcares'] }),
  telecom('hathway', 'Hathway', ['IN'], { aliases: ['hathway'], handles: ['hathway_net'] }),
  // Sri Lanka: "dialog" is an everyday word, named here only as the network
  telecom('dialog', 'Dialog Axiata', ['LK'], {
    aliases: ['dialog axiata', 'dialog network', 'dialog signal', 'dialog sim', 'dialog 4g', 'dialog fibre', 'dialog fiber', 'dialog data'],
    handles: ['dialoglk'],
  }),
  telecom('mobitel', 'Mobitel', ['LK'], { aliases: ['mobitel'], handles: ['mobitel_lk'] }),
  // United Kingdom: "three" is an everyday word, named here only as the network
  telecom('three-uk', 'Three UK', ['GB'], {
    aliases: ['three network', 'three mobile', 'three signal', 'three sim', 'three data', '3 network', '3 mobile'],
    handles: ['threeuk', 'threeuksupport'],
    hashtags: ['threedown', 'threeoutage'],
  }),
  telecom('talktalk', 'TalkTalk', ['GB'], { aliases: ['talktalk', 'talk talk broadband'], handles: ['talktalk', 'talktalkcare'] }),
  // Australia
  telecom('telstra', 'Telstra', ['AU'], { aliases: ['telstra'], handles: ['telstra'], hashtags: ['telstradown', 'telstraoutage'] }),
  telecom('optus', 'Optus', ['AU'], { aliases: ['optus'], handles: ['optus', 'optushelp'], hashtags: ['optusdown', 'optusoutage'] }),
  telecom('spectrum', 'Spectrum', ['US'], {
    aliases: ['spectrum internet', 'spectrum wifi', 'charter spectrum'],
    ambiguous: ['spectrum'],
    handles: ['ask_spectrum'],
  }),
  // Canada
  telecom('rogers', 'Rogers Communications', ['CA'], {
    aliases: ['rogers internet', 'rogers network', 'rogers wireless', 'rogers ignite'],
    handles: ['rogers', 'rogershelps'],
    hashtags: ['rogersdown', 'rogersoutage'],
  }),
  telecom('bell-ca', 'Bell Canada', ['CA'], {
    aliases: ['bell fibe', 'bell internet', 'bell mobility'],
    handles: ['bell', 'bell_support'],
  }),
  telecom('telus', 'Telus', ['CA'], { aliases: ['telus'], handles: ['telus', 'telussupport'] }),
  // South Africa
  telecom('vodacom', 'Vodacom', ['ZA', 'TZ', 'CD', 'MZ', 'LS'], { aliases: ['vodacom'], handles: ['vodacom', 'vodacommunity'] }),
  telecom('cell-c', 'Cell C', ['ZA'], { aliases: ['cell c'], handles: ['cellc'] }),
  // Turkey
  telecom('superonline', 'Superonline', ['TR'], { aliases: ['superonline', 'turkcell superonline'], handles: ['superonline'] }),
  telecom('turknet', 'TürkNet', ['TR'], { aliases: ['türknet', 'turknet'], handles: ['turknet'] }),
  // Brazil and Portugal: "oi" (hi) and "nos" (us) are everyday words, named only as the networks
  telecom('oi', 'Oi Fibra', ['BR'], { aliases: ['oi fibra', 'oi internet', 'oi velox', 'oi telefonia'], handles: ['oioficial'] }),
  telecom('meo', 'MEO', ['PT'], { aliases: ['meo'], handles: ['meo_pt'] }),
  telecom('nos-pt', 'NOS Portugal', ['PT'], { aliases: ['nos internet', 'nos fibra', 'box da nos', 'rede da nos'], handles: ['nos_pt'] }),
  // Mexico
  telecom('telcel', 'Telcel', ['MX'], { aliases: ['telcel'], handles: ['telcel'], hashtags: ['telceldown', 'telcelcaido'] }),
  telecom('izzi', 'izzi', ['MX'], { aliases: ['izzi'], handles: ['izzi', 'izzimx'] }),
  telecom('totalplay', 'Totalplay', ['MX'], { aliases: ['totalplay', 'total play'], handles: ['totalplay'] }),
  // France and Italy
  telecom('sfr', 'SFR', ['FR'], { aliases: ['sfr'], handles: ['sfr', 'sfr_sav'] }),
  telecom('bouygues', 'Bouygues Telecom', ['FR'], { aliases: ['bouygues', 'bouygues telecom'], handles: ['bouyguestelecom'] }),
  telecom('windtre', 'WindTre', ['IT'], { aliases: ['windtre', 'wind tre', 'wind3'], handles: ['windtre'] }),
  // Banks and wallets that services.csv does not list.
  bank('hbl', 'HBL', ['PK'], { aliases: ['hbl', 'habib bank', 'hbl mobile'], handles: ['hblpak'] }),
  bank('meezan', 'Meezan Bank', ['PK'], { aliases: ['meezan bank', 'meezan app', 'میزان بینک'], handles: ['meezanbankltd'] }),
  bank('ubl', 'UBL', ['PK'], { aliases: ['ubl', 'ubl digital'], handles: ['ublofficial'] }),
  bank('mcb', 'MCB', ['PK'], { aliases: ['mcb bank', 'mcb live'] }),
  bank('kotak', 'Kotak Mahindra Bank', ['IN'], { aliases: ['kotak', 'kotak bank', 'kotak 811'], handles: ['kotakbankltd'] }),
  bank('axis-bank', 'Axis Bank', ['IN'], { aliases: ['axis bank', 'axis mobile'], handles: ['axisbank', 'axis_bank'] }),
  bank('pnb', 'Punjab National Bank', ['IN'], { aliases: ['pnb', 'punjab national bank', 'pnb one'], handles: ['pnbindia'] }),
  bank('bank-of-baroda', 'Bank of Baroda', ['IN'], { aliases: ['bank of baroda', 'bob world'], handles: ['bankofbaroda'] }),
  bank('bkash', 'bKash', ['BD'], { aliases: ['bkash', 'বিকাশ অ্যাপ', 'বিকাশে'], handles: ['bkash_limited'] }),
  bank('nagad', 'Nagad', ['BD'], { aliases: ['nagad app', 'nagad account', 'নগদ অ্যাপ'] }),
  bank('bradesco', 'Bradesco', ['BR'], { aliases: ['bradesco'], handles: ['bradesco'] }),
  bank('itau', 'Itaú', ['BR'], { aliases: ['itau', 'itaú'], handles: ['itau'] }),
  bank('banco-do-brasil', 'Banco do Brasil', ['BR'], { aliases: ['banco do brasil'], handles: ['bancodobrasil'] }),
  bank('caixa', 'Caixa Econômica Federal', ['BR'], { aliases: ['caixa tem', 'app da caixa', 'caixa econômica', 'caixa economica'] }),
  bank('picpay', 'PicPay', ['BR'], { aliases: ['picpay'], handles: ['picpay'] }),
  bank('ziraat', 'Ziraat Bankası', ['TR'], { aliases: ['ziraat', 'ziraat bankası', 'ziraat mobil'], handles: ['ziraatbankasi'] }),
  bank('garanti', 'Garanti BBVA', ['TR'], { aliases: ['garanti bbva', 'garanti bankası', 'garanti mobil'], handles: ['garantibbva'] }),
  bank('isbank', 'İş Bankası', ['TR'], { aliases: ['iş bankası', 'is bankasi', 'isbank', 'işcep', 'iscep'], handles: ['isbankasi'] }),
  bank('akbank', 'Akbank', ['TR'], { aliases: ['akbank'], handles: ['akbank'] }),
  bank('yapi-kredi', 'Yapı Kredi', ['TR'], { aliases: ['yapı kredi', 'yapi kredi', 'yapikredi'], handles: ['yapikredi'] }),
  bank('papara', 'Papara', ['TR'], { aliases: ['papara'], handles: ['papara'] }),
  bank('intesa', 'Intesa Sanpaolo', ['IT'], { aliases: ['intesa sanpaolo', 'intesa'], handles: ['intesasanpaolo'] }),
  bank('unicredit', 'UniCredit', ['IT'], { aliases: ['unicredit'], handles: ['unicredit_it'] }),
  bank('natwest', 'NatWest', ['GB'], { aliases: ['natwest'], handles: ['natwest_help'] }),
  bank('monzo', 'Monzo', ['GB'], { aliases: ['monzo'], handles: ['monzo'] }),
  bank('gtbank', 'GTBank', ['NG'], { aliases: ['gtbank', 'gtb app', 'gtworld'], handles: ['gtbank', 'gtbank_help'] }),
  bank('opay', 'OPay', ['NG'], { aliases: ['opay'], handles: ['opay_ng'] }),
  bank('equity-bank', 'Equity Bank', ['KE'], { aliases: ['equity bank', 'equitel'], handles: ['keequitybank'] }),
  // Indonesia and Malaysia: "mandiri" (independent), "dana" (funds), "digi", "tri", "xl" are everyday words
  telecom('xl', 'XL Axiata', ['ID'], {
    aliases: ['xl axiata', 'sinyal xl', 'kartu xl', 'xl prioritas', 'xlhome'],
    ambiguous: ['xl'],
    handles: ['myxl', 'xlcare'],
  }),
  telecom('tri-id', 'Tri Indonesia', ['ID'], { aliases: ['kartu tri', 'sinyal tri', 'bima tri'], handles: ['tri_indonesia'] }),
  telecom('maxis', 'Maxis', ['MY'], { aliases: ['maxis', 'hotlink'], handles: ['maxis', 'maxiscare'] }),
  telecom('celcom', 'CelcomDigi', ['MY'], {
    aliases: ['celcom', 'celcomdigi', 'celcom digi'],
    ambiguous: ['digi'],
    handles: ['celcomdigi'],
  }),
  telecom('u-mobile', 'U Mobile', ['MY'], { aliases: ['u mobile', 'umobile'], handles: ['umobile'] }),
  telecom('unifi', 'Unifi', ['MY'], { aliases: ['unifi', 'tm unifi'], handles: ['unifi', 'helpmeunifi'] }),
  bank('bca', 'BCA', ['ID'], { aliases: ['bca', 'bca mobile', 'mybca', 'm-bca', 'klikbca'], handles: ['halobca'] }),
  bank('bri', 'BRI', ['ID'], { aliases: ['bri', 'brimo', 'bank bri'], handles: ['kontakbri', 'bankbri_id'] }),
  bank('bni', 'BNI', ['ID'], { aliases: ['bni', 'bni mobile', 'wondr'], handles: ['bni46', 'bnicustomercare'] }),
  bank('mandiri', 'Bank Mandiri', ['ID'], {
    aliases: ['bank mandiri', 'livin mandiri', "livin'", 'livin by mandiri'],
    ambiguous: ['mandiri'],
    handles: ['mandiricare'],
  }),
  bank('bsi', 'Bank Syariah Indonesia', ['ID'], { aliases: ['bsi mobile', 'bank bsi'], ambiguous: ['bsi'], handles: ['bankbsi_id'] }),
  bank('maybank', 'Maybank', ['MY'], { aliases: ['maybank', 'maybank2u', 'm2u', 'mae app'], handles: ['maybank'] }),
  bank('cimb', 'CIMB', ['MY'], { aliases: ['cimb', 'cimb clicks', 'cimb octo'], handles: ['cimb_assists'] }),
  unlisted('payments', 'dana-id', 'DANA e-wallet', ['ID'], {
    aliases: ['aplikasi dana', 'saldo dana', 'dana premium'],
    handles: ['danawallet'],
  }),
  unlisted('payments', 'ovo', 'OVO', ['ID'], { aliases: ['ovo'], handles: ['ovo_id'] }),
  unlisted('payments', 'shopeepay', 'ShopeePay', ['ID', 'MY'], { aliases: ['shopeepay', 'shopee pay', 'spaylater'] }),
  unlisted('payments', 'touch-n-go', "Touch 'n Go eWallet", ['MY'], {
    aliases: ["touch 'n go", 'touch n go', 'touchngo', 'tng', 'tng ewallet', 'tngo'],
    handles: ['tngewallet'],
  }),
  unlisted('transport', 'grab', 'Grab app', ['ID', 'MY', 'SG', 'TH', 'VN', 'PH'], {
    aliases: ['grabfood', 'grabcar', 'grab food', 'aplikasi grab', 'app grab'],
    ambiguous: ['grab'],
    handles: ['grabid', 'grabmy'],
  }),
  // Japan and Korea: "au" is a word in other languages (named only as "au回線", "auひかり"), "KT" letters, "토스" a toss
  telecom('au-jp', 'au (KDDI)', ['JP'], { aliases: ['auひかり', 'au回線', 'au 回線', 'kddi'] }),
  telecom('softbank', 'SoftBank', ['JP'], { aliases: ['softbank', 'ソフトバンク', 'ワイモバイル', 'ymobile', 'y!mobile', 'linemo'] }),
  telecom('rakuten-mobile', 'Rakuten Mobile', ['JP'], { aliases: ['楽天モバイル', 'rakuten mobile', '楽天回線'] }),
  unlisted('payments', 'paypay', 'PayPay', ['JP'], { aliases: ['paypay', 'ペイペイ'] }),
  telecom('kt', 'KT Corporation', ['KR'], { aliases: ['케이티', 'kt 인터넷', 'kt인터넷', 'olleh', '올레'], ambiguous: ['kt'] }),
  telecom('skt', 'SK Telecom', ['KR'], { aliases: ['skt', 'sk텔레콤', 'sk브로드밴드', '에스케이텔레콤'] }),
  telecom('lg-uplus', 'LG U+', ['KR'], { aliases: ['lg유플러스', 'lg u+', '유플러스', 'lgu+', '엘지유플러스'] }),
  unlisted('payments', 'kakaopay', 'Kakao Pay', ['KR'], { aliases: ['카카오페이', 'kakaopay', 'kakao pay', '카카오뱅크', '카뱅'] }),
  unlisted('payments', 'toss', 'Toss app', ['KR'], { aliases: ['토스뱅크', '토스 앱', '토스 송금'], ambiguous: ['토스'] }),
  // Germany
  telecom('1und1', '1&1', ['DE'], { aliases: ['1&1', '1und1', '1 und 1'] }),
  bank('sparkasse', 'Sparkasse', ['DE'], { aliases: ['sparkasse', 's-app', 'sparkassen app'] }),
  bank('n26', 'N26', ['DE'], { aliases: ['n26'] }),
  unlisted('transport', 'db-navigator', 'DB Navigator', ['DE'], { aliases: ['db navigator', 'db app', 'bahn app'] }),
  // The Arab world: "زين" is "good", "فوري" "immediate", "du" French and German
  telecom('mobily', 'Mobily', ['SA'], { aliases: ['mobily', 'موبايلي'], handles: ['mobily', 'mobily1100'] }),
  telecom('zain', 'Zain telecom', ['SA', 'KW', 'BH', 'JO', 'IQ'], {
    aliases: ['شبكة زين', 'نت زين', 'زين السعودية', 'zain network'],
    ambiguous: ['zain'],
  }),
  telecom('maroc-telecom', 'Maroc Telecom', ['MA'], { aliases: ['maroc telecom', 'اتصالات المغرب', 'iam maroc'] }),
  telecom('inwi', 'inwi', ['MA'], { aliases: ['inwi', 'إنوي', 'انوي'] }),
  telecom('ogero', 'Ogero', ['LB'], { aliases: ['ogero', 'أوجيرو', 'اوجيرو'] }),
  telecom('we-eg', 'WE (Telecom Egypt)', ['EG'], { aliases: ['المصرية للاتصالات', 'te data', 'تي داتا', 'وي انترنت', 'we internet'] }),
  bank('al-rajhi', 'Al Rajhi Bank', ['SA'], { aliases: ['al rajhi', 'alrajhi', 'الراجحي', 'مصرف الراجحي'] }),
  unlisted('payments', 'instapay-eg', 'InstaPay', ['EG'], { aliases: ['instapay', 'انستاباي', 'انستا باي'] }),
  // Spanish-speaking countries
  telecom('entel', 'Entel', ['CL', 'PE'], { aliases: ['entel'], handles: ['entel'] }),
  unlisted('payments', 'bizum', 'Bizum', ['ES'], { aliases: ['bizum'] }),
  bank('bbva', 'BBVA', ['ES', 'MX'], { aliases: ['bbva'], handles: ['bbva', 'bbva_mex'] }),
  unlisted('payments', 'nequi', 'Nequi', ['CO'], { aliases: ['nequi'] }),
  unlisted('payments', 'yape', 'Yape', ['PE'], { aliases: ['yape'] }),
  unlisted('transport', 'careem', 'Careem', ['PK', 'AE', 'SA', 'EG', 'JO'], { aliases: ['careem', 'کریم ایپ'], handles: ['careem'] }),
  // Russia and its neighbours: "МТС" only in Cyrillic (Latin "MTS" is many things), "Сбер" short for Sberbank
  telecom('mts-ru', 'МТС', ['RU', 'BY'], { aliases: ['мтс', 'mts russia'] }),
  telecom('beeline', 'Beeline', ['RU', 'KZ', 'UZ', 'KG'], { aliases: ['beeline', 'билайн', 'биллайн'] }),
  telecom('megafon', 'MegaFon', ['RU', 'TJ'], { aliases: ['megafon', 'мегафон'] }),
  telecom('tele2-ru', 'Tele2', ['RU', 'KZ'], { aliases: ['tele2', 'теле2'] }),
  bank('sberbank', 'Sberbank', ['RU'], { aliases: ['sberbank', 'сбербанк', 'сбербанк онлайн', 'сбер', 'сбол', 'sber'] }),
  bank('tinkoff', 'Tinkoff', ['RU'], { aliases: ['tinkoff', 'тинькофф', 'тинькоф', 'тинек', 'т-банк'] }),
  unlisted('government', 'gosuslugi', 'Gosuslugi', ['RU'], { aliases: ['gosuslugi', 'госуслуги', 'госуслуг'] }),
  // East Africa
  bank('kcb', 'KCB', ['KE'], { aliases: ['kcb', 'kcb app'], handles: ['kcbgroup'] }),
  telecom('tigo', 'Tigo', ['TZ', 'CO', 'BO', 'PY', 'GT', 'HN', 'SV'], { aliases: ['tigo', 'tigo pesa'] }),
  // Iran: "ملت" is "nation", named only as the bank
  unlisted('transport', 'snapp', 'Snapp', ['IR'], { aliases: ['snapp', 'اسنپ'], handles: ['snapp_support'] }),
  unlisted('shopping', 'digikala', 'Digikala', ['IR'], { aliases: ['digikala', 'دیجی کالا', 'دیجیکالا'] }),
  bank('mellat', 'Bank Mellat', ['IR'], { aliases: ['بانک ملت', 'bank mellat', 'mellat'] }),
  unlisted('payments', 'shaparak', 'Shaparak', ['IR'], { aliases: ['shaparak', 'شاپرک'] }),
  // Streaming services
  unlisted('video', 'twitch', 'Twitch', 'global', { aliases: ['twitch'], handles: ['twitch', 'twitchsupport'], hashtags: ['twitchdown'] }),
  unlisted('video', 'dazn', 'DAZN', ['IT', 'ES', 'DE', 'JP'], { aliases: ['dazn'], handles: ['dazn_it', 'dazn_es'] }),
];
