/**
 * A share's whole is said right after it ("most Mexican Americans", "la mayoría de los mexicoamericanos"): a cue that names its
 * own whole right after a word of field ("of immigrants in Mexico", "de los inmigrantes en México"), said only past a verb, as what
 * that whole is, is no measure of the share. "La mayoría de los mexicoamericanos son inmigrantes nacidos en México" was Accurate
 * against the 66% of Mexico's immigrants born in the U.S.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import { loadData } from '../../scripts/lib/data-files';

const facts = loadData().facts;
const engine = createEngine(facts);
const judgedBy = (sentence: string, key: string) => engine.analyze(sentence)[0]?.figures?.some((c) => c.key === key) ?? false;
const SHARE = 'us-born-share-of-foreign-born-in-mexico';

describe('a share whose own whole is said before the cue’s (bundled facts; sentences written for the test)', () => {
  it.each([
    'Most Mexican Americans are immigrants born in Mexico.',
    'Two-thirds of Canadians are immigrants in Mexico.',
    'La mayoría de los mexicoamericanos son inmigrantes nacidos en México.',
    'Dos tercios de los canadienses son inmigrantes en México.',
  ])('is not the cue’s share: %s', (sentence) => expect(judgedBy(sentence, SHARE)).toBe(false));

  it.each([
    "66% of Mexico's foreign-born residents were born in the U.S.",
    'In 2020, 66% of the foreign-born in Mexico were born in the United States.',
    'El 66% de los extranjeros que viven en México nació en Estados Unidos.',
  ])('still reads the share said in its own words: %s', (sentence) => expect(engine.analyze(sentence)[0]?.rating).toBe('accurate'));
});

describe('every bundled share whose cue names its whole, said as what another whole is', () => {
  const OTHER = { en: ['Most Canadians are', 'Two-thirds of Canadians are'], es: ['La mayoría de los canadienses son', 'Dos tercios de los canadienses son'] } as const;
  it('is never judged by that share', () => {
    const judged: string[] = [];
    let swept = 0;
    for (const fact of facts)
      for (const s of fact.series ?? []) {
        if ((fact.figures ?? []).find((f) => f.key === s.key)?.unit !== 'percent') continue;
        for (const lang of ['en', 'es'] as const)
          for (const cue of s.cues[lang]) {
            const m = /^(?:of|de)\s+(?:(?:the|los|las|la|el)\s+)?(.+)$/i.exec(cue);
            if (!m) continue;
            for (const other of OTHER[lang]) {
              const sentence = `${other} ${m[1]}.`;
              swept++;
              if (engine.analyze(sentence, { lang })[0]?.figures?.some((c) => c.key === s.key)) judged.push(sentence);
            }
          }
      }
    // About 330 sentences when written: a sweep that reads none proves nothing.
    expect(swept).toBeGreaterThan(150);
    expect(judged).toEqual([]);
  });
});
