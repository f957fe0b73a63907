/**
 * A claim of the whole country said of some of its parts. "EU pide a sus ciudadanos no viajar a
 * varios estados de México" and "The State Department says Americans shouldn't travel to several
 * Mexican states" were Misleading by the bundled claims that the U.S. warns against travel to all
 * of Mexico: they say it of states, which is so. A claim that says no part and no word of a part's
 * kind meets no sentence that says such a word ("states", "ciudades"; not "United States",
 * "Estados Unidos", "State Department": the packs' `notPartKinds`).
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../engine/schema';
import { ratingsOn, seriesFact } from './helpers/sample-facts';

const FACTS: Fact[] = [
  {
    ...seriesFact('advisory', 'cartels-violence', [], [], { en: ['do not travel', 'travel warning'], es: ['no viajar', 'alerta de viaje'] }),
    claims: [
      { text: 'The U.S. warns Americans not to travel to Mexico because of cartel violence', lang: 'en', rating: 'misleading' },
      { text: 'Estados Unidos pide no viajar a México por la violencia de los cárteles', lang: 'es', rating: 'misleading' },
    ],
  },
];
const verdict = ratingsOn(FACTS);

describe('a claim of the whole country', () => {
  it('meets no sentence said of some of its states', () => {
    expect(verdict('The U.S. warns Americans not to travel to several Mexican states because of cartel violence.')?.rating).toBe('context');
    expect(verdict('Estados Unidos pide no viajar a varios estados de México por la violencia de los cárteles.')?.rating).toBe('context');
  });

  it('still meets a sentence of the whole, "United States" and "Estados Unidos" being no states', () => {
    expect(verdict('The U.S. warns Americans not to travel to Mexico because of cartel violence.')?.rating).toBe('misleading');
    expect(verdict('The United States warns Americans not to travel to Mexico because of cartel violence.')?.rating).toBe('misleading');
    expect(verdict('Estados Unidos pide no viajar a México por la violencia de los cárteles.')?.rating).toBe('misleading');
  });
});
