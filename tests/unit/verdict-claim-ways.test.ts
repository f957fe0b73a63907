/**
 * A typical claim that says a country's name one way ("to Mexico", "a México") is not met by a sentence that says it only
 * the other way ("from Mexico", "desde México"): the particles are no words the claim is matched on, but they turn it round.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../engine/schema';
import { claimFact, ratingsOn } from './helpers/sample-facts';

const FACTS: Fact[] = [
  claimFact('sent-home', 'remittances', { en: ['remittances'], es: ['remesas'] }, [
    { text: 'Remittances to Mexico fell in 2025 for the first time in more than a decade', lang: 'en', rating: 'accurate' },
    { text: 'Las remesas a México cayeron en 2025 por primera vez en más de una década', lang: 'es', rating: 'accurate' },
  ]),
  claimFact('exports', 'trade-volume', { en: ['exports'], es: ['exportaciones'] }, [{ text: 'Las exportaciones de EU a México se redujeron en 2025', lang: 'es', rating: 'false' }]),
];
const verdict = ratingsOn(FACTS);

describe("a typical claim's way", () => {
  it('is not met by a sentence that says the country only the other way', () => {
    expect(verdict('Remittances from Mexico fell in 2025 for the first time in more than a decade.')?.rating).toBe('context');
    expect(verdict('Las remesas desde México cayeron en 2025 por primera vez en más de una década.')?.rating).toBe('context');
    expect(verdict('Las exportaciones de EU desde México se redujeron en 2025.')?.rating).toBe('context');
  });

  it('is met by a sentence that says it the same way', () => {
    expect(verdict('Remittances to Mexico fell in 2025 for the first time in more than a decade.')?.rating).toBe('accurate');
    expect(verdict('Las remesas a México cayeron en 2025 por primera vez en más de una década.')?.rating).toBe('accurate');
    expect(verdict('Las exportaciones de EU a México se redujeron en 2025.')?.rating).toBe('false');
  });
});
