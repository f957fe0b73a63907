/**
 * The names the Spanish press gives the United States besides "Estados Unidos", "EE.UU." and "EU": "EUA" and "la Unión
 * Americana". Read as the country everywhere (canonical names), a claim said with them gets the verdict the plain name gets.
 */
import { describe, expect, it } from 'vitest';
import { canonical } from '../../engine/normalize';
import { expectRatings } from './helpers/bundled';

describe('EUA and la Unión Americana', () => {
  it('are the United States in Spanish text', () => {
    for (const name of ['EUA', 'E.U.A.', 'la Unión Americana']) expect(canonical(`México y ${name} comercian`, 'es')).toMatch(/\busa\b/);
    // The European Union stays itself.
    expect(canonical('México y la UE comercian', 'es')).not.toMatch(/\busa\b/);
  });

  it('give a claim the verdict the plain name gives it', () => {
    expectRatings([
      ['México es el principal socio comercial de Estados Unidos.', 'accurate'],
      ['México es el principal socio comercial de EUA.', 'accurate'],
      ['México es el principal socio comercial de la Unión Americana.', 'accurate'],
      ['México es el tercer socio comercial de EUA, detrás de Canadá y China.', 'outdated'],
    ]);
  });
});

describe('"American" before a noun', () => {
  it('is the United States in English text, and the Americas or a people are not', () => {
    for (const text of ['American imports from Mexico rose', 'American consumers buy most of it', 'the American border patrol']) expect(canonical(text, 'en')).toMatch(/\busa\b/);
    for (const text of ['Latin American migrants', 'North American trade', 'Mexican American voters', 'Central-American families', 'most Americans', 'an American.'])
      expect(canonical(text, 'en')).not.toMatch(/\busa\b/);
  });

  it('gives a claim the verdict the plain name gives it', () => {
    expectRatings([
      ['Mexico is the largest source of U.S. imports.', 'accurate'],
      ['Mexico is the largest source of American imports.', 'accurate'],
    ]);
  });
});
