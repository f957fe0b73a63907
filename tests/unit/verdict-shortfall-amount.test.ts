/**
 * A word of change before an amount that a word of shortfall follows ("fell 865,000 acre-feet short of", "cayó … por
 * debajo de lo que debía", "corto": the packs' `shortAfter`) says the gap to what was owed, no change between two times
 * (issue #12). Before, "fell … short" was read as a fall by that amount, which no series of levels may judge, and the
 * shortfall the record holds earned no verdict. A fall said alone stays a change. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { shownRating as rating } from './helpers/bundled';

describe('an amount a word of shortfall follows', () => {
  it('is the shortfall, in English', () => {
    expect(rating('In the 2020-2025 cycle Mexico fell about 865,000 acre-feet short of its deliveries to the United States.')).toBe('accurate');
    expect(rating('In the 2020-2025 cycle Mexico fell about 400,000 acre-feet short of its deliveries to the United States.')).toBe('false');
  });

  it('is the shortfall, in Spanish', () => {
    expect(rating('En el ciclo 2020-2025, México cayó unos 865,000 acres-pie por debajo de lo que debía entregar a Estados Unidos.')).toBe('accurate');
    expect(rating('En el ciclo 2020-2025, México cayó unos 400,000 acres-pie por debajo de lo que debía entregar a Estados Unidos.')).toBe('false');
  });

  it('leaves a fall said alone a change', () => {
    expect(rating('Remittances to Mexico fell $61.8 billion in 2025.')).not.toBe('accurate');
    expect(rating('Las remesas a México cayeron 61,791 millones de dólares en 2025.')).not.toBe('accurate');
  });
});
