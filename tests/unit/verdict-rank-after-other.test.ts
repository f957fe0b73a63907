/**
 * A first place said after another country. "Mexico is the largest U.S. trading partner after
 * China" and "…, behind Canada" put Mexico second; they were Accurate against the record's first
 * place (and a year the record has Mexico second would have shown them False). Such a place is
 * left unsettled; "after" followed by no country's name ("after years of growth", "tras superar a
 * China") is a time, and places below the first ("third-largest, behind China and Canada") are
 * judged as before.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../engine/schema';
import { fig, ratingsOn, series, seriesFact } from './helpers/sample-facts';

const partnerRank = series(
  'us-trade-partner-rank',
  'trade-partner-rank',
  'two-way',
  'point',
  ['largest trading partner', 'top trading partner', 'third-largest trading partner'],
  ['principal socio comercial', 'mayor socio comercial', 'tercer socio comercial'],
);

const FACTS: Fact[] = [
  seriesFact('partner', 'trade-partner-rank', [fig('us-trade-partner-rank', 3, '2015', 'rank'), fig('us-trade-partner-rank', 1, '2024', 'rank')], [partnerRank], {
    en: ['trading partner'],
    es: ['socio comercial'],
  }),
];
const verdict = ratingsOn(FACTS);

describe('a first place said after another country', () => {
  it('is left unsettled', () => {
    expect(verdict('Mexico is the largest U.S. trading partner after China.')?.rating).toBe('context');
    expect(verdict('Mexico is the largest U.S. trading partner, behind Canada.')?.rating).toBe('context');
    expect(verdict('México es el mayor socio comercial de Estados Unidos después de Canadá.')?.rating).toBe('context');
    expect(verdict('México es el principal socio comercial de Estados Unidos, solo detrás de China.')?.rating).toBe('context');
    expect(verdict('Mexico is the largest U.S. trading partner except for Canada.')?.rating).toBe('context');
    expect(verdict('México es el principal socio comercial de EU, excepto Canadá.')?.rating).toBe('context');
  });

  it('is judged when no country follows the word, and so is a place below the first', () => {
    expect(verdict('Mexico is the largest U.S. trading partner after years of growth.')?.rating).toBe('accurate');
    expect(verdict('México es el principal socio comercial de Estados Unidos tras superar a China.')?.rating).toBe('accurate');
    expect(verdict('Mexico is the largest U.S. trading partner, ahead of Canada and China.')?.rating).toBe('accurate');
    expect(verdict('In 2015, Mexico was the third-largest U.S. trading partner, behind China and Canada.')?.rating).toBe('accurate');
  });
});
