/**
 * "X, not Y": a negation in a clause that names only other countries than a claim's ("…, not the U.S.", "…, que aseguró
 * que Estados Unidos nunca pagaría") denies nothing of that claim. "Mexico paid for the wall, not the U.S." says Mexico paid (false), not "Mexico
 * never paid" (a true claim); "China, not Mexico, is the main source" still denies Mexico's place.
 */
import { describe, expect, it } from 'vitest';
import { shownRating } from './helpers/bundled';

describe('a country set against the subject by a negation (bundled facts)', () => {
  it("does not turn the subject's claim into its denial", () => {
    for (const sentence of [
      'Mexico paid for the border wall, not the U.S.',
      'México pagó el muro fronterizo, no Estados Unidos.',
      'México pagó el muro fronterizo, y no Estados Unidos.',
      'Mexico paid for the border wall; the U.S. never did.',
      'México pagó el muro fronterizo, dijo el presidente, que aseguró que Estados Unidos nunca pagaría.',
    ])
      expect(shownRating(sentence), sentence).not.toBe('accurate');
  });
  it('still denies the claim of the country it names', () => {
    for (const sentence of [
      'China, not Mexico, remains the main source of the fentanyl reaching the United States.',
      'China, y no México, sigue siendo la principal fuente del fentanilo que llega a Estados Unidos.',
    ])
      expect(shownRating(sentence), sentence).toBe('outdated');
  });
  it('is read the same reported or quoted ("Officials said that …", ""…," the report said")', () => {
    const reported = [
      'Analysts said that Canada, not Mexico, is the largest U.S. trading partner.',
      '"Canada, not Mexico, is the largest U.S. trading partner," the report said.',
      'Los analistas dijeron que Canadá, y no México, es el principal socio comercial de Estados Unidos.',
      '"Canadá, y no México, es el principal socio comercial de Estados Unidos", señaló el informe.',
    ];
    expect(Object.fromEntries(reported.map((s) => [s, shownRating(s)]))).toEqual(Object.fromEntries(reported.map((s) => [s, 'false'])));
  });
  it('leaves a denial of the subject as it was', () => {
    for (const sentence of ['Mexico did not pay for the border wall.', 'México no pagó el muro fronterizo.']) expect(shownRating(sentence), sentence).toBe('accurate');
  });
});
