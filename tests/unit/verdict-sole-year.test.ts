/**
 * A number said with its own year, exactly, that is another year's record to the digit and not its own year's within its
 * rounding is that other year's figure set down for this one: wrong for this year. Only where the sentence leaves no doubt
 * which year goes with which number: one number, one year. Sentences and figures are written for the test.
 */
import { describe, expect, it } from 'vitest';
import { judgeFigure } from '../../engine/figures';
import type { Figure } from '../../engine/schema';
import type { Quantity } from '../../engine/numbers';
import { shownRating as rating } from './helpers/bundled';

const fig = (value: number, period: string, unit: Figure['unit']): Figure => ({ key: 'k', value, period, unit }) as Figure;
const said = (value: number, unit: Quantity['unit'], qualifier: Quantity['qualifier'] = 'exact'): Quantity => ({ value, unit, per: null, qualifier, start: 0, end: 0, raw: String(value) });

describe("another year's figure said for the only year", () => {
  const flow = [fig(58.9e9, '2022', 'usd'), fig(63.3e9, '2023', 'usd'), fig(64.7e9, '2024', 'usd'), fig(61.8e9, '2025', 'usd')];

  it('is wrong for that year, when the number and the year are the only ones', () => {
    expect(judgeFigure(said(64.7e9, 'usd'), flow, { year: '2025', sole: true })).toMatchObject({ status: 'contradicted', recordValue: 61.8e9, recordPeriod: '2025' });
    expect(judgeFigure(said(63.3e9, 'usd'), flow, { year: '2024', sole: true })).toMatchObject({ status: 'contradicted', recordValue: 64.7e9 });
  });

  it('is in doubt where the sentence may pair years and numbers otherwise', () => {
    expect(judgeFigure(said(64.7e9, 'usd'), flow, { year: '2025' })).toBeNull();
  });

  it("leaves the year's own figure, a hedge and a number of no year's digits as they were", () => {
    expect(judgeFigure(said(61.8e9, 'usd'), flow, { year: '2025', sole: true })?.status).toBe('consistent');
    expect(judgeFigure(said(64.7e9, 'usd', 'about'), flow, { year: '2025', sole: true })?.status).toBe('consistent');
    expect(judgeFigure(said(62e9, 'usd'), flow, { year: '2025', sole: true })?.status).toBe('consistent');
  });

  it("leaves a rate within its own year's restated half point", () => {
    const rate = [fig(3.0, '2024', 'percent'), fig(3.4, '2025', 'percent')];
    expect(judgeFigure(said(3, 'percent'), rate, { year: '2025', sole: true })?.status).not.toBe('contradicted');
  });
});

const cases: [string, string, RegExp][] = [
  ["another year's figure said for the only year is wrong", 'Remittances to Mexico came to $64.7 billion in 2025.', /^false$/],
  ["another year's figure said for the only year is wrong", 'Las remesas a México sumaron 64,700 millones de dólares en 2025.', /^false$/],
  ["the year's own figure is borne out", 'Remittances to Mexico came to $61.8 billion in 2025.', /^accurate$/],
  ["the year's own figure is borne out", 'Las remesas a México sumaron 61,800 millones de dólares en 2025.', /^accurate$/],
  ['beside another year and number, the pairing is in doubt', 'Remittances to Mexico came to $64.7 billion in 2025, after $61.8 billion in 2024.', /^(?!false)/],
  ['beside another year and number, the pairing is in doubt', 'Las remesas a México sumaron 64,700 millones de dólares en 2025 y 61,800 millones en 2024.', /^(?!false)/],
  ['a hedged number is no figure to the digit', 'Remittances to Mexico came to about $64.7 billion in 2025.', /^(?!false)/],
  ['a hedged number is no figure to the digit', 'Las remesas a México sumaron unos 64,700 millones de dólares en 2025.', /^(?!false)/],
  // The level a change reached ("fell 4.6% in 2025, to …") is the year's, as a level said alone is.
  ["the level a change reached, another year's figure, is wrong", 'Banxico said remittances to Mexico slipped 4.6% in 2025, to $64.7 billion.', /^false$/],
  ["the level a change reached, another year's figure, is wrong", 'Según Banxico, las remesas a México bajaron 4.6% en 2025, a 64,700 millones de dólares.', /^false$/],
  ["the level a change reached, the year's own, is borne out", 'Banxico said remittances to Mexico slipped 4.6% in 2025, to $61.8 billion.', /^accurate$/],
  ["the level a change reached, the year's own, is borne out", 'Según Banxico, las remesas a México bajaron 4.6% en 2025, a 61,800 millones de dólares.', /^accurate$/],
  ['the level a change started from is in doubt', 'Banxico said remittances to Mexico slipped 4.6% in 2025 from $64.7 billion.', /^(?!false)/],
  ['the level a change started from is in doubt', 'Según Banxico, las remesas a México bajaron 4.6% en 2025 desde 64,700 millones de dólares.', /^(?!false)/],
  ['a level joined to a change by "and" is in doubt', 'Banxico said remittances to Mexico slipped 4.6% in 2025 and reached $64.7 billion.', /^(?!false)/],
];

describe("another year's figure said for the only year, on the bundled facts", () => {
  it.each(cases)('%s: %s', (_why, text, expected) => expect(String(rating(text))).toMatch(expected));
});
