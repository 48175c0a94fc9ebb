// Posts here are written for these tests; none comes from shared/data or a blind fixture.
import { describe, expect, it } from 'vitest';
import { classify } from '../classify-for-tests.js';
import { normalise } from '../text/normalise.js';

/** Each post is a complaint about exactly these services, in this language. */
function expectComplaints(language: string, posts: readonly (readonly [string, readonly string[]])[]): void {
  for (const [text, services] of posts) {
    expect(classify(text), text).toMatchObject({ complaint: true, services, language });
  }
}

function expectNotComplaints(language: string, posts: readonly string[]): void {
  for (const text of posts) expect(classify(text), text).toMatchObject({ complaint: false, services: [], language });
}

describe('Malayalam', () => {
  it('readsSpokenAndWrittenNegativesAsComplaints', () => {
    expectComplaints('ml', [
      ['വാട്സാപ്പ് വർക്ക് ആകുന്നില്ല', ['whatsapp']],
      ['WhatsApp വർക്ക് ആവണില്ല, ആർക്കെങ്കിലും ഇങ്ങനെ ഉണ്ടോ', ['whatsapp']],
      ['വാട്സാപ്പിൽ മെസേജ് പോകുന്നില്ല', ['whatsapp']],
      ['ഫേസ്ബുക്ക് ലോഡ് ആവണില്ല', ['facebook']],
      ['ഇൻസ്റ്റാഗ്രാമിൽ റീൽസ് ലോഡ് ആകുന്നില്ല', ['instagram']],
      ['ടെലിഗ്രാമിൽ മെസേജ് വരുന്നില്ല', ['telegram']],
      ['യൂട്യൂബ് ഓപ്പൺ ആകുന്നില്ല, എറർ കാണിക്കുന്നു', ['youtube']],
      ['ജിയോ റേഞ്ച് കിട്ടുന്നില്ല', ['jio']],
      ['ബിഎസ്എൻഎൽ റേഞ്ച് ഇല്ല, കോൾ പോണില്ല', ['bsnl']],
      ['ഗൂഗിൾ പേ പേയ്മെന്റ് ആകുന്നില്ല', ['google-pay']],
      ['ഫോൺപേ വഴി പൈസ അയക്കാൻ പറ്റുന്നില്ല', ['phonepe']],
      ['പേടിഎമ്മിൽ പേയ്മെന്റ് ഫെയിൽ', ['paytm']],
      ['എസ്ബിഐ ആപ്പ് ലോഗിൻ ആകുന്നില്ല, ഒടിപി വരുന്നില്ല', ['sbi']],
    ]);
  });

  it('readsQuestionsAsComplaints', () => {
    expectComplaints('ml', [
      ['വാട്സാപ്പ് പോയോ?', ['whatsapp']],
      ['ഇൻസ്റ്റാഗ്രാം ഡൗൺ ആണോ? എല്ലാവർക്കും ഉണ്ടോ?', ['instagram']],
      ['യൂട്യൂബ് പണിമുടക്കിയോ? എനിക്ക് മാത്രമാണോ', ['youtube']],
    ]);
  });

  it('readsOldChilluAndAuSpellingsAsTheNewOnes', () => {
    expect(normalise('എയര്‍ടെല്‍')).toBe(normalise('എയർടെൽ'));
    expect(normalise('ഡൌൺ')).toBe(normalise('ഡൗൺ'));
    expectComplaints('ml', [
      ['എയര്‍ടെല്‍ നെറ്റ് ഇല്ല', ['airtel']],
      ['ഇൻസ്റ്റ ഡൌൺ ആണോ?', ['instagram']],
    ]);
  });

  it('doesNotTakeRecoveriesWorksForMeOtherSensesOrNewsForComplaints', () => {
    expectNotComplaints('ml', [
      'വാട്സാപ്പ് തിരിച്ചു വന്നു',
      'യൂട്യൂബ് ഓക്കെ ആയി',
      'എനിക്ക് വാട്സാപ്പ് വർക്ക് ആകുന്നുണ്ട്',
      'എനിക്ക് വാട്സാപ്പിൽ ഒരു കുഴപ്പവുമില്ല',
      'യൂട്യൂബിൽ നിന്ന് വീഡിയോ ഡൗൺലോഡ് ചെയ്യുന്നത് എങ്ങനെ',
      'ഇന്ന് മൂഡ് ഡൗൺ ആണ്',
      'ഇന്ന് ഓഹരി വിപണി ഡൗൺ ആണ്',
      'ഈ വാട്സാപ്പ് അപ്ഡേറ്റ് എനിക്ക് ഇഷ്ടമല്ല',
      'ജിയോ വീണ്ടും നിരക്ക് വർധന',
      'ഇന്നലെ വാട്സാപ്പ് മണിക്കൂറുകളോളം തകരാറിലായി എന്ന് മെറ്റ അറിയിച്ചു',
      'വാട്സാപ്പ് ഡൗൺ എന്ന് എല്ലാവരും പറയുന്നു',
      'ഈ യൂട്യൂബ് വീഡിയോ മനസ്സിലാകുന്നില്ല',
    ]);
  });

  it('tellsTheFailingServiceFromTheOneThatWorks', () => {
    expect(classify('ഇൻസ്റ്റാഗ്രാം ഡൗൺ ആണ്, വാട്സാപ്പ് കുഴപ്പമില്ല')).toMatchObject({ complaint: true, services: ['instagram'] });
  });
});

