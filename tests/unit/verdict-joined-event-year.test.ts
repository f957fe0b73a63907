/**
 * Two events said of one subject, joined by "and" ("NAFTA took effect in 1994 and was replaced by USMCA in 2018"): the
 * second's cue lacks its subject, so no series took its year, and the first's year alone made the sentence Accurate,
 * though USMCA replaced NAFTA in 2020. A year joined so is left unsettled. Run on the bundled facts; the sentences are
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { bundled as engine } from './helpers/bundled';

const rating = (text: string) => engine.classify(text)?.rating ?? null;

describe('a second event joined by "and" to a dated one', () => {
  it.each([
    'NAFTA took effect in 1994 and was replaced by USMCA in 2018.',
    'NAFTA entered into force in 1994 and was superseded by the USMCA in 2018.',
    'El TLCAN entró en vigor en 1994 y fue reemplazado por el T-MEC en 2018.',
    'El TLCAN entró en vigor en 1994 y fue sustituido por el T-MEC en 2018.',
  ])('is not Accurate on the first year alone: %s', (text) => {
    expect(rating(text)).not.toBe('accurate');
  });

  it.each([
    ['NAFTA took effect in 1994.', 'accurate'],
    ['El TLCAN entró en vigor en 1994.', 'accurate'],
    // A year denied ("not in 2018") is no event of its own.
    ['USMCA took effect on July 1, 2020, not in 2018 when it was signed.', 'accurate'],
    // Each event with its own subject is judged.
    ['NAFTA took effect in 1994 and USMCA took effect in 2020.', 'accurate'],
  ])('leaves a year said alone or with its own cue judged: %s', (text, expected) => {
    expect(rating(text)).toBe(expected);
  });
});
