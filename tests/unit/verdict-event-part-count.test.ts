/**
 * A count said of a part of an event ("Mexico will host 13 matches of the 2026 World Cup", "el Azteca albergará cinco
 * partidos del Mundial 2026"): a cue of the event's whole ("matches at the 2026 World Cup", "partidos en el Mundial 2026")
 * whose own words beyond the part's cue are only the event's name and year names no other measure; the count is the
 * part's, checked against its record either way; said of places joined by "and" or a comma ("The U.S., Mexico and
 * Canada will host 104 matches …"), it is theirs together, no one place's. Run on the bundled facts; the sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { shownRating as rating } from './helpers/bundled';

const PART: Record<'en' | 'es', [string, string][]> = {
  en: [
    ['Mexico will host 13 matches of the 2026 World Cup.', 'accurate'],
    ['Mexico will host 20 matches of the 2026 World Cup.', 'false'],
    ['The U.S. will host 78 matches at the 2026 World Cup.', 'accurate'],
    ['The Azteca will host five matches of the 2026 World Cup.', 'accurate'],
    ['The Azteca will host nine matches of the 2026 World Cup.', 'false'],
  ],
  es: [
    ['México albergará 13 partidos del Mundial 2026.', 'accurate'],
    ['México albergará 20 partidos del Mundial 2026.', 'false'],
    ['Estados Unidos albergará 78 partidos del Mundial 2026.', 'accurate'],
    ['El Azteca albergará cinco partidos del Mundial 2026.', 'accurate'],
    ['El Azteca albergará nueve partidos del Mundial 2026.', 'false'],
  ],
};

/** Said of places joined by "and" or a comma, the count is theirs together: never one place's, shown wrong. */
const JOINED: Record<'en' | 'es', string[]> = {
  en: ['The U.S., Mexico and Canada will host 104 matches at the 2026 World Cup.', 'Mexico and Canada will host 26 matches of the 2026 World Cup.'],
  es: ['Estados Unidos, México y Canadá albergarán 104 partidos del Mundial 2026.', 'México y Canadá albergarán 26 partidos del Mundial 2026.'],
};

describe('a count said of a part of an event', () => {
  for (const lang of ['en', 'es'] as const) {
    it(`is the part's, beside a cue of the whole event, in ${lang}`, () => {
      for (const [sentence, want] of PART[lang]) expect(rating(sentence), sentence).toBe(want);
    });
    it(`is no one place's when said of places joined in ${lang}`, () => {
      for (const sentence of JOINED[lang]) expect(rating(sentence), sentence).not.toMatch(/^(false|outdated|misleading)$/);
    });
  }
});
