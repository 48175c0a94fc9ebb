// Posts here are written for these tests; none comes from shared/data or a blind fixture.
import { describe, expect, it } from 'vitest';
import { classify } from '../classify-for-tests.js';

describe('nineteenth blind pass classes', () => {
  it('dropsWhatWasCheckedAndFoundFineBeforeTheFinding', () => {
    expect(
      classify('pehle socha jazz ka package khatam, balance check kiya sab theek hai. whatsapp hi band hai', { author_location: 'Multan' }),
    ).toMatchObject({ complaint: true, services: ['whatsapp'] });
    expect(classify('jio ka net theek chal raha hai, problem whatsapp me hi hai', { author_location: 'Pune' })).toMatchObject({
      complaint: true,
      services: ['whatsapp'],
    });
    // Said of a name, a "works" phrase stays that name's.
    expect(classify('Sky va alla grande, la fibra pure, è Instagram che non carica niente', { author_location: 'Roma' })).toMatchObject({
      complaint: true,
      services: ['instagram'],
    });
    // Both said to work: nothing fails.
    expect(classify('airtel ka net chal raha hai, whatsapp bhi theek hai', { author_location: 'Pune' }).complaint).toBe(false);
  });

  it('readsTheOperatorsAnswerAsAFindingInTurkishArabicAndSpanish', () => {
    expect(classify("Türk Telekom'u aradım sorun yokmuş, Instagram çökmüş", { author_location: 'Bursa' }).services).toEqual(['instagram']);
    expect(classify("Vodafone'u aradım. WhatsApp'ın kendisi gitmiş", { author_location: 'Bursa' }).services).toEqual(['whatsapp']);
    expect(classify('كلمت زين قالوا الشبكة تمام والمشكلة من الواتساب نفسه', { author_location: 'الكويت' }).services).toEqual(['whatsapp']);
    expect(
      classify('Llamé a Orange y me dicen que no es cosa suya, que es Instagram el que falla', { author_location: 'Bilbao' }).services,
    ).toEqual(['instagram']);
    // A name in a hashtag after "issue" is no finding.
    expect(classify('Services restored after a two-hour outage, Meta says it fixed the issue #WhatsAppDown').complaint).toBe(false);
  });

  it('readsASupportDesksReplyAsTheOperatorsVoice', () => {
    expect(
      classify('@deniz_k Merhaba Deniz Bey, Instagram genelinde bir erişim sorunu yaşanmaktadır. Anlayışınız için teşekkür ederiz.')
        .complaint,
    ).toBe(false);
    expect(
      classify('@sara_m Ciao Sara, il disservizio di Instagram non dipende dalla nostra rete. Ti invitiamo a riprovare più tardi.')
        .complaint,
    ).toBe(false);
    expect(
      classify(
        "@jay_p Hi Jay, Instagram is having issues worldwide right now, this isn't related to our network. Thanks for your patience ^Mo",
      ).complaint,
    ).toBe(false);
    // A customer's own complaint to the desk still is one.
    expect(classify('@VodafoneUK my data is not working since 7am, thanks for nothing').complaint).toBe(true);
  });

  it('readsWhatsAppScreensQuotedInTheirLanguagesAsFailures', () => {
    expect(classify('WhatsApp Web mi mostra "Connessione al telefono in corso" da mezz\'ora').services).toEqual(['whatsapp']);
    expect(classify('gruplarda hep "Bu mesaj bekleniyor" yazıyor').services).toEqual(['whatsapp']);
    expect(classify('WhatsApp web fica em "Tentando conectar ao celular" faz 20 min').services).toEqual(['whatsapp']);
    expect(classify('WhatsApp Web sagt seit einer Stunde "Telefon nicht verbunden"').services).toEqual(['whatsapp']);
  });
  it('clearsATelcoWhenAnotherAppWorksOrTheNetworkIsSaidToWorkPastAHandle', () => {
    expect(
      classify('@JioCare net problem hai kya? whatsapp pe msg nahi ja rahe, insta toh chal raha hai', { author_location: 'Surat' })
        .services,
    ).toEqual(['whatsapp']);
    expect(
      classify('@ViCustomerCare whatsapp not sending since noon on my vi sim, rest of the internet working fine', {
        author_location: 'Pune',
      }).services,
    ).toEqual(['whatsapp']);
    expect(
      classify('@airtelindia whatsapp nahi chal raha 2 baje se, data pack bhi active hai', { author_location: 'Kanpur' }).services,
    ).toEqual(['whatsapp']);
    // The network's failure said too: both.
    expect(classify('@JioCare net nahi chal raha aur whatsapp bhi band', { author_location: 'Surat' }).services).toEqual(
      expect.arrayContaining(['jio', 'whatsapp']),
    );
  });
  it('readsAQuestionWhetherOthersHaveItBackAfterStillFailingAsAComplaint', () => {
    expect(classify('mera abhi bhi nahi chal raha, kisi ka instagram chal gaya?', { author_location: 'Karachi' })).toMatchObject({
      complaint: true,
      services: ['instagram'],
    });
    // Said by someone whose own works, it stays no complaint.
    expect(classify('log keh rahe hain instagram down hai, mera to chal raha hai').complaint).toBe(false);
  });

  it('readsTurkishYokAfterOthersWorkAsTheFailure', () => {
    expect(classify('YouTube açılıyor, Twitter açılıyor, Instagram yok.', { author_location: 'Konya' }).services).toEqual(['instagram']);
  });

  it('readsTheClockIconOfAWaitingMessageAsAFailureOfWhatsApp', () => {
    expect(classify('signal full hai phir bhi whatsapp pe har msg pe clock aa raha hai', { author_location: 'Quetta' }).services).toEqual([
      'whatsapp',
    ]);
    expect(classify('Mesajlarım hep saat simgesinde kalıyor, bende mi sorun?', { author_location: 'Kayseri' }).services).toEqual([
      'whatsapp',
    ]);
    expect(classify('as mensagens ficam no reloginho faz meia hora', { author_location: 'Recife' }).services).toEqual(['whatsapp']);
    expect(classify('clock aa raha hai 5 baje, chalo chai peete hain').complaint).toBe(false);
  });
  it('readsAFailureDatedYesterdayAndToldInThePastAsARecap', () => {
    expect(classify('kal instagram band hua to sab ne facebook pe photos daali', { author_location: 'Lahore' }).complaint).toBe(false);
    expect(classify('kal ke instagram outage ke baad sab reels wapas aa gayi', { author_location: 'Lahore' }).complaint).toBe(false);
    // Since yesterday, or a present failure beside "kal" (tomorrow), is now.
    expect(classify('kal se instagram band hai', { author_location: 'Lahore' }).services).toEqual(['instagram']);
    expect(classify('instagram band hai, kal launch hai post kaise karun', { author_location: 'Lahore' }).services).toEqual(['instagram']);
  });

  it('readsHearsayAndNewsOfAnOutageAsNoComplaint', () => {
    expect(
      classify('#InstagramDown trend kar raha hai aur mera insta ekdum mast chal raha hai', { author_location: 'Delhi' }).complaint,
    ).toBe(false);
    expect(classify('mera insta toh theek hai, shayad kuch logon ka hi down hai', { author_location: 'Delhi' }).complaint).toBe(false);
    expect(classify('Instagram is down for users across Europe, with thousands of reports since 9am').complaint).toBe(false);
    expect(classify('koi bata sakta hai instagram ka archive naye phone mein kaise restore karte hain?').complaint).toBe(false);
  });
  it('takesATelcoWhoseBoxWasRestartedOrWhoseOperatorWasCalledAsASuspect', () => {
    expect(
      classify('insta nahi chala to Jio Fiber ka router 4 baar restart kiya, phir bhi nahi chala', { author_location: 'Surat' }).services,
    ).toEqual(['instagram']);
    expect(
      classify('hab die Fritzbox neu gestartet und bei o2 angerufen... instagram ist einfach down', { author_location: 'Köln' }).services,
    ).toEqual(['instagram']);
    // An app opened to check fails nothing.
    expect(
      classify('insta nahi chala to Airtel ka router restart kiya, customer care ko call kiya. phir youtube khola', {
        author_location: 'Surat',
      }).services,
    ).toEqual(['instagram']);
    // The network's own failure after the restart is the telco's.
    expect(classify('restarted the airtel router twice, still no internet', { author_location: 'Pune' }).services).toEqual(['airtel']);
  });

  it('sharesAFailureAcrossAListAfterButOrOnlyPastAnotherNamesWorksPhrase', () => {
    expect(
      classify('@airtelindia my internet is working fine, youtube is working, but whatsapp and instagram are not connecting at all', {
        author_location: 'Chandigarh',
      }).services,
    ).toEqual(['whatsapp', 'instagram']);
    expect(
      classify('net chal raha hai, youtube bhi chal raha hai, bas whatsapp aur insta nahi khul rahe', { author_location: 'Patna' })
        .services,
    ).toEqual(['whatsapp', 'instagram']);
  });

  it('readsAHeadlineWithItsLinkAsNews', () => {
    expect(classify('BBC News - Instagram and WhatsApp hit by global outage https://t.co/abc123').complaint).toBe(false);
    expect(
      classify('Instagram, Facebook suffer massive global outage; users flock to Twitter. Read more: https://t.co/xyz').complaint,
    ).toBe(false);
  });

  it('readsPortugueseAndSpanishFindingsAfterTheSuspects', () => {
    expect(
      classify('achei que era a Claro, reiniciei o modem... era o insta e o face tudo fora', { author_location: 'Recife' }).services,
    ).toEqual(['instagram', 'facebook']);
    expect(
      classify('pensaba que era el router de Orange. pues no, es Instagram que se ha caído', { author_location: 'Bilbao' }).services,
    ).toEqual(['instagram']);
  });
  it('readsAnotherAppThatDidItAsWorkingAndTheOperatorClearedInTurkish', () => {
    expect(classify('@PhonePe payment baar baar fail. Paytm se turant ho gaya', { author_location: 'Nagpur' }).services).toEqual([
      'phonepe',
    ]);
    expect(classify('@VodafoneTR sorun sizde değilmiş, YouTube komple çökmüş', { author_location: 'Bursa' }).services).toEqual(['youtube']);
  });

  it('readsRefusalsAndDroppedCallsAsFailures', () => {
    expect(classify("Gmail's fine, it's Outlook on my laptop that refuses to sync @Outlook").services).toEqual(['outlook']);
    expect(classify('teams calls connect then drop after 5 sec, zoom is fine').services).toEqual(['microsoft-teams']);
  });

  it('readsMaintenanceAnnouncedByTheOperatorAsNoComplaint', () => {
    expect(classify('Opération de maintenance prévue cette nuit sur le réseau Orange, de courtes coupures sont possibles.').complaint).toBe(
      false,
    );
    expect(classify('Planlı bakım çalışması nedeniyle gece 02:00-04:00 arası Turkcell hizmetlerinde kesinti olabilir.').complaint).toBe(
      false,
    );
  });

  it('readsHowMuchSignalAsTheNetworksNotTheMessenger', () => {
    expect(classify('wala signal since umaga dito sa Cavite, ano na?').services).toEqual([]);
    // with a word or two between the amount and "signal" (31st pass)
    expect(classify('wala na namang signal dito sa Laguna, pano mag-online?').services).toEqual([]);
    expect(classify('no mobile signal at all since 9am @EE', { author_location: 'Leeds' }).services).toEqual(['ee']);
  });
  it('readsMoreWaysToSayTheAppIsDownAfterOthersWereFine', () => {
    expect(
      classify("BT broadband's fine, EE on my phone's fine, Instagram is very much not fine", { author_location: 'Leeds' }).services,
    ).toEqual(['instagram']);
    expect(classify('Is Instagram off for everyone? my data is fine').services).toEqual(['instagram']);
    expect(classify('Vodafone ist unschuldig, bei mir geht bei Instagram seit 9 nix mehr', { author_location: 'Köln' }).services).toEqual([
      'instagram',
    ]);
    expect(
      classify('jio ko gaaliyan di, phir dekha youtube chal raha hai. insta hi bethi hui hai', { author_location: 'Indore' }).services,
    ).toEqual(['instagram']);
    expect(classify('Airtel I am sorry. It was Instagram all along', { author_location: 'Lagos' }).services).toEqual(['instagram']);
  });

  it('readsWorksForMeAndReturnsInUrduArabicAndPortuguese', () => {
    expect(classify('میرا انسٹاگرام تو چل رہا ہے، شاید آپ کے نیٹ کا مسئلہ ہو').complaint).toBe(false);
    expect(classify('عودة خدمات انستغرام للعمل بعد عطل استمر ساعة').complaint).toBe(false);
    expect(classify('acordei e o insta já tinha voltado, nem vi a queda').complaint).toBe(false);
  });

  it('takesWhatWasDownloadedInsteadAsNoFailure', () => {
    expect(classify('Instagram çöktü diye Telegram indirdim, kimse yok orada', { author_location: 'İzmir' }).services).toEqual([
      'instagram',
    ]);
  });
  it('takesTheMobileNetworkWhenTheAppsWorkOnAnotherNetworksWifi', () => {
    expect(
      classify("Vodafone'da YouTube açılmıyor, evdeki Türk Telekom wifi'ye geçince düzeliyor.", { author_location: 'Ankara' }).services,
    ).toEqual(['vodafone']);
    expect(
      classify('Instagram ga bisa dibuka pake Telkomsel, ganti ke wifi IndiHome langsung lancar.', { author_location: 'Bandung' }).services,
    ).toEqual(['telkomsel']);
    // Another app named on the Wi-Fi still fails on its own.
    expect(
      classify('Netflix aur Prime dono nahi chal rahe TV pe, wifi pe YouTube chal raha hai', { author_location: 'Pune' }).services,
    ).toEqual(['netflix', 'prime-video']);
  });

  it('readsAnotherServiceSaidFineOrWorkingInAClauseOfItsOwn', () => {
    expect(classify("Teams keeps saying 'We couldn't connect you'. Zoom call right before was fine").services).toEqual(['microsoft-teams']);
    expect(classify('messenger not delivering anything, fb app itself fine').services).toEqual(['messenger']);
    expect(classify("HSBC app won't let me log in, 'Something's gone wrong', Barclays app works so it's not my phone").services).toEqual([
      'hsbc',
    ]);
  });
  it('takesATelcoOnlyNamedBesideAnAppsFailureAsNoFailureOfItsOwn', () => {
    expect(classify('Jio pe instagram ki reels load nahi ho rahi subah se', { author_location: 'Indore' }).services).toEqual(['instagram']);
    expect(classify('On Vodafone and Instagram keeps saying couldn’t refresh feed', { author_location: 'Leeds' }).services).toEqual([
      'instagram',
    ]);
    // The network's own failure said: the telco.
    expect(
      classify('Jazz walon ka internet kisi ka bhi nahi chal raha, instagram tak nahi khulta', { author_location: 'Multan' }).services,
    ).toContain('jazz');
  });
  it('takesATelcoOnlyAskedWhileSeveralAppsFailAsASuspect', () => {
    expect(
      classify('@TurkcellHizmet internet mi gitti? instagram yenilenmiyor youtube açılmıyor', { author_location: 'İzmir' }).services,
    ).toEqual(['instagram', 'youtube']);
    // Said, not asked, the network's failure blames the telco.
    expect(classify('Turkcell internet gitti, instagram da youtube da açılmıyor', { author_location: 'İzmir' }).services).toContain(
      'turkcell',
    );
  });

  it('readsMoreFindingsAfterTheSuspects', () => {
    expect(
      classify('Restarted my Virgin router 3 times before realising Instagram is down everywhere', { author_location: 'Leeds' }).services,
    ).toEqual(['instagram']);
    expect(
      classify('Liguei na Vivo achando que era minha internet, o atendente disse que é o Instagram', { author_location: 'Recife' })
        .services,
    ).toEqual(['instagram']);
    expect(
      classify('Messenger me dit « en attente de connexion » depuis 1h. J’ai rebooté la box SFR pour rien', { author_location: 'Lille' })
        .services,
    ).toEqual(['messenger']);
  });

  it('readsWhatsAfterASpanishOrPortugueseArticleAsWhatsApp', () => {
    expect(classify('Pensé que era Telcel pero no, es el whats que no manda nada', { author_location: 'Puebla' }).services).toEqual([
      'whatsapp',
    ]);
    expect(classify("what's the best app for notes?").services).toEqual([]);
  });
  it('sharesAFailureAcrossAListAfterAClauseOfAnotherNamesWorks', () => {
    expect(
      classify('جاز کا انٹرنیٹ بالکل ٹھیک چل رہا ہے، یوٹیوب اور انسٹاگرام دونوں بند ہیں', { author_location: 'لاہور' }).services,
    ).toEqual(['youtube', 'instagram']);
    // What went through or loads is said to work.
    expect(classify('Airtel fine, M-Pesa went through. instagram is dead', { author_location: 'Nairobi' }).services).toEqual(['instagram']);
    expect(classify('Movistar va bien, Netflix carga. Instagram y Facebook no', { author_location: 'Sevilla' }).services).toEqual([
      'instagram',
      'facebook',
    ]);
  });

  it('readsGermanNichtGehenAndEnglishAllGoneAsFailures', () => {
    expect(
      classify('Router neu gestartet, und dann seh ich dass Insta und YouTube nicht gehen', { author_location: 'Köln' }).services,
    ).toEqual(['instagram', 'youtube']);
    expect(classify("It's not the ISP lads, Instagram and Facebook are all gone").services).toEqual(['instagram', 'facebook']);
  });
  it('placesTheAuthorInTheMarketOfATelcoNamedOnlyAsASuspect', () => {
    expect(classify('Jio pe instagram ki reels load nahi ho rahi subah se')).toMatchObject({
      services: ['instagram'],
      country: 'IN',
      countrySource: 'hint',
    });
  });
  it('readsNamesListedBeforeWorkingAsSaidToWork', () => {
    expect(
      classify("Instagram not loading, just 'Couldn't refresh feed'. Airtel is fine, YouTube and WhatsApp working. is insta down?")
        .services,
    ).toEqual(['instagram']);
    expect(classify('SBI YONO login fail. Jio 5G fully working, Gpay also working', { author_location: 'Vizag' }).services).toEqual([
      'sbi',
    ]);
  });

  it('readsAnApologyToTheOperatorAndWhereToWriteInstead', () => {
    expect(classify("Airtel I'm sorry I blamed you, it was Instagram").services).toEqual(['instagram']);
    expect(classify('bro instagram nhi chalra, whatsapp pe dm kr', { author_location: 'Pune' }).services).toEqual(['instagram']);
  });
});
