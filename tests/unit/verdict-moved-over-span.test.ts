/**
 * A move said over a counted span of years (engine/moved-span.ts): a streak ("have grown every year for the past five
 * years", "por quinto año consecutivo") claims the move in every year of it; a first time ("fell for the first time in 11
 * years", "por primera vez en una década") claims it in the last year and in no year before it within the span. Checked
 * year by year from the series' records; a year the record lacks leaves it open unless another year denies it.
 */
import { describe, expect, it } from 'vitest';
import { classifiedRating as rating, expectRatings } from './helpers/bundled';

describe('a move said over a span of years', () => {
  it('bears out a streak every year of which the record shows the move, and denies one a year breaks (2025 fell)', () => {
    expectRatings([
      ['Remittances to Mexico rose for the third year in a row in 2024.', 'accurate'],
      ['Las remesas a México aumentaron por tercer año consecutivo en 2024.', 'accurate'],
      ['Remittances to Mexico have grown every year for the past five years.', 'false'],
      ['Las remesas han crecido cada año durante los últimos cinco años.', 'false'],
      ['Las remesas crecieron por quinto año consecutivo en 2025.', 'false'],
    ]);
  });

  it('bears out a first time only where no earlier year of the span moved the same way (each year rose from 2014 to 2024)', () => {
    expectRatings([
      ['Remittances to Mexico fell for the first time in 11 years in 2025.', 'accurate'],
      ['Las remesas cayeron en 2025 por primera vez en 11 años.', 'accurate'],
      ['Remittances to Mexico fell for the first time in a decade.', 'accurate'],
      ['Remittances to Mexico rose for the first time in 11 years in 2024.', 'false'],
      ['Las remesas subieron en 2024 por primera vez en cinco años.', 'false'],
    ]);
  });

  it('leaves open a span whose years the record lacks (it starts in 2013), an uncounted first time, or two years said', () => {
    const open = [
      'Remittances to Mexico rose for the tenth year in a row in 2013.',
      'Remittances to Mexico fell in 2025 for the first time in years.',
      'Remittances to Mexico fell for the first time in more than a decade.',
      'Las remesas cayeron en 2025 por primera vez desde 2013.',
      'Remittances to Mexico rose for the third year in a row in 2023 and 2024.',
    ];
    expect(open.map((s) => rating(s)).filter((r) => r === 'accurate' || r === 'false')).toEqual([]);
  });
});
