/**
 * A people's word beside a noun of people says where they come from, as the country said after "from" / "de" does:
 * "Mexican students" are "students from Mexico", "estudiantes mexicanos" are "estudiantes de México". A series whose
 * cues say one meets a sentence that says the other (the packs' `demonyms`, `originNouns`, `originOf`, `demonymFirst`).
 * On a small synthetic fact set whose cues list only the people's word.
 */
import { describe, expect, it } from 'vitest';
import { VERDICT_WORDS } from '../../engine/knowledge';
import { cuePhrases } from '../../engine/measure-cues';
import type { Fact } from '../../engine/schema';
import { fig, ratingsOn, series, seriesFact } from './helpers/sample-facts';

const FACTS: Fact[] = [
  seriesFact(
    'students',
    'exchanges-diplomacy',
    [fig('mx-students', 15474, '2023/24', 'people'), fig('us-students', 4339, '2022/23', 'people')],
    [
      series('mx-students', 'students-abroad', 'mx-to-us', 'year', ['Mexican students in the U.S.'], ['estudiantes mexicanos en Estados Unidos']),
      series('us-students', 'students-abroad', 'us-to-mx', 'year', ['American students in Mexico'], ['estudiantes estadounidenses en México']),
    ],
    { en: ['students'], es: ['estudiantes'] },
  ),
];

const verdict = ratingsOn(FACTS);

describe('a people said as where they come from', () => {
  it('meets "Mexican students" said as "students from Mexico", and "American students" as "students from the U.S.", in English', () => {
    expect(verdict('About 15,000 students from Mexico studied in the U.S. in 2023/24.')).toEqual({ rating: 'accurate', figures: ['mx-students:consistent'] });
    expect(verdict('Some 9,000 students from Mexico studied in the U.S. in 2023/24.')).toEqual({ rating: 'false', figures: ['mx-students:contradicted'] });
    expect(verdict('About 4,300 students from the U.S. studied in Mexico in 2022/23.')).toEqual({ rating: 'accurate', figures: ['us-students:consistent'] });
  });

  it('meets "estudiantes mexicanos" said as "estudiantes de México", in Spanish', () => {
    expect(verdict('Unos 15,000 estudiantes de México estudiaron en Estados Unidos en 2023/24.')).toEqual({ rating: 'accurate', figures: ['mx-students:consistent'] });
    expect(verdict('Unos 9,000 estudiantes de México estudiaron en Estados Unidos en 2023/24.')).toEqual({ rating: 'false', figures: ['mx-students:contradicted'] });
    expect(verdict('Unos 4,300 estudiantes de Estados Unidos estudiaron en México en 2022/23.')).toEqual({ rating: 'accurate', figures: ['us-students:consistent'] });
  });

  it('keeps the way: students from the U.S. in Mexico are not Mexican students in the U.S.', () => {
    expect(verdict('Some 9,000 students from the U.S. studied in Mexico in 2022/23.')).toEqual({ rating: 'false', figures: ['us-students:contradicted'] });
    expect(verdict('Unos 9,000 estudiantes de Estados Unidos estudiaron en México en 2022/23.')).toEqual({ rating: 'false', figures: ['us-students:contradicted'] });
  });

  it("says the country only in place of a people beside a noun of people, in the language's order", () => {
    const cues = (en: string[], es: string[], lang: 'en' | 'es') => cuePhrases(series('k', 's', 'd', 'point', en, es), lang, VERDICT_WORDS);
    expect(cues(['Mexican students in the U.S.'], [], 'en')).toEqual(['Mexican students in the U.S.', 'students from mexico in the U.S.']);
    expect(cues([], ['estudiantes mexicanos en EU'], 'es')).toEqual(['estudiantes mexicanos en EU', 'estudiantes de méxico en EU']);
    // Not beside a noun of people ("Mexican exports" are no people), nor in the other language's order.
    expect(cues(['Mexican exports', 'students Mexican'], [], 'en')).toEqual(['Mexican exports', 'students Mexican']);
    expect(cues([], ['exportaciones mexicanas', 'mexicanos estudiantes'], 'es')).toEqual(['exportaciones mexicanas', 'mexicanos estudiantes']);
  });
});
