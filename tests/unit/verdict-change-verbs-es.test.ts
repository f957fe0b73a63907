/**
 * Spanish says a rise as sharply as English "jumped" and "climbed": "saltaron", "treparon", "escalaron". Without them in the
 * pack's words of increase, "las remesas treparon 4.6%" was no change at all and settled nothing (they fell 4.6% in 2025);
 * the English words were already read.
 * Sentences written for the test; the checks run on the bundled facts.
 */
import { describe, it } from 'vitest';
import { expectRatings } from './helpers/bundled';

const CASES: [sentence: string, rating: string][] = [
  ['Remittances to Mexico climbed 4.6% in 2025.', 'false'],
  ['Las remesas a México treparon 4.6% en 2025.', 'false'],
  ['U.S. imports from Mexico jumped 5.7% in 2025.', 'accurate'],
  ['Las importaciones de Estados Unidos desde México saltaron 5.7% en 2025.', 'accurate'],
  ['Las importaciones de Estados Unidos desde México escalaron 20% en 2025.', 'false'],
];

describe('a sharp rise said in Spanish', () => {
  it('is a change, read as its English words are', () => expectRatings(CASES));
});
