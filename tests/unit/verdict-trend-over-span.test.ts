/**
 * A trend said over a span of two years ("Entre 2018 y 2024 la pobreza bajó de 41.9% a 29.6%", "fell from 46.8 to 38.5
 * million between 2022 and 2024") runs from the span's first year to its last: the number it starts from is that first
 * year's level, the one it goes to the last year's. A scale said once after both numbers ("46.8 to 38.5 million") is both
 * numbers'. Another number the sentence states and no record checks leaves it unsettled. Run on the bundled facts; the
 * sentences are written for the test.
 */
import { describe, expect, it } from 'vitest';
import { readQuantities } from '../../engine/numbers';
import { expectRatings } from './helpers/bundled';

describe('a trend over a span of two years', () => {
  it('reads its first number at the first year and its last at the last, in both languages', () => {
    expectRatings([
      ['Entre 2018 y 2024 la pobreza en México bajó de 41.9% a 29.6%.', 'accurate'],
      ['Del 2018 al 2024 la pobreza en México bajó de 41.9% a 29.6%.', 'accurate'],
      ['The poverty rate in Mexico fell from 41.9% to 29.6% between 2018 and 2024.', 'accurate'],
      ['Between 2022 and 2024 the number of people in poverty in Mexico fell from 46.8 to 38.5 million.', 'accurate'],
      ['Entre 2018 y 2024 la pobreza en México bajó de 29.6% a 41.9%.', 'false'],
      ['Between 2018 and 2024, the poverty rate in Mexico fell from 41.9% to 36.3%.', 'false'],
      ['Between 2022 and 2024, the number of people in poverty in Mexico fell from 38.5 million to 46.8 million.', 'false'],
    ]);
  });

  it('leaves a sentence unsettled where another number it states is checked by no record', () => {
    expectRatings([['El número de personas en pobreza en México pasó del 2022 al 2024 de 46.8 a 38.5 millones, lo que significa que 8.5 salieron.', 'context']]);
  });
});

describe('a scale said once after two numbers', () => {
  it('is both numbers’', () => {
    const read = (text: string, lang: 'en' | 'es') => readQuantities(text, lang).map((q) => [q.value, q.unit]);
    expect(read('poverty fell from 46.8 to 38.5 million people', 'en')).toEqual([
      [46_800_000, 'people'],
      [38_500_000, 'people'],
    ]);
    expect(read('pasó de 46,8 a 38,5 millones', 'es')).toEqual([
      [46_800_000, null],
      [38_500_000, null],
    ]);
    expect(read('rose from $3 to $4 billion', 'en')).toEqual([
      [3e9, 'usd'],
      [4e9, 'usd'],
    ]);
    expect(read('from 2 to 3 percent', 'en')).toEqual([
      [2, 'percent'],
      [3, 'percent'],
    ]);
    // Joined by no word of a span, a number keeps its own reading.
    expect(read('46.8, then 38.5 million', 'en')).toEqual([
      [46.8, null],
      [38_500_000, null],
    ]);
  });
});
