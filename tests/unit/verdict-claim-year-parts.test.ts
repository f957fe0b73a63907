/**
 * A typical claim told of a month or a part of a year ("in January 2026", "el primer semestre") is met only by a sentence
 * that tells the same months and parts, though its words are all said elsewhere in the sentence ("frente a enero de
 * 2025", "por primera vez").
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../engine/schema';
import { claimFact, ratingsOn } from './helpers/sample-facts';

const FACTS: Fact[] = [
  claimFact('sent-home', 'remittances', { en: ['remittances'], es: ['remesas'] }, [
    { text: 'In January 2026 remittances to Mexico fell 1.4% from January 2025', lang: 'en', rating: 'accurate' },
    { text: 'En enero de 2026 las remesas a México bajaron 1.4% frente a enero de 2025', lang: 'es', rating: 'accurate' },
    { text: 'In the first half of 2025 remittances to Mexico fell for the first time in 12 years', lang: 'en', rating: 'accurate' },
    { text: 'En el primer semestre de 2025 las remesas a México bajaron por primera vez en 12 años', lang: 'es', rating: 'accurate' },
  ]),
];
const verdict = ratingsOn(FACTS);

describe("a typical claim's months and parts of a year", () => {
  it('are not met by a sentence that tells another month beside the claim’s', () => {
    expect(verdict('In March 2026 remittances to Mexico fell 1.4% from January 2025.')?.rating).toBe('context');
    expect(verdict('En marzo de 2026 las remesas a México bajaron 1.4% frente a enero de 2025.')?.rating).toBe('context');
  });

  it('are not met by a sentence that tells another part of the year', () => {
    expect(verdict('In the second half of 2025 remittances to Mexico fell for the first time in 12 years.')?.rating).toBe('context');
    expect(verdict('En el segundo semestre de 2025 las remesas a México bajaron por primera vez en 12 años.')?.rating).toBe('context');
  });

  it('are met by the same months and parts', () => {
    expect(verdict('In January 2026 remittances to Mexico fell 1.4% from January 2025.')?.rating).toBe('accurate');
    expect(verdict('En enero de 2026 las remesas a México bajaron 1.4% frente a enero de 2025.')?.rating).toBe('accurate');
    expect(verdict('In the first half of 2025 remittances to Mexico fell for the first time in 12 years.')?.rating).toBe('accurate');
    expect(verdict('En el primer semestre de 2025 las remesas a México bajaron por primera vez en 12 años.')?.rating).toBe('accurate');
  });
});
