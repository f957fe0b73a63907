/**
 * "Un aliado estrecho" is Spanish for a close ally as "un aliado cercano" is: a share said with it is AP-NORC's close-ally
 * figure, not Gallup's share who call Mexico an ally (found labeling real text, issue #12: 16% was shown False against
 * Gallup's 27%). Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { bundled } from './helpers/bundled';

const card = (text: string, lang: 'en' | 'es') => {
  const found = bundled.classify(text, lang);
  return [found?.factId, found?.rating];
};

describe('a close ally, in either word', () => {
  it('is the close-ally poll in Spanish', () => {
    expect(card('El 16% de los estadounidenses considera a México un aliado estrecho.', 'es')).toEqual(['public-opinion-americans-ap-norc-pearson-2023', 'accurate']);
    expect(card('El 16% de los estadounidenses considera a México un aliado cercano.', 'es')).toEqual(['public-opinion-americans-ap-norc-pearson-2023', 'accurate']);
  });

  it('is the close-ally poll in English', () => {
    expect(card('16% of Americans consider Mexico a close ally.', 'en')).toEqual(['public-opinion-americans-ap-norc-pearson-2023', 'accurate']);
  });
});
