/**
 * Two sources measuring one thing and finding other figures (two pollsters asking Americans about
 * Mexico), issue #12. A sentence that names a source anywhere ("according to Pew", "según Gallup") is
 * judged against that source's series; one that names neither is left unchecked, since the record
 * it would be judged by is in doubt. And a number said against a baseline told at a time counted
 * from the writing ("up from 29% two years ago", "frente al 29% de hace dos años") is of the
 * writing's own time: an older figure it matches does not make it outdated. Synthetic facts;
 * sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import type { Fact, Series } from '../../engine/schema';
import { fig, ratingsOn, series, seriesFact } from './helpers/sample-facts';

const keywords = { en: ['view of Mexico', 'Americans'], es: ['opinión de México', 'estadounidenses'] };
const CUES: [string[], string[]] = [
  ['favorable view of Mexico', 'view Mexico favorably'],
  ['opinión favorable de México', 'ven favorablemente a México'],
];
const poll = (id: string, name: string, byYear: Record<string, number>): Fact => {
  const s: Series = { ...series(`${id}-favorable`, 'american-views-of-mexico', 'favorable', 'point', ...CUES), namedBy: [name] };
  return seriesFact(
    id,
    'public-opinion',
    Object.entries(byYear).map(([year, value]) => fig(`${id}-favorable`, value, year, 'percent')),
    [s],
    keywords,
  );
};
const FACTS: Fact[] = [
  poll('pew', 'Pew', { '2017': 66, '2024': 37 }),
  poll('gallup', 'Gallup', { '2023': 59, '2025': 67 }),
  seriesFact(
    'unfavorable',
    'public-opinion',
    [fig('mx-unfavorable', 29, '2015', 'percent'), fig('mx-unfavorable', 65, '2017', 'percent'), fig('mx-unfavorable', 69, '2025', 'percent')],
    [series('mx-unfavorable', 'mexican-views-of-us', 'unfavorable', 'point', ['of Mexicans view the U.S. unfavorably'], ['de los mexicanos ven desfavorablemente a Estados Unidos'])],
    { en: ['Mexicans', 'view of the U.S.'], es: ['mexicanos', 'opinión de Estados Unidos'] },
  ),
];
const verdict = ratingsOn(FACTS);

describe('a source named in the sentence picks its series among siblings', () => {
  it('judges the figure against the named pollster, in English', () => {
    expect(verdict('According to Pew, 37% of Americans have a favorable view of Mexico.')).toEqual({ rating: 'accurate', figures: ['pew-favorable:consistent'] });
    expect(verdict('According to Gallup, 67% of Americans have a favorable view of Mexico.')).toEqual({ rating: 'accurate', figures: ['gallup-favorable:consistent'] });
    expect(verdict('Gallup found that 37% of Americans have a favorable view of Mexico.')?.rating).toBe('false');
    // No pollster named: two records disagree, so the figure is left unchecked.
    expect(verdict('Today 37% of Americans have a favorable view of Mexico.')?.rating).toBe('context');
  });

  it('judges the figure against the named pollster, in Spanish', () => {
    expect(verdict('Según Pew, el 37% de los estadounidenses tiene una opinión favorable de México.')).toEqual({ rating: 'accurate', figures: ['pew-favorable:consistent'] });
    expect(verdict('Según Gallup, el 67% de los estadounidenses tiene una opinión favorable de México.')).toEqual({ rating: 'accurate', figures: ['gallup-favorable:consistent'] });
    expect(verdict('Hoy el 37% de los estadounidenses tiene una opinión favorable de México.')?.rating).toBe('context');
  });
});

describe('a baseline told at a time counted from the writing', () => {
  it('keeps an older figure the number matches from making it outdated, in English', () => {
    expect(verdict('Now 65% of Mexicans view the U.S. unfavorably, up from 29% two years ago.')?.rating).toBe('context');
    expect(verdict('Now 65% of Mexicans view the U.S. unfavorably, up from 29%.')?.rating).toBe('outdated');
  });

  it('keeps an older figure the number matches from making it outdated, in Spanish', () => {
    expect(verdict('Hoy el 65% de los mexicanos ven desfavorablemente a Estados Unidos, frente al 29% de hace dos años.')?.rating).toBe('context');
    expect(verdict('Hoy el 65% de los mexicanos ven desfavorablemente a Estados Unidos, frente al 29%.')?.rating).toBe('outdated');
  });
});
