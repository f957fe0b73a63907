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
      ['The U.S. embassy runs three consulates and 9 consular agencies in Mexico.', 'context'],
      ['La embajada de Estados Unidos opera tres consulados y 9 agencias consulares en México.', 'context'],
      ['The U.S. embassy runs 9 consular agencies in Mexico.', 'accurate'],
      ['Estados Unidos tiene 9 agencias consulares en México.', 'accurate'],
    ]);
  });
});
