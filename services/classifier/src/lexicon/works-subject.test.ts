// Posts here are written for these tests; none comes from shared/data or a blind fixture.
// A "works" phrase with a subject of its own ("the rest is fine", "5g is fine", "vodafone is
// fine") after a sentence or a claimed clause is said of that subject, not of the failing name
// before it.
import { describe, expect, it } from 'vitest';
import { classify } from '../classify-for-tests.js';

const servicesOf = (text: string, author_location = 'Manchester') => {
  const result = classify(text, { author_location });
  return result.complaint ? [...result.services].sort() : ['(no complaint)'];
};

describe('a works phrase with its own subject', () => {
  it('isNotSaidOfTheFailingNameInTheSentenceBefore', () => {
    expect(servicesOf("can't load instagram. the rest is fine")).toEqual(['instagram']);
    expect(servicesOf("can't load instagram. everything else is fine")).toEqual(['instagram']);
    expect(servicesOf("can't send photos on whatsapp. 5g is fine")).toEqual(['whatsapp']);
    expect(servicesOf('non riesco ad aprire instagram. facebook va', 'Milano')).toEqual(['instagram']);
  });

  it('isNotSaidOfTheNameOfAClaimedClauseBeforeAComma', () => {
    expect(servicesOf("can't load instagram, vodafone is fine")).toEqual(['instagram']);
  });

  it('isStillSaidOfTheNamesItFollowsInOneListOrOfTheSameServiceNamedAgain', () => {
    expect(servicesOf('Netflix, Prime all working fine, only youtube is down')).toEqual(['youtube']);
    expect(servicesOf('Outlook keeps showing an error when I open the Teams link. Teams itself works fine')).toEqual(['outlook']);
    expect(servicesOf('Is WhatsApp down? Working fine here.')).toEqual(['(no complaint)']);
  });
});
