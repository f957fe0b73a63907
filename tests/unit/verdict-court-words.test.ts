/**
 * A court's ruling and the companies it concerns are said in several words: "dismissed", "tossed" or "threw out" a lawsuit,
 * "gun manufacturers", "gunmakers" or "gun makers"; "desechó" or "desestimó" la demanda, "fabricantes de armas" or "armeras".
 * The packs' `cueClasses` hold each set together, so a typical claim said in one meets a sentence said in another (each was
 * without a verdict); "upheld" is no word of them and still meets nothing.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../engine/schema';
import { claimFact, ratingsOn } from './helpers/sample-facts';

const FACTS: Fact[] = [
  claimFact('ruling', 'guns-trafficking', { en: ['Supreme Court', 'lawsuit'], es: ['Suprema Corte', 'demanda'] }, [
    { text: "The Supreme Court threw out Mexico's lawsuit against US gun makers", lang: 'en', rating: 'accurate' },
    { text: 'La Suprema Corte de EU desechó la demanda de México contra fabricantes de armas', lang: 'es', rating: 'accurate' },
  ]),
];
const verdict = ratingsOn(FACTS);

describe('a ruling said in other words', () => {
  it('meets the typical claim said in one of them', () => {
    expect(verdict("The Supreme Court dismissed Mexico's lawsuit against US gun manufacturers.")?.rating).toBe('accurate');
    expect(verdict("The Supreme Court tossed Mexico's lawsuit against US gunmakers.")?.rating).toBe('accurate');
    expect(verdict('La Suprema Corte de EU desestimó la demanda de México contra fabricantes de armas.')?.rating).toBe('accurate');
    expect(verdict('La Suprema Corte de EU desechó la demanda de México contra empresas de armas.')?.rating).toBe('accurate');
  });

  it('but not one that says the opposite', () => {
    expect(verdict("The Supreme Court upheld Mexico's lawsuit against US gun manufacturers.")?.rating ?? 'none').not.toBe('accurate');
    expect(verdict('La Suprema Corte de EU admitió la demanda de México contra fabricantes de armas.')?.rating ?? 'none').not.toBe('accurate');
  });
});
