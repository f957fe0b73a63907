/**
 * A typical claim that restricts what it says ("México solo demandó a los fabricantes de armas": only them) is met only by
 * a sentence that restricts it too ("solo", "just", "only"): without such a word, the sentence says something else (the
 * Supreme Court ruled against Mexico's suit against gun makers, which is right) and must not take that claim's rating.
 * Run on the bundled facts; the sentences are written for the test.
 */
import { describe, it } from 'vitest';
import { expectRatings } from './helpers/bundled';

describe('a typical claim with a word that restricts it', () => {
  it('is met only where the sentence restricts it too', () => {
    expectRatings([
      ['La Corte Suprema falló contra México en su demanda contra los fabricantes de armas.', 'accurate'],
      ['México solo demandó a los fabricantes de armas.', 'false'],
    ]);
  });
});
