// Posts here are written for these tests; none comes from shared/data or a blind fixture.
// The thirty-seventh pass: which services fail (attribution) in Italian, French, Spanish, Arabic,
// Indonesian, Malay, Japanese, Korean and German.
import { describe, expect, it } from 'vitest';
import { complainedOf } from '../classify-for-tests.js';

describe('national networks, banks and wallets outside services.csv', () => {
  it('takeTheFailureFromTheAppsTheyCarry', () => {
    expect(complainedOf('sinyal XL ilang timbul dari pagi, youtube muter2 doang', 'Bekasi')).toEqual([]);
    expect(complainedOf('Entel sin señal en todo Santiago, ni whatsapp carga', 'Santiago')).toEqual([]);
  });

  it('areTheFailingBank_NotThePaymentBesideIt', () => {
    expect(complainedOf('Sparkasse App zeigt nur Fehler, Überweisung geht nicht', 'Köln')).toEqual([]);
  });
});

describe('another app or connection said to work', () => {
  it('inFrenchItalianSpanishAndIndonesian', () => {
    expect(complainedOf('Teams ne charge pas, Outlook marche pourtant', 'Lyon')).toEqual(['microsoft-teams']);
    expect(complainedOf('Gmail non sincronizza da stamattina, Outlook invece va', 'Bari')).toEqual(['gmail']);
    expect(complainedOf('telegram gangguan ya? pesan ga kekirim, wa masuk kok', 'Bandung')).toEqual(['telegram']);
  });

  it('inJapanese', () => {
    expect(complainedOf('LINE送れない。インスタのDMは普通に行くのに', '横浜')).toEqual(['line']);
  });
});

describe('the service first blamed', () => {
  it('isAnAlternativeInGerman', () => {
    expect(complainedOf('Dachte erst Spotify ist kaputt, aber es ist Vodafone, komplett platt hier in Köln', 'Köln')).toEqual(['vodafone']);
  });
});

describe('claims the lexicons were missing', () => {
  it('readASyncOrLoadThatKeepsFailing', () => {
    expect(complainedOf('el drive sigue sin cargar mis archivos', 'Lima')).toEqual(['google-drive']);
    expect(complainedOf('Outlook no me sincroniza el correo desde la mañana', 'Bogotá')).toEqual(['outlook']);
  });

  it('readKakaoTalksUnreadOneThatStays_AsKakaoTalks', () => {
    expect(complainedOf('메시지 보내도 숫자 1이 안 없어지고 계속 전송 중 ㅠ', '서울')).toEqual(['kakaotalk']);
  });
});

describe('posts that only look like complaints', () => {
  it('areNotComplaints', () => {
    expect(complainedOf('Cómo descargo los videos de YouTube para verlos sin internet en el avión?', 'Quito')).toEqual(['(no complaint)']);
    expect(complainedOf('Unifi down lagi? Tukar ke fibre kami, pemasangan percuma! DM kami sekarang', 'Shah Alam')).toEqual([
      '(no complaint)',
    ]);
  });
});
