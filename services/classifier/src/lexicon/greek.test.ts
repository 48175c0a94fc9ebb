// Posts here are written for these tests; none comes from shared/data or a blind fixture.
// Greek as people post it during an outage: "έπεσε" (went down), "δεν δουλεύει", "κόλλησε",
// accented, unaccented and in capitals (which drop the accents), and in Greeklish.
import { describe, expect, it } from 'vitest';
import { classify } from '../classify-for-tests.js';

describe('Greek complaints', () => {
  it('readsWentDownAndNotWorkingAsClaims', () => {
    expect(classify('Έπεσε το WhatsApp;')).toMatchObject({ complaint: true, services: ['whatsapp'], language: 'el' });
    expect(classify('Το Instagram δεν δουλεύει')).toMatchObject({ complaint: true, services: ['instagram'] });
    expect(classify('Ξανά έπεσε το Discord')).toMatchObject({ complaint: true, services: ['discord'] });
    expect(classify('Κόλλησε το Netflix')).toMatchObject({ complaint: true, services: ['netflix'] });
    expect(classify('Κολλάει το Netflix εδώ και μία ώρα')).toMatchObject({ complaint: true, services: ['netflix'] });
    expect(classify('Το TikTok σέρνεται απόψε')).toMatchObject({ complaint: true, services: ['tiktok'] });
  });

  it('readsWhatFailsAsClaims', () => {
    expect(classify('Δεν έρχονται μηνύματα στο Messenger')).toMatchObject({ complaint: true, services: ['messenger'] });
    expect(classify('Δεν μπορώ να συνδεθώ στο Spotify')).toMatchObject({ complaint: true, services: ['spotify'] });
    expect(classify('Πρόβλημα με το TikTok, δεν φορτώνει τίποτα')).toMatchObject({ complaint: true, services: ['tiktok'] });
    expect(classify('Το YouTube μου βγάζει σφάλμα')).toMatchObject({ complaint: true, services: ['youtube'] });
    expect(classify('Το Spotify δεν παίζει τίποτα')).toMatchObject({ complaint: true, services: ['spotify'] });
  });

  it('readsUnaccentedAndCapitalisedSpellingsAsClaims', () => {
    expect(classify('επεσε το facebook ρε παιδια')).toMatchObject({ complaint: true, services: ['facebook'] });
    expect(classify('ΕΠΕΣΕ ΤΟ INSTAGRAM')).toMatchObject({ complaint: true, services: ['instagram'] });
    expect(classify('ΔΕΝ ΔΟΥΛΕΥΕΙ ΤΟ INSTAGRAM')).toMatchObject({ complaint: true, services: ['instagram'] });
  });

  it('readsOnlyTheFailingServiceWhenAnotherIsSaidToWork', () => {
    expect(classify('Το Instagram έπεσε, το WhatsApp δουλεύει κανονικά')).toMatchObject({ complaint: true, services: ['instagram'] });
  });
});

describe('Greek questions', () => {
  it('readsAskingWhetherOthersSeeItAsClaims', () => {
    expect(classify('Μόνο σε μένα δεν ανοίγει το Facebook;')).toMatchObject({ complaint: true, services: ['facebook'] });
    expect(classify('Σε εσάς δουλεύει το Messenger;')).toMatchObject({ complaint: true, services: ['messenger'] });
    expect(classify('Έχει πέσει το Gmail;')).toMatchObject({ complaint: true, services: ['gmail'] });
    expect(classify('Και σε εσάς έχει πρόβλημα το Instagram;')).toMatchObject({ complaint: true, services: ['instagram'] });
  });
});

describe('Greek non-complaints', () => {
  it('readsRecoveryAndWorksForMeAsNoClaim', () => {
    expect(classify('Επανήλθε το WhatsApp')).toMatchObject({ complaint: false, services: [] });
    expect(classify('Ξαναδουλεύει το Instagram')).toMatchObject({ complaint: false, services: [] });
    expect(classify('Επανήλθε τελικά το Discord, όλα καλά')).toMatchObject({ complaint: false, services: [] });
    expect(classify('Σε μένα δουλεύει κανονικά το Facebook')).toMatchObject({ complaint: false, services: [] });
    expect(classify('Σε μένα δουλεύει κανονικά το Instagram, μάλλον φταίει το wifi σου')).toMatchObject({ complaint: false });
  });

  it('readsOtherSensesOfFallingAndDownloadingAsNoClaim', () => {
    expect(classify('Έπεσε το χρηματιστήριο σήμερα').complaint).toBe(false);
    expect(classify('Έπεσε η τιμή του Netflix')).toMatchObject({ complaint: false, services: [] });
    expect(classify('Έπεσε η μετοχή της Meta')).toMatchObject({ complaint: false, services: [] });
    expect(classify("Έπεσε γκολ στο 90', τρελαθήκαμε").complaint).toBe(false);
    expect(classify('Μου έπεσε το κινητό και έσπασε η οθόνη').complaint).toBe(false);
    expect(classify('Πέφτω για ύπνο, καληνύχτα').complaint).toBe(false);
    expect(classify('Κατέβασα το TikTok επιτέλους')).toMatchObject({ complaint: false, services: [] });
  });

  it('readsNewsRecapsAndHypotheticalsAsNoClaim', () => {
    expect(classify('Σύμφωνα με το Downdetector, έπεσε το Instagram')).toMatchObject({ complaint: false, services: [] });
    expect(classify('Χρήστες αναφέρουν προβλήματα στο WhatsApp')).toMatchObject({ complaint: false, services: [] });
    expect(classify('Το Facebook έπεσε χθες για δύο ώρες')).toMatchObject({ complaint: false, services: [] });
    expect(classify('Αν πέσει το WhatsApp πάλι, φεύγω')).toMatchObject({ complaint: false, services: [] });
  });
});

describe('Greeklish (Greek in Latin letters)', () => {
  it('readsGreeklishClaimsAndQuestions', () => {
    expect(classify('epese to instagram?')).toMatchObject({ complaint: true, services: ['instagram'] });
    expect(classify('den douleuei to whatsapp')).toMatchObject({ complaint: true, services: ['whatsapp'] });
    expect(classify('to facebook den anoigei re paidia')).toMatchObject({ complaint: true, services: ['facebook'], language: 'el' });
    expect(classify('mono se mena den fortwnei to youtube?')).toMatchObject({ complaint: true, services: ['youtube'] });
    expect(classify('kollise to netflix')).toMatchObject({ complaint: true, services: ['netflix'] });
  });

  it('readsGreeklishRecoveryAndDownloadsAsNoClaim', () => {
    expect(classify('epanhlthe to instagram')).toMatchObject({ complaint: false, services: [] });
    expect(classify('se mena douleuei kanonika to whatsapp')).toMatchObject({ complaint: false, services: [] });
    expect(classify('katevasa to tiktok')).toMatchObject({ complaint: false, services: [] });
  });
});
