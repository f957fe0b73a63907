/**
 * A wrong verdict found auditing real text (issue #12): "USA is hosting the 2026 World Cup alone, …" met the typical
 * claim that the U.S., Mexico and Canada host it, all of whose words it says, and was shown Accurate. A sentence that
 * says one did a thing alone (the packs' `alone`: "alone", "on its own", "en solitario", "por sí solo") meets only a
 * claim that says so too, and a claim that says so meets only such a sentence. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { shownRating as rating } from './helpers/bundled';

describe('a deed said to be done alone', () => {
  it('is not the claim of several doers, in English', () => {
    expect(rating('Mexico, the United States and Canada hosted the 2026 World Cup.')).toBe('accurate');
    expect(rating('The United States hosted the 2026 World Cup alone, with Mexico and Canada as guests.')).not.toBe('accurate');
  });

  it('is not the claim of several doers, in Spanish', () => {
    expect(rating('México, Estados Unidos y Canadá organizaron el Mundial 2026.')).toBe('accurate');
    expect(rating('Estados Unidos organizó en solitario el Mundial 2026, y México y Canadá solo pusieron estadios.')).not.toBe('accurate');
  });
});
