// Posts here are written for these tests; none comes from shared/data or a blind fixture.
import { describe, expect, it } from 'vitest';
import { classify } from '../classify-for-tests.js';

describe('English: seventeenth blind pass (global English) classes', () => {
  it('readsAustralianCactusAsBrokenButNotThePlant', () => {
    expect(classify("netflix's cactus tonight, every show stops after a minute").services).toEqual(['netflix']);
    expect(classify('discord has gone cactus again').services).toEqual(['discord']);
    expect(classify('bought a cactus for the desk, bit spiky').complaint).toBe(false);
  });

  it('readsABlackScreenAsAFailure', () => {
    expect(classify('netflix just shows a black screen on every show').services).toEqual(['netflix']);
    expect(classify('got a black screen protector from amazon, fits perfectly').complaint).toBe(false);
  });

  it('carriesTheClaimToTheNextNameAfterNeitherOrNor', () => {
    expect(classify("whatsapp won't send anything and neither will telegram").services).toEqual(['whatsapp', 'telegram']);
    expect(classify('I never liked snapchat and neither will my kids').complaint).toBe(false);
  });

  it('readsAny1ElseAsAnyoneElse', () => {
    expect(classify('any1 else getting kicked off roblox every few mins').services).toEqual(['roblox']);
    expect(classify('any1 want to play roblox later').complaint).toBe(false);
  });

  it('readsGoogleDrivesAccessPageAsAnError', () => {
    expect(classify("google drive keeps showing 'You need access' on my own files").services).toEqual(['google-drive']);
    expect(classify('you need access to a good printer for this course').complaint).toBe(false);
  });

  it('readsAContractedIsFineAsSaidOfTheNameBeforeIt', () => {
    expect(classify("Xbox Live's fine, it's steam that won't connect").services).toEqual(['steam']);
    expect(classify("Xbox Live's fine today").complaint).toBe(false);
  });

  it('readsAFailureTheAuthorTakesBackAsNoComplaint', () => {
    expect(classify("reddit said 'Something went wrong' on my comment, refreshed and it's there now").complaint).toBe(false);
    expect(classify('thought spotify was down, nope, I forgot to pay the wifi bill').complaint).toBe(false);
    expect(classify("reddit keeps saying 'Something went wrong' on every comment, refreshed twice").complaint).toBe(true);
  });

  it('readsWhatSomeoneElseSaidIsDownAsHearsay', () => {
    expect(classify("my friend said 'discord is down', turns out only his pc was").complaint).toBe(false);
    expect(classify('whoever said telegram is down, it is working fine here').complaint).toBe(false);
    expect(classify('discord is down for me, cannot join any server').complaint).toBe(true);
  });

  it('readsAServiceClosingForGoodAndShuffleGripesAsNoOutage', () => {
    expect(classify('Google shutting it down next year, so long Podcasts app').complaint).toBe(false);
    expect(classify('is it just me or does apple music shuffle only ever pick the same artists').complaint).toBe(false);
    expect(classify('apple music is down, nothing plays at all').complaint).toBe(true);
  });

  it('readsTheNetworkOfARelativeAsWhereTheyAreAndNotWhatFails', () => {
    expect(
      classify("my mum on Vodafone gets the same thing, instagram won't load for either of us", { author_location: 'London' }).services,
    ).toEqual(['instagram']);
  });

  it('readsNigerianPidginAsEnglish', () => {
    expect(classify('netflix price don increase again, dem wan finish us', { lang: 'es' }).language).toBe('en');
  });

  it('readsAnOutageDatedInThePastWithTheNameBetweenAsARecap', () => {
    expect(classify("last week's azure outage, still writing up the incident notes").complaint).toBe(false);
    expect(classify('reading a long thread on the 2019 cloudflare outage, fascinating').complaint).toBe(false);
    expect(classify("today's whatsapp outage is killing me, nothing sends").services).toEqual(['whatsapp']);
  });

  it('readsWhatIsSaidToWorkOfEverythingElseAsNoDenial', () => {
    expect(classify("slack won't load for me, everything else is fine").services).toEqual(['slack']);
    expect(classify('slack was down earlier, everything is fine now').complaint).toBe(false);
  });

  it('placesAProfileWrittenAsAUsAddressInTheUsOverALargerNamesakeAbroad', () => {
    const country = (location: string) => classify('venmo is down, payments failing', { author_location: location }).country;
    expect(country('Dublin, OH')).toBe('US');
    expect(country('Birmingham, AL 35203')).toBe('US');
    expect(country('Dublin, Ireland')).toBe('IE');
    expect(country('Perth, WA')).toBe('AU');
    expect(country('Chennai, TN')).toBe('IN');
    expect(country('Jakarta, ID')).toBe('ID');
    expect(country('Milano, MI')).toBe('IT');
  });

  it('readsWhatIsSaidToWorkOfAnotherPartAsNoDenialOfAClaimAboutOnePart', () => {
    expect(classify('Shorts keep crashing the app, long videos are fine').services).toEqual(['youtube']);
    expect(classify('voice notes will not send, texts are fine').complaint).toBe(true);
    expect(classify('is whatsapp down? nope, messages are fine').complaint).toBe(false);
  });

  it('namesXByItsOwnErrorPageQuotedAlone', () => {
    expect(classify('"Something went wrong. Try reloading." for the last hour').services).toEqual(['x']);
    expect(classify('something went wrong with my haircut, try again next month').complaint).toBe(false);
  });

  it('readsKeepsFailingWithAPluralSubject', () => {
    expect(classify('my teams calls keep dropping every ten minutes').services).toEqual(['microsoft-teams']);
    expect(classify('prices keep going up on uber eats').complaint).toBe(false);
  });

  it('keepsEnglishForAPostOfLoanwordsOnlyWhereEnglishIsOfficialToo', () => {
    expect(classify('claude down?', { author_location: 'Lahore' }).language).toBe('en');
    expect(classify('claude down hai kya?', { author_location: 'Lahore' }).language).toBe('ur');
    // Only where English is official too: in Germany the country still settles it.
    expect(classify('claude down?', { author_location: 'Berlin' }).language).toBe('de');
  });
});
