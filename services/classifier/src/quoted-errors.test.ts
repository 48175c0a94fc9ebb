import { describe, expect, it } from 'vitest';
import { errorCodes, quotedErrors } from './quoted-errors.js';
import { normalise } from './text/normalise.js';

describe('quotedErrors', () => {
  it('findsAnErrorMessageInAnyQuoteMarkAndLanguage', () => {
    expect(quotedErrors(normalise("Bank app says 'Sorry, we can't log you in' again"))).toEqual([{ start: 3, end: 10 }]);
    expect(quotedErrors(normalise('appli affiche « Erreur réseau » depuis ce matin'))).toHaveLength(1);
    expect(quotedErrors(normalise('uygulama “İşlem başarısız” diyor'))).toHaveLength(1);
    expect(quotedErrors(normalise("app shows 'We're facing some technical issues' again"))).toHaveLength(1);
    expect(quotedErrors(normalise('uygulama "Bir şeyler ters gitti" diyor'))).toHaveLength(1);
    expect(quotedErrors(normalise("l'app dice 'Qualcosa è andato storto'"))).toHaveLength(1);
    expect(quotedErrors(normalise('ऐप पर "कुछ गलत हो गया" आ रहा'))).toHaveLength(1);
    expect(quotedErrors(normalise('bank app just says "We are experiencing issues, try later"'))).toHaveLength(1);
    expect(quotedErrors(normalise("gpay pe 'Server is busy, please try after some time' aa raha"))).toHaveLength(1);
    expect(quotedErrors(normalise('card pe "Transaction declined" likha aa raha'))).toHaveLength(1);
  });

  it('skipsApostrophesAndQuotesWithoutAnErrorWord', () => {
    expect(quotedErrors(normalise("we're on Turkcell'de and it's fine"))).toEqual([]);
    expect(quotedErrors(normalise('she said "see you later" on the app'))).toEqual([]);
  });
});

describe('errorCodes', () => {
  it('findsProductErrorCodesButNotModelNumbers', () => {
    expect(errorCodes('console shows CE-34878-0 at launch')).toEqual([{ start: 2, end: 5 }]);
    expect(errorCodes('sign-in fails with AADSTS90072')).toHaveLength(1);
    expect(errorCodes('COVID-19 rules and my iPhone 15 and PS5')).toEqual([]);
  });
});
