// Posts here are written for these tests; none comes from shared/data or a blind fixture.
import { describe, expect, it } from 'vitest';
import { classify } from '../classify-for-tests.js';

describe('eighteenth blind pass classes', () => {
  it('takesATelcoOnlyAskedAboutWhileTheAppsFailureIsSaidAsASuspect', () => {
    expect(classify('TIM ha problemi? su whatsapp i messaggi non partono da stamattina', { author_location: 'Torino' }).services).toEqual([
      'whatsapp',
    ]);
    expect(classify('@airtelindia network down hai kya? whatsapp pe photo nahi ja rahi', { author_location: 'Jaipur' }).services).toEqual([
      'whatsapp',
    ]);
    // The network's failure said too: both fail.
    expect(classify('TIM ha problemi? whatsapp non va e internet lentissimo', { author_location: 'Torino' }).services).toEqual(
      expect.arrayContaining(['whatsapp']),
    );
    // Nothing opens: the network, not one app.
    expect(
      classify('airtel ka net chal raha hai kisi ka? whatsapp bhi kuch nahi khul raha', { author_location: 'Jaipur' }).services,
    ).toContain('airtel');
  });

  it('readsFineAfterANameClosingItsClauseAsSaidToWork', () => {
    expect(classify('Gmail fine, Spotify fine, Instagram completely dead tonight').services).toEqual(['instagram']);
    expect(classify('Spotify fine and dandy but Instagram is down').services).toEqual(['instagram']);
  });

  it('takesTheNameBeforeKaMaslaHaiAsTheFindingAndTheSuspectsBeforeItAsNot', () => {
    expect(
      classify('jazz ko call kiya, unhon ne kaha line theek hai, instagram ka masla hai', { author_location: 'Lahore' }),
    ).toMatchObject({
      complaint: true,
      services: ['instagram'],
    });
    // Asked, not found: the app, as the twenty-first pass's labellers read "Etisalat ka masla hai ya whatsapp ka?".
    expect(classify('netflix atak raha hai. jio ka masla hai ya netflix ka?', { author_location: 'Pune' }).services).toEqual(['netflix']);
  });

  it('readsKaamKarnaBandAsStoppedWorking', () => {
    expect(classify('instagram ne kaam karna band kar diya kya', { author_location: 'Delhi' })).toMatchObject({
      complaint: true,
      services: ['instagram'],
    });
    expect(classify('bhai ye instagram band kar de, padhai kar').complaint).toBe(false);
  });

  it('readsGermanIstWegAndExonerationsOfTheNetwork', () => {
    expect(classify('Vodafone kann nix dafür, Instagram ist komplett weg', { author_location: 'Hamburg' })).toMatchObject({
      complaint: true,
      services: ['instagram'],
    });
  });

  it('readsItalianInveceEAsTheFinding', () => {
    expect(classify('Credevo fosse la linea di Fastweb. Invece è Instagram che non va', { author_location: 'Roma' }).services).toEqual([
      'instagram',
    ]);
  });

  it('knowsMoreSpellingsOfWhatsApp', () => {
    expect(classify('vatsap chalat nahi aahe', { author_location: 'Pune' }).services).toEqual(['whatsapp']);
    expect(classify('WA web pe login nahi ho raha', { author_location: 'Delhi' }).services).toEqual(['whatsapp']);
    expect(classify('o wpp não envia nada desde cedo', { author_location: 'Recife' }).services).toEqual(['whatsapp']);
  });

  it('takesTheNameAClefSinglesOutAsTheFailingOne', () => {
    expect(classify('pensavo fosse TIM, invece è proprio Instagram che non va', { author_location: 'Genova' }).services).toEqual([
      'instagram',
    ]);
    expect(classify('Reinicié el módem de Movistar, pero es el Instagram que está caído', { author_location: 'Bilbao' }).services).toEqual([
      'instagram',
    ]);
    expect(classify('Erst dachte ich an Vodafone, aber diesmal ist Instagram schuld', { author_location: 'Bremen' }).services).toEqual([
      'instagram',
    ]);
    expect(classify('Nilidhani ni Airtel, kumbe ni Instagram haifunguki', { author_location: 'Nairobi' }).services).toEqual(['instagram']);
  });

  it('takesNoGuessForAFinding', () => {
    expect(
      classify('paytm aur gpay dono se payment nahi ho raha, lagta hai UPI hi down hai', { author_location: 'Pune' }).services,
    ).toEqual(expect.arrayContaining(['paytm', 'google-pay', 'upi']));
  });

  it('readsMoreOutageAndNewsPhrasesOfTheStream', () => {
    expect(classify('Instagram è KO da stamattina', { author_location: 'Bari' }).complaint).toBe(true);
    expect(classify('Ligt Instagram er nou uit?', { author_location: 'Utrecht' }).complaint).toBe(true);
    expect(
      classify('Instagram down in tutta Italia: gli aggiornamenti in diretta sul nostro sito', { author_location: 'Roma' }).complaint,
    ).toBe(false);
    expect(classify('herkes instagram gitti diyor ama benimki çalışıyordu', { author_location: 'Bursa' }).complaint).toBe(false);
  });

  it('readsAPostThatOnlyAsksWhetherTheServiceIsBackAsAComplaint', () => {
    expect(classify('instagram geri geldi mi?', { author_location: 'Ankara' })).toMatchObject({ complaint: true, services: ['instagram'] });
    expect(classify('spotify è tornato??', { author_location: 'Pisa' })).toMatchObject({ complaint: true, services: ['spotify'] });
    // Answered by its author: back.
    expect(classify('is spotify back? yes, playing again').complaint).toBe(false);
    // Not a return: "up again?" of prices, "works for me?".
    expect(classify('spotify premium up again?? 12.99 now').complaint).toBe(false);
  });

  it('takesATurkishCaseEndingAfterAnApostropheAsMarkingAName', () => {
    expect(classify("wp'de mesajlar gitmiyor, sabahtan beri", { author_location: 'Konya' }).services).toEqual(['whatsapp']);
    expect(classify("X'te bugün garip bir tartışma dönüyor", { author_location: 'Konya' }).complaint).toBe(false);
  });

  it('readsABareNoAfterANameAsTheVerbSaidOfTheOthers', () => {
    expect(classify('Spotify e Netflix vanno, Instagram no.', { author_location: 'Pisa' })).toMatchObject({
      complaint: true,
      services: ['instagram'],
    });
    expect(classify('insta chal raha hai, youtube nahi.', { author_location: 'Delhi' }).services).toEqual(['youtube']);
  });

  it('readsPunjabiViAfterAnAppAsAlsoNotTheTelco', () => {
    expect(classify('mera insta vi nahi chal reha, tuhada?', { author_location: 'Ludhiana' }).services).toEqual(['instagram']);
    expect(classify('Vi ka network nahi chal raha', { author_location: 'Ludhiana' }).services).toEqual(['vi']);
  });

  it('takesTheAppEveryoneWentToAsNoFailure', () => {
    expect(classify("Meno male che c'è Signal. Instagram morto da un'ora", { author_location: 'Parma' }).services).toEqual(['instagram']);
    expect(classify('thank god for telegram, instagram totally dead').services).toEqual(['instagram']);
    expect(classify('PhonePe se payment kar di, par instagram pe screenshot nahi ja raha', { author_location: 'Pune' }).services).toEqual([
      'instagram',
    ]);
  });

  it('readsLoadsFineAsSaidToWork', () => {
    expect(classify("Instagram and Facebook load instantly, WhatsApp won't connect at all").services).toEqual(['whatsapp']);
  });

  it('placesKochiInIndia', () => {
    expect(classify('instagram down?', { author_location: 'Kochi' }).country).toBe('IN');
  });

  it('clearsEveryTelcoWhenTheNetworkIsSaidToWork', () => {
    expect(classify('Indosat down? Bukan, IG nya yg down, sinyal aman kok', { author_location: 'Surabaya' }).services).toEqual([
      'instagram',
    ]);
    // Its own product failing: the telco, though its internet works.
    expect(classify('Movistar Plus+ no carga y el internet de Movistar va perfecto', { author_location: 'Madrid' }).services).toEqual([
      'movistar',
    ]);
  });

  it('readsMoreStreamPhrasesOfTheMetaOutage', () => {
    expect(classify('Tô sem conseguir mandar nada no Instagram desde cedo', { author_location: 'Natal' }).complaint).toBe(true);
    expect(classify("Instagram fonctionne chez quelqu'un ? Ça tourne dans le vide", { author_location: 'Lyon' }).complaint).toBe(true);
    expect(
      classify('Mahallede bir duvar çöktü, Instagram açılmadığı için komşudan öğrendim', { author_location: 'Sivas' }).services,
    ).toEqual(['instagram']);
    expect(classify('PSA: reinstalling Instagram will not fix it, it’s a global outage').complaint).toBe(false);
    expect(classify('instagram loading again!! finally').complaint).toBe(false);
    expect(classify('تويتر شغال بس الانستقرام لا', { author_location: 'الرياض' }).services).toEqual(['instagram']);
    expect(classify('الانستقرام مش بيحملوا خالص، فكرت اورانج فصلت', { author_location: 'القاهرة' }).services).toEqual(['instagram']);
  });

  it('readsTheThirdStreamsClassesOfFindingAndSymptom', () => {
    expect(
      classify("Rebooted the router before realising it's Instagram and not my Virgin wifi", { author_location: 'Leeds' }).services,
    ).toEqual(['instagram']);
    expect(classify("EE is fine, it's Instagram that's broken", { author_location: 'Leeds' }).services).toEqual(['instagram']);
    expect(classify("Full signal on Three and still can't load a single Instagram story", { author_location: 'Leeds' }).services).toEqual([
      'instagram',
    ]);
    expect(classify('Glo data dey work, na Instagram get the problem o', { author_location: 'Lagos' }).services).toEqual(['instagram']);
    expect(classify('jio ka net theek hai phir bhi whatsapp pe ghadi wala icon aa raha', { author_location: 'Agra' }).services).toEqual([
      'whatsapp',
    ]);
    expect(classify('Ho reinstallato Instagram e non mi arriva nemmeno il codice di verifica', { author_location: 'Bari' }).complaint).toBe(
      true,
    );
    expect(classify('Spotify va, Netflix va, Instagram no.', { author_location: 'Roma' }).services).toEqual(['instagram']);
  });

  it('readsClaroQueAsOfCourse', () => {
    expect(classify('Claro que o Instagram ia cair justo hoje', { author_location: 'Recife' }).services).toEqual(['instagram']);
  });

  it('readsOperatorNoticesOfAnotherServicesOutageAsNoComplaint', () => {
    expect(
      classify('Our Instagram support is temporarily unavailable due to a global Instagram outage. We regret the inconvenience.', {
        author_location: 'Mumbai',
      }).complaint,
    ).toBe(false);
  });

  it('readsNoRecoveryInsideWhatTheAuthorThought', () => {
    expect(classify('Pensé que era mi módem, lo reinicié dos veces. Es el Instagram', { author_location: 'Puebla' })).toMatchObject({
      complaint: true,
      services: ['instagram'],
    });
    expect(classify('dachte Vodafone spinnt wieder. nein, Insta ist tot', { author_location: 'Köln' }).services).toEqual(['instagram']);
  });

  it('readsTheAppsStillAliveInIndonesianAsWorking', () => {
    expect(classify('ig nggak bisa, fb nggak bisa. tinggal telegram yang idup', { author_location: 'Bandung' }).services).toEqual([
      'instagram',
      'facebook',
    ]);
  });

  it('takesABareItsOrCestWithTheNameEndingItsClauseAsTheFinding', () => {
    expect(classify('Checked my O2 data, restarted the router twice. It’s Instagram.', { author_location: 'Leeds' }).services).toEqual([
      'instagram',
    ]);
    expect(classify("J'ai redémarré la Livebox pour rien, c'est Instagram qui est HS", { author_location: 'Lyon' }).services).toEqual([
      'instagram',
    ]);
    expect(classify('Myślałam że Orange znowu coś zepsuł, a to Instagram padł', { author_location: 'Kraków' }).services).toEqual([
      'instagram',
    ]);
    // Describing, not finding.
    expect(classify("just tried Threads. it's instagram with a text box").complaint).toBe(false);
  });

  it('readsTheSouthAsiaStreamsClasses', () => {
    expect(classify('Jazz ka net subah se slow, ab insta bhi gaya', { author_location: 'Multan' }).services).toEqual(['jazz', 'instagram']);
    expect(
      classify('pehle laga jio ka net gaya, airtel pe bhi same. insta hi gaya hai bhai', { author_location: 'Nagpur' }).services,
    ).toEqual(['instagram']);
    expect(classify('insta mera vi ni chal reha yaar', { author_location: 'Amritsar' }).services).toEqual(['instagram']);
    expect(classify('dukaan ke orders insta pe aate hain, subah se ek bhi order nahi aaya', { author_location: 'Lahore' }).complaint).toBe(
      true,
    );
    expect(classify('Insta partially back for me, reels still stuck', { author_location: 'Delhi' }).complaint).toBe(true);
    expect(classify('just letting off some steam after a long day').services).toEqual([]);
    expect(
      classify('Hi, the issue you are facing with Instagram is not related to the Jio network. We appreciate your patience.', {
        author_location: 'Mumbai',
      }).complaint,
    ).toBe(false);
  });

  it('takesANameComparedOnTheSameDeviceWithNoFailureAsWorking', () => {
    expect(classify('gmail not loading my inbox. outlook on the same laptop fine').services).toEqual(['gmail']);
    expect(classify('paytm se payment fail, phonepe se same account se ho gaya', { author_location: 'Pune' }).services).toEqual(['paytm']);
    // Failing there too: both.
    expect(classify('gmail not loading, outlook on the same laptop not loading either').services).toEqual(['gmail', 'outlook']);
  });

  it('readsAWorksAfterANameClosingItsClauseAsSaidToWork', () => {
    expect(classify('Instagram works, Snapchat keeps crashing').services).toEqual(['snapchat']);
  });

  it('readsAnotherWayOfPayingAsNoFailure', () => {
    expect(classify('mercado pago dá erro ao processar. paguei no pix do banco mesmo', { author_location: 'Curitiba' }).services).toEqual([
      'mercado-pago',
    ]);
  });

  it('readsAPossessiveAfterItsAsNoFinding', () => {
    expect(classify("Teams calls dropping every few mins. IT say it's Microsoft's end", { author_location: 'Leeds' }).services).toEqual([
      'microsoft-teams',
    ]);
  });

  it('readsTheSecondMetaStreamsClasses', () => {
    expect(classify("twitter works, insta doesn't, snapchat doesn't. so hi everyone").services).toEqual(['instagram', 'snapchat']);
    expect(
      classify('reiniciei o modem achando que era a Claro, mas é o insta que caiu mesmo', { author_location: 'Recife' }).services,
    ).toEqual(['instagram']);
    expect(classify('Instagram e Snapchat morti da stamattina', { author_location: 'Torino' }).services).toEqual(['instagram', 'snapchat']);
    expect(
      classify('Restarted the router, called Sky, then realised Instagram is dead for everyone', { author_location: 'Leeds' }).services,
    ).toEqual(['instagram']);
    expect(classify('Instagram band karne ka waqt aa gaya hai, sirf waqt barbad', { author_location: 'Multan' }).complaint).toBe(false);
  });
});
