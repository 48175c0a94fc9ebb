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
