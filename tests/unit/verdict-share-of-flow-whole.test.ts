/**
 * A share of a flow is of the whole named after it: "Mexico accounts for 15.7% of U.S. imports" is the share "15.7% of U.S.
 * imports come from Mexico" says, though it names Mexico first; "the U.S. accounts for 15.7% of Mexico's imports" is a share
 * of another whole, which the record of U.S. imports neither bears out nor shows wrong. Polls keep reading who views whom
 * from the order the countries are named in. Run on the bundled facts; the sentences are written for the test.
 */
import { describe, it } from 'vitest';
import { expectRatings } from './helpers/bundled';

describe('a share of a flow', () => {
  it('is of the whole named after it, in both languages', () => {
    expectRatings([
      ['Mexico accounted for about 15.7% of U.S. imports in 2025.', 'accurate'],
      ['Mexico supplies 15.7% of what the U.S. imports.', 'accurate'],
      ['Mexico accounts for 30% of U.S. imports.', 'false'],
      ['México representa el 15.7% de las importaciones de Estados Unidos.', 'accurate'],
      ['México representa el 30% de las importaciones de Estados Unidos.', 'false'],
      ['15.7% of U.S. imports come from Mexico.', 'accurate'],
    ]);
  });

  it('of the other country’s whole is read against no record of this one', () => {
    expectRatings([
      ["The U.S. accounts for 15.7% of Mexico's imports.", 'context'],
      ["The U.S. accounts for 30% of Mexico's imports.", 'context'],
      ['Estados Unidos representa el 30% de las importaciones de México.', 'context'],
    ]);
  });
});
