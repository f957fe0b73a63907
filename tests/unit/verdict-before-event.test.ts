/**
 * A number said of the time before a named event ("before NAFTA", "antes del TLCAN") is of a year before it, which the newest
 * record does not settle; and a small whole count said as an older figure to the unit ("50 consulates" beside 2021's 50 and
 * 2026's 52) is of that older time, in doubt. Synthetic facts written for the tests, both languages.
 */
import { describe, expect, it } from 'vitest';
import { fig, ratingsOn, series, seriesFact } from './helpers/sample-facts';

const EXPORTS = seriesFact(
  'exports',
  'trade-volume',
  [fig('us-exports', 41.6e9, '1993', 'usd', 'year'), fig('us-exports', 338e9, '2025', 'usd', 'year')],
  [series('us-exports', 'goods-trade', 'us-to-mx', 'year', ['exports to Mexico'], ['exportaciones a México'])],
  { en: ['exports to Mexico'], es: ['exportaciones a México'] },
);
const CONSULATES = seriesFact(
  'consulates',
  'exchanges-diplomacy',
  [fig('consulates', 50, '2021', 'count'), fig('consulates', 52, '2026', 'count')],
  [series('consulates', 'consulates', 'mexico-in-us', 'point', ['Mexican consulates'], ['consulados mexicanos'])],
  { en: ['Mexican consulates'], es: ['consulados mexicanos'] },
);

describe('a number said of the time before a named event', () => {
  it('is not judged by the newest record, in both languages', () => {
    const rate = ratingsOn([EXPORTS]);
    expect(rate('Before NAFTA, exports to Mexico were already more than $300 billion a year.')?.rating).toBe('context');
    expect(rate('Antes del TLCAN, las exportaciones a México ya eran de más de 300 mil millones de dólares al año.')?.rating).toBe('context');
    // Said of now, the newest record judges it.
    expect(rate('Exports to Mexico are more than $300 billion a year.')?.rating).toBe('accurate');
    expect(rate('Las exportaciones a México son de más de 300 mil millones de dólares al año.')?.rating).toBe('accurate');
  });
});

describe('a small whole count said as an older figure to the unit', () => {
  it('is in doubt, not borne out by the newest count, in both languages', () => {
    const rate = ratingsOn([CONSULATES]);
    expect(rate('There are 50 Mexican consulates in the United States.')?.rating).toBe('context');
    expect(rate('Hay 50 consulados mexicanos en Estados Unidos.')?.rating).toBe('context');
    expect(rate('There are 52 Mexican consulates in the United States.')?.rating).toBe('accurate');
    expect(rate('Hay 52 consulados mexicanos en Estados Unidos.')?.rating).toBe('accurate');
  });
});
