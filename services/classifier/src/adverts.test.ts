// Posts here are written for these tests; none comes from shared/data.
import { describe, expect, it } from 'vitest';
import { offersADeal } from './adverts.js';
import { classify } from './classify-for-tests.js';
import { normalise } from './text/normalise.js';
import { tokenize } from './text/tokens.js';

const deal = (text: string) =>
  offersADeal(
    tokenize(normalise(text)).map((t) => t.text),
    text,
  );

describe('adverts riding an outage', () => {
  it('findsAPercentageOffOrCashBackInSeveralLanguages', () => {
    expect(deal('Instagram down? Shop with us instead, 15% off everything')).toBe(true);
    expect(deal('Paytm down ho to hamara app try karo, 25% cashback')).toBe(true);
    expect(deal('YouTube çöktü mü? Tüm kurslarda %30 indirim')).toBe(true);
    expect(deal('Netflix giù? Sconto del 40% sul primo mese')).toBe(true);
  });

  it('findsAPromoCodeAfterACodeWord', () => {
    expect(deal('Spotify caído? Usa el código CAIDO10 en nuestra tienda')).toBe(true);
    expect(deal('use code DOWN25 at checkout while you wait')).toBe(true);
  });

  it('doesNotTakeNumbersErrorCodesOrBatteryForADeal', () => {
    expect(deal('Instagram stuck at 99% uploading my reel, is it down?')).toBe(false);
    expect(deal('PSN error code WS-116522-7 again, PSN down?')).toBe(false);
    expect(deal('whatsapp down since 2pm, 40% battery left and nothing sends')).toBe(false);
    expect(deal('the code 123456 never arrives by SMS, Gmail down?')).toBe(false);
  });

  it('keepsTheAdvertOutOfTheComplaintsButNotTheComplaintThatMentionsASale', () => {
    expect(classify('Telegram down? Order from our site instead, 10% off all pizzas tonight! #telegramdown').complaint).toBe(false);
    expect(classify('Amazon app keeps crashing at checkout during the big sale, cannot pay').complaint).toBe(true);
  });
});
