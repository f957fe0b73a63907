/**
 * A sweep over every series of the bundled facts whose direction is a flow between the two countries ("us-to-mx",
 * "mx-to-us"): the number said with the series' cue and a third country as where the flow comes from ("from China",
 * "desde China") is that country's flow, never borne out by the record ("200 mil armas se contrabandean cada año desde
 * Guatemala" was Accurate by the 200,000 a year from the U.S.). Built from the cues and latest figures, so a new series
 * is swept too.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import type { Lang } from '../../engine/schema';
import { loadData } from '../../scripts/lib/data-files';
import { newestOfEachSeries } from './helpers/sample-facts';

const facts = loadData().facts;
const engine = createEngine(facts);

/** The number as a writer puts it, or null for units the sweep does not write. */
function written(v: number, unit: string, lang: Lang): string | null {
  if (unit === 'percent') return `${v}%`;
  if (unit === 'usd' && v >= 1e9) return lang === 'en' ? `$${Number((v / 1e9).toPrecision(3))} billion` : `${Number((v / 1e9).toPrecision(3))} mil millones de dólares`;
  if (unit === 'people' || unit === 'count') return String(v);
  return null;
}

const FROM = { en: 'from China', es: 'desde China' } as const;

describe('a flow between the two said from a third country', () => {
  it('is never borne out by the record', () => {
    const borneOut: string[] = [];
    let swept = 0;
    for (const { fact, series, latest } of newestOfEachSeries(facts)) {
      if (!/^(us-to-mx|mx-to-us)$/.test(series.direction ?? '')) continue;
      for (const lang of ['en', 'es'] as const) {
        const said = written(latest.value, latest.unit, lang);
        if (!said) continue;
        for (const cue of series.cues[lang].slice(0, 3)) {
          const sentence = `${said} ${cue} ${FROM[lang]} ${lang === 'en' ? 'in' : 'en'} ${latest.period.slice(0, 4)}.`;
          swept++;
          if (engine.checkFigures(sentence, lang, new Set([fact.id])).some((c) => c.key === series.key && c.status === 'consistent')) borneOut.push(sentence);
        }
      }
    }
    expect(swept).toBeGreaterThan(50);
    expect(borneOut).toEqual([]);
  });
});
