/**
 * An unearned verdict found in a blind probe (issue #12): "More than 90% of fentanyl seized at the border is caught at
 * ports of entry" was False against a Cato analysis that 88% of it was, summed over fiscal 2015–2024. A record summed
 * over a span of years is no one year's: a claim that says no span may speak of a year in it, so a near miss (within a
 * tenth of the number) is left open; a far one is still wrong. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { shownRating as rating } from './helpers/bundled';

describe('a number said of no span, against a record of a whole span', () => {
  it('is in doubt when near it, in English and Spanish', () => {
    expect(rating('More than 90% of the fentanyl seized at the border is caught at ports of entry.')).toBe('context');
    expect(rating('Más del 90% del fentanilo decomisado en la frontera se incauta en los puertos de entrada.')).toBe('context');
  });

  it('is still wrong when far from it', () => {
    expect(rating('Only half of the fentanyl seized at the border is caught at ports of entry.')).toBe('false');
    expect(rating('Solo el 40% del fentanilo decomisado en la frontera se incauta en los puertos de entrada.')).toBe('false');
  });

  it('is still borne out when it matches', () => {
    expect(rating('About 88% of the fentanyl seized at the border is caught at ports of entry.')).toBe('accurate');
  });
});
