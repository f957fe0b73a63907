/**
 * Unearned verdicts found in a blind probe (issue #12): "Mexico is the largest foreign supplier of fresh vegetables to
 * the United States" was Accurate against Mexico's place among all sources of U.S. imports, and "el principal proveedor
 * de cemento de EU" the same. What a position is among, said after its word of field ("of", "for", "de", "para"), in
 * words that are neither the series' own, a place, nor goods at large, is a product's ranking the fact base does not
 * hold: the position is left open (context), while the same position over all goods keeps its verdict. Sentences
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { shownRating as rating } from './helpers/bundled';

describe('a position over one product', () => {
  it('is not the ranking of all trade, in English', () => {
    expect(rating('Mexico is the biggest foreign supplier of fresh tomatoes and peppers to the United States.')).not.toBe('accurate');
    expect(rating('Mexico is the top source of U.S. imports of frozen strawberries.')).not.toBe('accurate');
    expect(rating('Mexico is the largest foreign buyer of American cheese.')).not.toBe('accurate');
    expect(rating('Mexico is the top supplier of flat-screen televisions to the U.S.')).not.toBe('accurate');
  });

  it('is not the ranking of all trade, in Spanish', () => {
    expect(rating('México es el principal proveedor de hortalizas frescas de Estados Unidos.')).not.toBe('accurate');
    expect(rating('México es el mayor comprador de leche en polvo estadounidense.')).not.toBe('accurate');
    expect(rating('México es el principal destino de las exportaciones de gasolina de EU.')).not.toBe('accurate');
    expect(rating('México es el primer proveedor de refrigeradores de Estados Unidos.')).not.toBe('accurate');
  });

  it('keeps the verdict where goods at large, a place or the measure’s own words fill the field', () => {
    expect(rating('Mexico is the number one source of U.S. imports.')).toBe('accurate');
    expect(rating('Mexico became the largest supplier of goods to the United States.')).toBe('accurate');
    expect(rating('México es el mayor proveedor de mercancías de Estados Unidos.')).toBe('accurate');
    expect(rating('México es el principal destino de los productos estadounidenses.')).toBe('accurate');
    expect(rating('México es el principal socio comercial de Estados Unidos.')).toBe('accurate');
    expect(rating('México es segundo lugar entre los mayores destinos de las ventas externas estadounidenses.')).not.toBe('context');
  });
});

describe('an amount of one product', () => {
  it('is not the amount of all trade, in English and Spanish', () => {
    expect(rating('The U.S. imported $40 billion of laptops from Mexico in 2023.')).toBe('context');
    expect(rating('México exportó 40 mil millones de dólares en computadoras portátiles a EU en 2023.')).toBe('context');
  });

  it('keeps the verdict where the amount is of the measure’s own words, of goods at large, or of nothing said', () => {
    expect(rating('The U.S. imported $475.6 billion of goods from Mexico in 2023.')).toBe('accurate');
    expect(rating('The U.S. imported $40 billion of goods from Mexico in 2023.')).toBe('false');
    expect(rating('Port Laredo handled $353.94 billion in international trade during 2025.')).not.toBe('context');
  });
});
