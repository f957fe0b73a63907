/**
 * A dated event whose cue opens on a body ("Supreme Court rejected Mexico's lawsuit"), dated by a year that opens its clause,
 * with the body's owner said before it as the fact's own statement says it ("On June 6, 2025, the U.S. Supreme Court …"):
 * the owner is no word between the year and the cue, and the date is checked. Another owner ("Mexico's Supreme Court")
 * names another body, left unchecked. The suit may be said as the one a country filed or brought ("a lawsuit filed by
 * Mexico", "la demanda presentada por México"). Spanish says the owner after the body ("la Suprema Corte de EE.UU."), which
 * the cue's gap already met. Run on the bundled facts; the sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { shownRating as rating } from './helpers/bundled';

const DATED: Record<'en' | 'es', [string, string][]> = {
  en: [
    ['On June 6, 2025, the U.S. Supreme Court rejected Mexico’s lawsuit against gun manufacturers.', 'false'],
    ['On June 5, 2025, the U.S. Supreme Court dismissed a lawsuit filed by Mexico against gunmakers.', 'accurate'],
    ['In 2024, the U.S. Supreme Court threw out a lawsuit brought by Mexico against gun makers.', 'false'],
  ],
  es: [
    ['El 6 de junio de 2025, la Suprema Corte de EE.UU. desechó la demanda presentada por México contra las armeras.', 'false'],
    ['El 5 de junio de 2025, la Suprema Corte de EE.UU. rechazó la demanda de México contra las armeras.', 'accurate'],
  ],
};

/** English says the owner before the body, where the year's reach would take it. */
const OTHER_BODY = ['On June 5, 2025, Mexico’s Supreme Court rejected a lawsuit filed by Mexico against gunmakers.', 'In 2025, the Mexico Supreme Court rejected Mexico’s lawsuit against gun makers.'];

describe("a dated event's body said with its owner", () => {
  for (const lang of ['en', 'es'] as const) {
    it(`is dated by the year that opens the clause in ${lang}`, () => {
      for (const [sentence, want] of DATED[lang]) expect(rating(sentence), sentence).toBe(want);
    });
  }
  it('earns nothing said of another owner’s body in en', () => {
    for (const sentence of OTHER_BODY) expect(rating(sentence) ?? 'none', sentence).not.toMatch(/^(accurate|false|outdated|misleading)$/);
  });
});