describe('Kannada', () => {
  it('readsSpokenAndWrittenNegativesAsComplaints', () => {
    expectComplaints('kn', [
      ['ವಾಟ್ಸಾಪ್ ಕೆಲಸ ಮಾಡ್ತಿಲ್ಲ', ['whatsapp']],
      ['ವಾಟ್ಸಾಪ್‌ನಲ್ಲಿ ಮೆಸೇಜ್ ಹೋಗ್ತಿಲ್ಲ', ['whatsapp']],
      ['ವಾಟ್ಸಾಪಲ್ಲಿ ಮೆಸೇಜ್ ಬರ್ತಾ ಇಲ್ಲ', ['whatsapp']],
      ['ಯೂಟ್ಯೂಬ್ ಓಪನ್ ಆಗ್ತಿಲ್ಲ', ['youtube']],
      ['ಫೇಸ್‌ಬುಕ್ ಲೋಡ್ ಆಗುತ್ತಿಲ್ಲ', ['facebook']],
      ['ಫೋನ್‌ಪೇ ಪೇಮೆಂಟ್ ಆಗ್ತಿಲ್ಲ', ['phonepe']],
      ['ಗೂಗಲ್ ಪೇ ಲ್ಲಿ ಪೇಮೆಂಟ್ ಫೇಲ್ ಆಯ್ತು', ['google-pay']],
      ['ಜಿಯೋ ನೆಟ್‌ವರ್ಕ್ ಸಿಗ್ತಿಲ್ಲ', ['jio']],
      ['ಏರ್ಟೆಲ್ ನೆಟ್ ಇಲ್ಲ', ['airtel']],
      ['ಬಿಎಸ್ಎನ್ಎಲ್ ಕಾಲ್ ಕಟ್ ಆಗ್ತಿದೆ', ['bsnl']],
      ['ಎಸ್‌ಬಿಐ ಯೋನೋ ಲಾಗಿನ್ ಆಗ್ತಿಲ್ಲ', ['sbi']],
    ]);
  });

  it('readsQuestionsAsComplaints', () => {
    expectComplaints('kn', [
      ['ಇನ್ಸ್ಟಾಗ್ರಾಮ್ ಡೌನ್ ಆಗಿದೆಯಾ?', ['instagram']],
      ['ಇನ್ಸ್ಟಾ ಓಪನ್ ಆಗ್ತಿಲ್ಲ ಗುರು, ಎಲ್ಲರಿಗೂ ಹೀಗೇನಾ?', ['instagram']],
    ]);
  });

  it('doesNotTakeRecoveriesWorksForMeOtherSensesOrNewsForComplaints', () => {
    expectNotComplaints('kn', [
      'ವಾಟ್ಸಾಪ್ ಸರಿ ಆಯ್ತು',
      'ಯೂಟ್ಯೂಬ್ ವಾಪಸ್ ಬಂತು',
      'ನಂಗೆ ಇನ್ಸ್ಟಾಗ್ರಾಮ್ ವರ್ಕ್ ಆಗ್ತಿದೆ',
      'ನಂಗೆ ವಾಟ್ಸಾಪ್ ಅಲ್ಲಿ ಏನೂ ಸಮಸ್ಯೆ ಇಲ್ಲ',
      'ಷೇರು ಮಾರುಕಟ್ಟೆ ಡೌನ್',
      'ಯೂಟ್ಯೂಬ್ ವಿಡಿಯೋ ಡೌನ್ಲೋಡ್ ಮಾಡಿ',
      'ಇವತ್ತು ಮೂಡ್ ಆಫ್',
      'ನಿನ್ನೆ ವಾಟ್ಸಾಪ್ ಡೌನ್ ಆಗಿತ್ತು ಎಂದು ವರದಿ',
      'ವಾಟ್ಸಾಪ್ ಡೌನ್ ಅಂತೆ',
      'ಈ ಇಂಗ್ಲಿಷ್ ಅರ್ಥ ಆಗ್ತಿಲ್ಲ',
    ]);
  });

  it('tellsTheFailingServiceFromTheOneThatWorks', () => {
    expect(classify('ಇನ್ಸ್ಟಾಗ್ರಾಮ್ ಡೌನ್, ವಾಟ್ಸಾಪ್ ಕೆಲಸ ಮಾಡ್ತಿದೆ')).toMatchObject({ complaint: true, services: ['instagram'] });
  });
});

describe('Romanised Nepali and Sinhala', () => {
  it('readsTheirNegativeVerbsAsComplaints', () => {
    expectComplaints('ne', [
      ['whatsapp chalena', ['whatsapp']],
      ['whatsapp ma message jadaina', ['whatsapp']],
      ['facebook chalena, kasaiko chaldai cha?', ['facebook']],
      ['youtube khulena ahile', ['youtube']],
    ]);
    expectComplaints('si', [
      ['whatsapp wada karanne nehe', ['whatsapp']],
      ['youtube load wenne nehe', ['youtube']],
      ['whatsapp eke msg yanne na', ['whatsapp']],
    ]);
    // "nathi" is Gujarati's negator too: a complaint, whichever language it is put in
    expect(classify('whatsapp wada nathi')).toMatchObject({ complaint: true, services: ['whatsapp'] });
  });

  it('doesNotTakeWorksForMeForAComplaint', () => {
    expectNotComplaints('ne', ['malai whatsapp chaldai cha']);
    expectNotComplaints('si', ['mata whatsapp wada karanawa']);
  });

  it('leavesHinglishDownHoToHinglish', () => {
    expect(classify('whatsapp down ho gaya kya?').language).toBe('hi');
  });
});
