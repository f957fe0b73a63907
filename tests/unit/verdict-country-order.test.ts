/**
 * A poll of one public about the other is not the other's poll: where every cue of a series
 * names the two countries in one order ("Americans consider Mexico an ally"), a number whose
 * clause names them the other way round ("Mexicans consider the U.S. an ally") is not bound to it.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../engine/schema';
import { fig, ratingsOn, series, seriesFact } from './helpers/sample-facts';

const FACTS: Fact[] = [
  seriesFact(
    'ally',
    'public-opinion',
    [fig('us-ally-or-friend', 72, '2018', 'percent')],
    [
      series(
        'us-ally-or-friend',
        'americans-views-of-mexico',
        'ally-or-friendly',
        'point',
        ['ally or friend', 'Americans consider Mexico an ally or a friend'],
        ['aliado o amigo', 'estadounidenses consideran a México un aliado o un amigo'],
      ),
    ],
    { en: ['ally'], es: ['aliado'] },
  ),
];
const verdict = ratingsOn(FACTS);

describe('the order of the countries in a poll', () => {
  it('leaves the other public’s view unjudged', () => {
    expect(verdict('About 30% of Mexicans consider the U.S. an ally or friend.')).toEqual({ rating: 'context', figures: [] });
    expect(verdict('Un 30% de los mexicanos considera a Estados Unidos un aliado o amigo.')).toEqual({ rating: 'context', figures: [] });
  });

  it('still judges the series’ own public', () => {
    expect(verdict('Some 72% of Americans see Mexico as an ally or friend.')).toEqual({ rating: 'accurate', figures: ['us-ally-or-friend:consistent'] });
  });
});
