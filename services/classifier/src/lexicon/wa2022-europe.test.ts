// Posts here are written for these tests; none comes from shared/data or a blind fixture.
// The WhatsApp 2022 outage as Turkey, Italy, the UK and the rest of Europe wrote of it: the
// suspects ruled out and the refuges fetched, the telco's own statement, distrust.
import { describe, expect, it } from 'vitest';
import { classify } from '../classify-for-tests.js';

describe('the WhatsApp 2022 stream in Europe: the suspects and the refuges', () => {
  it('readsTheNameSaidToHaveNothingToDoWithItInTurkishAsASuspect_ButNotTheOneSaidToFail', () => {
    expect(classify("Turkcell'le ilgisi yok, Instagram çökmüş").services).toEqual(['instagram']);
    expect(classify("Instagram çökmüş, Turkcell'le alakası yok").services).toEqual(['instagram']);
    expect(classify("Turkcell çekmiyor, Instagram'la ilgisi yok").services).toEqual(['turkcell']);
  });

  it('readsTheTelcoWhoseRouterWasRestartedAsASuspect_ButNotATelcoSaidToFailBeforeTheRestart', () => {
    expect(classify('Riavviato il modem TIM due volte, ma è Telegram che non va').services).toEqual(['telegram']);
    expect(classify('TIM non va da stamattina, riavviato il modem due volte').services).toEqual(['tim']);
    expect(classify('Vodafone-Router neu gestartet, Telegram geht trotzdem nicht').services).toEqual(['telegram']);
    expect(classify('Router neu gestartet, Vodafone Internet geht immer noch nicht').services).toEqual(['vodafone']);
  });

  it('readsWhereEveryoneIsInTurkishAsARefuge_ButNotAnAppEveryoneSaysFailed', () => {
    expect(classify("Instagram yine çöktü, herkes Twitter'da 🍿").services).toEqual(['instagram']);
    expect(classify('herkes Instagram çöktü diyor, bende de açılmıyor').services).toEqual(['instagram']);
  });

  it('readsTheAppJustDownloadedAsARefuge_ButNotTheOneThatFailsAfterAnUpdate', () => {
    expect(classify('just downloaded signal since telegram is down').services).toEqual(['telegram']);
    expect(classify('downloaded the update and telegram still will not open').services).toEqual(['telegram']);
  });
});

describe('the WhatsApp 2022 stream in Europe: what is no complaint', () => {
  it('readsDistrustInTurkishAsNoClaim', () => {
    expect(classify("Telegram'a artık güvenmiyorum").complaint).toBe(false);
    expect(classify('Telegram açılmıyor').complaint).toBe(true);
  });

  it('readsATelcoSpeakingOfItsOwnNetworkAsAStatement_ButACustomerSpeakingOfItAsAClaim', () => {
    expect(classify('Şebekemizde herhangi bir sorun yok, yaşanan sorun Instagram kaynaklı, takipteyiz').complaint).toBe(false);
    expect(classify('Turkcell şebekesi çöktü, hiçbir şey açılmıyor')).toMatchObject({ complaint: true, services: ['turkcell'] });
  });

  it('readsNothingComingThroughOnAnAppAsAClaim_ButNotOfTheLetterbox', () => {
    expect(classify('Telegram open since 9 and nothing comes through')).toMatchObject({ complaint: true, services: ['telegram'] });
    expect(classify('nothing comes through my letterbox these days').complaint).toBe(false);
  });
});

describe('the WhatsApp 2022 stream in Europe: stuck downloads and single ticks', () => {
  it('readsAStuckDownloadInGermanAsAClaim_ThoughDownloadAloneIsNoOutageWord', () => {
    expect(classify('Steam Download hängt seit einer Stunde')).toMatchObject({ complaint: true, services: ['steam'] });
    expect(classify('Steam Download heute gratis, nur noch bis Sonntag').complaint).toBe(false);
  });

  it('readsMessagesLeftOnOneTickInDutchAsAClaim_ButTwoBlueTicksAsNone', () => {
    expect(classify('Ligt Telegram eruit? Berichten blijven op één vinkje')).toMatchObject({ complaint: true, services: ['telegram'] });
    expect(classify('Eindelijk, mijn berichten staan op twee blauwe vinkjes').complaint).toBe(false);
  });
});

describe('the WhatsApp 2022 stream in Europe: back, but only in part', () => {
  it('readsARecoveryThenButAndAPartThatStillFailsAsAClaim_ButNotARecapOfTheOutage', () => {
    expect(classify('funziona di nuovo Telegram ma le foto e i video non si aprono ancora')).toMatchObject({
      complaint: true,
      services: ['telegram'],
    });
    expect(classify("Telegram is back but voice notes still won't download")).toMatchObject({ complaint: true, services: ['telegram'] });
    expect(classify('funziona di nuovo Telegram, ma era giù da tre ore').complaint).toBe(false);
    expect(classify('Telegram is back but it was down for three hours').complaint).toBe(false);
  });
});

describe('the WhatsApp 2022 stream in Europe: the telco whose signal is full', () => {
  it('readsAFullSignalInItalianAsTheTelcoWorking_ButNotAsDenyingItsOwnFailure', () => {
    expect(classify('TIM mi dà 4G pieno ma Telegram non invia niente').services).toEqual(['telegram']);
    expect(classify('TIM non va, zero tacche').services).toEqual(['tim']);
    expect(classify('TIM campo pieno ma internet non va').services).toEqual(['tim']);
  });
});

describe('the WhatsApp 2022 stream in Europe: Italian told from Spanish and Portuguese', () => {
  it('readsUnaFareGiornataAndTornatoAsItalian_ButASpanishPostWithUnaAsSpanish', () => {
    expect(classify('è tornato telegram?').language).toBe('it');
    expect(classify('Chiudete Telegram e andate a fare una passeggiata, è una bella giornata').language).toBe('it');
    expect(classify('Telegram no funciona, una hora sin mensajes').language).toBe('es');
    expect(classify('o telegram voltou? uma hora fora').language).toBe('pt');
  });
});

describe('the WhatsApp 2022 stream in Europe: a parcel slow to come', () => {
  it('readsAParcelsDeliveryTimeInItalianAsNoOutage_ButAnAppThatWillNotLoadBesideItAsOne', () => {
    expect(classify('Preso delle cuffie su Amazon, arriva tra dieci giorni: che lentezza').complaint).toBe(false);
    expect(classify('Amazon non carica, e il mio ordine arriva tra due giorni')).toMatchObject({ complaint: true, services: ['amazon'] });
  });
});

describe('the WhatsApp 2022 stream in Europe: the other app that does work', () => {
  it('readsANameAfterButAndABareYesAsWorking_ButNotAReflexiveSiThatGoesOn', () => {
    expect(classify('Telegram non va ma Instagram sì, strano').services).toEqual(['telegram']);
    expect(classify('Telegram no carga pero Instagram sí.').services).toEqual(['telegram']);
    expect(classify('Telegram non va ma Instagram si blocca anche').services).toEqual(['telegram', 'instagram']);
  });
});
