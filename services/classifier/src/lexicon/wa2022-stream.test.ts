// Posts here are written for these tests; none comes from shared/data or a blind fixture.
// A big outage's stream (WhatsApp, 25 October 2022): how authors ask whether it is back, find
// what failed, and name the app by what it shows.
import { describe, expect, it } from 'vitest';
import { classify } from '../classify-for-tests.js';

describe('the WhatsApp 2022 outage stream', () => {
  it('readsARecoveryAskedThenDeniedAsAQuestionWhetherItIsDown_ButAskedAloneOrAnsweredYesAsARecovery', () => {
    expect(classify('Telegram theek hua kya? mera ab bhi nahi chal raha')).toMatchObject({ complaint: true, services: ['telegram'] });
    expect(classify('Instagram düzeldi mi? Bende hâlâ açılmıyor')).toMatchObject({ complaint: true, services: ['instagram'] });
    expect(classify('Is Discord back? mine still connecting...')).toMatchObject({ complaint: true, services: ['discord'] });
    expect(classify('is snapchat back?').complaint).toBe(false);
    expect(classify('is snapchat back? yes, snaps sending again').complaint).toBe(false);
  });
});

describe('the WhatsApp 2022 outage stream: the failing service among the suspects and the refuges', () => {
  it('givesTheSlotOfAnAlternativeToTheNearestName_NotTheOneAfterIt', () => {
    expect(classify('Tutti su Signal, Telegram non va da stamattina').services).toEqual(['telegram']);
    expect(classify('switch to discord, telegram is dead again').services).toEqual(['telegram']);
  });

  it('readsTheNameBeforeAFindingAsFailing_AndTheSuspectsBeforeAsNot', () => {
    expect(classify('rebooted the router twice for nothing, Instagram is the one that’s down')).toMatchObject({
      complaint: true,
      services: ['instagram'],
    });
    expect(classify("@AskBT sorry, the wifi is fine, Snapchat is what's broken").services).toEqual(['snapchat']);
    expect(classify('Telegram is the one I use most').complaint).toBe(false);
    expect(classify('Instagram is what I open first every morning').complaint).toBe(false);
  });

  it('keepsASuspectNamedAgainAfterTheFindingASuspect_ButNotAnotherNameSaidToFailThere', () => {
    expect(
      classify('Zong theek chal raha hai. Masla Telegram mein hai, mera bhi nahi chal raha. Zong ko kosna band karo').services,
    ).toEqual(['telegram']);
    expect(classify('turns out its telegram, and instagram is down too').services).toEqual(['telegram', 'instagram']);
  });

  it('readsRomanUrduTurkishAndArabicFindingsAsClaims', () => {
    expect(classify('Zong theek chal raha hai, masla Telegram mein hai')).toMatchObject({ complaint: true, services: ['telegram'] });
    expect(classify("Türk Telekom'a kızdım, sorun Instagram'daymış")).toMatchObject({ complaint: true, services: ['instagram'] });
    expect(classify('حسبت الراوتر خربان وطلع السناب هو اللي واقف')).toMatchObject({ complaint: true, services: ['snapchat'] });
    expect(classify('koi masla nahi, sab theek hai').complaint).toBe(false);
    expect(classify('sorun yok, Instagram çalışıyor').complaint).toBe(false);
  });

  it('readsTheOneBlamedWhileWaitingOrApologisedToAsASuspect', () => {
    expect(classify('thinking it was my Jio, but no, Telegram is dead').services).toEqual(['telegram']);
    expect(classify('özür dilerim Turkcell, Instagram çökmüş').services).toEqual(['instagram']);
    expect(classify('convinto che fosse colpa di Fastweb, invece Telegram è giù').services).toEqual(['telegram']);
  });

  it('readsTheAppTurnedToAsARefuge', () => {
    expect(classify('telegram down. discord it is then').services).toEqual(['telegram']);
  });

  // A bare "fine" is not a works phrase: it reaches a name four words back ("card declined at
  // Tesco, Lloyds app shows my balance fine" would make Lloyds work).
  it('readsNoBareFineFourWordsAfterANameAsThatNameWorking', () => {
    expect(classify('card declined at the till, Barclays app shows my balance fine. so embarrassing').services).toEqual(['barclays']);
  });
});

