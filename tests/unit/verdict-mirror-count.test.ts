/**
 * A flow both countries count (Mexico's exports to the U.S. in INEGI's count, U.S. imports from Mexico in the Census's)
 * is quoted in either count, "goods" said or not: a number within the series' `mirror` band is not shown wrong. "Mexico
 * exported $490.2 billion in goods to the U.S. in 2023" (IMCO, INEGI's count) was False against the Census's $475.6
 * billion; a number beyond the band still is.
 */
import { describe, expect, it } from 'vitest';
import { classifiedRating as rating } from './helpers/bundled';

describe("the other country's count of a flow", () => {
  it('is not shown wrong within the mirror band', () => {
    expect(rating('Mexico exported $490.2 billion in goods to the U.S. in 2023.')).not.toBe('false');
    expect(rating('México exportó bienes a Estados Unidos por 490,200 millones de dólares en 2023.')).not.toBe('false');
  });

  it('is shown wrong beyond it', () => {
    expect(rating('Mexico exported $520 billion in goods to the U.S. in 2023.')).toBe('false');
    expect(rating('México exportó bienes a Estados Unidos por 520 mil millones de dólares en 2023.')).toBe('false');
  });
});
