/**
 * The whole a share is of, said on past a cue's words in another share's words: "Mexicans make up 69% of
 * undocumented migrants caught at the border" opens with the undocumented population's cue ("Mexicans make up … of
 * the undocumented", 45% in 2022) and goes on in the words of the border apprehensions' share (69% in fiscal 2025):
 * it is not shown wrong against the population's share. Run on the bundled facts; the sentences are written for the test.
 */
import { describe, expect, it } from 'vitest';
import { classifiedRating as rating } from './helpers/bundled';

describe("a share's whole said past its cue", () => {
  it.each([
    ['en', 'Mexicans make up 69% of illegal border crossers.'],
    ['en', 'Mexicans used to make up 90% of illegal border crossers.'],
    ['en', 'Mexicans make up 69% of undocumented migrants caught at the border.'],
    ['es', 'Los mexicanos son el 69% de los indocumentados que cruzan la frontera.'],
    ['es', 'Los mexicanos eran el 90% de los migrantes indocumentados que cruzaban la frontera.'],
  ] as const)('is not the population share (%s): %s', (lang, text) => {
    expect(['false', 'outdated', 'misleading']).not.toContain(rating(text, lang));
  });

  it.each([
    ['en', 'Mexicans make up 45% of the undocumented.'],
    ['en', 'Mexicans make up 45% of unauthorized immigrants living in the U.S.'],
    ['es', 'Los mexicanos representan 69% de los indocumentados detenidos en la frontera.'],
  ] as const)('still judges a share said in its own words (%s): %s', (lang, text) => {
    expect(rating(text, lang)).toBe('accurate');
  });
});
