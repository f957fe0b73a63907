/**
 * An unearned verdict found auditing real text (issue #12): "…ranks among the top three export destinations for 33 of
 * the 50 US states" was Accurate against Mexico's place among all U.S. export markets, a ranking the sentence does not
 * give. A position said over a kind of parts (the packs' `partKinds`: states, cities; "United States" aside) is each
 * part's, no place in the whole's ranking: it is left open. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { shownRating as rating } from './helpers/bundled';

describe('a position said over a kind of parts', () => {
  it('is no place in the whole’s ranking, in English', () => {
    expect(rating('Mexico is a key destination for U.S. exports and the top export market for 20 U.S. states.')).toBe('context');
    expect(rating('Mexico is the top market for U.S. exports.')).toBe('accurate');
  });

  it('is no place in the whole’s ranking, in Spanish', () => {
    expect(rating('México es el principal mercado de las exportaciones de Estados Unidos en 20 estados.')).toBe('context');
    expect(rating('México es el principal mercado de las exportaciones de Estados Unidos.')).toBe('accurate');
  });
});
