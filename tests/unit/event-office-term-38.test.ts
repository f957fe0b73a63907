/**
 * A wrong verdict found in a blind probe (issue #12): "The cartels were designated terrorist groups during Trump's first
 * term" was Accurate, met by an undated typical claim of the designation, which was made in 2025, in his second term. An
 * undated claim of a dated event meets no sentence that dates it by an officeholder's term it does not name itself: no year
 * in the record reads a term, so the card keeps the record with no verdict. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { shownRating as rating } from './helpers/bundled';

describe('a dated event said of an officeholder’s term', () => {
  it('gets no verdict from an undated claim, in English and Spanish', () => {
    expect(rating('Washington designated the cartels as terrorist groups during Trump’s first term.')).not.toBe('accurate');
    expect(rating('Estados Unidos designó a los cárteles como organizaciones terroristas durante el primer mandato de Trump.')).not.toBe('accurate');
  });

  it('keeps the verdict when no term is said', () => {
    expect(rating('The U.S. designated the cartels as terrorist organizations.')).toBe('accurate');
  });
});
