/**
 * A wrong verdict found in a blind probe (issue #12): "The cartels were designated terrorist organizations under Biden"
 * was Accurate. The designation's record keeps only its year as its period (its cues cover the order of January 20 and
 * the designation published on February 20, 2025, so a month said with the year is not checked), and a year that
 * straddles two terms was read as held by either. A figure's `on` gives the day the record dates the event to, read
 * only to place it in an officeholder's term. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { figureSchema } from '../../engine/schema';
import { shownRating as rating } from './helpers/bundled';

const label = { en: 'Year of the event', es: 'Año del hecho' };

describe('the day a dated event’s record gives it', () => {
  it('places the event in an officeholder’s term', () => {
    expect(rating('The cartels were designated terrorist organizations under Biden.')).toBe('context');
    expect(rating('Los cárteles fueron designados organizaciones terroristas durante el gobierno de Biden.')).toBe('context');
    expect(rating('The cartels were designated terrorist organizations under Trump.')).toBe('accurate');
    expect(rating('El gobierno de Trump designó a los cárteles como organizaciones terroristas.')).toBe('accurate');
  });

  it('leaves a month said with the year to the period, which keeps only the year', () => {
    expect(rating('Los cárteles fueron designados organizaciones terroristas en 2025.')).toBe('accurate');
    expect(rating('Washington designated the cartels as foreign terrorist organizations in January 2025.')).toBe('accurate');
  });

  it('is a day of its period’s year, on a figure of unit year only', () => {
    const year = { key: 'event-year', value: 2025, unit: 'year', period: '2025', label };
    expect(figureSchema.safeParse({ ...year, on: '2025-02-20' }).success).toBe(true);
    expect(figureSchema.safeParse({ ...year, on: '2024-12-31' }).success).toBe(false);
    expect(figureSchema.safeParse({ ...year, on: '2025-02' }).success).toBe(false);
    expect(figureSchema.safeParse({ ...year, unit: 'count', value: 6, on: '2025-02-20' }).success).toBe(false);
  });
});
