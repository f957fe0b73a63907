/**
 * A balance is not the flow it balances. "Surplus", "deficit", "imbalance" / "superávit",
 * "déficit" beside a number are words of direction (the packs' `direction`): a series whose cues
 * never use them (two-way trade) is not met, so "the U.S. runs an $873 billion trade surplus with
 * Mexico" is not checked against two-way trade of $873 billion.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../engine/schema';
import { fig, ratingsOn, seriesFact, US_DEFICIT_FACT } from './helpers/sample-facts';

/** Two-way trade: the deficit's series with its own key, side and words. */
const twoWay = {
  ...US_DEFICIT_FACT.series![0]!,
  key: 'goods-trade-per-year',
  subject: 'goods-trade',
  direction: 'two-way',
  cues: { en: ['trade with Mexico', 'two-way trade', 'U.S.-Mexico trade'], es: ['comercio con México', 'comercio bilateral', 'comercio entre México y Estados Unidos'] },
};
const FACTS: Fact[] = [seriesFact('trade', 'trade-volume', [fig('goods-trade-per-year', 872.8e9, '2025', 'usd', 'year')], [twoWay], { en: ['trade'], es: ['comercio'] }), US_DEFICIT_FACT];
const verdict = ratingsOn(FACTS);

describe('a balance is not the flow it balances', () => {
  it('does not check a surplus or a deficit against two-way trade', () => {
    expect(verdict('The U.S. runs an $873 billion trade surplus with Mexico.')?.rating).toBe('context');
    expect(verdict('The U.S. trade imbalance with Mexico was $873 billion in 2025.')?.rating).toBe('context');
    expect(verdict('Estados Unidos tuvo un superávit en su comercio con México de 873 mil millones de dólares en 2025.')?.rating).toBe('context');
  });

  it('still checks two-way trade and the deficit by their own words', () => {
    expect(verdict('U.S.-Mexico trade totaled $873 billion in 2025.')).toEqual({ rating: 'accurate', figures: ['goods-trade-per-year:consistent'] });
    expect(verdict('The U.S. trade deficit with Mexico was $197 billion in 2025.')).toEqual({ rating: 'accurate', figures: ['us-deficit-with-mexico:consistent'] });
  });
});
