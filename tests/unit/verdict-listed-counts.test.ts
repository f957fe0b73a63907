/**
 * A count said in words that binds no series is usually an aside ("two cities"), left out of the verdict. Listed with a
 * count that binds ("tres consulados y 9 agencias consulares"), it is a claim as much as its neighbour: the sentence is left
 * without a verdict, not rated by the one count the record bears out (three consulates is wrong; there are nine).
 */
import { describe, it } from 'vitest';
import { expectRatings } from './helpers/bundled';

describe('a count in words listed with a count the record settles', () => {
  it('keeps the sentence from a verdict its other count earns, in both languages', () => {
    expectRatings([
      ['The U.S. embassy oversees three ports of entry and 9 consular agencies in Mexico.', 'context'],
      ['La embajada de Estados Unidos opera tres consulados y 9 agencias consulares en México.', 'context'],
      ['The U.S. embassy runs 9 consular agencies in Mexico.', 'accurate'],
      ['Estados Unidos tiene 9 agencias consulares en México.', 'accurate'],
    ]);
  });

  it('judges a listed count in words that binds a series of its own, as any bound count', () => {
    // "Consulates" is the U.S. consulates' own measure (nine on record): said as three, the sentence is wrong, whatever its neighbour.
    expectRatings([['The U.S. embassy runs three consulates and 9 consular agencies in Mexico.', 'false']]);
  });
});
