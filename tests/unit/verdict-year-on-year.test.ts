/**
 * A change said with its year and no level beside it ("las remesas cayeron 4.6% en 2025") is the change of
 * the yearly amount from the year before, when the record holds both years. Another year in its clause
 * (the change may be from it), part of a year, real terms or pesos, and a measure whose changes are another
 * measure's (`noChange`: "GDP grew 1.5%" is real growth, not GDP in dollars) leave it open.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../engine/schema';
import { fig, ratingsOn, series, seriesFact } from './helpers/sample-facts';

const remittances = series('remit', 'remittances', 'world-to-mx', 'year', ['remittances to Mexico'], ['remesas a México']);
const gdp = { ...series('gdp-usd', 'gdp', 'mexico', 'year', ["Mexico's GDP"], ['PIB de México']), noChange: true };
const FACTS: Fact[] = [
  seriesFact('remit', 'remittances', [fig('remit', 64.7e9, '2024', 'usd', 'year'), fig('remit', 61.8e9, '2025', 'usd', 'year')], [remittances], { en: ['remittances'], es: ['remesas'] }),
  seriesFact('gdp', 'mexico-economy', [fig('gdp-usd', 1.79e12, '2023', 'usd', 'year'), fig('gdp-usd', 1.85e12, '2024', 'usd', 'year')], [gdp], { en: ['GDP'], es: ['PIB'] }),
];
const verdict = ratingsOn(FACTS);

describe('a change from the year before', () => {
  it('is judged from the record of both years', () => {
    expect(verdict('Remittances to Mexico fell 4.6% in 2025.')?.rating).toBe('accurate');
    expect(verdict('Las remesas a México cayeron 4.6% en 2025.')?.rating).toBe('accurate');
    expect(verdict('Remittances to Mexico rose 4.6% in 2025.')?.rating).toBe('false');
    expect(verdict('Las remesas a México cayeron 12% en 2025.')?.rating).toBe('false');
  });

  it('is judged beside a yearly level with no other time in its clause', () => {
    expect(verdict('Remittances to Mexico reached $61.8 billion in 2025, down 4.6%.')?.rating).toBe('accurate');
    expect(verdict('Las remesas a México sumaron 61,800 millones de dólares en 2025, una caída de 4.6%.')?.rating).toBe('accurate');
    expect(verdict('Remittances to Mexico reached $61.8 billion in 2025, up 4.6%.')?.rating).toBe('false');
    expect(verdict('Remittances to Mexico reached $61.8 billion in 2025, up 190% over the past decade.')?.rating).toBe('context');
  });

  it('is left open against another year, part of a year, real terms, or a measure whose changes are another', () => {
    expect(verdict('Remittances to Mexico fell 2.4% in 2025 from 2023.')?.rating).toBe('context');
    expect(verdict('Remittances to Mexico fell 4.6% in the first half of 2025.')?.rating).toBe('context');
    expect(verdict('Remittances to Mexico fell 10% in real terms in 2025.')?.rating).toBe('context');
    expect(verdict("Mexico's GDP grew 3.4% in 2024.")?.rating).toBe('context');
  });
});
