/**
 * A figure that bears a sentence out does not clear a typical claim its fact rates wrong (misleading, outdated, false): the
 * claim's rating weighs the whole record (the impression the number leaves, a newer poll, the count the words mean), the
 * figure check one series. Synthetic facts written for the tests, both languages.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../engine/schema';
import { fig, ratingsOn, series, seriesFact } from './helpers/sample-facts';

const WALL: Fact = seriesFact(
  'wall-built',
  'border-security',
  [fig('wall-miles-built', 452, '2021', 'mi')],
  [series('wall-miles-built', 'wall-miles', 'first-term', 'cumulative', ['miles of border wall built'], ['millas de muro fronterizo construidas'])],
  { en: ['border wall'], es: ['muro fronterizo'] },
);
const rated = (rating: Fact['claims'][number]['rating']): Fact => ({
  ...WALL,
  claims: [
    { text: 'The government had 500 miles of border wall built in its first term', lang: 'en', rating },
    { text: 'El gobierno tuvo 500 millas de muro fronterizo construidas en su primer mandato', lang: 'es', rating },
  ],
});

describe('a typical claim rated wrong, beside a figure that bears the sentence out', () => {
  it('keeps its rating, in both languages', () => {
    const rate = ratingsOn([rated('misleading')]);
    expect(rate('The government had 500 miles of border wall built in its first term.')?.rating).toBe('misleading');
    expect(rate('El gobierno tuvo 500 millas de muro fronterizo construidas en su primer mandato.')?.rating).toBe('misleading');
    const outdated = ratingsOn([rated('outdated')]);
    expect(outdated('The government had 500 miles of border wall built in its first term.')?.rating).toBe('outdated');
    expect(outdated('El gobierno tuvo 500 millas de muro fronterizo construidas en su primer mandato.')?.rating).toBe('outdated');
  });
  it('leaves the figure its say where the claim is rated right or none is made, in both languages', () => {
    const rate = ratingsOn([rated('accurate')]);
    expect(rate('The government had 500 miles of border wall built in its first term.')?.rating).toBe('accurate');
    expect(rate('El gobierno tuvo 500 millas de muro fronterizo construidas en su primer mandato.')?.rating).toBe('accurate');
    const none = ratingsOn([WALL]);
    expect(none('The government had 500 miles of border wall built in its first term.')?.rating).toBe('accurate');
    expect(none('El gobierno tuvo 500 millas de muro fronterizo construidas en su primer mandato.')?.rating).toBe('accurate');
  });
});

describe('a typical claim rated right, beside a figure that contradicts the sentence', () => {
  it('leaves the sentence without a verdict, in both languages', () => {
    const rate = ratingsOn([
      {
        ...WALL,
        claims: [
          { text: 'The government had 300 miles of border wall built in its first term', lang: 'en', rating: 'accurate' },
          { text: 'El gobierno tuvo 300 millas de muro fronterizo construidas en su primer mandato', lang: 'es', rating: 'accurate' },
        ],
      },
    ]);
    expect(rate('The government had 300 miles of border wall built in its first term.')?.rating).toBe('context');
    expect(rate('El gobierno tuvo 300 millas de muro fronterizo construidas en su primer mandato.')?.rating).toBe('context');
    // Without the claim, the figure shows it wrong.
    const none = ratingsOn([WALL]);
    expect(none('The government had 300 miles of border wall built in its first term.')?.rating).toBe('false');
    expect(none('El gobierno tuvo 300 millas de muro fronterizo construidas en su primer mandato.')?.rating).toBe('false');
  });
});
