/**
 * A quarter said without its ordinal ("last quarter", "in the quarter", "quarter on quarter", "el trimestre pasado", "en el
 * último trimestre") is part of a year, as "the first quarter" already was: a growth said of it is no year's growth. "Mexico's
 * economy grew 0.6% last quarter" was Accurate against the year's 0.6%, and "grew 2.8% last quarter" open only by luck.
 */
import { describe, expect, it } from 'vitest';
import { fig, ratingsOn, series, seriesFact } from './helpers/sample-facts';

const verdict = ratingsOn([
  seriesFact(
    'growth',
    'mexico-economy',
    Object.entries({ '2023': 3.3, '2024': 1.5, '2025': 0.6 }).map(([year, value]) => fig('growth', value, year, 'percent')),
    [series('growth', 'growth', '', 'year', ['economy grew', 'GDP grew'], ['la economía creció', 'el PIB creció'])],
    { en: ['economy', 'GDP'], es: ['economía', 'PIB'] },
  ),
]);

describe('a quarter said without its ordinal', () => {
  it('is part of a year: no year’s growth bears it out', () => {
    expect(verdict('Mexico’s economy grew 0.6% last quarter.')?.rating).toBe('context');
    expect(verdict('Mexico’s economy grew 0.6% quarter on quarter.')?.rating).toBe('context');
    expect(verdict('La economía de México creció 0.6% el trimestre pasado.')?.rating).toBe('context');
    expect(verdict('La economía de México creció 0.6% en el último trimestre.')?.rating).toBe('context');
  });

  it('leaves a year’s growth as it was', () => {
    expect(verdict('Mexico’s economy grew 0.6% in 2025.')?.rating).toBe('accurate');
    expect(verdict('La economía de México creció 0.6% en 2025.')?.rating).toBe('accurate');
  });
});
