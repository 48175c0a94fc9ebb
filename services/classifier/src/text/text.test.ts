import { describe, expect, it } from 'vitest';
import { foldLatin, normalise, normaliseVariants } from './normalise.js';
import { dominantScript, scriptCounts, scriptProfile } from './script.js';
import { tokenize, type Token } from './tokens.js';

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

  it('foldsInItsOnePassAsFoldLatinDoesAfterTheRewritesOnMixedScriptText', () => {
    // normalise decides folding in the pass that finds the rewrites; foldLatin's own tests are the reference.
    const alphabet = [...'aZ ıİ\u0307éÇßŞğơƯđăạẠệỹḁẛǅĳ\u200bﻻيكةहॉन्म्ब\u064bـｗ①ﬁ😀'];
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 12) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const kept = normaliseVariants(text).at(-1) as string;
      expect(normalise(text), JSON.stringify(text)).toBe(foldLatin(kept));
    }
  });
});

/** The definition of tokens as regular expressions; `tokenize` is a faster hand-written scanner that must agree. */
function referenceTokenize(normalised: string): Token[] {
  const url = /\bhttps?:\/\/\S+|\bwww\.\S+/g;
  // A hashtag's runs join at a hyphen too ("#e-devletcoktu"); other tokens' at a dot or ampersand.
  const token = /(#)([\p{L}\p{M}\p{N}_]+(?:[-.&][\p{L}\p{M}\p{N}_]+)*)|(@)?([\p{L}\p{M}\p{N}_]+(?:[.&][\p{L}\p{M}\p{N}_]+)*)/gu;
  const scriptChange = /(?<=[a-z0-9])(?=(?!\p{Script=Latin})[\p{L}\p{M}])|(?<=(?!\p{Script=Latin})[\p{L}\p{M}])(?=[a-z0-9])/u;
  const tokens: Token[] = [];
  for (const match of normalised.replace(url, ' ').matchAll(token)) {
    const kind = match[1] === '#' ? 'hashtag' : match[3] === '@' ? 'mention' : 'word';
    const word = (match[2] ?? match[4]) as string;
    for (const part of kind === 'word' ? word.split(scriptChange) : [word]) tokens.push({ kind, text: part });
  }
  return tokens;
}

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

  it('keepsAHyphenInsideAHashtag', () => {
    expect(texts('#e-DevletÇöktü yine, e-Devlet #jio- down')).toEqual(['he-devletcoktu', 'yine', 'e', 'devlet', 'hjio', 'down']);
  });

  it('agreesWithTheRegularExpressionsThatDefineTokensOnAwkwardAndRandomText', () => {
    const awkward = [
      'youtube.見 x.www.y.com ühttp://a.b/c d',
      '##tag @@x a#b c@d e.&f g..h i.',
      'https:// x http://y www. z www.a',
      'ok\u00a0https://t.co/x\u3000next 5जी jio4g',
      '𠀀𠀁abc 𝐀bc \ud800 end\ud800',
      'مرحبا123 abcمرحبا _x_ A_b',
    ];
    const alphabet = [
      'a',
      'z',
      '0',
      '_',
      '.',
      '&',
      '#',
      '@',
      ' ',
      '-',
      "'",
      'é',
      'ş',
      'न',
      'ं',
      'ا',
      '見',
      'ก',
      'h',
      'w',
      'ttp://',
      'www.',
      '\u00a0',
      '\ud83d\ude00',
    ];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const generated = Array.from({ length: 3000 }, () =>
      Array.from({ length: 1 + Math.floor(random() * 20) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''),
    );
    for (const text of [...awkward, ...generated]) expect(tokenize(text), JSON.stringify(text)).toEqual(referenceTokenize(text));
  });
});

describe('dominantScript', () => {
  it('letsAPostInAnotherScriptOutweighABrandNameInLatin', () => {
    expect(dominantScript(scriptCounts('WhatsApp नहीं चल रहा'))).toBe('Deva');
    expect(dominantScript(scriptCounts('インスタ落ちてる'))).toBe('Kana');
    expect(dominantScript(scriptCounts('is it down'))).toBe('Latn');
  });
});

describe('scriptProfile', () => {
  it('agreesWithDominantScriptAndFlagsUnspacedLetters', () => {
    for (const text of ['WhatsApp नहीं चल रहा', 'インスタ落ちてる', 'is it down', '微信崩了', 'ไลน์ล่ม', 'ok', '123 !!', 'واتساب 𠀀']) {
      const counts = scriptCounts(text);
      expect(scriptProfile(text)).toEqual({
        dominant: dominantScript(counts),
        unspaced: counts.has('Kana') || counts.has('Hani') || counts.has('Thai'),
      });
    }
    expect(scriptProfile('ไลน์ล่ม')).toEqual({ dominant: 'Thai', unspaced: true });
  });
});
