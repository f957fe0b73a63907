/**
 * Cues said the way sentences say them, in both languages. A second event joined by "and" to the first leaves its subject
 * unsaid ("NAFTA took effect in 1994 and was replaced by the USMCA in 2020", "y fue sustituido por el T-MEC en 2020"): the
 * USMCA's entry into force is named by "replaced by the USMCA" alone, as only NAFTA was. Spanish fronts a place before its
 * verb ("Por Laredo pasaron … en 2025"), as English "… passed through Laredo". Both years and amounts were left unsettled.
 * Sentences written for the test; the checks run on the bundled facts (USMCA in force July 2020; Laredo's trade $354 billion in 2025).
 */
import { describe, it } from 'vitest';
import { expectRatings } from './helpers/bundled';

/** Each sentence with the rating its record gives it: the right year or amount, and a wrong one. */
const CASES: Record<string, [sentence: string, rating: string][]> = {
  'an event whose subject is the clause before’s, in English': [
    ['NAFTA entered into force in 1994 and was replaced by the USMCA in 2020.', 'accurate'],
    ['NAFTA entered into force in 1994 and was replaced by the USMCA in 2017.', 'false'],
  ],
  'an event whose subject is the clause before’s, in Spanish': [
    ['El TLCAN entró en vigor en 1994 y fue reemplazado por el T-MEC en 2020.', 'accurate'],
    ['El TLCAN entró en vigor en 1994 y fue reemplazado por el T-MEC en 2017.', 'false'],
  ],
  'a port said before its verb, in Spanish': [
    ['En 2025 por Laredo cruzaron 354 mil millones de dólares en mercancías.', 'accurate'],
    ['En 2025 por Laredo cruzaron 150 mil millones de dólares en mercancías.', 'false'],
  ],
};

describe('cues said as sentences say them', () => {
  for (const [name, cases] of Object.entries(CASES)) it(`settle ${name}`, () => expectRatings(cases));
});
