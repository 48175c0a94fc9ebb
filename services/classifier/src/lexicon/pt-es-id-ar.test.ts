// Posts here are written for these tests; none comes from shared/data or a blind fixture.
import { describe, expect, it } from 'vitest';
import { classify } from '../classify-for-tests.js';

describe('Portuguese, Spanish, Indonesian and Arabic: tenth blind pass classes', () => {
  it('doesNotReadSpanishSeCayoOfAThingOrHabitOrRecapAsAnOutage', () => {
    expect(classify('anoche con el viento se cayó una rama enorme en mi calle').complaint).toBe(false);
    expect(classify('se cayó el poste de enfrente y casi le da a un coche').complaint).toBe(false);
    expect(classify('el peso se cae otra vez contra el dólar, ya ni sorprende').complaint).toBe(false);
    expect(classify('cada vez que se cae Instagram la gente se acuerda de que existe Facebook').complaint).toBe(false);
    expect(classify('lo gracioso es que cuando se caen los servidores de Discord nadie sabe qué hacer').complaint).toBe(false);
    expect(classify('el viernes se cayó AWS y media web con él, aquí un análisis técnico').complaint).toBe(false);
  });

  it('keepsSpanishClaimsOfAServiceGoingDownNow', () => {
    expect(classify('se cayó instagram? no me carga nada').complaint).toBe(true);
    expect(classify('se cayó whatsapp otra vez, no salen los mensajes').services).toEqual(['whatsapp']);
  });

  it('doesNotReadAPortugueseTrafficSignalAsTheNetwork', () => {
    expect(classify('o semáforo da avenida tá quebrado de novo, um caos').complaint).toBe(false);
    expect(classify('sinal de trânsito apagado na rua de casa, ninguém resolve').complaint).toBe(false);
    expect(classify('sem sinal da vivo aqui em casa desde cedo').complaint).toBe(true);
  });

  it('doesNotLetTheConnectionSaidToWorkCancelAClaimAboutAnApp', () => {
    expect(classify('netflix dando erro em todo filme, e a internet funcionando normal')).toMatchObject({
      complaint: true,
      services: ['netflix'],
    });
    expect(classify('spotify keeps failing to play anything, my wifi is working fine').services).toEqual(['spotify']);
    expect(classify('a internet da vivo voltou, tá funcionando normal').complaint).toBe(false);
    expect(classify('اليوتيوب مو شغال والنت شغال عادي').services).toEqual(['youtube']);
  });

  it('readsAPlaceWithAnAttachedArabicPreposition', () => {
    expect(classify('النت فاصل بمصر من الصبح').country).toBe('EG');
    expect(classify('الانترنت مقطوع بالسعودية، احد عنده نفس المشكلة؟').country).toBe('SA');
    expect(classify('ما عم يشتغل الانستغرام من امبارح').country).toBeNull();
  });

  it('readsAmmanWithItsShaddaAsJordanNotOman', () => {
    expect(classify('الواتساب واقف', { author_location: 'عمّان' }).country).toBe('JO');
    expect(classify('الواتساب واقف', { author_location: 'مسقط، عمان' }).country).toBe('OM');
  });

  it('readsAnArabicBankingAppThatWillNotTransferAsAComplaint', () => {
    expect(classify('تطبيق البنك معطل ما اقدر احول فلوس').complaint).toBe(true);
  });

  it('readsPortugueseSpanishIndonesianAndLevantineArabiziAgainstTheirNeighbours', () => {
    expect(classify('quando o insta cai a galera toda descobre que tem vida kkkkkkk').language).toBe('pt');
    expect(classify('a mí Vodafone me va perfecto, será cosa de tu casa').language).toBe('es');
    expect(classify('anoche vi Breaking Bad otra vez, qué buena la verdad').language).toBe('es');
    expect(classify('jangan pake apk mod guys, itu bahaya').language).toBe('id');
    expect(classify('wallah el net ma 3am ye2la3 3andi mn el sob7').language).toBe('ar');
    expect(classify('lamma yfout el kahraba bnerja3 3al shams enno shu baddi a3mel').language).toBe('ar');
  });

  it('readsARideAppStuckSearchingForADriverAndAPhoneSearchingForSignal', () => {
    expect(classify('uber no me asigna conductor hace 20 minutos, está caída?').services).toEqual(['uber']);
    expect(classify('el celular solo buscando señal desde la mañana, sin llamadas ni datos').complaint).toBe(true);
    expect(classify('uber não acha motorista nenhum faz meia hora').services).toEqual(['uber']);
  });

  it('givesAnAmbiguousNameTheClaimOfTheListItOpens', () => {
    expect(classify('wa sama ig ga bisa dibuka dari tadi').services).toEqual(['whatsapp', 'instagram']);
  });

  it('doesNotReadAnIndonesianUselessFeatureAsAnOutage', () => {
    expect(classify('fitur baru tiktok ini gak guna sama sekali, siapa yang minta coba').complaint).toBe(false);
  });

  it('readsIndonesianConditionalsAsHypotheticals', () => {
    expect(classify('kalo ig down seharian gue bakal produktif banget').complaint).toBe(false);
    expect(classify('jika gopay error nanti bayar pakai cash aja ya').complaint).toBe(false);
    expect(classify('ig down lagi dari pagi, ga bisa buka feed').complaint).toBe(true);
  });

  it('readsWheneverItGoesDownAsAHabitNotAReportInSpanishAndPortuguese', () => {
    expect(classify('cada vez que falla Netflix me acuerdo de que pago por esto').complaint).toBe(false);
    expect(classify('siempre que se caen los servidores de Fortnite salen los memes').complaint).toBe(false);
    expect(classify('toda vez que cai o whatsapp a galera corre pro twitter perguntar se caiu kkkk').complaint).toBe(false);
    expect(classify('o engraçado é que sempre que o insta cai todo mundo vem pro twitter')).toMatchObject({
      complaint: false,
      language: 'pt',
    });
    expect(classify('caiu o whatsapp aqui, mais alguém?').complaint).toBe(true);
  });
});

