/**
 * A round number's band is its own rounding ("about 20 million" is 15 to 25 million): past it, only the spread of the
 * sources leaves it in doubt, not half its rounding again. Sentences and figures are written for the test.
 */
import { describe, expect, it } from 'vitest';
import { fits } from '../../engine/figures';
import type { Quantity } from '../../engine/numbers';
import { shownRating as rating } from './helpers/bundled';

const people = (value: number, qualifier: Quantity['qualifier'] = 'exact'): Quantity => ({ value, unit: 'people', per: null, qualifier, start: 0, end: 0, raw: String(value) });

describe('a round number past its own rounding', () => {
  it('is wrong beyond the sources’ spread', () => {
    expect(fits(people(20e6, 'about'), 12.8e6, 'people')).toBe('no');
    expect(fits(people(2e6), 2.7e6, 'people')).toBe('no');
  });

  it('is in doubt within its digits’ rounding or the sources’ spread, and right within its band', () => {
    expect(fits(people(10_000), 14_488, 'people')).toBe('grey');
    expect(fits(people(2e6), 2.6e6, 'people')).toBe('grey');
    expect(fits(people(20e6, 'about'), 16e6, 'people')).toBe('yes');
  });

  it('leaves the band of a number said to a tenth as it was', () => {
    expect(fits(people(11.5e6), 10.9e6, 'people')).toBe('grey');
  });

  it('is shown wrong on the bundled facts, in English and Spanish', () => {
    expect(rating('About 20 million Mexican-born people live in the United States.')).toBe('false');
    expect(rating('En Estados Unidos viven unos 20 millones de personas nacidas en México.')).toBe('false');
  });
});
