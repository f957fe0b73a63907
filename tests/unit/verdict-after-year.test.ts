/**
 * An amount said of the time after a year ("after 2020", "up to 2020", "después de 2020", "a partir de 2020") is of
 * some year the sentence does not name: neither that year's record nor the newest settles it, as "until" and "before"
 * do not. Synthetic facts written for the tests, both languages.
 */
import { describe, expect, it } from 'vitest';
import { firstPartnerClaims, ratingsOn, sentHomeFact } from './helpers/sample-facts';

const rate = ratingsOn([sentHomeFact({ '2019': 36.4e9, '2020': 40.6e9, '2021': 51.6e9, '2025': 61.8e9 })]);

describe('an amount said of the time after a year', () => {
  it('is judged by no one year’s record, in both languages', () => {
    // $51.6 billion was 2021's: judged as 2020's, a true sentence was False.
    expect(rate('After 2020, money sent home to Mexico reached $51.6 billion.')?.rating).toBe('context');
    expect(rate('Después de 2020, las remesas enviadas a México alcanzaron 51,600 millones de dólares.')?.rating).toBe('context');
    expect(rate('A partir de 2020, las remesas enviadas a México alcanzaron 51,600 millones de dólares.')?.rating).toBe('context');
    // $40.6 billion was 2020's own: said of the years after it, the record does not bear it out.
    expect(rate('After 2020, money sent home to Mexico reached $40.6 billion.')?.rating).not.toBe('accurate');
    expect(rate('Después de 2020, las remesas enviadas a México alcanzaron 40,600 millones de dólares.')?.rating).not.toBe('accurate');
    // "Up to 2020" bounds the time as "until" does.
    expect(rate('Up to 2020, money sent home to Mexico reached $36.4 billion.')?.rating).toBe('context');
  });
  it('leaves the year’s own record to judge an amount said in that year', () => {
    expect(rate('In 2021, money sent home to Mexico reached $51.6 billion.')?.rating).toBe('accurate');
    expect(rate('En 2021, las remesas enviadas a México alcanzaron 51,600 millones de dólares.')?.rating).toBe('accurate');
  });
});

describe('a claim said in a year, bounded by it instead', () => {
  it('is not met by a sentence of the time before or after that year, in both languages', () => {
    const rate = ratingsOn([firstPartnerClaims('Mexico was the largest trading partner of the United States in 2023', 'México fue el principal socio comercial de Estados Unidos en 2023')]);
    expect(rate('Mexico was the largest trading partner of the United States in 2023.')?.rating).toBe('accurate');
    expect(rate('México fue el principal socio comercial de Estados Unidos en 2023.')?.rating).toBe('accurate');
    for (const text of [
      'Mexico was the largest trading partner of the United States after 2023.',
      'Mexico was the largest trading partner of the United States before 2023.',
      'México fue el principal socio comercial de Estados Unidos después de 2023.',
      'México fue el principal socio comercial de Estados Unidos a partir de 2023.',
      'México fue el principal socio comercial de Estados Unidos antes de 2023.',
    ])
      expect(rate(text)?.rating, text).not.toBe('accurate');
  });
});
