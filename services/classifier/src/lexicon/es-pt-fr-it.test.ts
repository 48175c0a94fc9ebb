// Posts here are written for these tests; none comes from shared/data or a blind fixture.
import { describe, expect, it } from 'vitest';
import { classify } from '../classify-for-tests.js';
import { compileDurations, durationEnd, recapDurations } from './durations.js';

describe('Spanish, Portuguese, French and Italian: sixteenth blind pass classes', () => {
  it('readsADurationAfterItsLeadWithDigitsGluedUnitsAndNumberWords', () => {
    const durations = compileDurations(
      recapDurations(
        ['durante'],
        [
          ['un', ['par de horas']],
          ['dos', ['horas']],
        ],
        ['horas'],
      ),
      (text) => text.split(' '),
    );
    // Words after the lead "durante" (which ends at token 1 of "durante … el domingo").
    expect(durationEnd(durations, ['durante', '3', 'horas', 'el'], 1)).toBe(3);
    expect(durationEnd(durations, ['durante', '3h', 'el'], 1)).toBe(2);
    expect(durationEnd(durations, ['durante', 'dos', 'horas'], 1)).toBe(3);
    expect(durationEnd(durations, ['durante', 'un', 'par', 'de', 'horas'], 1)).toBe(5);
    expect(durationEnd(durations, ['durante', 'dos', 'h'], 1)).toBe(-1);
    expect(durationEnd(durations, ['durante', 'el', 'partido'], 1)).toBe(-1);
  });

  it('readsARecapOfYesterdaysOutageWithItsLengthAsNoComplaint', () => {
    expect(classify('anoche se cayeron Instagram y WhatsApp, menos mal que ya pasó').complaint).toBe(false);
    expect(classify('Spotify estuvo caído durante tres horas el domingo').complaint).toBe(false);
    expect(classify('ontem o youtube ficou fora do ar por umas 2 horas, nem vi').complaint).toBe(false);
    expect(classify('o discord caiu umas 4 horas e o servidor inteiro surtou').complaint).toBe(false);
    expect(classify('hier Netflix était en panne pendant trois heures, soirée gâchée').complaint).toBe(false);
    expect(classify('Telegram è stato giù per due ore ieri, che noia').complaint).toBe(false);
  });

  it('keepsOngoingSpansOfAnOutageAsComplaints', () => {
    expect(classify('Netflix caído desde hace 3 horas y nadie explica nada').services).toEqual(['netflix']);
    expect(classify('no me carga YouTube hace como 3 horas').services).toEqual(['youtube']);
    expect(classify('spotify fora do ar há umas 2 horas').services).toEqual(['spotify']);
    expect(classify('Discord en panne depuis 3h, rien ne charge').services).toEqual(['discord']);
    expect(classify('Instagram non funziona da 3 ore').services).toEqual(['instagram']);
  });

  it('readsPortugueseMoneyThatFellIntoTheAccountAsArrived', () => {
    expect(classify('o pix da cliente caiu rapidinho, valeu').complaint).toBe(false);
    expect(classify('o pagamento caiu hoje cedo, finalmente').complaint).toBe(false);
    expect(classify('o pix caiu de novo, não consigo pagar nada')).toMatchObject({ complaint: true, services: ['pix'] });
  });

  it('readsHearsayFromAFriendAndABlockedAccountAsNoComplaint', () => {
    expect(classify('mi hermana dice que Netflix no le anda, a mí me funciona bien').complaint).toBe(false);
    expect(classify('minha amiga disse que o spotify caiu, mas aqui tá normal').complaint).toBe(false);
    expect(classify('me bloquearon la cuenta de Instagram sin razón y no responden').complaint).toBe(false);
    expect(classify('minha conta do facebook foi bloqueada e o suporte não responde').complaint).toBe(false);
  });

  it('readsSlangAndListedFailuresAsClaims', () => {
    expect(classify('Vivo sinal zerado aqui no centro desde cedo')).toMatchObject({ complaint: true, services: ['vivo'] });
    expect(classify('ninguém consegue acessar o app do nubank hoje').services).toEqual(['nubank']);
    expect(classify('o youtube não sobe meu vídeo de jeito nenhum').services).toEqual(['youtube']);
    expect(classify('Orange ni internet ni appels depuis ce matin').services).toEqual(['orange']);
    expect(classify('no me cargan los reels de insta ni me abre whatsapp').services).toEqual(['instagram', 'whatsapp']);
  });

  it('readsAFrenchWriteUpOfAnOldOutageAsNoComplaint', () => {
    expect(classify("la panne d'Instagram de mars 2019 avait paralysé les influenceurs pendant des heures").complaint).toBe(false);
  });

  it('readsFreeInFrenchAsTheIspNotAnotherLanguagesCue', () => {
    expect(classify('Free en panne depuis ce matin, plus de box')).toMatchObject({ complaint: true, services: ['free'] });
    expect(classify("des soucis avec Free aujourd'hui ?").services).toEqual(['free']);
    expect(classify("Free qui augmente encore l'abonnement sans rien changer, j'en ai marre").complaint).toBe(false);
  });

  it('readsTheNetworkGoneOrVanishedAsAClaim', () => {
    expect(classify('Orange réseau parti depuis ce matin à Abidjan')).toMatchObject({ complaint: true, services: ['orange'] });
    expect(classify('la connexion a sauté encore une fois avec SFR').complaint).toBe(true);
    expect(classify('a internet sumiu de novo, Claro é uma piada', { author_location: 'Recife' }).services).toEqual(['claro']);
  });

  it('readsClaroVivoAndFallingPeopleInTheirEverydaySenses', () => {
    expect(classify('está claro que no funciona el gobierno, otra vez').complaint).toBe(false);
    expect(classify('Claro está caído en Cali? sin datos desde el mediodía').services).toEqual(['claro']);
    expect(classify('tô vivo ainda, só a bateria do celular caiu pra 5%').services).toEqual([]);
    expect(classify('los enfermeros están caídos de cansancio después del turno').complaint).toBe(false);
    expect(classify('se cayó mi abuelo en la calle, ya está bien').complaint).toBe(false);
  });

  it('readsRememberingAnOldOutageAsARecap', () => {
    expect(classify('ti ricordi quando è caduto Instagram per 6 ore?').complaint).toBe(false);
    expect(classify('lembra de quando o whatsapp caiu o dia todo?').complaint).toBe(false);
    expect(classify('tu te souviens quand Facebook était en panne toute la journée ?').complaint).toBe(false);
  });

  it('readsOtherSensesOfFallingAndHoursAsNoClaim', () => {
    expect(classify('el Barça se cayó en cuartos otra vez, qué vergüenza').complaint).toBe(false);
    expect(classify('o técnico caiu muito no meu conceito depois dessa').complaint).toBe(false);
    expect(classify('reunión mañana a las 10 hs en la oficina de Movistar').complaint).toBe(false);
    expect(classify('Movistar sin fibra hace 3 hs en Córdoba').services).toEqual(['movistar']);
  });

  it('readsEverydayWordsAndOtherProductsInsideAmbiguousNamesAsNoName', () => {
    expect(classify('Free Fire bug depuis la mise à jour, impossible de lancer une partie').services).toEqual([]);
    expect(classify('assistindo ao vivo no YouTube e travou tudo').services).toEqual(['youtube']);
    expect(classify("un jus d'orange et la box en panne, quelle matinée").services).toEqual([]);
    expect(classify('nelle prime ore del mattino Netflix non funziona').services).toEqual(['netflix']);
    expect(classify('Prime non funziona, non parte nessun film').services).toEqual(['prime-video']);
  });

  it('readsPresentTenseHearsayWriteUpsOfCausesAndAStoppedAppInItalian', () => {
    expect(classify('un pote dit que SFR est en panne, chez moi ça marche').complaint).toBe(false);
    expect(classify('meu amigo diz que o discord caiu, mas aqui tá normal').complaint).toBe(false);
    expect(classify("Panne Free : l'opérateur explique l'origine de la coupure").complaint).toBe(false);
    expect(classify("Instagram fermo da un'ora, non carica niente").services).toEqual(['instagram']);
    expect(classify('il pacco è fermo a Milano da una settimana').complaint).toBe(false);
  });

  it('readsAThreeLetterCountryCodeInASupportHandle', () => {
    expect(classify('@Netflix_ARG no carga ninguna serie, error todo el rato').services).toEqual(['netflix']);
  });
});
