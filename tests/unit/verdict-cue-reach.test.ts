/**
 * Two series' cues found at one distance from a number and as long (issue #12): the one whose words
 * the sentence says between the cue's own is the measure, not the one that reaches over a word none
 * of its cues use. "7 million residents live in extreme poverty" is the extreme-poverty count, though
 * "residents live in poverty" (all poverty) is found over the same words. Before, the two tied and the
 * number was left unchecked. And the reach, counted in characters, is read in words: a word it cuts is read whole
 * before the number and left out after it. Cut, a cue's first word was lost ("Mexi|can students …", "est|udiantes
 * mexicanos …") and the start of a word after the number read as a negation that denied it ("no|ta", "not|ably").
 * Synthetic facts; sentences written for the test, each placed so the reach of 90 characters falls inside the word.
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
  seriesFact(
    'students-and-remittances',
    'exchanges-diplomacy',
    [fig('mx-students', 15474, '2023/24', 'people'), fig('remit', 64.746e9, '2024', 'usd', 'year')],
    [
      series('mx-students', 'students', 'mx-to-us', 'year', ['Mexican students in the U.S.'], ['estudiantes mexicanos en Estados Unidos']),
      series('remit', 'remittances', 'inflow', 'year', ['remittances to Mexico'], ['remesas a México']),
    ],
    { en: ['students'], es: ['estudiantes'] },
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

describe('a word the reach cuts is read whole or not at all', () => {
  it('reads a cue whose first word the reach cuts, in English and Spanish', () => {
    expect(boundTo('Last year, Mexican students enrolled in degree programs in the U.S., per the Open Doors census, reached 15,474.', 'en')).toEqual(['mx-students']);
    expect(boundTo('El año pasado, los estudiantes mexicanos inscritos en programas en Estados Unidos, según Open Doors, llegaron a 15,474.', 'es')).toEqual(['mx-students']);
  });

  it('reads no negation in the start of a word the reach cuts after the number, in English and Spanish', () => {
    expect(boundTo('Remittances to Mexico reached $64.7 billion in 2024, the central bank said in its yearly report on the matter of money sent home, notably higher than forecast.', 'en')).toEqual([
      'remit',
    ]);
    expect(boundTo('Las remesas a México sumaron 64,746 millones de dólares en 2024, dijo el banco central en su informe anual sobre el tema económico, nota que acompaña las cifras.', 'es')).toEqual([
      'remit',
    ]);
  });
});
