/**
 * A long typical claim may leave one word unsaid ("The Supreme Court unanimously threw out …" and
 * "… threw out the lawsuit against gun makers" say it in other words around it), but not have
 * another word said in its place: "The Supreme Court upheld Mexico's lawsuit against US gun makers"
 * and "La Suprema Corte de EU admitió la demanda de México contra fabricantes de armas" were
 * Accurate by the claims that it threw the suit out, every other word said in order around the
 * verb put in its place.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../engine/schema';
import { ratingsOn, seriesFact } from './helpers/sample-facts';

const FACTS: Fact[] = [
  {
    ...seriesFact('gun-suit', 'guns-trafficking', [], [], { en: ['lawsuit', 'gun makers'], es: ['demanda', 'armas'] }),
    claims: [
      { text: "The Supreme Court threw out Mexico's lawsuit against US gun makers", lang: 'en', rating: 'accurate' },
      { text: 'La Suprema Corte de EU desechó la demanda de México contra fabricantes de armas', lang: 'es', rating: 'accurate' },
    ],
  },
  {
    ...seriesFact('opener', 'world-cup-2026', [], [], { en: ['World Cup', 'opening match'], es: ['Mundial', 'partido inaugural'] }),
    claims: [
      { text: 'Mexico played South Africa in the opening match of the World Cup at Estadio Azteca', lang: 'en', rating: 'accurate' },
      { text: 'México jugó contra Sudáfrica el partido inaugural del Mundial en el Estadio Azteca', lang: 'es', rating: 'accurate' },
    ],
  },
];
const verdict = ratingsOn(FACTS);

describe('a word of a long claim said otherwise', () => {
  it('is not the claim when another word stands in its place', () => {
    expect(verdict("The Supreme Court upheld Mexico's lawsuit against US gun makers.")?.rating).toBe('context');
    expect(verdict("The Supreme Court revived Mexico's lawsuit against US gun makers.")?.rating).toBe('context');
    expect(verdict('La Suprema Corte de EU admitió la demanda de México contra fabricantes de armas.')?.rating).toBe('context');
  });

  it("is not the claim when another word stands in its place at the claim's end", () => {
    expect(verdict('Mexico beat South Africa in the opening match of the World Cup at Estadio Azteca.')?.rating).toBe('context');
    expect(verdict('México venció a Sudáfrica el partido inaugural del Mundial en el Estadio Azteca.')?.rating).toBe('context');
    expect(verdict('Mexico played South Africa in the opening match of the World Cup at Estadio Azteca.')?.rating).toBe('accurate');
    expect(verdict('México jugó contra Sudáfrica el partido inaugural del Mundial en el Estadio Azteca.')?.rating).toBe('accurate');
  });

  it('is still the claim when the word is said, or only left out', () => {
    expect(verdict("The Supreme Court threw out Mexico's lawsuit against US gun makers.")?.rating).toBe('accurate');
    expect(verdict("The Supreme Court threw out Mexico's lawsuit against US gun makers in a unanimous ruling.")?.rating).toBe('accurate');
    expect(verdict('La Suprema Corte de EU desechó la demanda de México contra fabricantes de armas.')?.rating).toBe('accurate');
    expect(verdict('La Suprema Corte de EU desechó la demanda de México contra los fabricantes.')?.rating).toBe('accurate');
  });
});
