/**
 * A position said nearly ("almost the largest", "nearly the top", "close to becoming the top", "casi es el principal",
 * "cerca de ser el principal") is a place near it, not at it: no record place bears it out. Run on the bundled facts;
 * the sentences are written for the test.
 */
import { describe, expect, it } from 'vitest';
import { classifiedRating as rating } from './helpers/bundled';

describe('a position said nearly', () => {
  it.each([
    ['en', 'Mexico is almost the largest U.S. trading partner.'],
    ['en', 'Mexico is nearly the top U.S. trading partner.'],
    ['en', 'Mexico is close to becoming the top U.S. trading partner.'],
    ['es', 'México casi es el principal socio comercial de EU.'],
    ['es', 'México está cerca de ser el principal socio comercial de Estados Unidos.'],
  ] as const)('is not borne out by the first place (%s): %s', (lang, text) => {
    expect(rating(text, lang)).not.toBe('accurate');
  });

  it('leaves a position said plainly judged', () => {
    expect(rating('Mexico is the top U.S. trading partner.', 'en')).toBe('accurate');
    expect(rating('México es el principal socio comercial de EU.', 'es')).toBe('accurate');
  });
});
