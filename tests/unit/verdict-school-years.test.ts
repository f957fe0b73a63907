/**
 * A series counted in school or crop years ("2023/24") meets a sentence that writes that year as two
 * years joined ("the 2023-24 academic year", "el ciclo 2023-2024"), issue #12. Before, the joined years
 * read as a span, which a yearly series never meets, so the number went unchecked. Two years said
 * apart ("between 2022 and 2023") stay a span: a total over both would be judged against one year.
 * A series of calendar years still reads the joined years as a span. Synthetic facts; sentences written
 * for the test.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../engine/schema';
import { fig, ratingsOn, series, seriesFact } from './helpers/sample-facts';

const FACTS: Fact[] = [
  seriesFact(
    'students',
    'exchanges-diplomacy',
    [fig('mx-students', 14_541, '2022/23', 'people'), fig('mx-students', 15_474, '2023/24', 'people')],
    [
      series(
        'mx-students',
        'students',
        'mx-to-us',
        'year',
        ['Mexican students in the U.S.', 'Mexican students enrolled in the U.S.'],
        ['estudiantes mexicanos en Estados Unidos', 'estudiantes mexicanos inscritos en Estados Unidos'],
      ),
    ],
    { en: ['Mexican students'], es: ['estudiantes mexicanos'] },
  ),
];
const verdict = ratingsOn(FACTS);

describe('two years joined, for a series of school years', () => {
  it('is the school year, in English', () => {
    expect(verdict('In the 2023-24 academic year there were 15,474 Mexican students in the U.S.')).toEqual({ rating: 'accurate', figures: ['mx-students:consistent'] });
    expect(verdict('In the 2022-2023 school year there were 17,000 Mexican students in the U.S.')).toEqual({ rating: 'false', figures: ['mx-students:contradicted'] });
    expect(verdict('Between 2022 and 2023 there were 17,000 Mexican students in the U.S.')?.rating).toBe('context');
  });

  it('is the school year, in Spanish', () => {
    expect(verdict('En el ciclo 2023-2024 había 15,474 estudiantes mexicanos en Estados Unidos.')).toEqual({ rating: 'accurate', figures: ['mx-students:consistent'] });
    expect(verdict('En el ciclo escolar 2022-23 había 17,000 estudiantes mexicanos en Estados Unidos.')).toEqual({ rating: 'false', figures: ['mx-students:contradicted'] });
    expect(verdict('Entre 2022 y 2023 hubo 17,000 estudiantes mexicanos en Estados Unidos.')?.rating).toBe('context');
  });
});
