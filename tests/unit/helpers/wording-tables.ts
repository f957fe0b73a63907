/** Tables of sentences and the rating the eval reads for each, in both languages, run as one describe block. */
import { describe, expect, it } from 'vitest';
import { evalRating as rated } from './bundled';

/** [sentence, rating as the eval reads it: outdated counts as false, no verdict as "context" or "none"] */
export type Case = [string, string];
export type Table = Record<'en' | 'es', Case[]>;

/**
 * RATED sentences get their rating; NEVER ones (another act, thing or rate than the record's) never get the one given; OPEN
 * ones (not yet settled) never get the opposite of the record's.
 */
export function describeWordings(title: string, tables: { rated: Table; never: Table; open: Table }, otherSaid: string): void {
  describe(title, () => {
    for (const lang of ['en', 'es'] as const) {
      // An empty table asserts nothing: no test is made of it.
      if (tables.rated[lang].length)
        it(`gets the record's verdict, in ${lang}`, () => {
          expect(tables.rated[lang].map(([text]) => [text, rated(text)])).toEqual(tables.rated[lang]);
        });
      if (tables.never[lang].length)
        it(`never gets the verdict of the record's event where ${otherSaid} is said, in ${lang}`, () => {
          for (const [text, wrong] of tables.never[lang]) expect([text, rated(text)]).not.toEqual([text, wrong]);
        });
      if (tables.open[lang].length)
        it(`never gets the opposite verdict where the engine does not yet settle it, in ${lang}`, () => {
          for (const [text, wrong] of tables.open[lang]) expect([text, rated(text)]).not.toEqual([text, wrong]);
        });
    }
  });
}
