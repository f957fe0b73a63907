/**
 * Dated events said in names a writer uses for them: "the new NAFTA" is the USMCA (its entry into force in 2020 is no
 * NAFTA's, which was shown False); "las armeras" are the gunmakers Mexico sued, as "gunmakers" are in English; hosts
 * "picked" or "elegidos" were chosen, and a bridge "inaugurated" was opened (the packs' cueClasses). Run on the bundled
 * facts; the sentences are written for the tests.
 */
import { describe, it } from 'vitest';
import { expectRatings } from './helpers/bundled';

describe('dated events said in the names writers use', () => {
  it('reads "the new NAFTA" as the USMCA', () => {
    expectRatings([
      ['The new NAFTA took effect in July 2020.', 'accurate'],
      ['El nuevo TLCAN entró en vigor en julio de 2020.', 'accurate'],
      ['The new NAFTA took effect in 2018.', 'false'],
      ['El nuevo TLCAN entró en vigor en 2018.', 'false'],
      ['NAFTA took effect in 2020.', 'false'],
    ]);
  });

  it('reads the gunmakers in both languages', () => {
    expectRatings([
      ['La Suprema Corte desechó la demanda de México contra las armeras en 2025.', 'accurate'],
      ["The Supreme Court dismissed Mexico's lawsuit against gunmakers in 2025.", 'accurate'],
    ]);
  });

  it('reads the verbs a writer may choose for the event', () => {
    expectRatings([
      ['FIFA picked Mexico, the United States and Canada to host the 2026 World Cup in 2018.', 'accurate'],
      ['La FIFA eligió a México, Estados Unidos y Canadá como sedes del Mundial 2026 en 2018.', 'accurate'],
      ['México, Estados Unidos y Canadá fueron elegidos para albergar el Mundial 2026 en 2022.', 'false'],
      ['The rail bridge between Brownsville and Matamoros was inaugurated in 2015.', 'accurate'],
      ['El puente ferroviario entre Matamoros y Brownsville abrió en 2015.', 'accurate'],
    ]);
  });
});
