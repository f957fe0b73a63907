/**
 * A number said of those who left a state ("lifted out of poverty", "salieron de la pobreza") counts a flow out of
 * it between two times, never the state's level: the record of how many live in poverty does not judge it (13.4
 * million who left poverty under one government were shown False against the 38.5 million poor of 2024). Run on the
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
});
