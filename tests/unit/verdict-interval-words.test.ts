/**
 * A time between two events said in words ("three years after it was signed", "dos años y medio después de firmarse") is a
 * claim of its own that no record settles, as one said in digits is: a sentence that says one beside a dated event's right
 * year gets no verdict. "After", "después de" said of a time ("after decades of growth") is no comparison that leaves a
 * position unsettled; said before another country ("después de Canadá") it still places the position below it. Run on the
 * bundled facts; the sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import { intervalsInWords } from '../../engine/numbers';
import { loadData } from '../../scripts/lib/data-files';

const { facts } = loadData();
const engine = createEngine(facts);
const rating = (text: string) => engine.analyze(text)[0]?.rating;

describe('a time between two events said in words', () => {
  it('leaves a dated event without a verdict, in both languages', () => {
    expect(rating('The USMCA entered into force in July 2020, three years after it was signed.')).toBe('context');
    expect(rating('The USMCA entered into force in July 2020, a year and a half after it was signed.')).toBe('context');
    expect(rating('El T-MEC entró en vigor en julio de 2020, dos años y medio después de firmarse.')).toBe('context');
    expect(rating('El T-MEC entró en vigor en julio de 2020, tres años después de su firma.')).toBe('context');
    // Said without the interval, the year alone is settled.
    expect(rating('The USMCA entered into force in July 2020.')).toBe('accurate');
    expect(rating('El T-MEC entró en vigor en julio de 2020.')).toBe('accurate');
  });

  it('is read only before a word of time and a word that orders two events', () => {
    expect(intervalsInWords('three years after it was signed', 'en', [])).toHaveLength(1);
    expect(intervalsInWords('dos años y medio después de firmarse', 'es', [])).toHaveLength(1);
    // A time back from now ("two years ago", "hace dos años") and a count of things are no interval.
    expect(intervalsInWords('up from 29 percent two years ago, up from 20 percent a year earlier', 'en', [])).toHaveLength(0);
    expect(intervalsInWords('hace dos años, frente al 20% de un año antes', 'es', [])).toHaveLength(0);
    expect(intervalsInWords('three cartels after the ruling', 'en', [])).toHaveLength(0);
  });
});

describe('"after", "después de" said of a time', () => {
  it('is no comparison beside a position the record bears out, in both languages', () => {
    expect(rating('After decades of growth, Mexico is the largest market for U.S. exports.')).toBe('accurate');
    expect(rating('Después de décadas de crecimiento, México es el principal mercado para las exportaciones estadounidenses.')).toBe('accurate');
    // Before another country it places the first place below that country's: no verdict.
    expect(rating('After Canada, Mexico is the largest market for U.S. exports.')).toBe('context');
    expect(rating('Después de Canadá, México es el principal mercado para las exportaciones estadounidenses.')).toBe('context');
  });
});
