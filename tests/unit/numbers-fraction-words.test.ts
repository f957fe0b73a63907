import { describe, expect, it } from 'vitest';
import { readQuantities } from '../../engine/numbers';
import { shownRating } from './helpers/bundled';

// Fractions said as parts ("dos terceras partes", "una cuarta parte", "uno de cada dos", "one in two") are shares, as
// "dos tercios" and "two-thirds" already were. About 67% of the guns traced in Mexico (2018-2023) came from the U.S.
describe('fractions said as parts', () => {
  it.each([
    ['las dos terceras partes de las armas', 'es', 200 / 3],
    ['una tercera parte de las armas', 'es', 100 / 3],
    ['tres cuartas partes de las armas', 'es', 75],
    ['la cuarta parte de las armas', 'es', 25],
    ['uno de cada dos migrantes', 'es', 50],
    ['one in two migrants', 'en', 50],
  ] as const)('%s', (text, lang, value) => {
    const [q] = readQuantities(text, lang);
    expect(q?.unit).toBe('percent');
    expect(q?.value).toBeCloseTo(value, 5);
  });

  it('is checked as a share, both ways, in both languages', () => {
    expect(shownRating('Dos terceras partes de las armas rastreadas en México provienen de Estados Unidos.')).toBe('accurate');
    expect(shownRating('Una cuarta parte de las armas rastreadas en México provienen de Estados Unidos.')).toBe('false');
    expect(shownRating('Two-thirds of the guns traced in Mexico came from the United States.')).toBe('accurate');
    expect(shownRating('One in two guns traced in Mexico came from the United States.')).toBe('false');
  });
});
