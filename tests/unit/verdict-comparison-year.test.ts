/**
 * A comparison of two measures said of one year compares both sides in that year: the year said on one side
 * only (before the comparison or after it), or once outside both, times the other side too. Before, the side
 * without its own year was the newest record, so a claim true in its year was False against another year's
 * figure. Found by a sweep comparing each pair of series of one topic in a year both have.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../engine/schema';
import { fig, ratingsOn, series, seriesFact } from './helpers/sample-facts';

const FACTS: Fact[] = [
  seriesFact(
    'views',
    'public-opinion',
    [fig('liked', 62, '2019', 'percent'), fig('liked', 31, '2025', 'percent'), fig('disliked', 34, '2019', 'percent'), fig('disliked', 66, '2025', 'percent')],
    [
      series('liked', 'opinion', 'mx-of-us', 'point', ['favorable view of the U.S.'], ['opinión favorable de Estados Unidos']),
      series('disliked', 'opinion', 'mx-of-us', 'point', ['unfavorable view of the U.S.'], ['opinión desfavorable de Estados Unidos']),
    ],
    { en: ['favorable view', 'poll'], es: ['opinión favorable', 'encuesta'] },
  ),
];
const verdict = ratingsOn(FACTS);

describe('a comparison of two measures in one year', () => {
  it('takes both sides from that year', () => {
    for (const text of [
      'In a 2019 poll, the favorable view of the U.S. among Mexicans was more than the unfavorable view of the U.S.',
      'En 2019, la opinión favorable de Estados Unidos fue mayor que la opinión desfavorable de Estados Unidos.',
      'La opinión favorable de Estados Unidos fue mayor que la opinión desfavorable de Estados Unidos en 2019.',
    ])
      expect(verdict(text)?.rating, text).toBe('accurate');
    expect(verdict('In a 2019 poll, the favorable view of the U.S. among Mexicans was less than the unfavorable view of the U.S.')?.rating).toBe('false');
  });

  it('is taken back by a retraction after it', () => {
    const retracted = [
      'In a 2019 poll, the favorable view of the U.S. among Mexicans was more than the unfavorable view of the U.S., but that is wrong.',
      'En 2019, la opinión favorable de Estados Unidos fue mayor que la opinión desfavorable de Estados Unidos, pero eso es falso.',
    ];
    expect(retracted.map((text) => verdict(text)?.rating)).not.toContain('accurate');
  });

  it('leaves a comparison said of no year to the newest records', () => {
    expect(verdict('In polls, the favorable view of the U.S. among Mexicans is less than the unfavorable view of the U.S.')?.rating).toBe('accurate');
  });
});
