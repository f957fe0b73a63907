/**
 * A month said with its year in a clause that says a typical claim of a dated event dates the event: "Estados Unidos designó
 * … a seis cárteles mexicanos en enero de 2025" met the claim that it designated them (no month said) and was Accurate, though
 * a record dating the designation to February 20, 2025. Where the record dates the event to another month of that year, the
 * claim is not met; a month of another clause ("…, una medida que sigue el decreto firmado en enero de 2025") may date something
 * else. (The bundled designation record keeps its year only: the event was ordered on Jan. 20, 2025 and done on Feb. 20, and
 * engine/figures.ts judgeDate checks no more than a record gives.)
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../engine/schema';
import { fig, ratingsOn, seriesFact } from './helpers/sample-facts';

const FACTS: Fact[] = [
  {
    ...seriesFact('designations', 'cartels-violence', [fig('designation-year', 2025, '2025-02-20', 'year')], [], { en: ['cartels', 'terrorist'], es: ['cárteles', 'terroristas'] }),
    claims: [
      { text: 'The U.S. designated six Mexican cartels as terrorist organizations', lang: 'en', rating: 'accurate' },
      { text: 'Estados Unidos designó a seis cárteles mexicanos como organizaciones terroristas', lang: 'es', rating: 'accurate' },
    ],
  },
];
const verdict = ratingsOn(FACTS);

describe('a month said with a dated event’s claim', () => {
  it('that the record does not give the event leaves the claim unmet', () => {
    expect(verdict('The U.S. designated six Mexican cartels as terrorist organizations in January 2025.')?.rating).not.toBe('accurate');
    expect(verdict('Estados Unidos designó a seis cárteles mexicanos como organizaciones terroristas en enero de 2025.')?.rating).not.toBe('accurate');
  });

  it('that the record gives it, or said in another clause, does not', () => {
    expect(verdict('The U.S. designated six Mexican cartels as terrorist organizations in February 2025.')?.rating).toBe('accurate');
    expect(verdict('Estados Unidos designó a seis cárteles mexicanos como organizaciones terroristas en febrero de 2025.')?.rating).toBe('accurate');
    expect(verdict('The U.S. designated six Mexican cartels as terrorist organizations, a move ordered by a decree signed in January 2025.')?.rating).toBe('accurate');
    expect(verdict('Estados Unidos designó a seis cárteles mexicanos como organizaciones terroristas, una medida que sigue el decreto firmado en enero de 2025.')?.rating).toBe('accurate');
  });
});
