/**
 * Things decided ahead (issue #12): a tournament's format is stated in the future tense ("will
 * have 48 teams", "se jugarán 104 partidos") and is no projection, so a series marked
 * `scheduled` still meets a number said with "will"/"será"; any other series does not. And a
 * year that is part of a name ("the 2026 World Cup", "el Mundial de 2026") is no number's time.
 * On a small synthetic fact set written for the tests.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../engine/schema';
import { fig, ratingsOn, series, seriesFact } from './helpers/sample-facts';

const FACTS: Fact[] = [
  // Its statement tells the edition its figures are of: an edition said by another year is another one.
  {
    ...seriesFact(
      'format',
      'world-cup-2026',
      [fig('teams', 48, '2018', 'count'), fig('matches', 104, '2023', 'count')],
      [
        { ...series('teams', 'world-cup-teams', 'total', 'point', ['teams in the World Cup', 'teams'], ['selecciones en el Mundial', 'selecciones']), scheduled: true },
        { ...series('matches', 'world-cup-matches', 'total', 'point', ['matches in total', 'World Cup matches'], ['partidos en total', 'partidos del Mundial']), scheduled: true },
      ],
      { en: ['World Cup', 'teams'], es: ['Mundial', 'selecciones'] },
    ),
    statement: { en: 'The 2026 World Cup has 48 teams and 104 matches.', es: 'El Mundial 2026 tiene 48 selecciones y 104 partidos.' },
  },
  seriesFact('remittances', 'remittances', [fig('remit', 61.791e9, '2025', 'usd', 'year')], [series('remit', 'remittances', 'inflow', 'year', ['remittances to Mexico'], ['remesas a México'])], {
    en: ['remittances'],
    es: ['remesas'],
  }),
];

const verdict = ratingsOn(FACTS);

describe('things decided ahead', () => {
  it('meets a scheduled series in the future tense, in both languages', () => {
    expect(verdict('The 2026 World Cup in Mexico and the U.S. will have 48 teams.')).toEqual({ rating: 'accurate', figures: ['teams:consistent'] });
    expect(verdict('The 2026 World Cup in Mexico and the U.S. will have 32 teams.')).toEqual({ rating: 'false', figures: ['teams:contradicted'] });
    expect(verdict('El Mundial de 2026 en México y Estados Unidos tendrá 48 selecciones y 104 partidos en total.')).toEqual({
      rating: 'accurate',
      figures: ['teams:consistent', 'matches:consistent'],
    });
  });

  it('still reads a projection of any other series as no record', () => {
    expect(verdict('Remittances to Mexico will reach $70 billion next year.')?.figures ?? []).toEqual([]);
    expect(verdict('Las remesas a México serán de 70 mil millones de dólares.')?.figures ?? []).toEqual([]);
  });

  it('reads a forecast in any words or verb form as no record, even when it names the record', () => {
    for (const forecast of [
      'Remittances to Mexico are on track to reach $61.8 billion in 2025.',
      'Remittances to Mexico are poised to hit $61.8 billion in 2025.',
      'Analysts predict remittances to Mexico of $61.8 billion in 2025.',
      'Banxico anticipates remittances to Mexico of $61.8 billion in 2025.',
      'Las remesas a México alcanzarán 61,800 millones de dólares en 2025.',
      'Las remesas a México rondarán los 61,800 millones de dólares en 2025.',
      'Se prevé que las remesas a México lleguen a 61,800 millones de dólares en 2025.',
    ])
      expect(verdict(forecast), forecast).toEqual({ rating: 'context', figures: [] });
    // The record itself, said as one, in either language; a name with a future's ending is no verb.
    expect(verdict('Remittances to Mexico reached $61.8 billion in 2025.')).toEqual({ rating: 'accurate', figures: ['remit:consistent'] });
    expect(verdict('Las remesas a México sumaron 61,800 millones de dólares en 2025, según Banxico.')).toEqual({ rating: 'accurate', figures: ['remit:consistent'] });
  });

  it('takes a year in an event’s name for no number’s time', () => {
    // With 2026 read as the number's time, no figure of that year would settle it.
    expect(verdict('El Mundial de 2026 en México y Estados Unidos tendrá 104 partidos en total.')).toEqual({ rating: 'accurate', figures: ['matches:consistent'] });
    expect(verdict('The 2026 World Cup in Mexico and the U.S. has 104 matches in total.')).toEqual({ rating: 'accurate', figures: ['matches:consistent'] });
  });
});
