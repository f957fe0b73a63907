/**
 * A bound said in figures is as sharp as the record is precise (issue #12, hedges with their meaning): "more than $65
 * billion" of a record of $64.746 billion, "menos de 4,000" of 4,339, are wrong. Before, a record within a tenth short of
 * "more than" (a sixth over "less than") was in doubt, though nothing but the record's own rounding, or a rate's restated
 * half point, can carry it across the bound. A bound said in words ("more than a million") stays loose. Sentences written
 * for the test; the checks run on the bundled facts.
 */
import { describe, expect, it } from 'vitest';
import { fits } from '../../engine/figures';
import type { Quantity } from '../../engine/numbers';
import { expectRatings } from './helpers/bundled';

const bound = (value: number, qualifier: 'over' | 'under', unit: Quantity['unit'], vague = false): Quantity => ({
  value,
  unit,
  per: null,
  qualifier,
  start: 0,
  end: 0,
  raw: '',
  ...(vague && { vague }),
});

describe('a bound said in figures', () => {
  it('is wrong where the record falls short of it, in either language', () =>
    expectRatings([
      ['Remittances to Mexico topped $65 billion in 2024.', 'false'],
      ['Las remesas a México superaron los 65 mil millones de dólares en 2024.', 'false'],
      ['Remittances to Mexico were less than $63 billion in 2024.', 'false'],
      ['Menos de 4,000 estudiantes estadounidenses estudiaron en México en el ciclo 2022/23.', 'false'],
    ]));

  // A record past the bound by more than the old band stays wrong, though a rate's restated half point reaches the bound:
  // the sharper reading only narrows the band where a record is in doubt.
  it('stays wrong where the record is far past it, a rate included', () =>
    expectRatings([
      ["In 2024, Mexico's GDP grew by less than 1%.", 'false'],
      ['En 2024, el PIB de México creció menos de 1%.', 'false'],
    ]));

  it('still holds where the record is past it', () =>
    expectRatings([
      ['Remittances to Mexico topped $64 billion in 2024.', 'accurate'],
      ['Las remesas a México superaron los 64 mil millones de dólares en 2024.', 'accurate'],
    ]));

  it('is left open where a rate restated by half a point could cross it', () =>
    expectRatings([
      ["Mexico's share of U.S. auto parts imports was more than 43.4% in 2023.", 'context'],
      ['La participación de México en las importaciones estadounidenses de autopartes fue de más del 43.4% en 2023.', 'context'],
    ]));

  it('is in doubt only within the record’s own rounding; said in words, within a tenth', () => {
    expect(fits(bound(65e9, 'over', 'usd'), 64.746e9, 'usd')).toBe('no');
    expect(fits(bound(1.25e6, 'over', 'people'), 1.2e6, 'people')).toBe('grey');
    expect(fits(bound(4000, 'under', 'people'), 4339, 'people')).toBe('no');
    expect(fits(bound(1e6, 'over', 'people', true), 0.95e6, 'people')).toBe('grey');
    expect(fits(bound(1e6, 'under', 'people', true), 1.1e6, 'people')).toBe('grey');
    expect(fits(bound(1, 'under', 'percent'), 1.5, 'percent')).toBe('no');
  });
});
