/**
 * A count said in words. A bare number word ("two cartels", "siete cárteles") is no quantity the
 * figure step reads, so a typical claim that names the same thing without a count ("The U.S.
 * designated the cartels as terrorist organizations") met "The U.S. designated two cartels as
 * terrorist organizations" and showed it Accurate (six were). A count in words of a thing the claim
 * names (the countries' names between aside: "two Mexican cartels") must be the claim's own, and a
 * claim's count must be said; a count of something else ("otros cuatro grupos") is left to the figures.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../engine/schema';
import { ratingsOn, seriesFact } from './helpers/sample-facts';

const FACTS: Fact[] = [
  {
    ...seriesFact('designations', 'cartels-violence', [], [], { en: ['cartels', 'terrorist'], es: ['cárteles', 'terroristas'] }),
    claims: [
      { text: 'The U.S. designated the Mexican cartels as terrorist organizations', lang: 'en', rating: 'accurate' },
      { text: 'Estados Unidos designó a los cárteles mexicanos como organizaciones terroristas', lang: 'es', rating: 'accurate' },
      { text: 'Six Mexican cartels were designated as terrorist organizations by the U.S.', lang: 'en', rating: 'accurate' },
      { text: 'Seis cárteles mexicanos fueron designados como organizaciones terroristas por EU', lang: 'es', rating: 'accurate' },
      { text: 'EU declaró terroristas a los cárteles de Sinaloa y Jalisco', lang: 'es', rating: 'accurate' },
    ],
  },
];
const verdict = ratingsOn(FACTS);

describe('a count said in words', () => {
  it('meets no claim of the same thing that does not say that count', () => {
    expect(verdict('The U.S. designated two Mexican cartels as terrorist organizations.')?.rating).toBe('context');
    expect(verdict('Estados Unidos designó a siete cárteles mexicanos como organizaciones terroristas.')?.rating).toBe('context');
    expect(verdict('Two Mexican cartels were designated as terrorist organizations by the U.S.')?.rating).toBe('context');
    expect(verdict('Dos cárteles mexicanos fueron designados como organizaciones terroristas por EU.')?.rating).toBe('context');
  });

  it('meets a claim that says the same count, or a sentence that says none of the thing', () => {
    expect(verdict('Six Mexican cartels were designated as terrorist organizations by the U.S.')?.rating).toBe('accurate');
    expect(verdict('Seis cárteles mexicanos fueron designados como organizaciones terroristas por EU.')?.rating).toBe('accurate');
    expect(verdict('The U.S. designated the Mexican cartels as terrorist organizations.')?.rating).toBe('accurate');
    expect(verdict('EU declaró terroristas a los cárteles de Sinaloa y Jalisco, junto con otros cuatro grupos de México.')?.rating).toBe('accurate');
  });
});
