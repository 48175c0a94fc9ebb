// Names here are written for these tests; none comes from shared/data.
import { describe, expect, it } from 'vitest';
import { normalise } from '../text/normalise.js';
import { tokenize } from '../text/tokens.js';
import { Vocabulary } from '../lexicon/vocabulary.js';
import { ServiceCatalogue } from './catalogue.js';
import type { ServiceEntry } from './types.js';

const entry = (id: string, aliases: string[], extra: Partial<ServiceEntry> = {}): ServiceEntry => ({
  id,
  name: id,
  markets: 'global',
  aliases,
  ambiguousAliases: [],
  handles: [],
  hashtags: [],
  ...extra,
});

const vocabulary = new Vocabulary();
const catalogue = new ServiceCatalogue(
  [
    entry('whatsapp', ['whatsapp', 'واتساب', 'வாட்ஸ்அப்'], { hashtags: ['whatsappdown'] }),
    entry('google', ['google']),
    entry('google-drive', ['google drive']),
    entry('sky', [], { ambiguousAliases: ['sky'], markets: ['GB'], handles: ['skyhelpteam'] }),
    entry('jio', ['jio']),
    entry('line', [], { ambiguousAliases: ['ライン'] }),
    entry('google-pay', ['గూగుల్ పే']),
  ],
  new Set(['down', 'outage', 'coktu']),
  vocabulary,
);

function services(text: string, unspaced = false): string[] {
  const normalised = normalise(text);
  const tokens = tokenize(normalised);
  const ids = vocabulary.encode(tokens.map((t) => t.text));
  return catalogue.find(tokens, ids, normalised, unspaced).map((m) => `${m.service}${m.ambiguous ? '?' : ''}${m.outageHashtag ? '!' : ''}`);
}

describe('ServiceCatalogue.find', () => {
  it('readsListedAndGluedOutageHashtags', () => {
    expect(services('#WhatsAppDown again')).toEqual(['whatsapp!']);
    expect(services('#jiooutage since 9')).toEqual(['jio!']);
    expect(services('#JioÇöktü')).toEqual(['jio!']);
  });

  it('prefersTheLongerNameOverTheNameInsideIt', () => {
    expect(services('google drive will not sync')).toEqual(['google-drive']);
  });

  it('marksAmbiguousNamesUnlessAHandleOrHashtagSaysSo', () => {
    expect(services('the sky is grey')).toEqual(['sky?']);
    expect(services('@SkyHelpTeam broadband dead')).toEqual(['sky']);
    expect(services('#sky down')).toEqual(['sky']);
  });

  it('readsCaseEndingsAndArabicClitics', () => {
    expect(services('வாட்ஸ்அப்ல வீடியோ')).toEqual(['whatsapp']);
    expect(services('الواتساب واقف')).toEqual(['whatsapp']);
    expect(services('والواتساب كمان')).toEqual(['whatsapp']);
  });

  it('readsAnEndingOnTheSecondWordOfATwoWordName', () => {
    expect(services('గూగుల్ పేలో పేమెంట్')).toEqual(['google-pay']);
  });

  it('doesNotFindLineInsideAKatakanaWord', () => {
    expect(services('ライン落ちてる', true)).toEqual(['line?']);
    expect(services('タイムライン読み込まない', true)).toEqual([]);
    expect(services('オンラインで', true)).toEqual([]);
  });

  it('doesNotReadADownloadHashtagAsAnOutage', () => {
    expect(services('#whatsappdownload')).toEqual([]);
  });
});

describe('Turkish case endings on Latin names', () => {
  const found = (text: string, language?: string) => {
    const normalised = normalise(text);
    const tokens = tokenize(normalised);
    return catalogue.find(tokens, vocabulary.encode(tokens.map((t) => t.text)), normalised, false, language).map((m) => m.service);
  };

  it('readsTheNameUnderTheEndingInATurkishPost', () => {
    expect(found('whatsappta mesaj gitmiyor', 'tr')).toEqual(['whatsapp']);
    expect(found("Jio'dan ses yok, jioya giremiyorum", 'tr')).toEqual(['jio', 'jio']);
    expect(found('googledan sonuç gelmiyor', 'tr')).toEqual(['google']);
  });

  it('leavesOtherLanguagesAndNonNamesAlone', () => {
    expect(found('whatsappta', 'en')).toEqual([]);
    expect(found('jiotta googlex', 'tr')).toEqual([]);
  });
});
