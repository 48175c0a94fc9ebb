// Posts here are written for these tests; none comes from shared/data or a blind fixture.
// Phrasings the scenario generator's outage templates use that the classifier missed
// (test/bench/scenarios-agreement.mjs), each with the everyday sense it must still leave alone.
import { describe, expect, it } from 'vitest';
import { classify } from '../classify-for-tests.js';

describe('phrasings of an outage stream', () => {
  it('readsSpanishFailuresWithTheClitic_ButNotADroppedPhone', () => {
    expect(classify('¿solo a mí se me cayó Discord?')).toMatchObject({ complaint: true, services: ['discord'] });
    expect(classify('se me cae el internet de Movistar cada rato')).toMatchObject({ complaint: true, services: ['movistar'] });
    expect(classify('se me cayó el celu en el bondi y ahora la pantalla de WhatsApp ni se ve').complaint).toBe(false);
    expect(classify('se me cayó el café encima del teclado jajaja').complaint).toBe(false);
  });

  it('readsItalianBlockedForAWhileAsAFailure_ButBlockedBySomeoneAsABan', () => {
    expect(classify('Telegram bloccato da mezz’ora, non arriva niente')).toMatchObject({ complaint: true, services: ['telegram'] });
    expect(classify('sono stata bloccata da instagram senza motivo').complaint).toBe(false);
    expect(classify('mi hanno bloccato su whatsapp, pazienza').complaint).toBe(false);
  });

  it('readsItalianDroppedCallsAsAFailure', () => {
    expect(classify('su whatsapp la chiamata cade di continuo stasera')).toMatchObject({ complaint: true, services: ['whatsapp'] });
    expect(classify('Teams: le chiamate cadono ogni due minuti')).toMatchObject({ complaint: true, services: ['microsoft-teams'] });
  });

  it('readsHindiRepeatedLogoutsAsAFailure_ButNotAHowTo', () => {
    expect(classify('इंस्टाग्राम बार बार लॉगआउट हो रहा है सुबह से')).toMatchObject({ complaint: true, services: ['instagram'] });
    expect(classify('यूट्यूब से लॉगआउट कैसे करें?').complaint).toBe(false);
  });

  it('readsWorkingForAnyoneAsTheAuthorsFailure', () => {
    expect(classify('is discord working for anyone rn?')).toMatchObject({ complaint: true, services: ['discord'] });
    expect(classify('spotify working for you guys? mine just spins')).toMatchObject({ complaint: true, services: ['spotify'] });
  });

  it('readsAGermanVerbFirstQuestionOrClauseFinalNegationAsAboutEveryListedName', () => {
    expect(classify('Funktioniert Teams / Outlook bei euch?').services).toEqual(['microsoft-teams', 'outlook']);
    expect(classify('bei mir läuft Netflix & Spotify nicht')).toMatchObject({ complaint: true, services: ['netflix', 'spotify'] });
    // A comma ends the clause: what is said to work there still works.
    expect(classify('Spotify läuft, Netflix nicht').services).toEqual(['netflix']);
    expect(classify('Netflix funktioniert wieder').complaint).toBe(false);
  });

  it('givesAnAmbiguousNameThatOpensThePostBeforeAColonTheClaimOfThePost', () => {
    expect(classify('yt: mi ha disconnesso e non rientro da ieri sera').services).toEqual(['youtube']);
    expect(classify('snap: the new filters are cute').complaint).toBe(false);
  });

  it('readsPortugueseOnlyMineAsAQuestionBesideTheName', () => {
    expect(classify('só o meu fb tá assim? as fotos não carregam').services).toEqual(['facebook']);
  });

  it('givesAnAmbiguousShortNameTheClaimBeforeItsList', () => {
    expect(classify('y a que moi qui ai plus insta + fb ?').services).toEqual(['instagram', 'facebook']);
  });
});

