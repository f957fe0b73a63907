/**
 * A forecast's verb may stand far before its number, at the head of the clause ("México cerrará el año 2025 con …, al
 * alcanzar casi 41 mil millones"): the number is a projection, not a record, though a later record bears it out.
 * Found labeling real text (issue #12): a November forecast of 2025's investment was shown Accurate. Said in the past,
 * the same number is the record's. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { classifiedRating as rating } from './helpers/bundled';

describe('a number in a clause whose verb foretells', () => {
  it('is no record, in English', () => {
    expect(rating('Mexico will close 2025 with a record in foreign direct investment for the country, after reaching almost $41 billion, the ministry said.', 'en')).toBe('context');
    expect(rating('Mexico closed 2025 with a record in foreign direct investment for the country, after reaching almost $41 billion, the ministry said.', 'en')).toBe('accurate');
  });

  it('is no record, in Spanish', () => {
    expect(rating('México cerrará el año 2025 con una cifra histórica de inversión extranjera directa (IED), al alcanzar casi 41 mil millones de dólares.', 'es')).toBe('context');
    expect(rating('México cerró el año 2025 con una cifra histórica de inversión extranjera directa (IED), al alcanzar casi 41 mil millones de dólares.', 'es')).toBe('accurate');
  });
});
