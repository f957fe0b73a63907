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
