/**
 * The other side of a relation. A cue that names it after "with" / "con" ("trade deficit with
 * Mexico", "déficit comercial con México") is not met by a sentence that names someone else there
 * and the cue's side in another role: "el déficit comercial de México con Estados Unidos" is
 * Mexico's deficit, not the U.S.'s deficit with Mexico (Mexico runs a surplus).
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../engine/schema';
import { fig, ratingsOn, series, seriesFact } from './helpers/sample-facts';

const deficit = series(
  'us-deficit-with-mexico',
  'goods-trade-balance',
  'us-deficit',
  'year',
  ['trade deficit with Mexico', 'U.S. trade deficit with Mexico', "Mexico's trade surplus with the U.S."],
  ['déficit comercial con México', 'déficit comercial de Estados Unidos con México', 'superávit comercial de México con Estados Unidos'],
);

const FACTS: Fact[] = [seriesFact('deficit', 'trade-volume', [fig('us-deficit-with-mexico', 196.9e9, '2025', 'usd', 'year')], [deficit], { en: ['trade deficit'], es: ['déficit comercial'] })];
const verdict = ratingsOn(FACTS);

describe('the other side of a relation', () => {
  it('leaves a relation turned round unjudged', () => {
    expect(verdict('El déficit comercial de México con Estados Unidos fue de 197 mil millones de dólares en 2025.')?.rating).toBe('context');
    expect(verdict('El déficit comercial de México con Estados Unidos fue de 50 mil millones de dólares en 2025.')?.rating).toBe('context');
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
