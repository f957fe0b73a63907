/**
 * A sweep over every yearly amount series of the bundled facts: each value the record holds, said with words of time
 * around each year it records ("after 2020", "up to 2020", "in the 2020s", "in the early 2020s", "después de 2020",
 * "a partir de 2020", "en los años 2020", "a finales de los 2020"), in each language. A careful reader's answer is
 * known from the record: the value held in some year of the time said, or in none. No sentence is judged against it:
 * never False or Outdated when a year of that time holds the value, never Accurate when none does. Built from each
 * series' first cue and its own figures, so a new series is swept too.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import type { Lang } from '../../engine/schema';
import { loadData } from '../../scripts/lib/data-files';

const facts = loadData().facts;
const engine = createEngine(facts);

/** An amount of dollars as a writer would say it, or null for what this sweep leaves out. */
function said(value: number, lang: Lang): string | null {
  if (value < 1e9) return null;
  const billions = (value / 1e9).toFixed(1);
  return lang === 'en' ? `$${billions} billion` : `${billions.replace('.', ',')} mil millones de dólares`;
}

/** Words of time around a year, with the years they admit. */
function times(year: number, lang: Lang): [string, (y: number) => boolean][] {
  const decade = Math.floor(year / 10) * 10;
  const inDecade = (y: number) => y >= decade && y <= decade + 9;
  if (lang === 'en')
    return [
      [`After ${year}`, (y) => y > year],
      [`Up to ${year}`, (y) => y <= year],
      [`In the ${decade}s`, inDecade],
      [`In the early ${decade}s`, (y) => y >= decade && y <= decade + 3],
      [`In the late ${decade}s`, (y) => y >= decade + 7 && y <= decade + 9],
    ];
  return [
    [`Después de ${year}`, (y) => y > year],
    [`A partir de ${year}`, (y) => y >= year],
    [`En los años ${decade}`, inDecade],
    [`En la década de ${decade}`, inDecade],
    [`A finales de los ${decade}`, (y) => y >= decade + 7 && y <= decade + 9],
  ];
}

describe('words of time around a year, over every yearly amount series', () => {
  it('never judge a value against a year the time said leaves out', () => {
    const wrong: string[] = [];
    let swept = 0;
    for (const fact of facts)
      for (const series of fact.series ?? []) {
        const figures = (fact.figures ?? []).filter((f) => f.key === series.key && f.unit === 'usd' && /^\d{4}$/.test(f.period));
        if (figures.length < 3) continue;
        const byYear = figures.map((f) => [Number(f.period), f.value] as const);
        for (const lang of ['en', 'es'] as const) {
          const cue = series.cues[lang][0]!;
          for (const figure of [figures[0]!, figures.at(-1)!]) {
            const amount = said(figure.value, lang);
            if (!amount) continue;
            for (const [year] of byYear)
              for (const [time, admits] of times(year, lang)) {
                const sentence = lang === 'en' ? `${time}, ${cue} reached ${amount}.` : `${time}, las ${cue} alcanzaron ${amount}.`;
                swept++;
                const held = byYear.some(([y, v]) => admits(y) && Math.abs(v - figure.value) / v < 0.01);
                const rating = engine.classify(sentence, lang)?.rating;
                if (held ? rating === 'false' || rating === 'outdated' : rating === 'accurate') wrong.push(`${rating}: ${sentence}`);
              }
          }
        }
      }
    // About 1,220 sentences when written: a sweep that reads none proves nothing.
    expect(swept).toBeGreaterThan(500);
    expect(wrong).toEqual([]);
  });
});
