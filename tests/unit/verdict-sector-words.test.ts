/**
 * A sector said beside a claim of all trade ("… the largest trading partner of the United States in agriculture", "… en
 * agricultura") is another claim, which neither the record of all trade nor its typical claims settle. Swept over every
 * sector word of each pack, so no sector word is read as another (the spelling repair once turned "agriculture" into a
 * known "agricultor", and the sentence met the claim of all trade). Bundled facts; the sentences are written for the test.
 */
import { describe, expect, it } from 'vitest';
import { VERDICT_WORDS } from '../../engine/knowledge';
import { bundled as engine } from './helpers/bundled';

const SAID = {
  en: (sector: string) => `Mexico is the largest trading partner of the United States in ${sector}.`,
  es: (sector: string) => `México es el principal socio comercial de Estados Unidos en ${sector}.`,
};

describe('a sector said beside a claim of all trade', () => {
  it('is borne out by neither the record of all trade nor its typical claims, for every sector word', () => {
    const met: string[] = [];
    for (const lang of ['en', 'es'] as const)
      for (const sector of VERDICT_WORDS[lang].sectors.filter((w) => !['sector', 'sectors', 'sectores'].includes(w))) {
        const sentence = SAID[lang](sector);
        if (engine.classify(sentence, lang)?.rating === 'accurate') met.push(sentence);
      }
    expect(met).toEqual([]);
    expect(engine.classify(SAID.en('').replace(' in .', '.'), 'en')?.rating).toBe('accurate');
    expect(engine.classify(SAID.es('').replace(' en .', '.'), 'es')?.rating).toBe('accurate');
  });
});
