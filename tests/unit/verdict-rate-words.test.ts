/**
 * A number said per month or per week ("every month", "cada mes", "cada semana") is a rate, not the year's total:
 * a yearly series never bears it out, however close the number is to the year's figure. Found by a sweep that
 * said each series' latest figure with rate words of the wrong length; "per day" and "al mes" were already read.
 */
import { describe, expect, it } from 'vitest';
import { ratingsOn, sentHomeFact } from './helpers/sample-facts';

const verdict = ratingsOn([sentHomeFact({ 2024: 41_200_000_000, 2025: 44_800_000_000 })]);

describe('a rate per month or per week', () => {
  it('is not the yearly total', () => {
    for (const text of [
      'Money sent home to Mexico reached $44.8 billion every month in 2025.',
      'Money sent home to Mexico reached $44.8 billion each week in 2025.',
      'Las remesas enviadas a México sumaron 44.8 mil millones de dólares cada mes en 2025.',
      'Las remesas enviadas a México sumaron 44.8 mil millones de dólares cada semana en 2025.',
      'Las remesas enviadas a México sumaron 44.8 mil millones de dólares mensualmente en 2025.',
    ])
      expect(verdict(text)?.rating, text).not.toBe('accurate');
  });

  it('leaves the yearly total said as such borne out', () => {
    expect(verdict('Money sent home to Mexico reached $44.8 billion in 2025.')?.rating).toBe('accurate');
    expect(verdict('Las remesas enviadas a México sumaron 44.8 mil millones de dólares en 2025.')?.rating).toBe('accurate');
  });
});
