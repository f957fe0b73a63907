/**
 * A number is as precise as the writer said it: "40.1 million" of a record of 38.5 million is not borne out, though a
 * round "40 million" would be. Run on the bundled facts; the sentences are written for the test.
 */
import { describe, it } from 'vitest';
import { expectRatings } from './helpers/bundled';

describe('a count said to three digits with a decimal', () => {
  it('is borne out to its own precision', () => {
    expectRatings([
      ['The number of people in poverty in Mexico was 38.5 million in 2024.', 'accurate'],
      ['El número de personas en pobreza en México fue de 38.5 millones en 2024.', 'accurate'],
    ]);
  });
  it('is left in doubt a few percent off, never shown accurate', () => {
    expectRatings([
      ['The number of people in poverty in Mexico was 40.1 million in 2024.', 'context'],
      ['El número de personas en pobreza en México fue de 40.1 millones en 2024.', 'context'],
      ['The number of people in poverty in Mexico fell from 46.8 million in 2022 to 40.1 million in 2024.', 'context'],
      ['El número de personas en pobreza en México bajó de 46.8 millones en 2022 a 40.1 millones en 2024.', 'context'],
    ]);
  });
});
