/**
 * A time counted back from the writing ("Thirty years ago", "Hace 30 años", "2 years ago") said beside a year restates that
 * year: "Thirty years ago, in 1994, NAFTA took effect" got no verdict (the year did not open its clause) and "Hace 2 años, en
 * 2024, las remesas … 64,745 millones de dólares" none either (its "2 años" was an unsettled number). The record settles the
 * year; the count back, relative to a writing date no one knows, is no claim of its own. Alone ("took effect 30 years ago")
 * it is still one no record settles. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { shownRating as rating } from './helpers/bundled';

describe('a time counted back from the writing, beside a year', () => {
  it('lets the year be checked', () => {
    expect(rating('Thirty years ago, in 1994, NAFTA took effect.')).toBe('accurate');
    expect(rating('Thirty years ago, in 1993, NAFTA took effect.')).toBe('false');
    expect(rating('Hace 30 años, en 1994, entró en vigor el TLCAN.')).toBe('accurate');
    expect(rating('2 years ago, in 2024, remittances to Mexico hit a record of $64.7 billion.')).toBe('accurate');
    expect(rating('Hace 2 años, en 2024, las remesas a México alcanzaron un récord de 64,745 millones de dólares.')).toBe('accurate');
  });

  it('settles nothing alone', () => {
    expect(rating('El TLCAN entró en vigor hace 30 años.')).toBe('context');
    expect(rating('NAFTA took effect 30 years ago.')).toBe('context');
  });
});
