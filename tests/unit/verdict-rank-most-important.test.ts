/**
 * A first place said as the most important one ("the most important source of U.S. imports") or, in Spanish, with its
 * superlative after the noun ("la fuente más importante", "el socio comercial más grande") is a position like "the top" or
 * "el principal": read as first and checked against the record of the measure its noun names; "second-highest" is a
 * position as "second-largest" is, as "el segundo … más alto" already was. Run on the bundled facts;
 * the sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import { readQuantities } from '../../engine/numbers';
import { loadData } from '../../scripts/lib/data-files';

const { facts } = loadData();
const engine = createEngine(facts);
const rating = (text: string) => engine.analyze(text)[0]?.rating;
const ranks = (text: string, lang: 'en' | 'es') =>
  readQuantities(text, lang)
    .filter((q) => q.unit === 'rank')
    .map((q) => `${q.value} ${q.qualifier}`);

describe('a first place said as the most important one', () => {
  it('is read as first, and among the first few when said of one of them, in both languages', () => {
    expect(ranks('Mexico is the most important trading partner of the United States.', 'en')).toEqual(['1 exact']);
    expect(ranks('México es el socio comercial más importante de Estados Unidos.', 'es')).toEqual(['1 exact']);
    expect(ranks('México es la fuente más grande de las importaciones de Estados Unidos.', 'es')).toEqual(['1 exact']);
    expect(ranks('Mexico is one of the most important trading partners of the United States.', 'en')).toEqual(['3 under']);
    expect(ranks('México es uno de los socios comerciales más importantes de Estados Unidos.', 'es')).not.toContain('1 exact');
  });

  it('is checked against the record of the position its noun names, in both languages', () => {
    expect(rating('Mexico is the most important source of U.S. imports.')).toBe('accurate');
    expect(rating('México es la fuente más importante de las importaciones de Estados Unidos.')).toBe('accurate');
    // In 2022 Canada, not Mexico, was the largest U.S. trading partner.
    expect(rating('In 2022, Mexico was the most important trading partner of the United States.')).toBe('false');
    expect(rating('En 2022, México fue el socio comercial más importante de Estados Unidos.')).toBe('false');
  });
});

describe('a position said as the nth highest ("second-highest", "el segundo … más alto")', () => {
  it('is read as that position and checked, in both languages', () => {
    expect(rating('Mexico has the second-highest trade deficit with the United States.')).toBe('accurate');
    expect(rating('México tiene el segundo déficit comercial más alto con Estados Unidos.')).toBe('accurate');
    expect(rating('In 2025, Mexico had the third-highest trade deficit with the U.S.')).toBe('false');
    expect(rating('En 2025, México tuvo el tercer déficit comercial más alto con Estados Unidos.')).toBe('false');
  });
});
