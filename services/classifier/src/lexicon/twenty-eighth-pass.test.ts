// Posts here are written for these tests; none comes from shared/data or a blind fixture.
import { describe, expect, it } from 'vitest';
import { classify } from '../classify-for-tests.js';

describe('twenty-eighth blind pass classes', () => {
  it('bindsARecoveryGluedToALatinNameInUnspacedTextToThatName', () => {
    expect(classify('LINEは復旧したけどインスタがまだ落ちてる').services).toEqual(['instagram']);
    expect(classify('Gmailは戻った、でもYouTubeがまだ再生できない').services).toEqual(['youtube']);
    expect(classify('インスタは直ったけどLINEがまだ落ちてる').services).toEqual(['line']);
  });
});
