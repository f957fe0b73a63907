/**
 * A counted run said with "for" or "lleva" ("for ten years", "lleva diez años", "durante tres años"), not only with "for
 * the past": "Mexico has been the top U.S. trading partner for ten years" and "México lleva diez años como principal
 * socio comercial de Estados Unidos" were Accurate on the newest year alone; each year of the run is now checked.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../engine/schema';
import { fig, ratingsOn, series, seriesFact } from './helpers/sample-facts';

const partnerRank = series(
  'us-trade-partner-rank',
  'trade-partner-rank',
  'two-way',
  'point',
  ['top trading partner', 'largest trading partner'],
  ['principal socio comercial', 'mayor socio comercial'],
);
const FACTS: Fact[] = [
  seriesFact(
    'partner',
    'trade-partner-rank',
    ['2016', '2017', '2018', '2019', '2020', '2021', '2022']
      .map((y) => fig('us-trade-partner-rank', 2, y, 'rank'))
      .concat(['2023', '2024', '2025'].map((y) => fig('us-trade-partner-rank', 1, y, 'rank'))),
    [partnerRank],
    { en: ['trading partner'], es: ['socio comercial'] },
  ),
];
const verdict = ratingsOn(FACTS);

describe('a counted run said with "for" or "lleva"', () => {
  it('is checked over each of its years', () => {
    expect(verdict('Mexico has been the top U.S. trading partner for ten years.')?.rating).toBe('false');
    expect(verdict('México lleva diez años como principal socio comercial de Estados Unidos.')?.rating).toBe('false');
    expect(verdict('México ha sido el principal socio comercial de Estados Unidos durante cinco años.')?.rating).toBe('false');
  });

  it('is borne out when every year of it is', () => {
    expect(verdict('Mexico has been the top U.S. trading partner for three years.')?.rating).toBe('accurate');
    expect(verdict('México lleva tres años como principal socio comercial de Estados Unidos.')?.rating).toBe('accurate');
  });
});
