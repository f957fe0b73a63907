/**
 * A change said with its year and no level beside it ("las remesas cayeron 4.6% en 2025") is the change of
 * the yearly amount from the year before, when the record holds both years; one said from a year it names
 * ("up 200% from 2013", "desde 2013") is the change from that year. Another year in its clause
 * (the change may be from it), part of a year, real terms or pesos, and a measure whose changes are another
 * measure's (`noChange`: "GDP grew 1.5%" is real growth, not GDP in dollars) leave it open.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../engine/schema';
import { fig, ratingsOn, series, seriesFact } from './helpers/sample-facts';

const remittances = series('remit', 'remittances', 'world-to-mx', 'year', ['remittances to Mexico'], ['remesas a México']);
const gdp = { ...series('gdp-usd', 'gdp', 'mexico', 'year', ["Mexico's GDP"], ['PIB de México']), noChange: true };
const share = series('share', 'auto-parts-share', 'mx-to-us', 'year', ['share of U.S. auto parts imports'], ['participación en las importaciones de autopartes de EU']);
const FACTS: Fact[] = [
  seriesFact('remit', 'remittances', [fig('remit', 21.6e9, '2013', 'usd', 'year'), fig('remit', 64.7e9, '2024', 'usd', 'year'), fig('remit', 61.8e9, '2025', 'usd', 'year')], [remittances], {
    en: ['remittances'],
    es: ['remesas'],
  }),
  seriesFact('share', 'supply-chains', [fig('share', 42.1, '2022', 'percent'), fig('share', 42.9, '2023', 'percent')], [share], { en: ['auto parts'], es: ['autopartes'] }),
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
    // Real terms or pesos said as the sentence's opening, far from the number, are its basis too.
    expect(verdict('En términos reales, las remesas a México cayeron 4.6% en 2025.')?.rating).toBe('context');
    expect(verdict('Adjusted for inflation, remittances to Mexico fell 4.6% in 2025.')?.rating).toBe('context');
    expect(verdict('Medidas en pesos, las remesas a México cayeron 4.6% en 2025.')?.rating).toBe('context');
    expect(verdict("Mexico's GDP grew 3.4% in 2024.")?.rating).toBe('context');
  });
});

describe('a change from a year it names', () => {
  it('is judged from the record of that year, beside a level or alone', () => {
    expect(verdict('Remittances to Mexico reached $64.7 billion in 2024, up 200% from 2013.')?.rating).toBe('accurate');
    expect(verdict('Remittances to Mexico reached $64.7 billion in 2024, up 50% from 2013.')?.rating).toBe('false');
    expect(verdict('Las remesas a México crecieron 200% en 2024 desde 2013.')?.rating).toBe('accurate');
    expect(verdict('Remittances to Mexico fell 4.6% in 2025 from 2024.')?.rating).toBe('accurate');
  });

  it('runs from a year said after "since" to the newest record', () => {
    // $21.6 billion in 2013, $61.8 billion in 2025: +186%, a round 200% borne out (figure-shapes-28.test.ts).
    expect(verdict('Remittances to Mexico grew 200% since 2013.')?.rating).toBe('accurate');
  });

  it('is left open over part of a year, or of a share (perhaps in points)', () => {
    expect(verdict('Remittances to Mexico rose 5% in the first half of 2025 from 2024.')?.rating).toBe('context');
    expect(verdict("Mexico's share of U.S. auto parts imports was 42.9% in 2023, up 0.8%.")?.rating).toBe('context');
    expect(verdict("Mexico's share of U.S. auto parts imports was 42.9% in 2023, up 13% from 2013.")?.rating).toBe('context');
  });
});
