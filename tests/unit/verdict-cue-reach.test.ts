/**
 * Two series' cues found at one distance from a number and as long (issue #12): the one whose words
 * the sentence says between the cue's own is the measure, not the one that reaches over a word none
 * of its cues use. "7 million residents live in extreme poverty" is the extreme-poverty count, though
 * "residents live in poverty" (all poverty) is found over the same words. Before, the two tied and the
 * number was left unchecked. Synthetic facts; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { VERDICT_WORDS } from '../../engine/knowledge';
import { seriesEntries } from '../../engine/measure-cues';
import { MeasureIndex } from '../../engine/measures';
import { readQuantities } from '../../engine/numbers';
import type { Fact, Lang } from '../../engine/schema';
import { fig, ratingsOn, series, seriesFact } from './helpers/sample-facts';

const FACTS: Fact[] = [
  seriesFact(
    'poverty',
    'mexico-economy',
    [fig('poor-people', 38.5e6, '2024', 'people'), fig('extreme-poor-people', 7e6, '2024', 'people')],
    [
      series('poor-people', 'poverty', 'all', 'point', ['residents live in poverty'], ['residentes viven en pobreza']),
      series('extreme-poor-people', 'extreme-poverty', 'extreme', 'point', ['residents in extreme poverty', 'live in extreme poverty'], ['residentes en extrema pobreza', 'viven en extrema pobreza']),
    ],
    { en: ['poverty'], es: ['pobreza'] },
  ),
];
const measures = new MeasureIndex(seriesEntries(FACTS, VERDICT_WORDS), VERDICT_WORDS);
const boundTo = (text: string, lang: Lang) => measures.bind(text, lang, readQuantities(text, lang), () => true).map((b) => b.entry.series.key);

describe('a cue said whole beats one reaching over another measure’s word', () => {
  it('binds the number to the series whose words the sentence says, in English', () => {
    expect(boundTo('In Mexico, 7 million residents live in extreme poverty.', 'en')).toEqual(['extreme-poor-people']);
    expect(boundTo('In Mexico, 38 million residents live in poverty.', 'en')).toEqual(['poor-people']);
    expect(ratingsOn(FACTS)('In Mexico, 7 million residents live in extreme poverty.')).toEqual({ rating: 'accurate', figures: ['extreme-poor-people:consistent'] });
  });

  it('binds the number to the series whose words the sentence says, in Spanish', () => {
    expect(boundTo('En México, 7 millones de residentes viven en extrema pobreza.', 'es')).toEqual(['extreme-poor-people']);
    expect(boundTo('En México, 38 millones de residentes viven en pobreza.', 'es')).toEqual(['poor-people']);
  });
});