describe('the WhatsApp outage stream: what the author found the failure to be', () => {
  it('readsTheServiceARevelationNamesAsFailing_AndTheOnesSuspectedBeforeAsNot', () => {
    expect(classify('reset the router, rang Sky support, turns out its Netflix 🙃')).toMatchObject({
      complaint: true,
      services: ['netflix'],
    });
    expect(classify("Superonline'ı aradım, meğer Instagram çökmüş")).toMatchObject({ complaint: true, services: ['instagram'] });
    expect(classify('ho chiamato Iliad tre volte, era Telegram giù')).toMatchObject({ complaint: true, services: ['telegram'] });
    expect(classify('Airtel ko kosa 10 min, galti Instagram ki nikli')).toMatchObject({ complaint: true, services: ['instagram'] });
  });

  it('keepsASuspicionThatHoldsARevelationWordASuspicion', () => {
    // "achei que era a Vivo": "era a" inside the suspicion is no finding.
    expect(classify('o telegram caiu? não carrega nada, achei que era a Claro').services).toEqual(['telegram']);
  });

  it('readsTheOneWronglyBlamedAndTheOneThoughtToFailAsSuspects', () => {
    expect(classify('Thought my Vodafone signal died but everything else loads. Snapchat is broken').services).toEqual(['snapchat']);
    expect(classify('Instagram not loading at all. sorry Jio, not your fault this time').services).toEqual(['instagram']);
  });

  it('readsAnAppSaidFineInPassingAsWorking', () => {
    expect(classify('Telegram and Signal both not sending?? WhatsApp fine though').services).toEqual(['telegram', 'signal']);
  });

  it('readsTheAuthorsPackSaidToBeOnAsTheNetworkWorking', () => {
    expect(classify('Airtel ka data bhi on hai, fir bhi instagram pe kuch load nahi ho raha').services).toEqual(['instagram']);
  });

  it('readsMetasHandleBesideOneOfItsAppsAsAddressingTheMaker', () => {
    expect(classify('@instagram @Meta please fix it, feed not loading').services).toEqual(['instagram']);
    expect(classify('@facebook @instagram both down for me').services).toEqual(['facebook', 'instagram']);
  });

  it('readsItalianDecidedNotToWorkAsAFailure', () => {
    expect(classify('proprio oggi Teams ha deciso di non funzionare')).toMatchObject({ complaint: true, services: ['microsoft-teams'] });
  });

  it('readsATurkishBreakingNewsLeadAsNews', () => {
    expect(classify("SON DAKİKA | Instagram'da erişim sorunu yaşanıyor https://example.com/x").complaint).toBe(false);
  });

  it('givesALoneHashtagWithDiacriticsTheLanguageOfTheAuthorsCountry', () => {
    expect(classify('#instagramçöktü', { author_location: 'Ankara' }).language).toBe('tr');
  });
});

describe('the scenario generator’s remaining disagreements', () => {
  it('readsAWorksPhraseAskedOfANameAsAQuestionWhetherItIsDown', () => {
    expect(classify('kisi ka instagram chal raha hai?')).toMatchObject({ complaint: true, services: ['instagram'] });
    expect(classify('instagram chal raha hai ab, thanks').complaint).toBe(false);
    // A Korean statement softened with a question mark: it works for me?
    expect(classify('저는 카톡 잘 되는데요? 앱 껐다 켜보세요').complaint).toBe(false);
  });

  it('readsEnglishStuckLoginScreensGoneDataAndMessagesNotGoingThrough', () => {
    expect(classify('stuck on the login screen on Fortnite for an hour')).toMatchObject({ complaint: true, services: ['fortnite'] });
    expect(classify('5G gone on Jio again')).toMatchObject({ complaint: true, services: ['jio'] });
    expect(classify("texts aren't going through on Telegram")).toMatchObject({ complaint: true, services: ['telegram'] });
  });

  it('readsAdsAnAppKeepsShowingAsAFeatureComplaint', () => {
    expect(classify('instagram keeps showing me ads for shoes i already bought').complaint).toBe(false);
  });

  it('readsFrenchFailedDownloadsAndAppsOneHasNoMore', () => {
    expect(classify('telegram : les vidéos ne se téléchargent pas')).toMatchObject({ complaint: true, services: ['telegram'] });
    expect(classify('y a que moi qui a plus Snapchat ?').services).toEqual(['snapchat']);
  });

  it('readsGermanLogoutsAndWhereEveryoneWent', () => {
    expect(classify('Instagram hat mich ausgeloggt und ich komme nicht mehr rein').services).toEqual(['instagram']);
    expect(classify('Signal ist down, alle sind jetzt bei Threema').services).toEqual(['signal']);
  });
});

