/**
 * Unearned verdicts found in a blind probe (issue #12): "Mexico is the top market for U.S. soybean and wheat exports" was
 * Accurate against Mexico's place among all buyers of U.S. goods, as its field ("U.S. soybean") was opened by a place and
 * cut at "and" before its noun, so it held none of the measure's words and was read as no field; and "el principal destino
 * de las exportaciones estadounidenses de soya y trigo" the same, as the demonym after "exportaciones" ended the field
 * before "de soya". A place-opened field goes on through a list's joins to its noun, and a place said of the noun before
 * a further field word ends nothing. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { shownRating as rating } from './helpers/bundled';

describe('a position over a list of products', () => {
  it('is not the ranking of all trade, in English and Spanish', () => {
    expect(rating('Mexico is the top market for U.S. soybean and wheat exports.')).not.toBe('accurate');
    expect(rating('Mexico is the top destination for U.S. gasoline and diesel exports.')).not.toBe('accurate');
    expect(rating('México es el principal destino de las exportaciones estadounidenses de soya y trigo.')).not.toBe('accurate');
    expect(rating('México es el mayor comprador de las exportaciones estadounidenses de maíz.')).not.toBe('accurate');
  });

  it('keeps the verdict over all goods', () => {
    expect(rating('Mexico is the top market for U.S. goods exports.')).toBe('accurate');
    expect(rating('Mexico is the top market for U.S. exports.')).toBe('accurate');
    expect(rating('México es el principal destino de las exportaciones estadounidenses.')).toBe('accurate');
    expect(rating('México es el principal socio comercial de Estados Unidos.')).toBe('accurate');
  });
});
