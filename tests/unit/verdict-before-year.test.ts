/**
 * A state bounded by a year it held before ("before 2023", "antes de 2023") is of neither that year nor the newest
 * record, and meets no typical claim of the state since that year. Synthetic facts written for the tests, both languages.
 */
import { describe, expect, it } from 'vitest';
import { FIRST_PARTNER_FACT, firstPartnerClaims, ratingsOn } from './helpers/sample-facts';

const rate = ratingsOn([FIRST_PARTNER_FACT]);

describe('a state said of the time before a year', () => {
  it('is judged by neither that year nor the newest record, in both languages', () => {
    expect(rate('Mexico was the largest trading partner of the United States before 2023.')?.rating).toBe('context');
    expect(rate('México era el principal socio comercial de Estados Unidos antes de 2023.')?.rating).toBe('context');
    expect(rate('Mexico was the largest trading partner of the United States prior to 2023.')?.rating).toBe('context');
    expect(rate('México era el principal socio comercial de Estados Unidos antes del 2023.')?.rating).toBe('context');
    // The year's own record still judges a state said in that year.
    expect(rate('Mexico was the largest trading partner of the United States in 2023.')?.rating).toBe('accurate');
    expect(rate('México era el principal socio comercial de Estados Unidos en 2023.')?.rating).toBe('accurate');
  });
  it('meets no typical claim of the state since that year, in both languages', () => {
    const since = ratingsOn([firstPartnerClaims('Mexico has been the largest trading partner of the United States since 2023', 'México es el principal socio comercial de Estados Unidos desde 2023')]);
    expect(since('Mexico has been the largest trading partner of the United States since 2023.')?.rating).toBe('accurate');
    expect(since('México es el principal socio comercial de Estados Unidos desde 2023.')?.rating).toBe('accurate');
    expect(since('Mexico was the largest trading partner of the United States before 2023.')?.rating).not.toBe('accurate');
    expect(since('México era el principal socio comercial de Estados Unidos antes de 2023.')?.rating).not.toBe('accurate');
  });
});

describe('a state said of the past decade', () => {
  it('is judged by no one year’s record, in both languages', () => {
    expect(rate('Mexico was the largest trading partner of the United States in the past decade.')?.rating).toBe('context');
    expect(rate('Mexico has been the largest trading partner of the United States for the last decade.')?.rating).toBe('context');
    expect(rate('México fue el principal socio comercial de Estados Unidos en la última década.')?.rating).toBe('context');
    expect(rate('México fue el principal socio comercial de Estados Unidos durante la década pasada.')?.rating).toBe('context');
  });
});
