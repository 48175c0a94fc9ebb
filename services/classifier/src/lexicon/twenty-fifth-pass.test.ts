// Posts here are written for these tests; none comes from shared/data or a blind fixture.
import { describe, expect, it } from 'vitest';
import { classify } from '../classify-for-tests.js';

describe('twenty-fifth blind pass classes', () => {
  it('readsTheBanglishHabitualNegativeAsAFailure', () => {
    expect(classify('facebook chole na keno aaj?').services).toEqual(['facebook']);
    expect(classify('insta te photo jay na, ki holo').services).toEqual(['instagram']);
    expect(classify('amar wifi te youtube chole na, baki sob thik').services).toEqual(['youtube']);
  });

  it('stillReadsTheSameWordsWithoutAServiceAsNoComplaint', () => {
    expect(classify('ei gaan ta shunle ghum ashe na').complaint).toBe(false);
  });

  it('findsNoLineInsideThaiWordsThatContainIt', () => {
    // deadline, airline, hotline
    expect(classify('ส่งงานไม่ทันเดดไลน์ เพราะ Gmail ส่งไฟล์ไม่ได้ทั้งบ่าย').services).toEqual(['gmail']);
    expect(classify('จองตั๋วแอร์ไลน์ไม่ได้ เว็บล่มทั้งคืน').services).not.toContain('line');
    expect(classify('โทรฮอตไลน์ธนาคารไม่ติดเลย').services).not.toContain('line');
    expect(classify('ไลน์ล่มอีกแล้ว ส่งข้อความไม่ออก').services).toEqual(['line']);
  });
});
