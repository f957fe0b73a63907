/**
 * "The vast majority", "an overwhelming majority", "la gran mayoría", "la inmensa mayoría": most by far, not just over
 * half. A share of 61% does not bear it out (nor contradict it: left unsettled), one of 90% does, one of 40% contradicts
 * it. Synthetic facts written for the tests, both languages.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import { fig, series, seriesFact } from './helpers/sample-facts';

/** The rating of a sentence on a record of the given share, however sure the detection is of it. */
const shareOf = (value: number) => {
  const engine = createEngine([
    seriesFact(
      'unfavorable',
      'public-opinion',
      [fig('unfavorable-share', value, '2025', 'percent')],
      [series('unfavorable-share', 'unfavorable-share', 'mx-to-us', 'point', ['of Mexicans view the U.S. unfavorably'], ['de los mexicanos ve desfavorablemente a Estados Unidos'])],
      { en: ['view the U.S. unfavorably'], es: ['ve desfavorablemente a Estados Unidos'] },
    ),
  ]);
  return (text: string) => ({ rating: engine.classify(text)?.rating });
};
const EN = ['The vast majority of Mexicans view the U.S. unfavorably.', 'An overwhelming majority of Mexicans view the U.S. unfavorably.'];
const ES = ['La gran mayoría de los mexicanos ve desfavorablemente a Estados Unidos.', 'La inmensa mayoría de los mexicanos ve desfavorablemente a Estados Unidos.'];

describe('a share said as most by far', () => {
  it('is not borne out by a share just over half, in both languages', () => {
    const rate = shareOf(61);
    for (const text of [...EN, ...ES]) expect(rate(text)?.rating, text).not.toBe('accurate');
    // "Most" is borne out by it.
    expect(rate('Most Mexicans view the U.S. unfavorably.')?.rating).toBe('accurate');
    expect(rate('La mayoría de los mexicanos ve desfavorablemente a Estados Unidos.')?.rating).toBe('accurate');
  });
  it('is borne out by a share far over half and contradicted by one under it, in both languages', () => {
    for (const text of [...EN, ...ES]) {
      expect(shareOf(90)(text)?.rating, text).toBe('accurate');
      expect(shareOf(40)(text)?.rating, text).toBe('false');
    }
  });
});
