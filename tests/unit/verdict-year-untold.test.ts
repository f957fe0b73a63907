/**
 * A year a sentence states that its typical claim does not carry: an undated claim of a thing scheduled ("The World Cup
 * final was at MetLife Stadium in New Jersey on July 19", "La final fue en Nueva Jersey") is met only by a sentence whose
 * years its fact tells (in its statement or its record), as the thing holds at its own date and a year the record never
 * tells ("In 2022, …", "En 2025, …") is a date it cannot bear out. A year its fact tells ("the 2026 World Cup"), in its
 * statement or only in its short one, still meets it. Run on the bundled facts; the sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { bundled as engine } from './helpers/bundled';

const rated = (text: string) => {
  const f = engine.classify(text);
  return `${f?.rating} ${f?.basis}`;
};

const UNTOLD: Record<'en' | 'es', string[]> = {
  en: ['In 2022, FIFA set the 2026 World Cup final at MetLife Stadium in New Jersey on July 19.', 'In 2025, the 2026 World Cup final was at MetLife Stadium in New Jersey on July 19.'],
  es: ['En 2022, la FIFA otorgó la final del Mundial 2026 a Nueva Jersey.', 'En 2025, la final del Mundial 2026 fue en Nueva Jersey.'],
};

const TOLD: Record<'en' | 'es', string[]> = {
  en: ['The 2026 World Cup final was at MetLife Stadium in New Jersey on July 19.', 'With the 2026 World Cup, Mexico is the first country to host three World Cups.'],
  es: ['La final del Mundial 2026 fue en Nueva Jersey.', 'En 2026 México fue el primer país en organizar tres Mundiales.'],
};

describe('a year the typical claim does not carry', () => {
  for (const lang of ['en', 'es'] as const) {
    it(`earns no verdict where its fact never tells it in ${lang}`, () => {
      for (const s of UNTOLD[lang]) expect(rated(s), s).not.toMatch(/^(accurate|false|outdated|misleading)/);
    });
    it(`still meets the claim where its fact tells it in ${lang}`, () => {
      for (const s of TOLD[lang]) expect(rated(s), s).toBe('accurate claim');
    });
  }
});
