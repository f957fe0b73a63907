/**
 * The rate of a tax or a tariff said in the clause of a dated event's year is what the event put in force
 * (engine/event-rates.ts): "A 1% tax on remittances took effect in 2026" was left without a verdict, as such rates are
 * bound to no series. The event's own fact settles it where it holds that one rate for the event's year; another rate, a
 * rate said of every such thing ("on all remittances"), or a wrong year is not borne out.
 */
import { describe, expect, it } from 'vitest';
import { fig, ratingsOn, series, seriesFact } from './helpers/sample-facts';

const TAX = seriesFact(
  'levy',
  'remittances',
  [fig('levy-rate', 2, '2026', 'percent'), fig('levy-year', 2026, '2026-01-01', 'year')],
  [
    series('levy-rate', 'levy', '', 'point', ['tax on remittances'], ['impuesto a las remesas']),
    series('levy-year', 'levy-start', '', 'point', ['tax on remittances took effect'], ['impuesto a las remesas entró en vigor']),
  ],
  { en: ['tax on remittances', 'Mexico'], es: ['impuesto a las remesas', 'México'] },
  '2026-02',
);
const verdict = ratingsOn([TAX]);

describe('a tax’s rate said with its dated entry into force', () => {
  it('is settled by the event’s own fact for the event’s year', () => {
    expect(verdict('A 2% tax on remittances to Mexico took effect in 2026.')?.rating).toBe('accurate');
    expect(verdict('Un impuesto de 2% a las remesas a México entró en vigor en 2026.')?.rating).toBe('accurate');
  });

  it('stays a claim of its own at another rate or said of all', () => {
    expect(verdict('A 5% tax on remittances to Mexico took effect in 2026.')?.rating).toBe('context');
    expect(verdict('Un impuesto de 5% a las remesas a México entró en vigor en 2026.')?.rating).toBe('context');
    expect(verdict('A 2% tax on all remittances to Mexico took effect in 2026.')?.rating).toBe('context');
    expect(verdict('Un impuesto de 2% a todas las remesas a México entró en vigor en 2026.')?.rating).toBe('context');
  });

  it('does not clear a wrong year', () => {
    expect(verdict('A 2% tax on remittances to Mexico took effect in 2024.')?.rating).toBe('false');
    expect(verdict('Un impuesto de 2% a las remesas a México entró en vigor en 2024.')?.rating).toBe('false');
  });
});
