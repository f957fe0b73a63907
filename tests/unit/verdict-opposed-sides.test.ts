/**
 * A measure split in two sides (favorable / unfavorable views, legal / unauthorized immigrants), issue #12: a
 * number said with the opposite word of one bound beside it, the rest of its cue left unsaid ("60% have a
 * negative view of Mexico, compared to 37% who express a positive perception"), is of the series its word
 * names (the packs' `opposites`). Before, it met no series and the sentence got no verdict though both
 * figures are on record. A number with no opposite word, or beside nothing bound, stays open. Synthetic
 * facts; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../engine/schema';
import { fig, ratingsOn, series, seriesFact } from './helpers/sample-facts';

const FACTS: Fact[] = [
  seriesFact(
    'views',
    'public-opinion',
    [fig('fav', 37, '2024', 'percent'), fig('unfav', 60, '2024', 'percent')],
    [
      series('fav', 'views-of-mexico', 'favorable', 'point', ['favorable view of Mexico'], ['opinión favorable de México']),
      series('unfav', 'views-of-mexico', 'unfavorable', 'point', ['unfavorable view of Mexico'], ['opinión desfavorable de México']),
    ],
    { en: ['view of Mexico', 'Americans'], es: ['opinión de México', 'estadounidenses'] },
  ),
];
const verdict = ratingsOn(FACTS);

describe('the other side of a split measure, its cue left unsaid', () => {
  it('is checked against the side its word names, in English', () => {
    expect(verdict('In a poll, 60% of Americans had an unfavorable view of Mexico, against 37% with a favorable one.')).toEqual({
      rating: 'accurate',
      figures: ['unfav:consistent', 'fav:consistent'],
    });
    expect(verdict('In a poll, 60% of Americans had an unfavorable view of Mexico, against 50% with a favorable one.')).toEqual({ rating: 'false', figures: ['unfav:consistent', 'fav:contradicted'] });
    // Nothing names the second number's side: it stays open, and the sentence gets no verdict.
    expect(verdict('In a poll, 60% of Americans had an unfavorable view of Mexico, against 37% with no view.')?.rating).toBe('context');
  });

  it('is checked against the side its word names, in Spanish', () => {
    expect(verdict('En una encuesta, el 60% de los estadounidenses tenía una opinión desfavorable de México, frente a un 37% con una favorable.')).toEqual({
      rating: 'accurate',
      figures: ['unfav:consistent', 'fav:consistent'],
    });
    expect(verdict('En una encuesta, el 60% de los estadounidenses tenía una opinión desfavorable de México, frente a un 50% con una favorable.')).toEqual({
      rating: 'false',
      figures: ['unfav:consistent', 'fav:contradicted'],
    });
    expect(verdict('En una encuesta, el 60% de los estadounidenses tenía una opinión desfavorable de México, frente a un 37% sin opinión.')?.rating).toBe('context');
  });
});