describe('the WhatsApp 2022 outage stream: recaps, reports and the app named by its features', () => {
  it('readsAnOutageDatedInThePastWithItsDurationBeforeTheNameAsARecap_ButTodaysAsAClaim', () => {
    expect(classify("yesterday's three-hour Instagram outage cost brands millions").complaint).toBe(false);
    expect(classify("today's 2 hour Instagram outage is killing me").complaint).toBe(true);
  });

  it('readsANewsroomsReportAsNews', () => {
    expect(classify('BBC News reporting Instagram is down across Europe').complaint).toBe(false);
    expect(classify('no news yet but Instagram is down for me').complaint).toBe(true);
  });

  it('readsItalianAfterTheBlackoutAsARecap', () => {
    expect(classify('dopo il blackout di Instagram chiedono rimborsi per gli utenti').complaint).toBe(false);
    expect(classify('Instagram in blackout da stamattina').complaint).toBe(true);
  });

  it('readsTheAppThatDecidesToDieAsFailing_AndTheOneWorkingForOnceAsWorking', () => {
    expect(classify('Jio is actually working for once and Telegram decides to die')).toMatchObject({
      complaint: true,
      services: ['telegram'],
    });
    expect(classify('finally decided to delete instagram').complaint).toBe(false);
  });

  it('readsWhereEveryoneRanInTurkishAsARefuge', () => {
    expect(classify("Instagram çöktü, herkes Twitter'a koştu").services).toEqual(['instagram']);
  });

  it('namesWhatsAppByItsReadReceiptsLastSeenStatusAndVoiceNotes_InAComplaintThatNamesNothing', () => {
    expect(classify('ultimo accesso bloccato, non riesco a mandare niente').services).toEqual(['whatsapp']);
    expect(classify('status pe video daalna tha, upload hi nahi ho raha').services).toEqual(['whatsapp']);
    expect(classify('voice notes not sending at all since morning').services).toEqual(['whatsapp']);
    expect(classify('my order status is not updating, app keeps crashing').services).toEqual([]);
  });
});

describe('the WhatsApp 2022 outage stream: an app failing after the network was only suspected', () => {
  it('readsAnAppNamedAfterATelcoAsFailingOnItsOwn_WhenAnotherAppIsSaidToWork', () => {
    expect(
      classify("Jio wala router do baar restart kiya. youtube chal raha hai bas telegram 'connecting...' pe atka hua hai").services,
    ).toEqual(['telegram']);
    // The network said to fail first, no app said to work: the app is its consequence.
    expect(classify('Jio ka net bilkul dead hai subah se, telegram nahi khul raha').services).toEqual(['jio']);
  });

  it('namesTheAppByItsFeatureWhenTheOnlyNameIsAnEverydayWord', () => {
    expect(classify('le spunte blu non arrivano e il gruppo è muto').services).toEqual(['whatsapp']);
  });
});

describe('the WhatsApp 2022 outage stream: the author whose app worked throughout', () => {
  it('readsMineWorkedTheWholeTimeAsWorksForMe_ButAnotherDaysWorkingAsNoDenial', () => {
    expect(classify('Insta pe Telegram down ke jokes dekhe, mera to poore time chal raha tha').complaint).toBe(false);
    expect(classify('saw the telegram down posts, mine worked the whole time').complaint).toBe(false);
    expect(classify('kal poore time chal raha tha, aaj subah se telegram nahi chal raha')).toMatchObject({
      complaint: true,
      services: ['telegram'],
    });
  });
});

describe('the WhatsApp 2022 outage stream: the one app that fails', () => {
  it('keepsTheClaimOfANameAfterOnlyToItself_ButSharesAListsClaim', () => {
    expect(classify('Instagram va, YouTube va, solo Telegram è morto').services).toEqual(['telegram']);
    expect(classify('Instagram açılıyor, YouTube açılıyor, sadece Telegram çalışmıyor').services).toEqual(['telegram']);
    expect(classify('Instagram, YouTube and Telegram all down').services).toEqual(['instagram', 'youtube', 'telegram']);
  });
});
