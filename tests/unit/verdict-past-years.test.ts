/**
 * "For the past five years", "en los últimos cinco años": a counted run of years up to now, checked year by year as
 * "for five straight years" is. Mexico has been the first U.S. trading partner in 2023, 2024 and 2025 and the
 * second in 2022. Run on the bundled facts; the sentences are written for the test.
 */
import { describe, expect, it } from 'vitest';
import { classifiedRating as rating } from './helpers/bundled';

describe('a run of the past years', () => {
  it.each([
    ['en', 'Mexico has been the top U.S. trading partner for the past five years.'],
    ['en', 'Mexico has been the largest U.S. trading partner over the last four years.'],
    ['es', 'México ha sido el principal socio comercial de EU en los últimos cinco años.'],
    ['es', 'México ha sido el mayor socio comercial de Estados Unidos durante los últimos cuatro años.'],
  ] as const)('is not borne out by the newest year alone (%s): %s', (lang, text) => {
    expect(rating(text, lang)).not.toBe('accurate');
  });

  it('bears out a run the record holds', () => {
    expect(rating('Mexico has been the top U.S. trading partner for the past three years.', 'en')).toBe('accurate');
  });
});
