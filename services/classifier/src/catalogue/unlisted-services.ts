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

function telecom(
  key: string,
  name: string,
  markets: readonly string[],
  names: { aliases: readonly string[]; ambiguous?: readonly string[]; handles?: readonly string[]; hashtags?: readonly string[] },
): ServiceEntry {
  return {
    id: `${UNLISTED_PREFIX}${key}`,
    name,
    category: 'telecom',
    markets,
    aliases: names.aliases,
    ambiguousAliases: names.ambiguous ?? [],
    handles: names.handles ?? [],
    hashtags: names.hashtags ?? [],
  };
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
  telecom('true-th', 'TrueMove H', ['TH'], { aliases: ['truemove', 'true move', 'truemove h', 'true online', 'ทรูมูฟ', 'ทรูออนไลน์'] }),
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
];
