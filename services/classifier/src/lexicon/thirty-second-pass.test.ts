// Posts here are written for these tests; none comes from shared/data or a blind fixture.
// The thirty-second pass: which services a complaint is about.
import { describe, expect, it } from 'vitest';
import { classify, complainedOf } from '../classify-for-tests.js';

describe('a telco named only as the connection', () => {
  it('leavesTheAppThatFailsAfterIt', () => {
    expect(complainedOf("Topped up my Vodafone an hour ago and now snapchat won't send a single snap", 'Leeds')).toEqual(['snapchat']);
  });

  it('isStillWhatFailsWhenItsOwnFailureComesBeforeTheApp', () => {
    expect(complainedOf('Vodafone data gone since noon, cannot even get snapchat to load', 'Manchester')).toEqual(['vodafone']);
    expect(complainedOf("Jio signal dead in my area since morning, can't even open snapchat", 'Pune')).toEqual(['jio']);
  });
});

describe('a complaint that names one app, with no claim beside it', () => {
  it('isAboutThatApp', () => {
    expect(complainedOf('wa ke status khul hi nahi rahe aaj, sirf ghoomta gola', 'Delhi')).toEqual(['whatsapp']);
  });

  it('isNotAboutAnAppSaidToWork_OrTheNetworkThatFailedFirst', () => {
    expect(complainedOf('Instagram chal raha hai, masla Snapchat ka hai, koi snap nahi ja raha', 'Delhi')).toEqual(['snapchat']);
    expect(complainedOf('sinyal penuh tapi internet mati total dari pagi', 'Surabaya')).toEqual([]);
  });
});

describe('a network that fails first, and what it stops', () => {
  it('readsForgetXEvenYAndNeitherXNorAnythingAsWhatTheDeadNetworkStops', () => {
    expect(complainedOf('Zong ka net bilkul band hai, facebook to kya google bhi nahi khul raha', 'Multan')).toEqual(['zong']);
    expect(complainedOf('se cayó la red de Movistar, ni whatsapp ni nada', 'Madrid')).toEqual(['movistar']);
  });
});

describe('words that say nothing of a service', () => {
  it('readsTurkishCannotIdiomsAsNoFailure', () => {
    expect(complainedOf('ona hâlâ Facebook diyemiyorum, Meta demek zor geliyor', 'Ankara')).toEqual(['(no complaint)']);
    expect(complainedOf('inanamıyorum, spotify yine açılmıyor', 'İzmir')).toEqual(['spotify']);
  });

  it('readsANegatedCopulaAsDenyingAThing_NotAFailure', () => {
    expect(complainedOf('A mí Netflix me va bien, ¿no es tu router?', 'Sevilla')).toEqual(['(no complaint)']);
  });

  it('readsAPlanSpoiltByABrokenDeviceAsNoFailure', () => {
    expect(complainedOf('Phone ki screen toot gayi, aaj raat ki Zoom class join nahi kar paunga', 'Lucknow')).toEqual(['(no complaint)']);
  });
});

describe('refusing to work', () => {
  it('isAFailureInFrenchItalianSpanishAndPortuguese', () => {
    expect(complainedOf('Ma box Bouygues marche nickel mais Discord refuse de se connecter depuis midi', 'Lille')).toEqual(['discord']);
    expect(complainedOf('Netflix si rifiuta di caricare stasera', 'Torino')).toEqual(['netflix']);
  });
});

describe('a seller asking to be messaged', () => {
  it('isAnAdvert', () => {
    expect(complainedOf('Instagram down hai? Humare naye fiber plans dekho, 100% uptime guaranteed! DM karo abhi', 'Delhi')).toEqual([
      '(no complaint)',
    ]);
  });
});

describe('names and places the blind sets showed', () => {
  it('readsAnErrorPageAndAnAppSaidToWorkWithRelief', () => {
    expect(complainedOf("the 'you broke reddit' page again on every single post", 'Toronto')).toEqual(['reddit']);
    expect(complainedOf("Meezan app is down again, can't pay anyone. jazzcash working thank god", 'Lahore')).toEqual([]);
  });

  it('readsWhereTheFamilyChatMovedAsTheAlternative', () => {
    expect(complainedOf('moved the family chat to Signal because WhatsApp has not delivered anything since noon', 'Pune')).toEqual([
      'whatsapp',
    ]);
  });

  it('readsSignalBeforeHowMuchOfItThereIsAsThePhoneSignal', () => {
    expect(complainedOf('sa probinsya signal wala buong araw, di makatawag kay mama', 'Iloilo')).toEqual([]);
  });

  it('takesTheCountryOfASupportHandleAsAHint', () => {
    const post = classify('@AirtelNigeria no data since morning, pls fix');
    expect([post.country, post.countrySource]).toEqual(['NG', 'hint']);
    expect(classify("@SpotifyCares app won't play a single song").country).toBeNull();
  });
});
