/**
 * A small count said in words before a counted thing ("nine consulates", "tres consulados") is read and checked as
 * the same count in digits is; one that no series takes is left aside, as a bare number is, so it never leaves
 * without a verdict a finding that another number settles. Run on the bundled facts; the sentences are
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { shownRating as rating } from './helpers/bundled';

describe('a count said in words', () => {
  it.each([
    ['The United States has nine consulates in Mexico.', 'accurate'],
    ['Estados Unidos tiene nueve consulados en México.', 'accurate'],
    ['The United States has just three consulates in Mexico.', 'false'],
    ['La presencia diplomática de EU en México se reduce a la embajada y tres consulados.', 'false'],
  ])('is checked as in digits: %s', (text, expected) => expect(rating(text)).toBe(expected));

  it.each([
    'México tiene más de 50 consulados en Estados Unidos, y dos consulados más abrirán este año.',
    'Mexico runs more than 50 consulates in the United States, and two consulates more will open this year.',
  ])('left unbound, does not unsettle the number beside it: %s', (text) => expect(rating(text)).not.toBe('context'));
});
