/**
 * A typical claim that denies something itself ("… never paid …", "… no longer …") is not what a sentence says that
 * denies it once more ("It is false that … never paid …"): the sentence must say no more negations than the claim.
 * Found by wrapping every typical claim rated accurate in denial forms (183 of them were Accurate).
 */
import { describe, expect, it } from 'vitest';
import { claimFact, ratingsOn } from './helpers/sample-facts';

const verdict = ratingsOn([
  claimFact('levy', 'nafta-usmca', { en: ['tariff', 'avocado'], es: ['arancel', 'aguacate'] }, [
    { text: 'The U.S. never put a tariff on Mexican avocados', lang: 'en', rating: 'accurate' },
    { text: 'Estados Unidos nunca puso un arancel al aguacate mexicano', lang: 'es', rating: 'accurate' },
  ]),
]);

describe('a denial of a claim that denies', () => {
  it('is not the claim', () => {
    const denied = [
      'It is false that the U.S. never put a tariff on Mexican avocados.',
      'Stop saying the U.S. never put a tariff on Mexican avocados.',
      'Es falso que Estados Unidos nunca puso un arancel al aguacate mexicano.',
      'Dejen de decir que Estados Unidos nunca puso un arancel al aguacate mexicano.',
    ];
    expect(denied.filter((text) => verdict(text)?.rating === 'accurate')).toEqual([]);
  });

  it('leaves the claim said as it is borne out', () => {
    expect(verdict('The U.S. never put a tariff on Mexican avocados.')?.rating).toBe('accurate');
    expect(verdict('Estados Unidos nunca puso un arancel al aguacate mexicano.')?.rating).toBe('accurate');
  });
});
