/**
 * A ranking said with a negation or a contrast, bound to the country it is said of. "Mexico is not the top trading partner
 * of the U.S." denies Mexico's place: wrong where the record puts Mexico there, right where the record for the year said puts
 * it elsewhere. "Canadá, y no México, es …" and "No es Canadá sino México …" are read as their plain claim about Mexico.
 * A denial of every time or as a change ("never", "no longer") the record can only prove wrong; a denial said of another country settles nothing.
 */
import { describe, expect, it } from 'vitest';
import { classifiedRating } from './helpers/bundled';

describe('a position denied of its subject (bundled facts)', () => {
  it('is wrong where the record holds the position', () => {
    for (const sentence of [
      "Mexico isn't the biggest trading partner the United States has.",
      'Mexico is no longer the top trading partner of the U.S.',
      'Mexico has never been the number one trading partner of the United States.',
      'México no es el mayor socio comercial que tiene Estados Unidos.',
      'México ya no es el primer socio comercial de EU.',
      'México jamás ha sido el principal socio comercial de Estados Unidos.',
    ])
      expect(classifiedRating(sentence), sentence).toBe('false');
  });
  it('is right where the record for the year said holds another position', () => {
    for (const sentence of ['In 2022, Mexico was not the biggest trading partner of the United States.', 'En 2022 México no fue el mayor socio comercial de Estados Unidos.'])
      expect(classifiedRating(sentence), sentence).toBe('accurate');
  });
  it('is never borne out when denied of every time or as a change', () => {
    for (const sentence of [
      'Mexico has never been the fourth-largest trading partner of the United States.',
      'Mexico is no longer the fourth-largest trading partner of the United States.',
      'México nunca ha sido el cuarto socio comercial de Estados Unidos.',
      'México ya no es el cuarto socio comercial de Estados Unidos.',
    ])
      expect(classifiedRating(sentence), sentence).not.toBe('accurate');
  });
  it('settles nothing when denied of another country, or when it only adds to the position', () => {
    for (const sentence of ['Canada is not the top trading partner of the United States.', 'Canadá ya no es el principal socio comercial de Estados Unidos.'])
      expect(classifiedRating(sentence), sentence).not.toBe('false');
    expect(classifiedRating('Mexico is not just the biggest trading partner of the United States.')).not.toBe('false');
  });
});

describe('a position contrasted between two countries (bundled facts)', () => {
  it('is the claim of the country it is affirmed of', () => {
    for (const sentence of [
      'Mexico, not Canada, is the biggest trading partner of the United States.',
      'Es México, no Canadá, el mayor socio comercial de Estados Unidos.',
      'No es Canadá sino México el primer socio comercial de EU.',
    ])
      expect(classifiedRating(sentence), sentence).toBe('accurate');
  });
  it('is the denial of Mexico where it is affirmed of another country', () => {
    for (const sentence of ['Canada, not Mexico, is the biggest trading partner of the United States.', 'Canadá, y no México, es el mayor socio comercial de Estados Unidos.'])
      expect(classifiedRating(sentence), sentence).toBe('false');
  });
  it('settles nothing between two other countries', () => {
    for (const sentence of ['Canada, not China, is the biggest trading partner of the United States.', 'Canadá, no China, es el mayor socio comercial de Estados Unidos.'])
      expect(classifiedRating(sentence), sentence).toBeUndefined();
  });
});
