/**
 * A dated event's year said with its month or day after the event's object ("…dismissed Mexico's lawsuit against gunmakers in
 * June 2025"): the date's words counted against the year's reach, so the cue before them fell out of it and the sentence
 * earned no verdict, where "…in 2025" earned one. The year is now sought again from its date's start (engine/verdict.ts,
 * bindYears) and keeps its date: another month or day than the record's is still wrong. Run on the bundled facts; the
 * sentences are written for the tests.
 */
import { describe, it } from 'vitest';
import { expectRatings } from './helpers/bundled';

describe('an event’s year said with its date after the event’s object', () => {
  it('is bound to the event and checked with its date', () => {
    expectRatings([
      ["The Supreme Court dismissed Mexico's lawsuit against gunmakers in June 2025.", 'accurate'],
      ['La Suprema Corte desestimó la demanda de México contra las armerías en junio de 2025.', 'accurate'],
      ["The Supreme Court threw out Mexico's lawsuit against gunmakers on June 5, 2025.", 'accurate'],
    ]);
  });

  it('is wrong at another month, day or year', () => {
    expectRatings([
      ["The Supreme Court dismissed Mexico's lawsuit against gunmakers in March 2025.", 'false'],
      ['La Suprema Corte desestimó la demanda de México contra las armerías en marzo de 2025.', 'false'],
      ["The Supreme Court threw out Mexico's lawsuit against gunmakers on June 9, 2025.", 'false'],
      ["The Supreme Court threw out Mexico's lawsuit against gunmakers in June 2024.", 'false'],
    ]);
  });
});
