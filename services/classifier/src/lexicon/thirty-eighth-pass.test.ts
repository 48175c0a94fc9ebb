// Posts here are written for these tests; none comes from shared/data or a blind fixture.
// The thirty-eighth pass: which services fail, again in Hinglish, Urdu, Turkish, Portuguese,
// Bengali and Telugu.
import { describe, expect, it } from 'vitest';
import { complainedOf } from '../classify-for-tests.js';

describe('the app a payment went through with instead', () => {
  it('isNotFailing_InHinglishTeluguAndPortuguese', () => {
    expect(complainedOf('paytm se recharge fail ho gaya, gpay se turant ho gaya', 'Nagpur')).toEqual(['paytm']);
    expect(complainedOf('PhonePe lo bill pay avvatledu, ICICI account tho try cheste ayyindi', 'Warangal')).toEqual(['phonepe']);
    expect(complainedOf('nubank recusando o pagamento, pelo mercado pago passou na hora', 'Natal')).toEqual(['nubank']);
  });
});

describe('where the author went or read instead', () => {
  it('isNotFailing_InTeluguAndBanglish', () => {
    expect(complainedOf('zomato lo order avvatledu, swiggy lo ichesa', 'Vizag')).toEqual(['zomato']);
    expect(complainedOf('discord e voice join hocche na, tai telegram e chole gelam', 'Kolkata')).toEqual(['discord']);
  });
});

describe('Hinglish', () => {
  it('readsANetworkAbsentForDays_AsAnOutage', () => {
    expect(complainedOf('Airtel ka network 3 din se nahi hai Kanpur me', 'Kanpur')).toEqual(['airtel']);
  });

  it('readsHowToSwitchAFeatureOn_AsNoComplaint', () => {
    expect(complainedOf('paytm me autopay kaise on karte hai? setting mil hi nahi rahi', 'Delhi')).toEqual(['(no complaint)']);
  });
});

describe('Brazilian Portuguese', () => {
  it('readsOneLittleTick_AsWhatsApps', () => {
    expect(complainedOf('mandei 5 mensagens e nenhuma chegou, só 1 risquinho', 'Salvador')).toEqual(['whatsapp']);
  });

  it('readsAPhoneDroppedInWater_AsNoComplaint', () => {
    expect(complainedOf('celular caiu na água ontem e não liga mais, perdi o whatsapp e as fotos', 'Recife')).toEqual(['(no complaint)']);
  });
});

describe('Roman Urdu and Turkish', () => {
  it('readTheServiceTheAuthorWasForcedOnto_AsAnAlternative', () => {
    expect(complainedOf('Foodpanda ki app crash ho rahi hai, majbooran Careem se order karna para', 'Karachi')).toEqual([]);
    expect(complainedOf("Discord'a bağlanamıyorum, arkadaşlarla Telegram'dan devam ediyoruz", 'Eskişehir')).toEqual(['discord']);
  });

  it('readAnUnlistedRideAppFailing_AsNamingNoListedService', () => {
    expect(complainedOf('Careem app subah se nahi khul rahi, majburan Uber book karni padi', 'Lahore')).toEqual([]);
  });
});
