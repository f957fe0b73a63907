import { describe, expect, it } from 'vitest';
import { readQuantities } from '../../engine/numbers';
import { shownRating } from './helpers/bundled';

// "Un millón y medio" was read as one million and "a quarter of a million" as 25% and a million: a count off by half
// that a record could meet by chance (about 1.6 million U.S. citizens live in Mexico, 2024).
describe('halves and quarters of a scale', () => {
  it.each([
    ['un millón y medio de estadounidenses', 'es', 1_500_000],
    ['dos millones y medio de personas', 'es', 2_500_000],
    ['medio millón de migrantes', 'es', 500_000],
    ['un cuarto de millón de armas', 'es', 250_000],
    ['a million and a half Americans', 'en', 1_500_000],
    ['two million and a half people', 'en', 2_500_000],
    ['a quarter of a million guns', 'en', 250_000],
  ] as const)('%s', (text, lang, value) => {
    const read = readQuantities(text, lang);
    expect(read.map((q) => q.value)).toEqual([value]);
  });

  it('judges the count said, in both languages', () => {
    expect(shownRating('Medio millón de estadounidenses viven en México.')).toBe('false');
    expect(shownRating('Half a million Americans live in Mexico.')).toBe('false');
    expect(shownRating('Dos millones y medio de estadounidenses viven en México.')).toBe('false');
    expect(shownRating('Two million and a half Americans live in Mexico.')).toBe('false');
  });
});
