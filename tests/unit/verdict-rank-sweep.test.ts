/**
 * A sweep over every rank series of the bundled facts: each year it records and the newest, with ranks one to four
 * said in several forms ("the second-largest …", "number three …", "el tercer mayor …", "… número dos"), in each
 * language. The record's rank is never contradicted; another rank is never borne out. The sentences are built from
 * each series' own cues that open with "largest/biggest/top" or "mayor/principal/primer", so a new series is swept too.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import type { Lang } from '../../engine/schema';
import { loadData } from '../../scripts/lib/data-files';

const facts = loadData().facts;
const engine = createEngine(facts);
const ORDINAL = { en: ['', 'second', 'third', 'fourth'], es: ['', 'segundo', 'tercer', 'cuarto'] };
const NUMBER = { en: ['one', 'two', 'three', 'four'], es: ['uno', 'dos', 'tres', 'cuatro'] };
const OPENER = { en: /^(largest|biggest|top) /, es: /^(mayor|principal|primer) / };

/** A rank said of Mexico in a few forms, for a year or (null) as today. */
function said(cue: string, rank: number, year: string | null, lang: Lang): string[] {
  const [first, ...restWords] = cue.split(' ');
  const rest = restWords.join(' ');
  const ordinal = ORDINAL[lang][rank - 1]!;
  if (lang === 'en') {
    const when = year ? ` in ${year}` : '';
    return [`Mexico was the ${ordinal ? `${ordinal}-` : ''}${first} ${rest} of the United States${when}.`, `Mexico was the United States' number ${NUMBER.en[rank - 1]} ${rest}${when}.`];
  }
  const when = year ? ` en ${year}` : '';
  const ranked = rank === 1 ? `México fue el ${cue} de Estados Unidos${when}.` : `México fue el ${ordinal} ${first === 'mayor' ? 'mayor ' : ''}${rest} de Estados Unidos${when}.`;
  return [ranked, `México fue el ${rest} número ${NUMBER.es[rank - 1]} de Estados Unidos${when}.`];
}

describe('the rank judge over every rank series', () => {
  it('bears out the record rank and no other, for each year and today', () => {
    const wrong: string[] = [];
    let swept = 0;
    let judged = 0;
    for (const fact of facts)
      for (const series of fact.series ?? []) {
        const figures = (fact.figures ?? []).filter((f) => f.key === series.key && f.unit === 'rank');
        if (!figures.length) continue;
        const ids = new Set([fact.id]);
        for (const lang of ['en', 'es'] as const)
          for (const cue of series.cues[lang].filter((c) => OPENER[lang].test(c)).slice(0, 2))
            for (const year of [...new Set(figures.map((f) => f.period)), null]) {
              const record = year ? figures.filter((f) => f.period === year).map((f) => f.value) : [figures.at(-1)!.value];
              for (let rank = 1; rank <= 4; rank++)
                for (const sentence of said(cue, rank, year, lang)) {
                  swept++;
                  const right = record.includes(rank);
                  for (const check of engine.checkFigures(sentence, lang, ids)) {
                    if (check.key !== series.key) continue;
                    judged++;
                    if (right ? check.status !== 'consistent' : check.status === 'consistent') wrong.push(`${check.status}: ${sentence}`);
                  }
                }
            }
      }
    expect(swept).toBeGreaterThan(300);
    // Most sentences are judged at all (608 swept, 442 judged when written): a sweep that judges nothing proves nothing.
    expect(judged).toBeGreaterThan(swept / 2);
    expect(wrong).toEqual([]);
  });
});
