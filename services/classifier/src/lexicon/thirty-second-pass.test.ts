// Posts here are written for these tests; none comes from shared/data or a blind fixture.
// The thirty-second pass: which services a complaint is about.
import { describe, expect, it } from 'vitest';
import { complainedOf } from '../classify-for-tests.js';

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
