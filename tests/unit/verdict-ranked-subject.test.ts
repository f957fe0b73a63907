/**
 * Whose position a ranking states. In a field that holds the U.S. too (the world's economies),
 * the U.S. named first is the one ranked: its rank is never judged against Mexico's record.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../engine/schema';
import { fig, ratingsOn, series, seriesFact } from './helpers/sample-facts';

const worldRank = { ...series('gdp-world-rank', 'gdp-rank', 'none', 'point', ['largest economy in the world', "world's largest economy"], ['economía más grande del mundo']), anyCountry: true };
const growth = { ...series('growth', 'gdp-growth', 'none', 'year', ['economy grew', 'GDP grew'], ['economía creció', 'PIB creció']), anyCountry: true };
const partnerRank = series('us-trade-partner-rank', 'trade-partner-rank', 'two-way', 'point', ['largest trading partner'], ['principal socio comercial']);

const FACTS: Fact[] = [
  seriesFact('gdp', 'mexico-economy', [fig('gdp-world-rank', 13, '2024', 'rank')], [worldRank], { en: ['economy'], es: ['economía'] }),
  seriesFact('growth', 'mexico-economy', [fig('growth', 1.5, '2024', 'percent')], [growth], { en: ['economy grew'], es: ['economía creció'] }),
  seriesFact('partner', 'trade-partner-rank', [fig('us-trade-partner-rank', 1, '2024', 'rank')], [partnerRank], { en: ['trading partner'], es: ['socio comercial'] }),
];
const verdict = ratingsOn(FACTS);

describe('the ranked one', () => {
  it("leaves the U.S.'s own place in the world unjudged", () => {
    expect(verdict("The United States is the largest economy in the world, yet Mexico's economy is still much smaller.")).toEqual({ rating: 'context', figures: [] });
    expect(verdict('Estados Unidos es la primera economía del mundo, mientras la economía mexicana es mucho más pequeña.')).toEqual({ rating: 'context', figures: [] });
  });

  it("leaves another country's figure of a measure every country has unjudged", () => {
    // In Spanish the U.S. economy said alone is U.S. news, no finding at all (detection-precision-38): still never judged.
    expect(verdict('La economía de Estados Unidos creció 2.8% en 2024.')).toBeNull();
    expect(verdict('La economía de Estados Unidos creció 2.8% en 2024, más que la de México.')?.rating).toBe('context');
    expect(verdict("Canada's economy grew 1.5% in 2024, the same as Mexico's.")?.rating).toBe('context');
    expect(verdict("Mexico's economy grew 1.5% in 2024.")).toEqual({ rating: 'accurate', figures: ['growth:consistent'] });
  });

  it("still judges Mexico's place", () => {
    expect(verdict("Mexico is the world's 13th largest economy, far behind the United States.")).toEqual({ rating: 'accurate', figures: ['gdp-world-rank:consistent'] });
    expect(verdict('Mexico is the 5th largest economy in the world, after the United States.')?.rating).toBe('false');
  });

  it.each([
    ["Lots of people think Mexico is the largest trading partner of the United States, but it's China.", 'context'],
    ['Everyone says Mexico is the largest trading partner of the United States, but actually Canada is.', 'context'],
    ['Many claim Mexico is the largest trading partner of the United States; in fact it is China.', 'context'],
    ['Muchos piensan que México es el principal socio comercial de Estados Unidos, pero es China.', 'context'],
    ['Se dice que México es el principal socio comercial de Estados Unidos, pero en realidad es Canadá.', 'context'],
    ['Many believe Mexico is the largest trading partner of the United States, but China is.', 'context'],
    ['Muchos creen que México es el principal socio comercial de Estados Unidos, pero China lo es.', 'context'],
    // A later clause that only adds to the position, with no country right after its word of correction.
    ["Mexico is the largest trading partner of the United States, but it's also close to Canada.", 'accurate'],
    ['México es el principal socio comercial de Estados Unidos, pero es también vecino de Canadá.', 'accurate'],
  ])('reads a position a later clause gives to another country as in doubt: %s → %s', (text, rating) => expect(verdict(text)?.rating).toBe(rating));

  it("reads the U.S. in a partners' ranking as the one ranking", () => {
    expect(verdict('Mexico is now the largest trading partner of the United States.')).toEqual({ rating: 'accurate', figures: ['us-trade-partner-rank:consistent'] });
  });
});
