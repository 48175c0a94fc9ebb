// Posts here are written for these tests; none comes from shared/data or a blind fixture.
import { describe, expect, it } from 'vitest';
import { classify } from '../classify-for-tests.js';

describe('twenty-sixth blind pass classes', () => {
  it('readsAnOutageWordGluedToANameInMoreHashtags', () => {
    expect(classify('#whatsappfora mais alguém sem conseguir mandar áudio?').services).toEqual(['whatsapp']);
    expect(classify('#instagramko storie che non partono').services).toEqual(['instagram']);
    expect(classify('#telegramgehtnicht seit heute früh').services).toEqual(['telegram']);
  });

  it('takesAnAmbiguousNameBeforeAHindustaniPostpositionAsWhereTheClaimHappens', () => {
    expect(classify('prime pe match ka replay chal hi nahi raha').services).toEqual(['prime-video']);
    expect(classify('steam pe game update 0 B/s pe ruka hua hai').services).toEqual(['steam']);
    expect(classify('signal pe sab messages ek ghante se atke pade hain').services).toEqual(['signal']);
  });

  it('doesNotTakeTheNameWhenAnotherServiceStandsBetweenItAndTheClaim', () => {
    expect(classify('signal pe khada tha, jio ka net nahi chal raha').services).toEqual(['jio']);
  });

  it('readsAnotherAppSaidInPassingToWorkOrNotToBlame', () => {
    expect(classify('insta feed stuck on loading, whatsapp working tho').services).toEqual(['instagram']);
    expect(classify('Spotify no carga nada, Movistar no tiene nada que ver').services).toEqual(['spotify']);
  });

  it('readsIndonesianSignalLostOnAndOff', () => {
    expect(classify('sinyal by.u ilang ilangan mulu').services).toEqual(['telkomsel']);
  });

  it('readsGermanPolitenessAndOutrageIdiomsAsNoFailure', () => {
    expect(classify('Entschuldigt die Störung, kann man bei Telegram Ordner anlegen?').complaint).toBe(false);
    expect(classify('Netflix erhöht schon wieder die Preise, das geht gar nicht').complaint).toBe(false);
    expect(classify('Netflix lädt seit einer Stunde nicht, Störung?').complaint).toBe(true);
  });

  it('readsWhereAHindiGroupWasTakenAsNoFailingService', () => {
    expect(classify('व्हाट्सएप पे वीडियो कॉल कट रही है, ग्रुप सिग्नल पे ले गए').services).toEqual(['whatsapp']);
  });

  it('readsThirdPersonFailuresInRussianFrenchAndGerman', () => {
    expect(classify('Зум не подключает к конференции уже полчаса').services).toEqual(['zoom']);
    expect(classify("Outlook ne reçoit plus rien depuis midi, l'informatique dit que c'est chez Microsoft").services).toEqual(['outlook']);
    expect(classify('Telegram: Nachrichten kommen verspätet an').services).toEqual(['telegram']);
  });

  it('namesDocomoByItsPaymentApp', () => {
    expect(classify('d払い落ちてる？コンビニで払えない').services).toEqual(['ntt-docomo']);
  });

  it('readsSwissGermanAndAStreamThatBreaksOffAfterAWhile', () => {
    expect(classify('Sunrise hüt wieder kei Netz im ganze Dorf').complaint).toBe(true);
    expect(classify('YouTube bricht nach zwei Minuten ab, bei euch auch?').services).toEqual(['youtube']);
  });

  it('tellsApartTwoNamesInUnspacedTextByTheirCharacters', () => {
    // Before, both Thai names had no span and counted as one name, so the national one (LINE) won.
    expect(classify('ไลน์ล่ม เฟซบุ๊กก็ล่ม').services).toEqual(['line', 'facebook']);
  });

  it('bindsAWorksPhraseInUnspacedTextToTheNameRightBeforeIt', () => {
    expect(classify('เฟซบุ๊กล่มอีกแล้ว แต่ไลน์ยังใช้ได้').services).toEqual(['facebook']);
    expect(classify('ไลน์ล่ม เฟซบุ๊กล่ม แต่ยูทูบยังใช้ได้').services).toEqual(['line', 'facebook']);
    // Said of the other name, a recovery denies nothing of the complaint.
    expect(classify('ไลน์กลับมาแล้ว แต่เฟซบุ๊กยังล่มอยู่').services).toEqual(['facebook']);
  });

  it('stillReadsAnUnspacedWorksPhraseAloneOrAskedAsNoComplaint', () => {
    expect(classify('ไลน์ยังใช้ได้').complaint).toBe(false);
    expect(classify('ไลน์ยังใช้ได้ไหม').complaint).toBe(false);
  });

  it('readsADevanagariNameWithOrWithoutItsNukta', () => {
    expect(classify('स्पॉटिफ़ाई नहीं चल रहा आज').services).toEqual(['spotify']);
  });

  it('readsTheIraqiSpellingOfTelegram', () => {
    expect(classify('التلكرام ما يشتغل من الصبح').services).toEqual(['telegram']);
  });

  it('readsASuspectRuledOutWithNoEra', () => {
    expect(classify('no era WhatsApp, es la Vodafone: sin datos en todo el barrio').services).toEqual(['vodafone']);
  });

  it('readsPersianLoggedOutAndPasswordRefused', () => {
    expect(classify('فیسبوک لاگ اوتم کرد و رمزمو قبول نمیکنه').services).toEqual(['facebook']);
  });
});
