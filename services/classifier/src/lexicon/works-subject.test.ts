// Posts here are written for these tests; none comes from shared/data or a blind fixture.
// A "works" phrase with a subject of its own ("the rest is fine", "5g is fine", "vodafone is
// fine") after a sentence or a claimed clause is said of that subject, not of the failing name
// before it.
import { describe, expect, it } from 'vitest';
import { complainedOf } from '../classify-for-tests.js';

const servicesOf = (text: string, author_location = 'Manchester') => complainedOf(text, author_location);

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
    expect(servicesOf('Outlook not working when I open the Teams link. Teams itself works fine')).toEqual(['outlook']);
    expect(servicesOf('Is WhatsApp down? Working fine here.')).toEqual(['(no complaint)']);
  });
});

describe('a name excepted from what works', () => {
  const at = (text: string, place: string) => servicesOf(text, place);

  it('isTheFailingService', () => {
    expect(at('all my apps are working except whatsapp, messages stuck', 'Leeds')).toEqual(['whatsapp']);
    expect(at('Zong ka net theek hai, sab apps chal rahi hain siwaye whatsapp ke', 'Karachi')).toEqual(['whatsapp']);
    expect(at('sab kuch chal raha hai except whatsapp', 'Delhi')).toEqual(['whatsapp']);
    expect(at('tutto funziona tranne whatsapp', 'Milano')).toEqual(['whatsapp']);
    expect(at('her şey çalışıyor WhatsApp hariç', 'Ankara')).toEqual(['whatsapp']);
    expect(at('todo funciona bien menos whatsapp', 'Madrid')).toEqual(['whatsapp']);
    expect(at('semua aplikasi lancar kecuali whatsapp', 'Jakarta')).toEqual(['whatsapp']);
    // a bare verb of working, which is no "works" phrase alone
    expect(at('everything works except whatsapp', 'Leeds')).toEqual(['whatsapp']);
    expect(at('todo funciona menos whatsapp', 'Madrid')).toEqual(['whatsapp']);
    expect(at('tudo funcionando menos o whatsapp', 'Recife')).toEqual(['whatsapp']);
  });

  it('worksWhenNothingElseDoes', () => {
    expect(at('kuch nahi chal raha siwaye whatsapp ke, jio down hai kya', 'Delhi')).toEqual(['jio']);
    expect(at('nothing loads except whatsapp, is instagram down?', 'Leeds')).toEqual(['instagram']);
    expect(at('nothing is loading except whatsapp, is my EE down?', 'Leeds')).toEqual(['ee']);
  });

  it('worksWhenAllElseFailsAndSplitsNoListThatFollows', () => {
    expect(at('all my apps are down except telegram', 'Leeds')).not.toContain('telegram');
    expect(at('everything crashed except telegram lol', 'Leeds')).not.toContain('telegram');
    expect(at('nothing loads except telegram. snapchat and tiktok both dead', 'Leeds')).toEqual(['snapchat', 'tiktok']);
    expect(at('nothing works except telegram', 'Leeds')).not.toContain('telegram');
  });

  it('exceptsOnlyTheNameRightAfterItOrPastAnArticle', () => {
    expect(at('ho la fibra e va tutto tranne Netflix e Spotify', 'Torino')).toEqual(['netflix', 'spotify']);
  });

  it('isNoExceptionInAtLeast', () => {
    expect(at('vivo reclamando mas pelo menos spotify e whatsapp funcionam', 'Recife')).toEqual(['(no complaint)']);
  });
});
