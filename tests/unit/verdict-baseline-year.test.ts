/**
 * A year said right after a word of comparison ("both down from 2022", "frente a 2022", "compared with 2019") is the
 * year the numbers are set against, not their own time: "In 2024, 48.2% … and 34.2% …, both down from 2022" was False,
 * the 34.2% judged against 2022's 39.1%.
 */
import { describe, expect, it } from 'vitest';
import { classifiedRating as rating } from './helpers/bundled';

describe('a year said after a word of comparison', () => {
  it('is not the time of the numbers beside it', () => {
    expect(rating('In 2024, 48.2% of Mexicans lacked social security and 34.2% lacked access to health services, both down from 2022.')).toBe('accurate');
    expect(rating('En México, la carencia por acceso a la seguridad social fue de 48.2% en 2024 y la carencia por acceso a los servicios de salud de 34.2%, ambas menores frente a 2022.')).toBe(
      'accurate',
    );
  });
});
