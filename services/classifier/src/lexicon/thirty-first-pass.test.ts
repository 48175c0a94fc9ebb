// Posts here are written for these tests; none comes from shared/data or a blind fixture.
// The constructions the thirty-first pass's blind sets found in several languages, each with
// the complaint it must leave alone.
import { describe, expect, it } from 'vitest';
import { classify } from '../classify-for-tests.js';

describe('the author’s own device broken', () => {
  it('isNoComplaintAboutTheAppItCanNoLongerShow', () => {
    expect(classify('mi è caduto il telefono nel lago, niente instagram per una settimana').complaint).toBe(false);
    expect(classify('telefonum tuvalete düştü, ekranım gitti. instagram falan yok artık bir süre').complaint).toBe(false);
  });

  it('isNoComplaintInUrduEither', () => {
    expect(classify('موبائل پانی میں گر گیا، اب فیس بک بھی بند').complaint).toBe(false);
  });

  it('leavesTheAppThatFailsOnAPhoneThatWorks', () => {
    expect(classify('whatsapp non funziona da stamattina, i messaggi restano con una spunta').complaint).toBe(true);
  });
});

describe('a feed full of adverts', () => {
  it('isAComplaintAboutTheContentNotAFailure', () => {
    expect(classify('instagram dạo này toàn quảng cáo, lướt hoài không thấy bài của bạn bè').complaint).toBe(false);
  });
});

describe('a brand’s shop closed for the holidays', () => {
  it('isNoFailureOfTheService', () => {
    expect(classify('il negozio Vodafone in centro è chiuso per ferie, niente cambio SIM fino a settembre').complaint).toBe(false);
  });
});

describe('the provider asked about as a switch', () => {
  it('isNotTheFailingService', () => {
    expect(
      classify('net da Vivo caiu de novo, terceira vez essa semana. alguém sabe se a claro presta aqui na zona norte?', {
        author_location: 'Recife',
      }).services,
    ).toEqual(['vivo']);
  });
});

describe('South Asian phrasings of the thirty-first pass', () => {
  it('readsAHindiUnavailableServiceAsAFailure', () => {
    expect(classify("एसबीआई योनो खोलते ही 'अस्थायी रूप से अनुपलब्ध' लिख कर आ रहा है, कल से")).toMatchObject({ complaint: true, services: ['sbi'] });
  });

  it('readsWhenTheNetComesBackAsAFailure', () => {
    expect(classify('VI KA NETWORK KAB AAYEGA??? 4 GHANTE HO GAYE 😡', { author_location: 'Indore' })).toMatchObject({
      complaint: true,
      services: ['vi'],
    });
  });

  it('readsTypedShortFormsOfAskingWhetherItWorksOrIsGone', () => {
    expect(classify('wa chal rha h kisi ka??', { author_location: 'Delhi' }).services).toEqual(['whatsapp']);
    expect(classify('wa gya kya?', { author_location: 'Delhi' }).services).toEqual(['whatsapp']);
    expect(classify('bijli gaya kya? fan band', { author_location: 'Delhi' }).complaint).toBe(false);
  });

  it('readsMarathiIsWorkingAsSaidOfTheNameBefore', () => {
    expect(classify('Instagram चालू आहे पण YouTube वर व्हिडिओ लोडच होत नाहीयेत').services).toEqual(['youtube']);
  });
});
