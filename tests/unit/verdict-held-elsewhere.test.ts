/**
 * A number said to the digit ("206,233") that another series holds, for the year the sentence gives, is the record the
 * writer quoted: the series its words were bound to does not show it wrong. "Deportations of Mexicans from the U.S.
 * reached 206,233 in 2024" (Mexico's count of repatriations) was False against ICE's removals to Mexico, and "ICE removed
 * 87,298 people to Mexico in fiscal 2024" False against all ICE removals. Run on the bundled facts; the sentences are
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { bundled as engine } from './helpers/bundled';

const rating = (text: string) => engine.classify(text)?.rating ?? null;
const ratings = (texts: readonly string[]) => texts.map((text) => [text, rating(text)]);
const all = (texts: readonly string[], r: string) => texts.map((text) => [text, r]);

describe('a number said to the digit that another series holds', () => {
  it('is not shown wrong by the series its words were bound to, in either language', () => {
    const texts = ['Deportations of Mexicans from the U.S. reached 206,233 in 2024.', 'Las deportaciones de mexicanos desde Estados Unidos llegaron a 206,233 en 2024.'];
    expect(ratings(texts)).toEqual(all(texts, 'context'));
    // Said with the people removed to Mexico (figures32), the number meets its own series, ICE's removals to Mexico, which holds it.
    expect(rating('ICE removed 87,298 people to Mexico in fiscal 2024.')).toBe('accurate');
  });

  it('leaves a round number no record holds judged', () => {
    expect(rating('Deportations of Mexicans from the U.S. reached 150,000 in fiscal 2024.')).toBe('false');
    expect(rating('Las deportaciones de mexicanos desde Estados Unidos llegaron a 150 mil en el año fiscal 2024.')).toBe('false');
  });

  // The imports' figure said as the exports' (one fact's two measures, whose cues tell them apart): a mix-up the exports'
  // record shows wrong. The removals to Mexico said in words that bind to both ICE series stay held back above.
  it('shows wrong a figure of another measure of the same fact that the words do not name', () => {
    const texts = [
      'U.S. goods exports to Mexico reached $505.9 billion in 2024.',
      'Las exportaciones de bienes de Estados Unidos a México sumaron 505,851 millones de dólares en 2024.',
      'Las exportaciones mexicanas de vehículos ligeros llegaron a 3,989,403 unidades en 2024.',
    ];
    expect(ratings(texts)).toEqual(all(texts, 'false'));
  });
});
