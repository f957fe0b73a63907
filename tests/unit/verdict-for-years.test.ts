/**
 * "For years", "desde hace años", "durante muchos años": a run of years whose length is not said, not every year on
 * record as "historically" or "for decades" is. A position or a bound held since 2023 is not shown wrong for the years
 * before; the run is left unsettled. Run on the bundled facts; the sentences are written for the test.
 */
import { describe, expect, it } from 'vitest';
import { classifiedRating as rating } from './helpers/bundled';

describe('a run of years said without its length', () => {
  it.each([
    ['en', 'Mexico has been the top U.S. trading partner for years.'],
    ['en', 'Mexico has been the largest U.S. trading partner for many years.'],
    ['es', 'México es desde hace años el principal socio comercial de EU.'],
    ['es', 'México ha sido el mayor socio comercial de Estados Unidos durante muchos años.'],
  ] as const)('is not every year on record (%s): %s', (lang, text) => {
    expect(['false', 'outdated', 'misleading', 'accurate']).not.toContain(rating(text, lang));
  });

  it('leaves "for decades" and "durante décadas" reading every year on record', () => {
    expect(rating('Mexico has been the top U.S. trading partner for decades.', 'en')).toBe('false');
    expect(rating('México ha sido el principal socio comercial de EU durante décadas.', 'es')).toBe('false');
  });
});
