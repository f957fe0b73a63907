/**
 * A comparative before a sentence's first number ("lower than 35%", "inferior al 35%") bounds the value the sentence speaks
 * of, as "less than" does: it was read as the exact number, so "Mexico's poverty rate was lower than 35% in 2024" was False
 * against the 29.6% of 2024. After another number it sets that number against this one, which stays a figure of its own.
 * Run on the bundled facts; the sentences are written for the test.
 */
import { describe, expect, it } from 'vitest';
import { readQuantities } from '../../engine/numbers';
import { bundled as engine } from './helpers/bundled';

const rating = (text: string) => engine.classify(text)?.rating ?? null;

describe('a comparative before a number', () => {
  it('is read as a bound of the first number, in either language', () => {
    expect(readQuantities("Mexico's poverty rate was lower than 35% in 2024", 'en')[0]?.qualifier).toBe('under');
    expect(readQuantities("Mexico's poverty rate was higher than 25% in 2024", 'en')[0]?.qualifier).toBe('over');
    expect(readQuantities('La tasa de pobreza fue inferior al 35% en 2024', 'es')[0]?.qualifier).toBe('under');
    expect(readQuantities('La tasa de pobreza fue mayor a 25% en 2024', 'es')[0]?.qualifier).toBe('over');
    // After another number, it compares the two: the second is said exactly.
    expect(readQuantities('The economy grew 1.5% in 2024, lower than 3.3% in 2023', 'en')[1]?.qualifier).toBe('exact');
    expect(readQuantities('La economía creció 1.5% en 2024, menor al 3.3% de 2023', 'es')[1]?.qualifier).toBe('exact');
  });

  it('is judged as the bound it says: right when the record is within it, wrong when not', () => {
    const said = {
      "Mexico's poverty rate was lower than 35% in 2024.": 'accurate',
      'La tasa de pobreza en México fue inferior al 35% en 2024.': 'accurate',
      "Mexico's poverty rate was higher than 25% in 2024.": 'accurate',
      'La tasa de pobreza en México fue superior al 25% en 2024.': 'accurate',
      "Mexico's poverty rate was lower than 25% in 2024.": 'false',
      'La tasa de pobreza en México fue inferior a 25% en 2024.': 'false',
    };
    for (const [text, want] of Object.entries(said)) expect(rating(text), text).toBe(want);
  });

  it('after another number, never makes the comparison wrong', () => {
    for (const text of ["Mexico's economy grew 1.5% in 2024, lower than the 3.3% of 2023.", 'La economía de México creció 1.5% en 2024, menor al 3.3% de 2023.'])
      expect(['context', 'accurate'], text).toContain(rating(text));
  });
});
