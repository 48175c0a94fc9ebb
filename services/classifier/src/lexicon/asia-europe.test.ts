// Posts here are written for these tests; none comes from shared/data or a blind fixture.
import { describe, expect, it } from 'vitest';
import { classify } from '../classify-for-tests.js';

describe('East Asian and European posts: seventeenth blind pass classes', () => {
  it('readsAServiceSaidToBeDeadInJapaneseAsAClaim', () => {
    expect(classify('Steam死んでる？ストアも開かない').services).toEqual(['steam']);
    expect(classify('仕事が多すぎて疲れて死んでる').complaint).toBe(false);
  });

  it('readsFailingAnExamAndPretendingAnAppIsDownInJapaneseAsNoComplaint', () => {
    expect(classify('面接落ちた…今日はLINEも見たくない').complaint).toBe(false);
    expect(classify('暇だしLINE落ちたことにしよう').complaint).toBe(false);
    expect(classify('LINE落ちた？メッセージ送れない').services).toEqual(['line']);
  });

  it('readsWhatFailedBeforeShiBaiInChineseAsAClaim', () => {
    expect(classify('Instagram 上傳失敗，試了好幾次').services).toEqual(['instagram']);
    expect(classify('Spotify 下载失败，一直转圈').services).toEqual(['spotify']);
    expect(classify('Instagram 上傳成功了，謝謝').complaint).toBe(false);
  });

  it('readsCantoneseEnglishVerbsBeforeWuDouAsClaims', () => {
    expect(classify('Netflix 成晚load唔到').services).toEqual(['netflix']);
    expect(classify('Netflix 今晚睇咩好').complaint).toBe(false);
  });

  it('readsAFailedCourseLowSpiritsAndBeingDoneWithAnAppInChineseAsNoComplaint', () => {
    expect(classify('這學期又掛了一科，心情down').complaint).toBe(false);
    expect(classify('Spotify 廣告越來越多，不想用了').complaint).toBe(false);
    expect(classify('Spotify 不能用了，一直轉圈').services).toEqual(['spotify']);
  });

  it('readsAnAppWorkingNormallyInThaiWithItsNameInsideThePhraseAsNoComplaint', () => {
    expect(classify('ตอนนี้ใช้เฟสได้ปกตินะ').complaint).toBe(false);
    expect(classify('เฟสเข้าไม่ได้เลย').complaint).toBe(true);
  });

  it('readsSpanishIrForWorkingButNotItsFuture', () => {
    expect(classify('Spotify no me va desde esta mañana').services).toEqual(['spotify']);
    expect(classify('Movistar no va, ni datos ni llamadas', { author_location: 'Sevilla' }).services).toEqual(['movistar']);
    expect(classify('no me va a dar tiempo de ver Netflix hoy').complaint).toBe(false);
  });

  it('readsTheOfflineModeOfAnAppInSpanishAsNoComplaint', () => {
    expect(classify('¿se puede escuchar sin conexión en Spotify gratis?').complaint).toBe(false);
    expect(classify('Spotify sin conexión desde esta mañana').services).toEqual(['spotify']);
  });

  it('readsFlemishPlatAfterANameAsAClaimButNotFrenchPlat', () => {
    expect(classify('Instagram plat, niks laadt').services).toEqual(['instagram']);
    expect(classify('mon plat préféré sur Uber Eats ce soir').complaint).toBe(false);
  });

  it('readsPolishSmigaOfAnotherServiceAsWorksNotAsARecovery', () => {
    expect(classify('Instagram nie ładuje zdjęć, a WhatsApp normalnie śmiga').services).toEqual(['instagram']);
    expect(classify('Instagram już śmiga, naprawili').complaint).toBe(false);
  });

  it('readsAPolishNewsExplainerAsNoComplaint', () => {
    expect(classify('Wyjaśniamy, dlaczego Discord nie działa u wielu osób').complaint).toBe(false);
    expect(classify('Wczoraj padł Discord – co się stało? Wyjaśniamy').complaint).toBe(false);
    expect(classify('Awaria Discorda, nie mogę wejść na serwer').services).toEqual(['discord']);
  });

  it('readsAFallingCurrencyRateInUkrainianAndRussianAsNoComplaint', () => {
    expect(classify('у вайбері пишуть що курс долара знову впав').complaint).toBe(false);
    expect(classify('курс рубля снова упал, а ВКонтакте молчит').complaint).toBe(false);
    expect(classify('Telegram знову впав, нічого не відкривається').services).toEqual(['telegram']);
  });

  it('readsKoreanDoeneundeAfterANameAsWorksBesideAFailure', () => {
    expect(classify('유튜브는 되는데 넷플릭스가 안 들어가져').services).toEqual(['netflix']);
    expect(classify('유튜브가 안 되는데 왜 그래').services).toEqual(['youtube']);
  });

  it('readsAGermanHilftHandleAsItsServicesHelpDesk', () => {
    expect(classify('@TelekomHilft seit heute früh kein Internet, Router neu gestartet', { author_location: 'Köln' }).services).toEqual([
      'deutsche-telekom',
    ]);
    expect(classify('@TelekomHilft danke, läuft wieder', { author_location: 'Köln' }).complaint).toBe(false);
  });

  it('settlesATieTheAuthorsCountrysLanguageLeadsByTheCountryNotThePlatformsGuess', () => {
    expect(classify('no me abre spotify, «No se ha podido cargar»', { lang: 'pt', author_location: 'Sevilla' }).language).toBe('es');
    expect(classify('no me abre spotify, «No se ha podido cargar»', { lang: 'pt', author_location: 'Lisboa' }).language).toBe('pt');
  });

  it('placesNewTaipeiAndTaoyuanInTaiwan', () => {
    expect(classify('Spotify 一直連不上', { author_location: '新北' }).country).toBe('TW');
    expect(classify('Spotify 一直連不上', { author_location: '桃園市' }).country).toBe('TW');
    expect(classify('Spotify 一直連不上', { author_location: '北京' }).country).toBe('CN');
  });

  it('readsASiteOrAppDownAgainInSpanishAndFrenchAsAClaimThoughUnnamed', () => {
    expect(classify('La web de Hacienda caída otra vez, no puedo presentar nada')).toMatchObject({ complaint: true, services: [] });
    expect(classify('Le site des impôts est encore planté, impossible de payer')).toMatchObject({ complaint: true, services: [] });
    expect(classify('ayer la web de Renfe estuvo caída, hoy ya funciona otra vez').complaint).toBe(false);
    expect(classify('Mon père a encore planté des tomates dans le jardin').complaint).toBe(false);
  });

  it('readsAPostOpeningWithWhenAndANameAsAJokesSetUpNotAFailureNow', () => {
    expect(classify('Kiedy Instagram nie działa 10 minut i wszyscy nagle czytają książki').complaint).toBe(false);
    expect(classify('Cuando Instagram se cae y todos corren a Twitter a quejarse 😂').complaint).toBe(false);
    expect(classify('when discord down again?? third time this week').services).toEqual(['discord']);
    expect(classify('Instagram nie działa od rana, kiedy to naprawią').services).toEqual(['instagram']);
  });

  it('readsAKoreanVideoThatBlewUpInViewsAsNoComplaint', () => {
    expect(classify('신곡 유튜브에서 완전 터졌네 조회수 벌써 오백만').complaint).toBe(false);
    expect(classify('유튜브 터졌네 영상 하나도 안 나옴').services).toEqual(['youtube']);
  });
});
