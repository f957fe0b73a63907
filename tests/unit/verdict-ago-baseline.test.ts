/**
 * A number compared with a time counted back from the writing, with no number said for that time ("more than double
 * the rate of two years ago", "más del doble del índice de hace dos años"), is of the writing's own time, which the
 * sentence does not give: an older record it matches does not make it outdated. Found labeling real text (issue #12):
 * a 2017 report of Pew's 65% was shown Outdated. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { classifiedRating as rating } from './helpers/bundled';

describe('a number compared with a time some years back', () => {
  it('is not outdated by an older record it matches, in English', () => {
    expect(rating('A survey showed 65% of Mexicans hold an unfavorable opinion of the United States, more than double the share of two years ago.', 'en')).toBe('context');
    // Said with no such time, the same number is an old figure told as now.
    expect(rating('A survey showed 65% of Mexicans hold an unfavorable opinion of the United States.', 'en')).toBe('outdated');
  });

  it('is not outdated by an older record it matches, in Spanish', () => {
    expect(rating('Una encuesta mostró que el 65% de los mexicanos tiene una opinión desfavorable de Estados Unidos, más del doble que hace dos años.', 'es')).toBe('context');
    expect(rating('Una encuesta mostró que el 65% de los mexicanos tiene una opinión desfavorable de Estados Unidos.', 'es')).toBe('outdated');
  });
});
