/**
 * A designation said in other words, and a group named after a place. "Estados Unidos clasificó a seis cárteles
 * mexicanos, entre ellos el Cártel de Sinaloa y el CJNG, como «grupos terroristas»" earned no verdict: "clasificó" is
 * not "designó", and "Sinaloa" was read as a state the claim does not name. To designate, declare, label, classify
 * (designar, declarar, clasificar, catalogar) are one word class; a place said as part of a group's name ("Sinaloa
 * Cartel", "Cártel de Jalisco Nueva Generación": the packs' `notParts`) is no part, while a place said as one still is.
 */
import { describe, expect, it } from 'vitest';
import { classifiedRating } from './helpers/bundled';

describe('a designation said in other words', () => {
  it('meets the claim of the designation in either language', () => {
    expect(classifiedRating('The U.S. classified six Mexican cartels as terrorist organizations.')).toBe('accurate');
    expect(classifiedRating('Estados Unidos clasificó a seis cárteles mexicanos como organizaciones terroristas.')).toBe('accurate');
  });
});

describe('a group named after a place', () => {
  it('names no part of the country', () => {
    expect(classifiedRating('The U.S. designated six Mexican cartels, including the Sinaloa Cartel, as terrorist organizations.')).toBe('accurate');
    expect(classifiedRating('Estados Unidos designó a seis cárteles mexicanos, entre ellos el Cártel de Sinaloa, como organizaciones terroristas.')).toBe('accurate');
  });

  it('leaves a place said as one a part', () => {
    expect(classifiedRating('The U.S. designated six Sonora cartels as terrorist organizations.')).toBe('context');
    expect(classifiedRating('Estados Unidos designó a seis cárteles de Sonora como organizaciones terroristas.')).toBe('context');
    expect(classifiedRating('Sinaloa records the most homicides of any Mexican state')).toBe('context');
  });
});
