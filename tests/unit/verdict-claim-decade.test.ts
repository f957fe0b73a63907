/**
 * A typical claim told of a decade is met only by a sentence that tells the same decade, and the same part of it:
 * "NAFTA only took effect in the early 2000s" (false) is not "… in the early 1990s", nor is "record highs in the late
 * 2010s" (accurate) "… in the late 2000s" or "… in the early 2010s".
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../engine/schema';
import { claimFact, ratingsOn } from './helpers/sample-facts';

const FACTS: Fact[] = [
  claimFact('nafta', 'nafta-usmca', { en: ['NAFTA'], es: ['TLCAN'] }, [
    { text: 'NAFTA only took effect in the early 2000s', lang: 'en', rating: 'false' },
    { text: 'El TLCAN apenas entró en vigor a principios de los años 2000', lang: 'es', rating: 'false' },
  ]),
  claimFact('homicides', 'cartels-violence', { en: ['homicides'], es: ['homicidios'] }, [
    { text: 'Homicides in Mexico hit record highs in the late 2010s', lang: 'en', rating: 'accurate' },
    { text: 'Los homicidios en México alcanzaron niveles récord a finales de los años 2010', lang: 'es', rating: 'accurate' },
  ]),
];
const verdict = ratingsOn(FACTS);

describe("a typical claim's decade", () => {
  it('is not met by a sentence that tells another decade', () => {
    expect(verdict('NAFTA only took effect in the early 1990s.')?.rating).toBe('context');
    expect(verdict('Homicides in Mexico hit record highs in the late 2000s.')?.rating).toBe('context');
    expect(verdict('El TLCAN apenas entró en vigor a principios de los años 90.')?.rating).toBe('context');
    expect(verdict('Los homicidios en México alcanzaron niveles récord a finales de los años 2000.')?.rating).toBe('context');
  });

  it('is not met by a sentence that tells another part of the decade', () => {
    expect(verdict('Homicides in Mexico hit record highs in the early 2010s.')?.rating).toBe('context');
    expect(verdict('Los homicidios en México alcanzaron niveles récord a principios de los años 2010.')?.rating).toBe('context');
  });

  it('is met by the same decade and part', () => {
    expect(verdict('NAFTA only took effect in the early 2000s.')?.rating).toBe('false');
    expect(verdict('Homicides in Mexico hit record highs in the late 2010s.')?.rating).toBe('accurate');
    expect(verdict('El TLCAN apenas entró en vigor a principios de los años 2000.')?.rating).toBe('false');
    expect(verdict('Los homicidios en México alcanzaron niveles récord a finales de los años 2010.')?.rating).toBe('accurate');
  });
});
