/**
 * A dated event said done with no time of its own (engine/verdict.ts, eventDone): a cue of the event's series that says the
 * thing was done ("threw out", "desestimó") is borne out by the record whenever it dates it; said not to have happened yet, it
 * was right only before the record's date (outdated). A day said with its month and no year must be the record's. A cue that only names the event ("the first joint review"), a denial, a
 * forecast, a clause that opens on the event, the names it relates turned round ("NAFTA replaced USMCA"), another country
 * its fact's claims never name, or another thing said done in words the fact does not hold earn no verdict.
 * Run on the bundled facts; the sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { bundled as engine } from './helpers/bundled';

const rated = (text: string) => {
  const f = engine.classify(text);
  return `${f?.rating} ${f?.basis}`;
};

const DONE: Record<'en' | 'es', string[]> = {
  en: [
    "The Supreme Court tossed Mexico's lawsuit against Smith & Wesson.",
    'In a unanimous ruling, the U.S. Supreme Court dismissed a lawsuit filed by the Mexican government against gun manufacturers.',
  ],
  es: ['La Suprema Corte de Estados Unidos desestimó la demanda de México contra las armeras.'],
};

/** A day or a month said with no year: the record's bears the event out, by its cue or its typical claim; another may be another year's ("may" is no month). */
const RECORD_DAY: Record<'en' | 'es', string[]> = {
  en: ['The USMCA took effect on July 1.', 'On July 1, the USMCA entered into force, replacing NAFTA.', 'The USMCA took effect in July.'],
  es: [
    'El T-MEC entró en vigor el 1 de julio.',
    'Desde el 1 de julio, el T-MEC sustituyó al TLCAN.',
    'En junio, la Suprema Corte de Estados Unidos desestimó la demanda de México contra las armeras.',
  ],
};

const OTHER_DAY: Record<'en' | 'es', string[]> = {
  en: [
    'The USMCA took effect on June 1.',
    'The USMCA took effect in June.',
    "The Supreme Court may throw out Mexico's lawsuit against U.S. gun manufacturers.",
    "In May, the Supreme Court threw out Mexico's lawsuit against US gun makers.",
  ],
  es: ['El T-MEC entró en vigor el 1 de junio.', 'En mayo, la Suprema Corte de Estados Unidos desestimó la demanda de México contra las armeras.'],
};

const NOT_YET: Record<'en' | 'es', string[]> = {
  en: ['The USMCA has not yet entered into force.', 'The USMCA has yet to take effect.'],
  es: ['El T-MEC todavía no entra en vigor.', 'El T-MEC aún no entra en vigor.'],
};

const OPEN: Record<'en' | 'es', string[]> = {
  en: [
    "The Supreme Court never threw out Mexico's lawsuit against U.S. gun manufacturers.",
    "The Supreme Court will throw out Mexico's lawsuit against U.S. gun manufacturers.",
    'Mexico is preparing for the first joint review of the USMCA.',
    'NAFTA was replaced by the USMCA, which hurt Mexican farmers.',
    'The USMCA took effect but Mexico has not yet met its labor obligations.',
    'NAFTA has not yet replaced the USMCA.',
    'Minute 319 replaced Minute 323.',
    'Canada has not yet designated the Mexican cartels as terrorist organizations.',
  ],
  es: [
    'México se prepara para la primera revisión conjunta del T-MEC.',
    'La Suprema Corte podría desestimar la demanda de México contra las armeras.',
    'El Acta 319 sustituyó al Acta 323.',
    'Canadá designó a los cárteles mexicanos como organizaciones terroristas.',
  ],
};

describe('a dated event said done with no time', () => {
  for (const lang of ['en', 'es'] as const) {
    it(`is borne out by the record in ${lang}`, () => {
      for (const s of DONE[lang]) expect(rated(s), s).toBe('accurate claim');
    });
    it(`is borne out on the record's day or month, said with no year, in ${lang}`, () => {
      for (const s of RECORD_DAY[lang]) expect(rated(s), s).toBe('accurate claim');
    });
    it(`earns no verdict on another day or month, said with no year, in ${lang}`, () => {
      for (const s of OTHER_DAY[lang]) expect(rated(s), s).not.toMatch(/^(accurate|false|outdated|misleading)/);
    });
    it(`said not to have happened yet, was right only before the record's date in ${lang}`, () => {
      for (const s of NOT_YET[lang]) expect(rated(s), s).toBe('outdated claim');
    });
    it(`earns no verdict when denied, foretold, only named, turned round, said of another country or beside another deed in ${lang}`, () => {
      for (const s of OPEN[lang]) expect(rated(s), s).not.toMatch(/^(accurate|false|outdated|misleading)/);
    });
  }
});
