/**
 * A typical claim speaks of its fact's time. A sentence told as history of an earlier year
 * ("In 2015, Mexico was the largest…") is not the claim about today's record, however many words
 * they share; the same claim said of today, or of the record's own year, still meets it.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../engine/schema';
import { fig, ratingsOn, seriesFact } from './helpers/sample-facts';

const FACTS: Fact[] = [
  {
    ...seriesFact('partner', 'trade-partner-rank', [fig('us-trade-partner-rank', 3, '2013', 'rank'), fig('us-trade-partner-rank', 1, '2025', 'rank')], [], {
      en: ['trading partner'],
      es: ['socio comercial'],
    }),
    claims: [
      { text: "Mexico is America's biggest trading partner", lang: 'en', rating: 'accurate' },
      { text: 'México es el mayor socio comercial de Estados Unidos', lang: 'es', rating: 'accurate' },
    ],
  },
];
const verdict = ratingsOn(FACTS);

describe("a typical claim's time", () => {
  it('is not met by the claim told as history of an earlier year', () => {
    expect(verdict("In 2015, Mexico was America's biggest trading partner.")?.rating).toBe('context');
    expect(verdict('En 2015, México era el mayor socio comercial de Estados Unidos.')?.rating).toBe('context');
  });

  it('is not met by the claim said to have begun or ended at a year it does not name', () => {
    expect(verdict("Mexico has been America's biggest trading partner since 2015.")?.rating).toBe('context');
    expect(verdict('México es el mayor socio comercial de Estados Unidos desde 2010.')?.rating).toBe('context');
    expect(verdict("Mexico was America's biggest trading partner until 2024.")?.rating).toBe('context');
    expect(verdict('México fue el mayor socio comercial de Estados Unidos hasta el año 2024.')?.rating).toBe('context');
  });

  it('is not met by the claim told as history of an earlier decade', () => {
    expect(verdict("In the 1990s, Mexico was America's biggest trading partner.")?.rating).toBe('context');
    expect(verdict("Back in the '90s Mexico was America's biggest trading partner.")?.rating).toBe('context');
    expect(verdict('En los 2010s, México era el mayor socio comercial de Estados Unidos.')?.rating).toBe('context');
  });

  it('is not met by the claim, nor its number checked against today, told of a decade said without its year', () => {
    expect(verdict("In the nineties, Mexico was America's biggest trading partner.")?.rating).toBe('context');
    expect(verdict("Back in the '90s Mexico was America's biggest trading partner.")?.rating).toBe('context');
    expect(verdict('En los noventa, México era el mayor socio comercial de Estados Unidos.')?.rating).toBe('context');
    expect(verdict('En los años 90, México era el mayor socio comercial de Estados Unidos.')?.rating).toBe('context');
  });

  it('is not met by the claim told as a state that held once', () => {
    expect(verdict("Mexico used to be America's biggest trading partner.")?.rating).toBe('context');
    expect(verdict('México alguna vez fue el mayor socio comercial de Estados Unidos.')?.rating).toBe('context');
  });

  it('still meets the claim said of today or of its own year', () => {
    expect(verdict("Mexico is America's biggest trading partner.")?.rating).toBe('accurate');
    expect(verdict("In 2025, Mexico was America's biggest trading partner.")?.rating).toBe('accurate');
    expect(verdict('México es el mayor socio comercial de Estados Unidos.')?.rating).toBe('accurate');
  });
});
