// Posts here are written for these tests; none comes from shared/data or a blind fixture.
// Hard negatives: posts that hold an outage word in another sense, or take their claim back,
// each beside a complaint of the same shape that must still count.
import { describe, expect, it } from 'vitest';
import { classify } from '../classify-for-tests.js';

describe('hard negatives', () => {
  it('readsAnOutageWordWithAPercentageAsAFall_ButNotProgressThatStopped', () => {
    expect(classify('spotify down 30% this quarter, analysts say').complaint).toBe(false);
    expect(classify('youtube watch time down by 15% since the redesign').complaint).toBe(false);
    expect(classify('el bitcoin se cayó un 8% esta mañana otra vez').complaint).toBe(false);
    expect(classify('Netflix hisseleri %5 düştü').complaint).toBe(false);
    expect(classify('steam download stuck at 99% for an hour')).toMatchObject({ complaint: true, services: ['steam'] });
    expect(classify('Netflix se queda cargando en 40% y no avanza')).toMatchObject({ complaint: true, services: ['netflix'] });
    expect(classify('whatsapp down, phone at 5% battery and nothing sends')).toMatchObject({ complaint: true, services: ['whatsapp'] });
  });

  it('readsLessScreenTimeAsNoOutage', () => {
    expect(classify('uninstalled instagram and my screen time is down 3 hours, best decision').complaint).toBe(false);
    expect(classify('instagram is down, feed will not load at all')).toMatchObject({ complaint: true, services: ['instagram'] });
  });

  it('readsNoMoreBeforeAFailureNounAsOver_ButNoLongerAsAFailure', () => {
    expect(classify('netflix fixed it, no more buffering tonight').complaint).toBe(false);
    expect(classify('discord update is out, no more crashes for me').complaint).toBe(false);
    expect(classify('netflix keeps buffering every two minutes')).toMatchObject({ complaint: true, services: ['netflix'] });
    expect(classify('spotify no longer loads my playlists')).toMatchObject({ complaint: true, services: ['spotify'] });
  });

  it('readsANoShowAsNoFailure', () => {
    expect(classify('BT engineer was a no-show again, took a day off for nothing').complaint).toBe(false);
    expect(classify('BT broadband not working since the engineer left')).toMatchObject({ complaint: true, services: ['bt'] });
  });

  it('readsAPhoneOnSosAsNoNetwork', () => {
    expect(classify('phone stuck on SOS since lunch, is the network down?').complaint).toBe(true);
    expect(classify('SOS: need a ride home from the station').complaint).toBe(false);
  });

  it('readsABankBranchClosedAsNoFailure', () => {
    expect(classify('क्या शनिवार को SBI की ब्रांच बंद रहती है?').complaint).toBe(false);
    expect(classify('sunday hai, HDFC ki branch band hogi').complaint).toBe(false);
    expect(classify('SBI का ऐप बंद है सुबह से, लॉगिन नहीं हो रहा')).toMatchObject({ complaint: true, services: ['sbi'] });
  });

  it('readsAFriendsCommunityOnAServiceAsWhereTheyAre_NotWhatFails', () => {
    expect(classify('xbox live not connecting for everyone in our discord right now').services).toEqual(['xbox-live']);
    expect(classify('discord down for everyone in our server?')).toMatchObject({ complaint: true, services: ['discord'] });
  });

  it('readsSpanishOfflineViewingAsAFeature_ButAnAppOfflineAsAFailure', () => {
    expect(classify('¿se pueden descargar series de Netflix para verlas sin conexión?').complaint).toBe(false);
    expect(classify('Spotify dice sin conexión todo el rato y tengo wifi')).toMatchObject({ complaint: true, services: ['spotify'] });
  });

  it('readsTheAuthorsOwnDeviceFoundToBeTheCauseAsTakenBack_InSpanishAndTurkish', () => {
    expect(classify('¿YouTube caído? no, era mi router jaja').complaint).toBe(false);
    expect(classify('¿Disney+ caído? falsa alarma, reinicié y listo').complaint).toBe(false);
    expect(classify('youtube çöktü sandım, meğer benim modem kapalıymış').complaint).toBe(false);
    expect(classify('¿se cayó YouTube? no carga nada y mi wifi anda bien')).toMatchObject({ complaint: true, services: ['youtube'] });
    expect(classify('youtube çöktü, hiçbir video açılmıyor')).toMatchObject({ complaint: true, services: ['youtube'] });
  });

  it('readsANoInAClauseOfItsOwnAsAnAnswer_ButANoBeforeARecoveryAsNegatingIt', () => {
    expect(classify('is youtube down? no, it was my router').complaint).toBe(false);
    expect(classify('instagram not working again, third time today')).toMatchObject({ complaint: true, services: ['instagram'] });
    expect(classify('WhatsApp non funziona di nuovo')).toMatchObject({ complaint: true, services: ['whatsapp'] });
  });

  it('readsSignalStuckOnItsOwnStatusLineAsTheApp_ButNoBarsAsThePhonesSignal', () => {
    expect(classify("signal stuck on 'Connecting…' on my laptop too, is it down?")).toMatchObject({
      complaint: true,
      services: ['signal'],
    });
    expect(classify('signal stuck on connecting, phone has no bars since lunch').services).toEqual([]);
  });

  it('takesBackAQuestionItsAuthorAnswersNope_ButNotANoThatBeginsAClaim', () => {
    expect(classify('is discord down? nope, my router was just unplugged lol').complaint).toBe(false);
    expect(classify('¿spotify caído? nah, era el bluetooth').complaint).toBe(false);
    expect(classify('whatsapp down? no messages at all since 9')).toMatchObject({ complaint: true, services: ['whatsapp'] });
    expect(classify('is it back? nope, youtube still down')).toMatchObject({ complaint: true, services: ['youtube'] });
  });

  it('dropsNamesRuledOutInAClauseOfTheirOwn_ButNotANameWhoseClauseGoesOn', () => {
    expect(classify('vi nahi, jio nahi, problem instagram me hai, reels load nahi ho rahe').services).toEqual(['instagram']);
    expect(classify('not vodafone, not o2, it is whatsapp that will not send anything').services).toEqual(['whatsapp']);
    expect(classify('jio nahi chal raha, airtel bhi nahi chal raha').services).toEqual(['jio', 'airtel']);
  });

  it('readsItalianWithoutAnOutageWordAsItalian', () => {
    expect(classify('TIM mi ha cambiato il piano senza dirmi niente. Ovviamente.', { lang: 'es' }).language).toBe('it');
  });
});
