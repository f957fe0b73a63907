/**
 * A dated event said without its date: a true typical claim of an event ("The USMCA replaced NAFTA on July 1, 2020",
 * "El Acta 323 sustituyó al Acta 319 en 2017") is true of a sentence that says the same with no time at all, as the
 * event happened whenever it leaves unsaid. Only such a sentence: a month, a weekday or a time from the writing
 * ("on Monday", "ayer") may be wrong, a forecast is no record, and the names of the relation ("USMCA", "T-MEC", which
 * the matching leaves out as the countries' own) must be said in the claim's order, the doer after the deed ("was
 * replaced by") only where the claim says it so. Run on the bundled facts; the sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { bundled as engine } from './helpers/bundled';

const rated = (text: string) => {
  const f = engine.classify(text);
  return `${f?.rating} ${f?.basis}`;
};

const SAID_UNDATED: Record<'en' | 'es', string[]> = {
  en: ['USMCA replaced NAFTA.', 'Minute 323 replaced Minute 319.', 'The new trade deal with Mexico and Canada took effect.'],
  es: ['El T-MEC ha sustituido al TLCAN.', 'El Acta 323 ha sustituido al Acta 319.', 'El Entendimiento Bicentenario ha sustituido a la Iniciativa Mérida.'],
};

const NOT_MET: Record<'en' | 'es', string[]> = {
  en: [
    'NAFTA replaced USMCA.',
    'USMCA was replaced by NAFTA.',
    'Minute 319 replaced Minute 323.',
    'The new trade deal with Mexico and Canada took effect on Monday.',
    'The new trade deal with Mexico and Canada will take effect.',
    'The USMCA has not replaced NAFTA.',
  ],
  es: [
    'El TLCAN ha sustituido al T-MEC.',
    'El T-MEC ha sido sustituido por el TLCAN.',
    'El Acta 319 ha sustituido al Acta 323.',
    'El T-MEC ha sustituido ayer al TLCAN.',
    'El Acta 323 ha sustituido en marzo al Acta 319.',
    'El T-MEC no ha sustituido al TLCAN.',
    'El T-MEC sustituirá al TLCAN.',
  ],
};

describe('a dated event said without its date', () => {
  for (const lang of ['en', 'es'] as const) {
    it(`meets the event's true claim in ${lang}`, () => {
      for (const s of SAID_UNDATED[lang]) expect(rated(s), s).toBe('accurate claim');
    });
    it(`is not met turned round, with another time, foretold or denied in ${lang}`, () => {
      for (const s of NOT_MET[lang]) expect(rated(s), s).not.toMatch(/^(accurate|false|outdated|misleading)/);
    });
  }
});
