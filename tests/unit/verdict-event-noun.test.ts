/**
 * A dated event said by its noun ("NAFTA's entry into force in 1994", "la entrada en vigor del T-MEC en 2020") is the
 * event its verb names ("NAFTA took effect", "el T-MEC entró en vigor"): the packs' cue classes read the noun as the
 * verb, so its year meets the event's series, and a wrong one is false. Run on the bundled facts; the sentences are
 * written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { bundled as engine } from './helpers/bundled';

/** The finding's rating and its figure checks, as "rating key:status". */
const rated = (text: string) => {
  const f = engine.analyze(text)[0];
  return [f?.rating, ...(f?.figures ?? []).map((c) => `${c.key}:${c.status}`)].join(' ');
};

const CASES: Record<'en' | 'es', [string, string][]> = {
  en: [
    ["NAFTA's entry into force in 1994 opened a new era of trade with Mexico.", 'accurate nafta-in-force-year:consistent'],
    ["NAFTA's entry into force in 1996 opened a new era of trade with Mexico.", 'false nafta-in-force-year:contradicted'],
    ["The USMCA's entry into force in 2018 ended NAFTA.", 'false usmca-in-force-year:contradicted'],
  ],
  es: [
    ['Tras la entrada en vigor del T-MEC el 1 de julio de 2020, el TLCAN dejó de aplicarse.', 'accurate usmca-in-force-year:consistent'],
    ['Tras la entrada en vigor del T-MEC el 1 de julio de 2019, el TLCAN dejó de aplicarse.', 'false usmca-in-force-year:contradicted'],
    ['La entrada en vigor del impuesto a las remesas en 2024 afectó a los migrantes.', 'false remittance-tax-in-force-year:contradicted'],
  ],
};

describe('a dated event said by its noun', () => {
  for (const lang of ['en', 'es'] as const)
    it(`has its year checked as the event's in ${lang}`, () => {
      for (const [sentence, want] of CASES[lang]) expect(rated(sentence), sentence).toBe(want);
    });
});
