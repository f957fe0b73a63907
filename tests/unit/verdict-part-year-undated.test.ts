/**
 * A wrong verdict found auditing real text (issue #12): "remittances in June reached a record …", said with no year,
 * was shown False against the one June the record holds (2025), though it was true of another June. A part of a year
 * said without its year recurs every year, and a record of parts of a year holds only a few of them: a number it
 * contradicts may be that part of a year it does not hold, and is left open. With its year said, it is judged as before.
 * Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { shownRating as rating } from './helpers/bundled';

describe('a part of a year said without its year', () => {
  it('is not shown wrong by another year’s part, in English', () => {
    expect(rating('Remittances to Mexico in June hit a record $6.1 billion, Banxico said.')).toBe('context');
    expect(rating('Remittances to Mexico in June 2025 hit $6.1 billion, Banxico said.')).toBe('false');
  });

  it('is not shown wrong by another year’s part, in Spanish', () => {
    expect(rating('Las remesas a México en junio sumaron un récord de 6,100 millones de dólares, informó Banxico.')).toBe('context');
    expect(rating('Las remesas a México en junio de 2025 sumaron 6,100 millones de dólares, informó Banxico.')).toBe('false');
  });
});
