/**
 * A wrong verdict found in a blind probe (issue #12): "The Supreme Court threw out Mexico's lawsuit against U.S. gun makers
 * under Biden" was Accurate, though the ruling was of June 5, 2025, months after his term ended. A head of
 * government's name said as a time ("under Biden", "the Biden administration", "durante el sexenio de Calderón") dates the
 * deed to that person's terms (engine/knowledge/officeholders.json); a dated event whose record falls in none of them is
 * not what the sentence says, so the card keeps the record with no verdict. A name said as a speaker dates nothing.
 * Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { VERDICT_WORDS } from '../../engine/knowledge';
import { officeSpansIn, periodInSpans } from '../../engine/office-terms';
import { foldSameLength } from '../../engine/word-lists';
import { shownRating as rating } from './helpers/bundled';

const spans = (s: string, lang: 'en' | 'es') => officeSpansIn(foldSameLength(s), VERDICT_WORDS[lang]);

describe('an officeholder’s name said as a time', () => {
  it('is read with a lead-in or a head, in English and Spanish, titles and given names between', () => {
    expect(spans('It happened under former President Joe Biden.', 'en')).toEqual([{ from: '2021-01-20', to: '2025-01-20' }]);
    expect(spans('The Obama administration said so.', 'en')).toEqual([{ from: '2009-01-20', to: '2017-01-20' }]);
    expect(spans('An Obama-era rule.', 'en')).toHaveLength(1);
    expect(spans('Ocurrió durante el gobierno del presidente Andrés Manuel López Obrador.', 'es')).toEqual([{ from: '2018-12-01', to: '2024-09-30' }]);
    expect(spans('Ocurrió bajo Peña Nieto.', 'es')).toEqual([{ from: '2012-12-01', to: '2018-11-30' }]);
    expect(spans('La administración Trump lo decidió.', 'es')).toHaveLength(2);
  });

  it('is not read from a speaker, nor across a clause break', () => {
    expect(spans('Sheinbaum said the deal holds.', 'en')).toEqual([]);
    expect(spans('Under pressure, Biden said the deal holds.', 'en')).toEqual([]);
    expect(spans('Sheinbaum dijo que el acuerdo sigue.', 'es')).toEqual([]);
  });

  it('holds a record’s period in part or not at all', () => {
    const biden = [{ from: '2021-01-20', to: '2025-01-20' }];
    expect(periodInSpans('2025-02-20', biden)).toBe(false);
    expect(periodInSpans('2022-08', biden)).toBe(true);
    // A year alone may fall on either side of a term's edge: it is held, so no verdict is withheld on a guess.
    expect(periodInSpans('2025', biden)).toBe(true);
    expect(periodInSpans('2026-01-01', [{ from: '2025-01-20' }])).toBe(true);
  });
});

describe('a dated event said of a term it did not happen in', () => {
  it('gets no verdict, in English and Spanish', () => {
    expect(rating('The Supreme Court threw out Mexico’s lawsuit against U.S. gun makers under Biden.')).not.toBe('accurate');
    expect(rating('La Suprema Corte desechó la demanda de México contra las armeras durante el gobierno de Biden.')).not.toBe('accurate');
    expect(rating('Los cárteles fueron designados organizaciones terroristas durante el gobierno de López Obrador.')).not.toBe('accurate');
    expect(rating('Remain in Mexico was reinstated under Obama.')).not.toBe('accurate');
  });

  it('keeps the verdict in a term it happened in, and where a name is only a speaker', () => {
    expect(rating('The Trump administration designated the cartels as foreign terrorist organizations.')).toBe('accurate');
    expect(rating('The cartels were designated foreign terrorist organizations under Trump.')).toBe('accurate');
    expect(rating('The U.S. designated the cartels as terrorist organizations.')).toBe('accurate');
    expect(rating('The Supreme Court threw out Mexico’s lawsuit against U.S. gun makers under Trump.')).toBe('accurate');
    expect(rating('Remain in Mexico was reinstated under Biden.')).toBe('accurate');
  });
});
