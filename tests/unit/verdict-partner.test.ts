/**
 * The other side of a relation. A cue that names it after "with" / "con" ("trade deficit with
 * Mexico", "déficit comercial con México") is not met by a sentence that names someone else there
 * and the cue's side in another role: "el déficit comercial de México con Estados Unidos" is
 * Mexico's deficit, not the U.S.'s deficit with Mexico (Mexico runs a surplus).
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../engine/schema';
import { fig, ratingsOn, seriesFact, US_DEFICIT_FACT } from './helpers/sample-facts';

/** U.S. trade with Canada: the deficit's series with its own key, side and words. */
const withCanada = {
  ...US_DEFICIT_FACT.series![0]!,
  key: 'us-goods-trade-with-canada',
  subject: 'goods-trade-canada',
  direction: 'us-canada',
  cues: { en: ['trade with Canada', 'U.S.-Canada trade'], es: ['comercio con Canadá', 'comercio entre Estados Unidos y Canadá'] },
};
const FACTS: Fact[] = [
  US_DEFICIT_FACT,
  seriesFact('canada', 'trade-volume', [fig('us-goods-trade-with-canada', 712.8e9, '2025', 'usd', 'year')], [withCanada], { en: ['trade with Canada'], es: ['comercio con Canadá'] }),
];
const verdict = ratingsOn(FACTS);

describe('the other side of a relation', () => {
  it('leaves a relation turned round unjudged', () => {
    expect(verdict('El déficit comercial de México con Estados Unidos fue de 197 mil millones de dólares en 2025.')?.rating).toBe('context');
    expect(verdict('El déficit comercial de México con Estados Unidos fue de 50 mil millones de dólares en 2025.')?.rating).toBe('context');
  });

  it("does not take the cue's owner for the other side named after 'with' / 'con'", () => {
    // The U.S.'s surplus with Mexico (it runs a deficit): "México" after "con" is not the owner in "superávit comercial de México".
    expect(verdict('Estados Unidos tiene un superávit comercial de 197 mil millones de dólares con México.')?.rating).toBe('context');
    expect(verdict('The U.S. has a trade surplus of $197 billion with Mexico.')?.rating).toBe('context');
  });

  it('takes the first name after "with" / "con" for the other side', () => {
    // Trade with Mexico, compared with Canada's: the cue "comercio con Canadá" does not reach over "con México".
    expect(verdict('El comercio con México sumó 873 mil millones de dólares en 2025, más que con Canadá.')?.rating).toBe('context');
    expect(verdict('Trade with Mexico reached $873 billion in 2025, more than with Canada.')?.rating).toBe('context');
  });

  it('still judges the relation said either way round', () => {
    expect(verdict('El déficit comercial de Estados Unidos con México fue de 197 mil millones de dólares en 2025.')).toEqual({
      rating: 'accurate',
      figures: ['us-deficit-with-mexico:consistent'],
    });
    expect(verdict('El superávit comercial de México con Estados Unidos fue de 197 mil millones de dólares en 2025.')).toEqual({
      rating: 'accurate',
      figures: ['us-deficit-with-mexico:consistent'],
    });
    expect(verdict('The U.S. trade deficit with Mexico was about $197 billion in 2025.')).toEqual({ rating: 'accurate', figures: ['us-deficit-with-mexico:consistent'] });
    expect(verdict('The U.S. trade deficit with Mexico was $150 billion in 2025.')?.rating).toBe('false');
  });
});