describe('Portuguese, Spanish, Indonesian and Arabizi: fourteenth blind pass classes', () => {
  it('readsSpanishSeCayoOfAMarketOrPriceAsItsValueFalling', () => {
    expect(classify('el bitcoin se cayó un 8% esta semana y todos vendiendo').complaint).toBe(false);
    expect(classify('las acciones se cayeron después de los resultados del trimestre').complaint).toBe(false);
    expect(classify('el ibex se desplomó tras el anuncio del banco central').complaint).toBe(false);
    expect(classify('se cayó el dólar otra vez frente al euro').complaint).toBe(false);
    expect(classify('se cayó la app del banco, no puedo ver la cuenta').complaint).toBe(true);
  });

  it('readsAPortugueseShowOffTheAirAsTelevisionNotAnOutage', () => {
    expect(classify('a novela das nove saiu do ar, que pena').complaint).toBe(false);
    expect(classify('aquele programa de tv da tarde está fora do ar faz anos, saudades').complaint).toBe(false);
    expect(classify('o apresentador saiu da globo e o programa acabou').complaint).toBe(false);
    expect(classify('Instagram fora do ar, saudade de quando funcionava').services).toEqual(['instagram']);
  });

  it('readsAnOutageHashtagOfANameTwoServicesShareByTheAuthorsMarket', () => {
    expect(classify('sin fibra desde las 8 #VodafoneCaido', { author_location: 'Valencia, España' }).services).toEqual(['vodafone']);
    expect(classify('network gone since morning #VodafoneOutage', { author_location: 'Pune' }).services).toEqual(['vi']);
  });

  it('readsANameTwoServicesShareByTheMarketsOfThePostsLanguageWhenThePlaceIsUnknown', () => {
    expect(classify('Vodafone Störung seit heute früh, kein Internet')).toMatchObject({ services: ['vodafone'], country: null });
    expect(classify('Vodafone sem rede desde manhã, que raiva').services).toEqual(['vodafone']);
    expect(classify('sin fibra desde las 8 #VodafoneCaido').country).not.toBe('IN');
    expect(classify('Vodafone ka network nahi aa raha subah se').services).toEqual(['vi']);
  });

  it('readsArabiziSnapAndStoppedForYouQuestions', () => {
    expect(classify('snab wa2ef 3ndkom? el stories msh btft7')).toMatchObject({ complaint: true, services: ['snapchat'] });
    expect(classify('insta 3ndko wa2ef wala ana bs?').services).toEqual(['instagram']);
    expect(classify('ana wa2ef bara el beit mestanik').complaint).toBe(false);
    expect(classify('el net wa2ef 3ndi mn el sob7').language).toBe('ar');
  });

  it('readsEuropeanPortugueseAndColloquialIndonesianAgainstTheirNeighbours', () => {
    expect(classify('fiquei duas horas à espera na fila do centro de saúde').language).toBe('pt');
    expect(classify('ontem estava a chover e depois fomos ao cinema').language).toBe('pt');
    expect(classify('kemaren ujan deres banget, jalanan banjir semua', { author_location: 'Bandung' }).language).toBe('id');
    expect(classify('cuman bisa nunggu ke bengkel doang', { author_location: 'Surabaya' }).language).toBe('id');
  });
});
