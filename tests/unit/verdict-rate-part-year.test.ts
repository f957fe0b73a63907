/**
 * An amount said per month or per week ("$29.6 billion a month", "29,600 millones de dólares al mes") is each month's or
 * week's, never a total over part of a year: "Remittances to Mexico in the first half of 2025 reached $29.6 billion a month"
 * was Accurate against the first half's total, the rate's "month" read as the part of the year its cue names ("first six months").
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import type { Fact } from '../../engine/schema';
import { loadData } from '../../scripts/lib/data-files';
import { fig, ratingsOn, series, seriesFact } from './helpers/sample-facts';

const FACTS: Fact[] = [
  seriesFact(
    'sent-home-first-half',
    'remittances',
    [fig('sent-home-first-half', 29.6e9, '2025-06', 'usd')],
    [
      series(
        'sent-home-first-half',
        'remittances',
        'world-to-mx',
        'part-year',
        ['remittances in the first half', 'remittances in the first six months'],
        ['remesas en el primer semestre', 'remesas en los primeros seis meses'],
      ),
    ],
    { en: ['remittances'], es: ['remesas'] },
  ),
];
const verdict = ratingsOn(FACTS);

describe('an amount said per month or per week', () => {
  it.each([
    'Remittances in the first half of 2025 reached $29.6 billion a month.',
    'Remittances in the first six months of 2025 came to $29.6 billion each month.',
    // Spanish reads its month of a rate ("mes") apart from the cue's months ("meses"): kept so.
    'Las remesas en el primer semestre de 2025 sumaron 29,600 millones de dólares al mes.',
    'Las remesas en los primeros seis meses de 2025 sumaron 29,600 millones de dólares cada mes.',
  ])('is no total of part of the year: %s', (sentence) => expect(verdict(sentence)?.rating).toBe('context'));

  it.each([
    'Remittances in the first half of 2025 reached $29.6 billion.',
    'Remittances in the first six months of 2025 reached $29.6 billion.',
    'Las remesas en el primer semestre de 2025 sumaron 29,600 millones de dólares.',
  ])('leaves the total said as one: %s', (sentence) => expect(verdict(sentence)?.rating).toBe('accurate'));
});

describe('every bundled total of part of a year, said per month or per week', () => {
  const facts = loadData().facts;
  const engine = createEngine(facts);
  const RATES = { en: ['a month', 'every month', 'each week'], es: ['al mes', 'cada mes', 'a la semana'] } as const;
  it('is never borne out', () => {
    const wrong: string[] = [];
    let swept = 0;
    for (const fact of facts)
      for (const s of fact.series ?? []) {
        const latest = (fact.figures ?? []).filter((f) => f.key === s.key && f.unit === 'usd').at(-1);
        if (s.period !== 'part-year' || !latest) continue;
        const billions = (latest.value / 1e9).toFixed(1);
        for (const lang of ['en', 'es'] as const)
          for (const cue of s.cues[lang])
            for (const rate of RATES[lang]) {
              const sentence = lang === 'en' ? `${cue} reached $${billions} billion ${rate}.` : `${cue} sumaron ${billions} mil millones de dólares ${rate}.`;
              swept++;
              if (engine.classify(sentence, lang)?.rating === 'accurate') wrong.push(sentence);
            }
      }
    // About 300 sentences when written: a sweep that reads none proves nothing.
    expect(swept).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
  });
});
