/**
 * Who says a thing, said before it ("According to the U.S. Census Bureau, …", "De acuerdo a EU, …"), is no way of the flow
 * the claim is about: the particle that ends those words ("to", "a") names no side, and the name after a particle is read
 * up to a comma, never in the clause after it ("According to the data, Mexico …"). And a particle a series' own cue says
 * after the same word ("México le compra a Estados Unidos": "comprar a" is to buy from) names the side that cue names.
 */
import { describe, it } from 'vitest';
import { expectRatings } from './helpers/bundled';

describe('an attribution before a claim', () => {
  it('leaves the flow and its sides as the claim says them', () => {
    expectRatings([
      ['According to the data, Mexico accounts for about 15.7% of U.S. imports.', 'accurate'],
      ['According to the U.S. Census Bureau, Mexico bought $334 billion of U.S. goods in 2024.', 'accurate'],
      ['De acuerdo a EU, México le compró a Estados Unidos 334 mil millones de dólares en 2024.', 'accurate'],
      ['De acuerdo con el Censo, México representa cerca del 15.7% de las importaciones de Estados Unidos.', 'accurate'],
    ]);
  });

  it('reads "comprar a" as its cue does: whom one buys from', () => {
    expectRatings([
      ['México compró a Estados Unidos 334 mil millones de dólares en 2024.', 'accurate'],
      ['México exportó a Estados Unidos 334 mil millones de dólares en 2024.', 'false'],
    ]);
  });

  it('reads no country in a currency after the particle ("to US$61.8 billion")', () => {
    expectRatings([
      ['Remittances to Mexico fell 4.6% in 2025, to US$61.8 billion.', 'accurate'],
      ['Remittances to Mexico came to more than US$65 billion in 2024.', 'false'],
      ['Las remesas a México cayeron 4.6% en 2025, a US$61,791 millones.', 'accurate'],
    ]);
  });

  it('still reads a flow said the other way round after it (U.S. imports from Mexico were $505.9 billion)', () => {
    expectRatings([
      ['According to the U.S. Census Bureau, the U.S. bought $334 billion of Mexican goods in 2024.', 'false'],
      ['De acuerdo con el Censo, Estados Unidos le compró 334 mil millones de dólares en bienes a México en 2024.', 'context'],
    ]);
  });
});
