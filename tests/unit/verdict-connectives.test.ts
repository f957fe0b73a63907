/**
 * A word that ties a sentence to the one before ("However,", "Sin embargo,", "But", "Y") is no word of its claim: the
 * sentence is read as said plainly, so a year said first still opens the claim and a contrast of two countries is still
 * built. Before, "However, on June 5, 2025, the Supreme Court…" and "Sin embargo, China, y no México, es…" lost their verdicts.
 */
import { describe, it } from 'vitest';
import { expectRatings } from './helpers/bundled';

describe('a connective that opens the sentence', () => {
  it('leaves the claim after it read as said plainly, in both languages', () => {
    expectRatings([
      ['However, on June 5, 2025, the U.S. Supreme Court unanimously rejected a lawsuit filed by Mexico against American gun manufacturers.', 'accurate'],
      ['However, Canada, not Mexico, is the largest U.S. trading partner.', 'false'],
      ['Sin embargo, China, y no México, es el principal proveedor de Estados Unidos.', 'false'],
      ['Además, en 2024 las remesas a México sumaron 61,791 millones de dólares.', 'false'],
    ]);
  });
});
