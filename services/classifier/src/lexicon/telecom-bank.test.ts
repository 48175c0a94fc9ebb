// Posts here are written for these tests; none comes from shared/data or a blind fixture.
import { describe, expect, it } from 'vitest';
import { classify } from '../classify-for-tests.js';

describe('Telecoms, banks and payments: seventeenth blind pass classes', () => {
  it('readsATurkishBanksMobilAppFailingAsAComplaintWithoutAName', () => {
    expect(classify('halkbank mobil açılmıyor yine, fatura ödeyemedim', { author_location: 'Ankara' }).complaint).toBe(true);
    expect(classify('internet şubesi çalışmıyor sabahtan beri', { author_location: 'İzmir' }).complaint).toBe(true);
  });

  it('keepsMobilAsACarInIndonesianAndMalay', () => {
    expect(classify('mobil mati lagi di tol, harus panggil derek', { author_location: 'Jakarta' }).complaint).toBe(false);
    expect(classify('mobil nggak bisa nyala pagi ini', { author_location: 'Bandung' }).complaint).toBe(false);
  });

  it('readsSignalBesideATelcoOfTheAuthorsMarketAsThePhonesSignal', () => {
    expect(classify('Zong ka signal subah se nahi aa raha, koi aur bhi?', { author_location: 'Karachi' }).services).toEqual(['zong']);
    expect(classify('Jazz ka signal kab se gaya hua hai yaar', { author_location: 'Islamabad' }).services).toEqual(['jazz']);
  });

  it('keepsSignalTheMessengerBesideAnAmbiguousTelcoWhereThePostSpeaksOfMessages', () => {
    expect(classify('Signal no envía mensajes, claro que lo reinicié', { author_location: 'Bogotá' }).services).toContain('signal');
  });

  it('keepsSignalTheMessengerWhereNoTelcoOfTheMarketIsNamed', () => {
    expect(classify('Signal messages not sending since morning, anyone else?', { author_location: 'Berlin' }).services).toEqual(['signal']);
  });

  it('dropsTheSuspectAfterThoughtMyAndPehleLaga', () => {
    expect(
      classify("thought my Vodafone broadband was down but it's Spotify, just spotify won't load anything", {
        author_location: 'Leeds',
      }).services,
    ).toEqual(['spotify']);
    expect(
      classify('pehle laga Airtel ka network gaya, par insta pe sab chal raha, YouTube hi nahi chal raha', {
        author_location: 'Pune',
      }).services,
    ).toEqual(['youtube']);
  });

  it('keepsATelcoNamedAloneAfterThoughtMyAsTheFailingService', () => {
    expect(classify('thought my EE data was just slow but no, EE is totally down here', { author_location: 'Bristol' }).services).toEqual([
      'ee',
    ]);
  });

  it('readsSarcasticThanksAndValueForMoneyAsNoComplaint', () => {
    expect(classify('la linea Vodafone è tornata dopo una giornata, grazie di niente', { author_location: 'Torino' }).complaint).toBe(
      false,
    );
    expect(classify('¿la cuenta remunerada de Ualá sigue rindiendo o ya no conviene?', { author_location: 'Rosario' }).complaint).toBe(
      false,
    );
    expect(classify('a conta do PicPay ainda rende ou não compensa mais?', { author_location: 'Recife' }).complaint).toBe(false);
  });

  it('keepsAnOutageWithSarcasticThanksAsAComplaint', () => {
    expect(classify('Fastweb non funziona da stamattina, grazie di niente', { author_location: 'Milano' }).complaint).toBe(true);
  });

  it('readsSwahiliPriceRisesAndJapaneseFeesAsNoComplaint', () => {
    expect(classify('Airtel wamepandisha bei ya vifurushi tena, si haki kabisa', { author_location: 'Nairobi' }).complaint).toBe(false);
    expect(classify('銀行の振込手数料高くない？また上がった', { author_location: '大阪' }).complaint).toBe(false);
  });

  it('keepsSwahiliAndJapaneseOutagesBesidePriceTalkAsComplaints', () => {
    expect(classify('Safaricom mtandao umekatika tangu asubuhi, na bado wanaongeza bei', { author_location: 'Mombasa' }).complaint).toBe(
      true,
    );
  });

  it('readsHoldingOnTheHelpLineAsTheHelpDeskNotAnOutage', () => {
    expect(classify('jio customer care ne 25 min hold pe rakha phir call cut ho gaya', { author_location: 'Jaipur' }).complaint).toBe(
      false,
    );
    expect(classify('Jio ka net band hai, customer care ne 30 min hold pe rakha', { author_location: 'Delhi' }).services).toEqual(['jio']);
  });

  it('readsNiBeforeWhatIsMissingAsAClaimButNiIdiomsAsNone', () => {
    expect(classify('ni internet ni datos con Movistar desde anoche', { author_location: 'Sevilla' }).services).toEqual(['movistar']);
    expect(classify('ni ganas de abrir Spotify hoy, estoy muerto').complaint).toBe(false);
  });

  it('readsNiAsSpanishNotRomanUrdu', () => {
    expect(classify('ni agua ni luz ni gas en todo el barrio de Movistar ni de nada', { author_location: 'Madrid' }).language).toBe('es');
  });

  it('readsRioplatenseWorksLikeCrapAsAFailureNotAsWorking', () => {
    expect(classify('Claro y Movistar andan como el orto, sin señal en Palermo', { author_location: 'Buenos Aires' }).services).toEqual([
      'claro',
      'movistar',
    ]);
    expect(classify('Claro anda joya hoy, ni un corte', { author_location: 'Buenos Aires' }).complaint).toBe(false);
  });

  it('readsAnIndianCompanysResultsHeadlineAsEnglishNews', () => {
    const result = classify('HDFC Bank posts record Q3 net profit, shares up 2% in early trade', { author_location: 'Mumbai' });
    expect(result.complaint).toBe(false);
    expect(result.language).toBe('en');
  });

  it('readsTheBlameLaidOnAProviderAsTheClaimAndTheOtherThatHasInternetAsWorking', () => {
    expect(
      classify("coupure depuis ce matin, la voisine chez Orange a internet donc c'est Free le problème", {
        author_location: 'Nantes',
      }).services,
    ).toEqual(['free']);
  });

  it('readsTheProblemIsThatAsAStatementNotABlame', () => {
    expect(classify("le problème c'est que je passe ma vie sur TikTok", { author_location: 'Paris' }).complaint).toBe(false);
    expect(classify("le seul problème avec Deezer c'est les pubs", { author_location: 'Paris' }).complaint).toBe(false);
  });
});
