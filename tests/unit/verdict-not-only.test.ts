/**
 * A typical claim that restricts ("Cartel violence is only Mexico's problem", "La violencia del narco es solo problema
 * de México") is denied, not said, by a sentence that puts its restricting word in a set phrase of negation ("not only",
 * "no solo"): that phrase is blanked before the verdict step so it denies nothing elsewhere, and the denial met the claim
 * (it was Misleading, as the claim is). Synthetic facts written for the tests, both languages.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../engine/schema';
import { fig, ratingsOn, series, seriesFact } from './helpers/sample-facts';

const FACTS: Fact[] = [
  {
    ...seriesFact('whose-problem', 'cartels-violence', [], [], { en: ['cartel violence'], es: ['violencia del narco'] }),
    claims: [
      { text: "Cartel violence is only Mexico's problem", lang: 'en', rating: 'misleading' },
      { text: 'La violencia del narco es solo problema de México', lang: 'es', rating: 'misleading' },
    ],
  },
];
const verdict = ratingsOn(FACTS);

describe('a restricting word said after a negation', () => {
  it('still meets the claim when said as the claim says it', () => {
    expect(verdict("Cartel violence is only Mexico's problem.")?.rating).toBe('misleading');
    expect(verdict('La violencia del narco es solo problema de México.')?.rating).toBe('misleading');
  });

  it('denies the claim that restricts with it', () => {
    expect(verdict("Cartel violence is not only Mexico's problem.")?.rating).toBe('context');
    expect(verdict("Cartel violence isn't only Mexico's problem.")?.rating).toBe('context');
    expect(verdict('La violencia del narco no es solo problema de México.')?.rating).toBe('context');
    expect(verdict('La violencia del narco es problema no solo de México.')?.rating).toBe('context');
  });
});

describe('a set phrase of negation right before a number', () => {
  const border = seriesFact(
    'border',
    'border-security',
    [fig('length', 1954, '2017', 'mi')],
    [series('length', 'border-length', 'length', 'point', ['border is miles long', 'miles long'], ['frontera mide millas', 'millas de largo'])],
    {
      en: ['border'],
      es: ['frontera'],
    },
  );
  const rate = ratingsOn([border]);
  it('says more than the number, which no record judges, in both languages', () => {
    expect(rate('The U.S.-Mexico border is not only 1,000 miles long.')?.rating).toBe('context');
    expect(rate('The U.S.-Mexico border is not just 1,000 miles long.')?.rating).toBe('context');
    expect(rate('La frontera entre México y Estados Unidos no solo mide 1,000 millas.')?.rating).toBe('context');
  });
  it('adds to a position said right after it, which still holds, in both languages', () => {
    const partner = seriesFact(
      'partner',
      'trade-partner-rank',
      [fig('rank', 1, '2025', 'rank')],
      [series('rank', 'partner-rank', 'us-partners', 'point', ['largest trading partner of the United States'], ['principal socio comercial de Estados Unidos'])],
      {
        en: ['trading partner'],
        es: ['socio comercial'],
      },
    );
    const rank = ratingsOn([partner]);
    expect(rank('Mexico is not only the largest trading partner of the United States.')?.rating).toBe('accurate');
    expect(rank('México no solo es el principal socio comercial de Estados Unidos.')?.rating).toBe('accurate');
  });
  it('leaves the number said after the phrase’s own clause to the record, in both languages', () => {
    expect(rate('The U.S.-Mexico border is only 1,000 miles long.')?.rating).toBe('false');
    expect(rate('Without a doubt, the U.S.-Mexico border is 1,954 miles long.')?.rating).toBe('accurate');
    expect(rate('Sin duda, la frontera entre México y Estados Unidos mide 1,954 millas.')?.rating).toBe('accurate');
  });
});
