/**
 * Figures the record binds and judges that the card used to withhold for a reason that did not hold, and the look-alikes where
 * the reason still does. Run on the bundled facts; the sentences are written for the test.
 */
import { describe, it } from 'vitest';
import { expectRatings } from './helpers/bundled';

describe('a peak said with a later level of the same series', () => {
  it('calls only the level said nearest its words a record', () => {
    expectRatings([
      ['Remittances to Mexico peaked in 2024, at $64.7 billion, and they dwindled to $61.8 billion in 2025.', 'accurate'],
      ['Las remesas a México alcanzaron su pico en 2024 con 64,746 millones de dólares y se encogieron hasta 61,791 millones de dólares de remesas en 2025.', 'accurate'],
    ]);
  });

  it('still withholds a peak an earlier year of its series topped', () => {
    expectRatings([
      ['Remittances to Mexico peaked in 2023, at $63.3 billion, and they dwindled to $61.8 billion in 2025.', 'context'],
      ['Las remesas a México alcanzaron su pico en 2023 con 63,313 millones de dólares y se encogieron hasta 61,791 millones de dólares de remesas en 2025.', 'context'],
    ]);
  });
});
