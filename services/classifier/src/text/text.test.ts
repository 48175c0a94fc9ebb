import { describe, expect, it } from 'vitest';
import { normalise } from './normalise.js';
import { dominantScript, scriptCounts } from './script.js';
import { tokenize } from './tokens.js';

describe('normalise', () => {
  it('foldsLatinDiacriticsAndTurkishDotlessI', () => {
    expect(normalise('İstanbul ÇÖKTÜ mü? Işık')).toBe('istanbul coktu mu? isik');
  });

  it('keepsVietnameseToneMarksThatTellWordsApart', () => {
    expect(normalise('Facebook sập rồi')).toBe('facebook sập rồi');
  });

  it('unifiesArabicScriptLetterVariantsAndDropsJoiners', () => {
    expect(normalise('واتساب')).toBe(normalise('واتساپ'.replace('پ', 'ب')));
    expect(normalise('كيف')).toBe(normalise('کیف'));
    expect(normalise('ఇన్\u200cస్టాగ్రామ్')).toBe(normalise('ఇన్స్టాగ్రామ్'));
  });

  it('keepsDevanagariCombiningMarks', () => {
    expect(normalise('बंद')).not.toBe(normalise('बद'));
  });

  it('turnsFullWidthFormsIntoPlainOnes', () => {
    expect(normalise('ＷｈａｔｓＡｐｐ')).toBe('whatsapp');
  });
});

describe('tokenize', () => {
  const texts = (s: string) => tokenize(normalise(s)).map((t) => `${t.kind === 'word' ? '' : t.kind[0]}${t.text}`);

  it('splitsTurkishCaseEndingsOffNames', () => {
    expect(texts("WhatsApp'ta sorun var")).toEqual(['whatsapp', 'ta', 'sorun', 'var']);
  });

  it('splitsLatinFromUnspacedScripts', () => {
    expect(texts('YouTube見れない')).toEqual(['youtube', '見れない']);
  });

  it('keepsHashtagsAndMentionsAndDropsUrls', () => {
    expect(texts('#JioDown @JioCare see https://t.co/abc123 now')).toEqual(['hjiodown', 'mjiocare', 'see', 'now']);
  });

  it('keepsDottedNamesWholeAndSplitsHyphens', () => {
    expect(texts('e-Devlet ve by.U, ma-open')).toEqual(['e', 'devlet', 've', 'by.u', 'ma', 'open']);
  });
});

describe('dominantScript', () => {
  it('letsAPostInAnotherScriptOutweighABrandNameInLatin', () => {
    expect(dominantScript(scriptCounts('WhatsApp नहीं चल रहा'))).toBe('Deva');
    expect(dominantScript(scriptCounts('インスタ落ちてる'))).toBe('Kana');
    expect(dominantScript(scriptCounts('is it down'))).toBe('Latn');
  });
});
