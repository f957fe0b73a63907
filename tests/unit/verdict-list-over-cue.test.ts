/**
 * A list of places said before a count ("Canada, Mexico and the U.S. will host 104 World Cup matches", "Canadá, México y
 * Estados Unidos albergarán 104 partidos del Mundial") is what the count is of: one place's cue whose words reach over the
 * list ("Canada will host World Cup matches", its gap spanning "Mexico and the U.S.") names one place of it, and never
 * shows the list's count wrong as that place's. A cue of one place said alone still binds. Run on the bundled facts; the
 * sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { shownRating as rating } from './helpers/bundled';

const LISTED: Record<'en' | 'es', string[]> = {
  en: ['Canada, Mexico and the U.S. will host 104 World Cup matches.', 'The U.S., Mexico and Canada will host 104 World Cup matches.'],
  es: ['Canadá, México y Estados Unidos albergarán 104 partidos del Mundial.', 'Estados Unidos, México y Canadá albergarán 104 partidos del Mundial.'],
};

const ALONE: Record<'en' | 'es', [string, string][]> = {
  en: [['Mexico will host 13 World Cup matches.', 'accurate']],
  es: [['México albergará 13 partidos del Mundial.', 'accurate']],
};

describe('a list of places a cue reaches over', () => {
  for (const lang of ['en', 'es'] as const) {
    it(`never shows the list's count wrong as one place's in ${lang}`, () => {
      for (const sentence of LISTED[lang]) expect(rating(sentence), sentence).not.toMatch(/^(false|outdated|misleading)$/);
    });
    it(`leaves one place said alone bound in ${lang}`, () => {
      for (const [sentence, want] of ALONE[lang]) expect(rating(sentence), sentence).toBe(want);
    });
  }
});
