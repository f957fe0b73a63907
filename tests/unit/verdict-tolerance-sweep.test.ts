/**
 * A sweep over every figure series of the bundled facts: a claim stating half or double the record, as it is or
 * with a hedge (about, nearly, more than, less than; alrededor de, casi, más de, menos de), in each language, is
 * never borne out by it. The sentences are built from each series' own first cue, so a new series is swept too.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import type { Lang } from '../../engine/schema';
import { loadData } from '../../scripts/lib/data-files';

const facts = loadData().facts;
const engine = createEngine(facts);
const two = (x: number) => Number(x.toPrecision(2));

/** The number as a writer puts it, or null for units the sweep does not write (ranks, years, areas). */
function written(v: number, unit: string, lang: Lang): string | null {
  const en = lang === 'en';
  if (unit === 'usd') {
    if (v >= 1e9) return en ? `$${two(v / 1e9)} billion` : `${two(v / 1e9)} mil millones de dólares`;
    return v >= 1e6 ? (en ? `$${two(v / 1e6)} million` : `${two(v / 1e6)} millones de dólares`) : null;
  }
  if (unit === 'percent') return `${two(v)}%`;
  if (unit === 'people' || unit === 'count') return v >= 1e6 ? `${two(v / 1e6)} ${en ? 'million' : 'millones'}` : String(Math.round(two(v)));
  return null;
}

/** A hedge in each language, and whether a claim of `ratio` times the record is wrong said with it. */
const HEDGES: { en: string; es: string; wrong: (ratio: number) => boolean }[] = [
  { en: '', es: '', wrong: () => true },
  { en: 'about ', es: 'alrededor de ', wrong: () => true },
  { en: 'nearly ', es: 'casi ', wrong: () => true },
  { en: 'more than ', es: 'más de ', wrong: (ratio) => ratio > 1 },
  { en: 'less than ', es: 'menos de ', wrong: (ratio) => ratio < 1 },
];

describe('the figure judge over every series', () => {
  it('never bears out half or double the record, however it is hedged', () => {
    const borneOut: string[] = [];
    let swept = 0;
    for (const fact of facts)
      for (const series of fact.series ?? []) {
        const figures = (fact.figures ?? []).filter((f) => f.key === series.key);
        const latest = figures.at(-1);
        if (!latest) continue;
        const year = latest.period.slice(0, 4);
        for (const lang of ['en', 'es'] as const) {
          const cue = series.cues[lang][0];
          if (!cue) continue;
          for (const ratio of [0.5, 2]) {
            // A series that once stood there (a tariff of 25% in March, 50% from June) may bear it out.
            if (figures.some((f) => Math.abs(f.value - latest.value * ratio) <= 0.25 * Math.abs(f.value))) continue;
            const said = written(latest.value * ratio, latest.unit, lang);
            if (!said) continue;
            for (const hedge of HEDGES) {
              if (!hedge.wrong(ratio)) continue;
              const sentence = `${cue}: ${hedge[lang]}${said} ${lang === 'en' ? 'in' : 'en'} ${year}.`;
              swept++;
              const checks = engine.checkFigures(sentence, lang, new Set([fact.id]));
              if (checks.some((c) => c.key === series.key && c.status === 'consistent')) borneOut.push(sentence);
            }
          }
        }
      }
    expect(swept).toBeGreaterThan(1000);
    expect(borneOut).toEqual([]);
  });

  it("never bears out a sibling series' figure said with another series' words", () => {
    // Each series' first cues with the latest figure of another series of its topic and unit, far from its own.
    const entries = facts.flatMap((fact) => (fact.series ?? []).map((series) => ({ fact, series, latest: (fact.figures ?? []).filter((f) => f.key === series.key).at(-1) })));
    const all = new Set(facts.map((f) => f.id));
    const borneOut: string[] = [];
    let swept = 0;
    for (const a of entries)
      for (const b of entries) {
        if (a === b || !a.latest || !b.latest || a.fact.topic !== b.fact.topic || a.latest.unit !== b.latest.unit) continue;
        const ratio = b.latest.value / a.latest.value;
        if (ratio > 0.7 && ratio < 1.4) continue;
        for (const lang of ['en', 'es'] as const) {
          const said = written(b.latest.value, b.latest.unit, lang);
          for (const cue of said ? a.series.cues[lang].slice(0, 3) : []) {
            const sentence = `${cue}: ${said} ${lang === 'en' ? 'in' : 'en'} ${a.latest.period.slice(0, 4)}.`;
            swept++;
            if (engine.checkFigures(sentence, lang, all).some((c) => c.key !== a.series.key && c.status === 'consistent')) borneOut.push(sentence);
          }
        }
      }
    expect(swept).toBeGreaterThan(1000);
    expect(borneOut).toEqual([]);
  });
});