describe('the Meta outage stream: four apps at once', () => {
  it('readsAMakersAppsNamedAsAWholeAsEachFailing', () => {
    const all = ['facebook', 'instagram', 'messenger', 'whatsapp'];
    expect(classify('literally all the meta apps are down, what do we do now').services).toEqual(all);
    expect(classify('se cayeron todas las apps de facebook otra vez').services).toEqual(all);
    expect(classify('the facebook apps could really use a dark mode').complaint).toBe(false);
  });

  it('readsWhatIsSaidToWorkOfATelcoAsDenyingNothingOfTheAppThatFails', () => {
    expect(classify('Telkomsel aman2 aja kok, emang Instagram nya yg lagi error')).toMatchObject({
      complaint: true,
      services: ['instagram'],
    });
  });

  it('readsATelcoTheAppWasTriedOnBesideWifiAsTheNetworkNotTheFailure', () => {
    expect(classify('instagram not loading on Vodafone or on wifi, so not my network').services).toEqual(['instagram']);
    // The telco's own failure stays: nothing else is named.
    expect(classify('no data on Vodafone since 9, wifi at home is fine').complaint).toBe(true);
  });

  it('readsTheConnectionOfATelcoSaidToWorkAsDenyingNothing', () => {
    expect(classify('meu wifi da claro tá normal, o problema é o instagram mesmo')).toMatchObject({
      complaint: true,
      services: ['instagram'],
    });
  });

  it('readsSpanishTheOneThatFailsAfterItsName', () => {
    expect(classify('vodafone funciona perfecto, es instagram el que no va')).toMatchObject({ complaint: true, services: ['instagram'] });
  });

  it('readsBrazilsFaceAsFacebookAndAVivoPhoneAsAPhone', () => {
    expect(classify('o face caiu de novo? não carrega nada').services).toEqual(['facebook']);
    expect(classify('my face when instagram is down again').services).toEqual(['instagram']);
    expect(classify('comprei um celular vivo e o instagram não abre, achei que era o aparelho').services).toEqual(['instagram']);
  });

  it('readsReelsInAComplaintThatNamesNothingAsInstagram', () => {
    expect(classify("reels won't load at all, just grey squares").services).toEqual(['instagram']);
  });
});

describe('rules of one set meeting another', () => {
  it('readsHindiKalAsYesterdayOrTomorrowNotNepaliCall', () => {
    expect(classify('आज दुकान बंद है, कल सुबह आइए').complaint).toBe(false);
  });

  it('keepsTheAppsThatFailWhenAnotherAppIsSaidToWorkOnWifi', () => {
    expect(classify('Hotstar aur Netflix dono nahi chal rahe TV pe, wifi pe YouTube chal raha hai').services).toEqual([
      'jiohotstar',
      'netflix',
    ]);
    expect(classify('insta nahi chal raha, wifi pe sab theek hai').services).toEqual([]);
  });
});

describe('the WhatsApp outage stream from India and Pakistan', () => {
  it('readsMatlabAsAFindingAndATwoLetterNameInItsSlot', () => {
    expect(classify('Airtel ka net gaya kya? nahi, youtube chal raha hai, matlab IG hi gaya').services).toEqual(['instagram']);
  });

  it('readsNothingComingAndGoneTooAsFailures', () => {
    expect(classify('Telegram pe 2 ghante se kuch nahi aa raha').services).toEqual(['telegram']);
    expect(classify('Paytm fail ho raha hai aur Instagram bhi gaya aaj').services).toEqual(['paytm', 'instagram']);
  });

  it('readsATelcoTriedBesideFourGAsTheNetwork', () => {
    expect(classify('Cannot load Instagram. Tried 4G and Jazz broadband both, same. #instagramdown').services).toEqual(['instagram']);
  });

  it('readsATelcoTheAuthorRulesOutAndAFriendsWordAsWhatTheyAre', () => {
    expect(classify('instagram dead for an hour. Jio isnt the problem, checked on wifi too').services).toEqual(['instagram']);
    expect(classify('Dost ne bola Instagram down hai, mera to sara din chalta raha').complaint).toBe(false);
  });

  it('readsWhereEveryoneIsToldToSendAsAnAlternative', () => {
    expect(classify('Instagram chal nahi raha, Telegram pe bhejo sab log').services).toEqual(['instagram']);
  });

  it('readsTheClockSignOfAMessageWaitingToGoInRomanUrduAndHinglish', () => {
    expect(classify('yaar whatsapp pe sirf clock ka nishaan aa raha hai', { author_location: 'Islamabad' }).services).toEqual(['whatsapp']);
    expect(classify('whatsapp me ghadi ka nishan aa raha hai', { author_location: 'Pune' }).services).toEqual(['whatsapp']);
  });
});
