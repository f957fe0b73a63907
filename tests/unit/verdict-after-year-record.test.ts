/**
 * A number said as later than a year ("grew 2.8%, up from 2.6% in 2023", "creció 2.8%, frente al 2.6% de 2023") is one of
 * the years after it. Where the record holds a figure for every one of those years, up to its newest, the number is one of
 * them: fitting none, it is wrong. Before, a figure of an earlier year near it (3.3% in 2023), or the range the series has
 * moved through, left it open though no year it can speak of bears it out. A record that skips a year after it leaves it
 * open still (the number may be the skipped year's), as does one a later figure is near.
 */
import { describe, expect, it } from 'vitest';
import { fig, ratingsOn, series, seriesFact } from './helpers/sample-facts';

const growth = (byYear: Record<string, number>) =>
  seriesFact(
    'growth',
    'mexico-economy',
    Object.entries(byYear).map(([year, value]) => fig('growth', value, year, 'percent')),
    [series('growth', 'growth', '', 'year', ['economy grew', 'GDP grew'], ['la economía creció', 'el PIB creció'])],
    { en: ['economy', 'GDP'], es: ['economía', 'PIB'] },
  );
const verdict = ratingsOn([growth({ '2021': 6.1, '2022': 3.9, '2023': 3.3, '2024': 1.5, '2025': 0.6 })]);
const skipped = ratingsOn([growth({ '2018': 2, '2021': 6.1, '2022': 3.9, '2023': 3.3, '2025': 0.6 })]);

describe('a number said as later than a year the record runs on from', () => {
  it('is wrong when it fits none of the years after it', () => {
    expect(verdict('Mexico’s economy grew 2.8%, up from 2.6% in 2023.')?.rating).toBe('false');
    expect(verdict('La economía de México creció 2.8%, frente al 2.6% de 2023.')?.rating).toBe('false');
  });

  it('is right when it fits one of them', () => {
    expect(verdict('Mexico’s economy grew 1.5%, down from 3.3% in 2023.')?.rating).toBe('accurate');
    expect(verdict('La economía de México creció 1.5%, frente al 3.3% de 2023.')?.rating).toBe('accurate');
  });

  it('is left open where the record skips a year after it, or a later figure is near', () => {
    expect(skipped('Mexico’s economy grew 2.8%, up from 2.6% in 2023.')?.rating).toBe('context');
    expect(skipped('La economía de México creció 2.8%, frente al 2.6% de 2023.')?.rating).toBe('context');
    expect(verdict('Mexico’s economy grew 1.9%, up from 2.6% in 2023.')?.rating).toBe('context');
    expect(verdict('La economía de México creció 1.9%, frente al 2.6% de 2023.')?.rating).toBe('context');
  });
});
