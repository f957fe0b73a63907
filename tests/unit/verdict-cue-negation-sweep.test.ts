/**
 * A sweep over every series cue of the bundled facts that holds a negation word with no stem of its own ("have no
 * confidence in Trump", "no confían en Trump", "mexicanos sin papeles"): said without its negation, the cue names the
 * opposite measure, so the record's figure never bears the number out ("Most Mexicans have confidence in Trump's
 * handling of immigration" was Accurate by the 87% who lack it). Built from the cues and latest figures, so a new cue is
 * swept too.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import { VERDICT_WORDS } from '../../engine/knowledge';
import type { Lang } from '../../engine/schema';
import { STOPWORDS } from '../../engine/stopwords';
import { findAll, foldSameLength } from '../../engine/word-lists';
import { loadData } from '../../scripts/lib/data-files';
import { newestOfEachSeries } from './helpers/sample-facts';

const facts = loadData().facts;
const engine = createEngine(facts);

/** The number as a writer puts it, or null for units the sweep does not write. */
function written(v: number, unit: string, lang: Lang): string | null {
  if (unit === 'percent') return `${v}%`;
  if (unit === 'people' || unit === 'count') return v >= 1e6 ? `${Number((v / 1e6).toPrecision(3))} ${lang === 'en' ? 'million' : 'millones'}` : String(v);
  return null;
}

describe("a cue's negation", () => {
  it('left unsaid, never lets the record bear the number out', () => {
    const borneOut: string[] = [];
    let swept = 0;
    for (const { fact, series, latest } of newestOfEachSeries(facts))
      for (const lang of ['en', 'es'] as const) {
        const said = written(latest.value, latest.unit, lang);
        if (!said) continue;
        const negations = VERDICT_WORDS[lang].negation.filter((n) => STOPWORDS.has(n));
        for (const cue of series.cues[lang]) {
          const hits = findAll(foldSameLength(cue).toLowerCase(), negations);
          if (!hits.length) continue;
          const dropped = hits
            .reduceRight((text, h) => text.slice(0, h.at) + text.slice(h.end), cue)
            .replace(/\s+/g, ' ')
            .trim();
          for (const sentence of [`${said} ${dropped} ${lang === 'en' ? 'in' : 'en'} ${latest.period.slice(0, 4)}.`, `${dropped}: ${said}.`]) {
            swept++;
            if (engine.checkFigures(sentence, lang, new Set([fact.id])).some((c) => c.key === series.key && c.status === 'consistent')) borneOut.push(sentence);
          }
        }
      }
    expect(swept).toBeGreaterThan(20);
    expect(borneOut).toEqual([]);
  });
});
