/**
 * A number said of those who left a state ("lifted out of poverty", "salieron de la pobreza") counts a flow out of
 * it between two times, never the state's level: the record of how many live in poverty does not judge it (13.4
 * million who left poverty under one government were shown False against the 38.5 million poor of 2024). Said over a
 * span of two years, it is the change of the level between them, as an amount of change so said is. Run on the
 * bundled facts; the sentences are written for the test.
 */
import { describe, expect, it } from 'vitest';
import { bundled as engine } from './helpers/bundled';

const shown = (text: string) => {
  const f = engine.classify(text);
  return f ? { fact: f.factId, rating: f.rating } : null;
};

describe('a number of those who left a state', () => {
  it('is not judged against the level, in either language, though it still names the fact', () => {
    const said = {
      'Under López Obrador, 13.4 million Mexicans were lifted out of poverty.': 'mexico-economy-poverty-2018-2024',
      'Durante el gobierno de López Obrador, 13.4 millones de personas salieron de la pobreza.': 'mexico-economy-poverty-2018-2024',
      'During that term, 1.7 million Mexicans were lifted out of extreme poverty.': 'mexico-economy-extreme-poverty',
      'En ese sexenio, 1.7 millones de personas salieron de la pobreza extrema.': 'mexico-economy-extreme-poverty',
    };
    for (const [text, fact] of Object.entries(said)) expect(shown(text), text).toEqual({ fact, rating: 'context' });
  });

  it('leaves the level said of those in the state judged', () => {
    expect(shown('In 2024, 38.5 million Mexicans lived in poverty.')?.rating).toBe('accurate');
    expect(shown('En 2024, 38.5 millones de mexicanos vivían en pobreza.')?.rating).toBe('accurate');
  });

  it('said over a span of two years, is judged as the change of the level between them, never shown wrong', () => {
    const said = {
      'Between 2018 and 2024, 13.4 million Mexicans were lifted out of poverty.': 'accurate',
      'Entre 2018 y 2024, 13.4 millones de mexicanos salieron de la pobreza.': 'accurate',
      'From 2018 to 2024, some 13 million Mexicans left poverty.': 'accurate',
      'De 2018 a 2024, unos 13 millones de mexicanos salieron de la pobreza.': 'accurate',
      // The record's change is 13.4 million: another amount is no change the record bears out, and is left open.
      'Between 2018 and 2024, 20 million Mexicans were lifted out of poverty.': 'context',
      'Entre 2018 y 2024, 20 millones de mexicanos salieron de la pobreza.': 'context',
    };
    for (const [text, rating] of Object.entries(said)) expect(shown(text), text).toEqual({ fact: 'mexico-economy-poverty-2018-2024', rating });
  });
});

describe('an amount of change said over a span of two years', () => {
  it('is judged against the change of its level between them, in either language', () => {
    const said = {
      'Between 2018 and 2024, the number of Mexicans in poverty fell by 13.4 million.': { fact: 'mexico-economy-poverty-2018-2024', rating: 'accurate' },
      'Entre 2018 y 2024, el número de mexicanos en pobreza se redujo en 13.4 millones.': { fact: 'mexico-economy-poverty-2018-2024', rating: 'accurate' },
      'Between 2018 and 2024, remittances to Mexico rose by $31 billion.': { fact: 'remittances-annual-total', rating: 'accurate' },
      'Entre 2018 y 2024, las remesas a México aumentaron en 31 mil millones de dólares.': { fact: 'remittances-annual-total', rating: 'accurate' },
      // Said the other way from the record's change: left open, as a difference of rounded figures never shows an amount false.
      'Between 2018 and 2024, the number of Mexicans in poverty rose by 13.4 million.': { fact: 'mexico-economy-poverty-2018-2024', rating: 'context' },
      'Entre 2018 y 2024, el número de mexicanos en pobreza aumentó en 13.4 millones.': { fact: 'mexico-economy-poverty-2018-2024', rating: 'context' },
    };
    for (const [text, want] of Object.entries(said)) expect(shown(text), text).toEqual(want);
  });
});
