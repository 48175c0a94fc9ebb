// Posts here are written for these tests; none comes from shared/data or a blind fixture.
// The thirty-fifth pass: precision and recall in the dev set's languages that score lowest on
// the unread checks (Thai, Vietnamese, Japanese, Persian, Tagalog, Bengali) and in Nepali,
// Ukrainian and Malayalam.
import { describe, expect, it } from 'vitest';
import { complainedOf } from '../classify-for-tests.js';

describe('Nigerian Pidgin "na wa"', () => {
  it('isAnExclamation_NotWhatsApp', () => {
    expect(complainedOf('Na wa o, airtel network don die since morning', 'Enugu')).toEqual(['airtel']);
    expect(complainedOf('na wa for this whatsapp, e no dey deliver my messages', 'Port Harcourt')).toEqual(['whatsapp']);
  });

  it('leavesWaAsWhatsAppElsewhere', () => {
    expect(complainedOf('WA down again? messages not going', 'Nairobi')).toEqual(['whatsapp']);
    expect(complainedOf('na WA don hang again', 'Lagos')).toEqual(['whatsapp']);
  });
});

describe('payment apps tried with one bank account', () => {
  it('sayTheBankFails_NotTheApps', () => {
    expect(complainedOf('PhonePe ho ya Paytm, HDFC account se ek bhi transfer nahi ho raha', 'Surat')).toEqual(['hdfc-bank']);
    expect(complainedOf('tried paying with gpay and phonepe from my icici account, payments keep failing', 'Noida')).toEqual([
      'icici-bank',
    ]);
  });

  it('leaveTheAppsWhenTheyAreSaidToFailThemselves', () => {
    expect(complainedOf('gpay and phonepe both down, money debited from my sbi account', 'Pune')).toEqual(['google-pay', 'phonepe']);
  });
});
