/**
 * "Last among the top three", "el último lugar entre los tres principales": the third place, not any place up to it.
 * A sweep over every rank series of the bundled facts whose cues open with "largest/top" or "mayor/principal", each
 * year it records and today, N from two to four: borne out only where the record's place is N, never contradicted there.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import type { Lang } from '../../engine/schema';
import { loadData } from '../../scripts/lib/data-files';

const facts = loadData().facts;
const engine = createEngine(facts);
const NUMBER = { en: ['', '', 'two', 'three', 'four'], es: ['', '', 'dos', 'tres', 'cuatro'] };
const OPENER = { en: /^(largest|biggest|top) /, es: /^(mayor|principal) / };

function said(rest: string, n: number, year: string | null, lang: Lang): string[] {
  if (lang === 'en') {
    const when = year ? ` in ${year}` : '';
    return [`Mexico ranked last among the top ${NUMBER.en[n]} ${rest}s of the United States${when}.`];
  }
  const when = year ? ` en ${year}` : '';
  return [`México quedó en último lugar entre los ${NUMBER.es[n]} principales ${rest}s de Estados Unidos${when}.`];
}

describe('last among the first places', () => {
  it('is the last of them, for each year and today', () => {
    const wrong: string[] = [];
    let judged = 0;
    for (const fact of facts)
      for (const series of fact.series ?? []) {
        const figures = (fact.figures ?? []).filter((f) => f.key === series.key && f.unit === 'rank');
        if (!figures.length) continue;
        for (const lang of ['en', 'es'] as const)
          for (const cue of series.cues[lang].filter((c) => OPENER[lang].test(c) && c.split(' ').length === 3).slice(0, 1))
            for (const year of [...new Set(figures.map((f) => f.period)), null]) {
              const record = year ? figures.filter((f) => f.period === year).map((f) => f.value) : [figures.at(-1)!.value];
              for (let n = 2; n <= 4; n++)
                for (const sentence of said(cue.split(' ').slice(1).join(' '), n, year, lang))
                  for (const check of engine.checkFigures(sentence, lang, new Set([fact.id]))) {
                    if (check.key !== series.key) continue;
                    judged++;
                    if (record.includes(n) ? check.status === 'contradicted' : check.status === 'consistent') wrong.push(`${check.status}: ${sentence}`);
                  }
            }
      }
    expect(judged).toBeGreaterThan(20);
    expect(wrong).toEqual([]);
  });

  it.each([
    ['en', 'Mexico ranks last among the top three U.S. trading partners.', 'outdated'],
    ['en', 'Mexico ranked last among the top three U.S. trading partners in 2016.', 'accurate'],
    ['es', 'México ocupa el último lugar entre los tres principales socios comerciales de EU.', 'outdated'],
    ['es', 'México quedó en último lugar entre los tres principales socios comerciales de Estados Unidos en 2018.', 'accurate'],
    ['en', 'Mexico is among the top three U.S. trading partners.', 'accurate'],
  ] as const)('%s: %s', (lang, text, rating) => {
    expect(engine.classify(text, lang)?.rating).toBe(rating);
  });
});
