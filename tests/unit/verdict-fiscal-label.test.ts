import { describe, expect, it } from 'vitest';
import { readQuantities } from '../../engine/numbers';
import { classifiedRating } from './helpers/bundled';

// A fiscal year is often written by its label ("FY24", "FY 2023"): its digits are the year, not an amount.
describe('a fiscal year said by its label', () => {
  it('reads no amount in the label', () => {
    expect(readQuantities('CBP seized 21,889 pounds of fentanyl in FY24.', 'en').map((q) => q.value)).toEqual([21889]);
    expect(readQuantities("CBP seized 21,889 pounds of fentanyl in FY '24.", 'en').map((q) => q.value)).toEqual([21889]);
  });

  it('judges the figure for the year the label names', () => {
    expect(classifiedRating('CBP seized 27,023 pounds of fentanyl in FY23.')).toBe('accurate');
    expect(classifiedRating('CBP seized 21,889 pounds of fentanyl in FY24.')).toBe('accurate');
    expect(classifiedRating('CBP seized 27,023 pounds of fentanyl in FY24.')).toBe('false');
  });
});
