/**
 * A dated event's own words are settled with its date: a position ("the main source", "la principal fuente"), a
 * comparison ("overtook China", "superó a China") or a first time ("for the first time", "por primera vez") said in the
 * words of the event whose year the record bears out is the event itself, not a claim of its own left open. Said in another stretch of the sentence ("…, and Canada as the largest
 * export market"), the same words are still a claim of their own. A year that opens its clause after "since" ("Since
 * 2020, the USMCA has replaced NAFTA", "Desde 2020, el T-MEC sustituye al TLCAN") dates the event named after it; a later
 * year than the record's said after "since" is no wrong date. Run on the bundled facts; the sentences are written for the
 * tests.
 */
import { describe, expect, it } from 'vitest';
import { shownRating as rating } from './helpers/bundled';

const SETTLED: Record<'en' | 'es', [string, string][]> = {
  en: [
    ['In 2019, Mexico replaced China as the main source of fentanyl.', 'accurate'],
    ['Mexico overtook China as the largest source of U.S. imports in 2023.', 'accurate'],
    ['Mexico replaced China as the main source of fentanyl in 2016.', 'false'],
    ['Mexicans living abroad voted for president from abroad for the first time in 2006.', 'accurate'],
    ['Mexicans living abroad voted for president from abroad for the first time in 2000.', 'false'],
  ],
  es: [
    ['En 2019, México sustituyó a China como principal fuente de fentanilo.', 'accurate'],
    ['México superó a China como principal origen de las importaciones en 2023.', 'accurate'],
    ['Los mexicanos en el extranjero votaron por primera vez por presidente en 2006.', 'accurate'],
    ['Los mexicanos en el extranjero votaron por primera vez por presidente en 2003.', 'false'],
  ],
};

const OPEN: Record<'en' | 'es', string[]> = {
  en: ['Mexico replaced China as the second source of fentanyl in 2019.', 'In 2023, Mexico overtook China as the largest source of U.S. imports, and Canada as the largest export market.'],
  es: [
    'Los mexicanos en el extranjero votaron por primera vez por presidente en 2006, y por primera vez superaron el millón de votos.',
    'En 2019, México sustituyó a China como segunda fuente de fentanilo.',
    'En 2023, México superó a China como principal origen de las importaciones, y a Canadá como principal mercado de exportación.',
  ],
};

describe("a dated event's own words", () => {
  for (const lang of ['en', 'es'] as const) {
    it(`are settled with the event's year in ${lang}`, () => {
      for (const [sentence, want] of SETTLED[lang]) expect(rating(sentence), sentence).toBe(want);
    });
    it(`are a claim of their own in another stretch in ${lang}`, () => {
      for (const sentence of OPEN[lang]) expect(rating(sentence), sentence).not.toBe('accurate');
    });
  }
});

const SINCE: Record<'en' | 'es', [string, string][]> = {
  en: [
    ['Since 2020, the USMCA has replaced NAFTA.', 'accurate'],
    ['Since 2018, the USMCA has replaced NAFTA.', 'false'],
    ['Since 2021, the USMCA has replaced NAFTA.', 'context'],
    ['The USMCA has been in force since 2021.', 'context'],
    ['The USMCA has been in force since 2018.', 'false'],
  ],
  es: [
    ['Desde 2020, el T-MEC sustituye al TLCAN.', 'accurate'],
    ['Desde julio de 2019, el T-MEC sustituye al TLCAN.', 'false'],
    ['Desde 2021, el T-MEC sustituye al TLCAN.', 'context'],
    ['El T-MEC está vigente desde 2022.', 'context'],
    ['El T-MEC está vigente desde 2019.', 'false'],
  ],
};

describe('a dated event said with "since"', () => {
  for (const lang of ['en', 'es'] as const)
    it(`is dated by the year after it, a later one no wrong date, in ${lang}`, () => {
      for (const [sentence, want] of SINCE[lang]) expect(rating(sentence), sentence).toBe(want);
    });
});
