/**
 * A state said to hold "for the first time" without its year (issue #12): which year it first held is not said, so
 * the newest record, which still bears it out, neither undoes it nor bears it out. "Remittances topped $60 billion for
 * the first time" (first in 2023, again in 2024) and "Por primera vez en 20 años, México superó a China como principal
 * proveedor de importaciones de Estados Unidos" (first in 2023, still in 2025) were shown False: the newest year was
 * judged and the earlier one taken as a first time before it. Said with its year, or told as a present state ("is", "es":
 * the packs' `presentState`), a first time is checked as before.
 * Synthetic facts; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { ratingsOn, sentHomeFact } from './helpers/sample-facts';

const verdict = ratingsOn([sentHomeFact({ '2022': 58.5e9, '2023': 63.3e9, '2024': 64.7e9 })]);

describe('a first time without its year', () => {
  it('is neither wrong nor borne out by the newest record, in English', () => {
    expect(verdict('Money sent home to Mexico topped $60 billion for the first time.')?.rating).toBe('context');
    expect(verdict('In 2024, money sent home to Mexico topped $60 billion for the first time.')?.rating).toBe('false');
    // Told as a present state, a first time is of now: 2023 already bore it out.
    expect(verdict('For the first time, money sent home to Mexico is more than $60 billion.')?.rating).toBe('false');
  });

  it('is neither wrong nor borne out by the newest record, in Spanish', () => {
    expect(verdict('Por primera vez, las remesas enviadas a México superaron los 60 mil millones de dólares.')?.rating).toBe('context');
    expect(verdict('Por primera vez, las remesas enviadas a México superaron los 60 mil millones de dólares en 2024.')?.rating).toBe('false');
    expect(verdict('Por primera vez, las remesas enviadas a México son de más de 60 mil millones de dólares.')?.rating).toBe('false');
  });
});
