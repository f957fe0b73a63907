/**
 * A dated event's own words are settled with its date: a position ("the main source", "la principal fuente") or a
 * comparison ("overtook China", "superó a China") said in the words of the event whose year the record bears out is the
 * event itself, not a claim of its own left open. Said in another stretch of the sentence ("…, and Canada as the largest
 * export market"), the same words are still a claim of their own. Run on the bundled facts; the sentences are written
 * for the tests.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import { loadData } from '../../scripts/lib/data-files';

const engine = createEngine(loadData().facts);
const rating = (text: string) => engine.analyze(text)[0]?.rating;

const SETTLED: Record<'en' | 'es', [string, string][]> = {
  en: [
    ['In 2019, Mexico replaced China as the main source of fentanyl.', 'accurate'],
    ['Mexico overtook China as the largest source of U.S. imports in 2023.', 'accurate'],
    ['Mexico replaced China as the main source of fentanyl in 2016.', 'false'],
  ],
  es: [
    ['En 2019, México sustituyó a China como principal fuente de fentanilo.', 'accurate'],
    ['México superó a China como principal origen de las importaciones en 2023.', 'accurate'],
  ],
};

const OPEN: Record<'en' | 'es', string[]> = {
  en: ['Mexico replaced China as the second source of fentanyl in 2019.', 'In 2023, Mexico overtook China as the largest source of U.S. imports, and Canada as the largest export market.'],
  es: [
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
