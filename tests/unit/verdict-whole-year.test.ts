/**
 * Part of a year said first, then the whole year ("in the first half …, and for the full year …", "…, y al cierre del
 * año …"): the number after the whole year is the year's and is checked against its record. Run on the bundled facts;
 * the sentences are written for the test.
 */
import { describe, expect, it } from 'vitest';
import { shownRating as rating } from './helpers/bundled';

describe('the whole year said after part of it', () => {
  it.each([
    'In the first half of 2025 remittances fell, and for the full year they dropped 4.6%.',
    'En el primer semestre de 2025 las remesas cayeron, y en todo el año bajaron 4.6%.',
    'En el primer semestre de 2024 las remesas subieron, y al cierre del año sumaron 64.7 mil millones de dólares.',
  ])('checks the number against the year: %s', (text) => expect(rating(text)).toBe('accurate'));
});
