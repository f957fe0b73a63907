/**
 * A sweep over every figure series of the bundled facts: a part of the whole ("Among Democrats", "In Texas",
 * "Entre los demócratas", "En Texas") said at the head of the number's clause, however far before the number,
 * makes the record's own figure no proof: the number is the part's. The sentences are built from each series' own
 * first cues and latest figure, so a new series is swept too.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import type { Lang } from '../../engine/schema';
import { loadData } from '../../scripts/lib/data-files';
import { foldSameLength } from '../../engine/word-lists';
import { newestOfEachSeries } from './helpers/sample-facts';

const facts = loadData().facts;
const engine = createEngine(facts);
const two = (x: number) => Number(x.toPrecision(3));

/** The number as a writer puts it, or null for units the sweep does not write (ranks, years, areas). */
function written(v: number, unit: string, lang: Lang): string | null {
  const en = lang === 'en';
  if (unit === 'usd') return v >= 1e9 ? (en ? `$${two(v / 1e9)} billion` : `${two(v / 1e9)} mil millones de dólares`) : null;
  if (unit === 'percent') return `${two(v)}%`;
  if (unit === 'people' || unit === 'count') return v >= 1e6 ? `${two(v / 1e6)} ${en ? 'million' : 'millones'}` : null;
  return null;
}

/** A part at the head of the clause, a long aside, then the series' cue and its number. */
const PARTS: Record<Lang, { part: string; head: string; aside: string; verb: string }[]> = {
  en: [
    { part: 'democrats', head: 'Among Democrats', aside: 'surveyed in a national poll published this summer by researchers', verb: 'reached' },
    { part: 'texas', head: 'In Texas', aside: 'according to the latest figures released by the federal government this week', verb: 'reached' },
  ],
  es: [
    { part: 'democratas', head: 'Entre los demócratas', aside: 'encuestados en un sondeo nacional publicado este verano por investigadores', verb: 'llegó a' },
    { part: 'texas', head: 'En Texas', aside: 'según las cifras más recientes publicadas esta semana por el gobierno federal', verb: 'llegó a' },
  ],
};

describe('a part said far before a number', () => {
  it("never bears the whole's figure out", () => {
    const borneOut: string[] = [];
    let swept = 0;
    for (const { fact, series, latest } of newestOfEachSeries(facts)) {
      for (const lang of ['en', 'es'] as const) {
        const said = written(latest.value, latest.unit, lang);
        if (!said) continue;
        for (const cue of series.cues[lang].slice(0, 2))
          for (const { part, head, aside, verb } of PARTS[lang]) {
            if (series.cues[lang].some((c) => foldSameLength(c).toLowerCase().includes(part))) continue;
            const sentence = `${head}, ${aside}, ${cue} ${verb} ${said} ${lang === 'en' ? 'in' : 'en'} ${latest.period.slice(0, 4)}.`;
            swept++;
            if (engine.checkFigures(sentence, lang, new Set([fact.id])).some((c) => c.key === series.key && c.status === 'consistent')) borneOut.push(sentence);
          }
      }
    }
    expect(swept).toBeGreaterThan(500);
    expect(borneOut).toEqual([]);
  });
});
