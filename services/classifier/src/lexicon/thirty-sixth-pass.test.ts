// Posts here are written for these tests; none comes from shared/data or a blind fixture.
// The thirty-sixth pass: which services fail (attribution) in the dev set's larger languages:
// English, Hindi and Urdu, Turkish and Portuguese, Telugu, Bengali and Tamil.
import { describe, expect, it } from 'vitest';
import { complainedOf } from '../classify-for-tests.js';

describe('a verb-final clause', () => {
  it('givesItsClosingClaimToTheNameBeforeItsPostposition', () => {
    expect(complainedOf('Zoom pe class join hi nahi ho rahi aur Gmail bhi load nahi ho raha', 'Indore')).toEqual(['gmail', 'zoom']);
    expect(complainedOf("Discord'da sesli kanala bağlanamıyorum, Spotify da açılmıyor", 'İzmir')).toEqual(['discord', 'spotify']);
  });

  it('leavesANameWithNoPostpositionToItsOwnClaim', () => {
    expect(complainedOf('airtel band hone ki wajah se zomato order ka OTP hi nahi aaya', 'Delhi')).toEqual(['airtel']);
  });
});

describe('Turkish "X açılıyor ama" closing its sentence', () => {
  it('saysXWorks_AsEnglishSaysThough', () => {
    expect(complainedOf('telegram mesajları gitmiyor. discord açılıyor ama', 'Bursa')).toEqual(['telegram']);
    expect(complainedOf('spotify şarkı çalmıyor, youtube açık ama', 'Konya')).toEqual(['spotify']);
  });

  it('stillClaimsTheFailureWhenTheSentenceGoesOn', () => {
    expect(complainedOf('Instagram açık ama hiçbir şey yüklenmiyor', 'Adana')).toEqual(['instagram']);
  });
});

describe("a service's own feature beside another said to work", () => {
  it('namesTheFeaturesService', () => {
    expect(complainedOf('messages stuck on one tick for an hour, telegram working fine though', 'Leeds')).toEqual(['whatsapp']);
    expect(complainedOf('mesajlarım tek tikte kaldı yarım saattir', 'Antalya')).toEqual(['whatsapp']);
  });
});

describe('English "works so"', () => {
  it('saysTheOtherServiceWorks', () => {
    expect(complainedOf("Lloyds app keeps logging me out. Monzo works so it's not my phone", 'Bristol')).toEqual(['lloyds']);
    expect(complainedOf('Vi network dead since noon, Airtel data works so posting from that', 'Thane')).toEqual(['vi']);
  });

  it('takesTheOneThingLeftWorking_AsWorking', () => {
    expect(complainedOf('EE has no signal in Croydon, my Vodafone sim is the only thing saving me', 'London')).toEqual(['ee']);
  });
});

describe('an app in use while another fails', () => {
  it('isNotFailing', () => {
    expect(complainedOf("Spotify says 'offline' but I'm sitting here watching Netflix on the same wifi", 'Leeds')).toEqual(['spotify']);
  });
});

describe('Telugu, Tamil and Bengali "works" and "went elsewhere"', () => {
  it('readTheOtherAppsWorkingPhrase', () => {
    expect(complainedOf('instagram lo stories load avvatledu, telegram baane nadustondi', 'Vijayawada')).toEqual(['instagram']);
    expect(complainedOf('Jio la net illa since morning, Airtel sim la nalla work aagudhu', 'Madurai')).toEqual(['jio']);
    expect(complainedOf('gmail e mail ashche na, outlook thik thak', 'Kolkata')).toEqual(['gmail']);
  });

  it('readTheAppTheAuthorWentTo_AsAnAlternative', () => {
    expect(complainedOf('Zomato lo order avvatledu, Swiggy lo order chesa', 'Guntur')).toEqual(['zomato']);
    expect(complainedOf('Swiggy la payment fail aagudhu, Zomato la order pannen', 'Coimbatore')).toEqual(['swiggy']);
    expect(complainedOf('PhonePe te payment hocche na, Paytm diye sathe sathe hoye gelo', 'Siliguri')).toEqual(['phonepe']);
  });
});

describe('a closing run of hashtags', () => {
  it('tagsThePost_ItNamesNoFailingService', () => {
    expect(complainedOf('YT pe video upload nahi ho raha 3 ghante se #vlog #instagram #facebook #viral', 'Jaipur')).toEqual(['youtube']);
  });

  it('stillNamesTheServiceWhenNothingElseDoes', () => {
    expect(complainedOf('nothing loads since morning #instagram #facebook', 'Leeds')).toEqual(['facebook', 'instagram']);
  });
});

describe('national networks and banks outside services.csv', () => {
  it('takeTheFailureFromTheAppsTheyCarry', () => {
    expect(complainedOf('Telstra down in Perth, no data at all, even WhatsApp wont connect', 'Perth')).toEqual([]);
    expect(complainedOf('Ufone ka net subah se band hai, YouTube tak nahi chal raha', 'Multan')).toEqual([]);
  });

  it('areTheFailingBank_NotThePaymentTheAuthorCouldNotMake', () => {
    expect(complainedOf('app do Bradesco fora do ar, não consigo ver o saldo', 'Recife')).toEqual([]);
    expect(complainedOf('Ziraat mobil açılmıyor sabahtan beri, e-Devlet sorunsuz', 'Kayseri')).toEqual([]);
  });

  it('leaveAListedServiceNamedBesideThemToItsOwnClaim', () => {
    expect(complainedOf('HBL app theek chal rahi hai, JazzCash hi nahi khul raha', 'Lahore')).toEqual(['jazzcash']);
  });
});

describe('adverts', () => {
  it('readDmToOrderAndAssineJa_AsSelling', () => {
    expect(complainedOf('Wifi down again? Get our 4G backup router, never go offline. DM to order', 'Pune')).toEqual(['(no complaint)']);
    expect(complainedOf('Internet caiu de novo? Assine já a nossa fibra e ganhe 2 meses grátis', 'Campinas')).toEqual(['(no complaint)']);
  });
});
