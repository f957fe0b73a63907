/**
 * The level a measure went on to, said after "and" with its verb and no subject of its own but a pronoun ("Remittances
 * reached $64.7 billion in 2024, and they fell to $61.8 billion in 2025", "… en 2024 y bajaron a 61,791 millones de
 * dólares en 2025"), is the measure of the number before it, at its own year: before, its stretch held no cue and the
 * sentence went without a verdict. It must go the way its verb says ("and they rose to" a lower level is left open), and a
 * subject of its own ("and exports fell to …") is another measure.
 */
import { describe, expect, it } from 'vitest';
import { ratingsOn, sentHomeFact } from './helpers/sample-facts';

const verdict = ratingsOn([sentHomeFact({ '2023': 63.3e9, '2024': 64.7e9, '2025': 61.8e9 })]);

describe('the level a measure went on to', () => {
  it('is the measure of the number before it, at its own year', () => {
    expect(verdict('Money sent home to Mexico reached $64.7 billion in 2024, and it fell to $61.8 billion in 2025.')).toEqual({
      rating: 'accurate',
      figures: ['sent-home-per-year:consistent', 'sent-home-per-year:consistent'],
    });
    expect(verdict('Las remesas enviadas a México sumaron 64,700 millones de dólares en 2024 y bajaron a 61,800 millones de dólares en 2025.')).toEqual({
      rating: 'accurate',
      figures: ['sent-home-per-year:consistent', 'sent-home-per-year:consistent'],
    });
    expect(verdict('Money sent home to Mexico reached $64.7 billion in 2024, and it fell to $50 billion in 2025.')?.rating).toBe('false');
    expect(verdict('Las remesas enviadas a México sumaron 64,700 millones de dólares en 2024 y bajaron a 50,000 millones de dólares en 2025.')?.rating).toBe('false');
  });

  it('is left open where it goes against its verb or has a subject of its own', () => {
    expect(verdict('Money sent home to Mexico reached $64.7 billion in 2024, and it rose to $61.8 billion in 2025.')?.rating).toBe('context');
    expect(verdict('Las remesas enviadas a México sumaron 64,700 millones de dólares en 2024 y subieron a 61,800 millones de dólares en 2025.')?.rating).toBe('context');
    expect(verdict('Money sent home to Mexico reached $64.7 billion in 2024, and exports fell to $61.8 billion in 2025.')?.rating).toBe('context');
  });
});
