/**
 * A time said as before a thing named, not a year ("Before NAFTA, …", "… before the pandemic", "Antes del TLCAN, …", "Antes de que
 * entrara en vigor el T-MEC, …"): a number so said, with no year of its own, is of years the sentence does not name, and a typical
 * claim that tells no such time is not its claim. "Before NAFTA, Mexico was the largest U.S. trading partner" was Accurate by the
 * newest rank, and a sweep saying each series' newest figure "before NAFTA" found some 690 sentences Accurate.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import type { Fact } from '../../engine/schema';
import { loadData } from '../../scripts/lib/data-files';
import { FIRST_PARTNER_FACT, fig, firstPartnerClaims, ratingsOn, series, seriesFact } from './helpers/sample-facts';

const SENT: Fact = seriesFact(
  'sent',
  'remittances',
  [fig('sent-per-year', 36.4e9, '2019', 'usd', 'year'), fig('sent-per-year', 61.8e9, '2025', 'usd', 'year')],
  [series('sent-per-year', 'remittances', 'world-to-mx', 'year', ['remittances to Mexico'], ['remesas a México'])],
  { en: ['remittances'], es: ['remesas'] },
);

describe('a time before a thing named', () => {
  const amount = ratingsOn([SENT]);
  it.each([
    'Before the pandemic, remittances to Mexico reached $61.8 billion a year.',
    'Remittances to Mexico reached $61.8 billion a year before NAFTA.',
    'Prior to the USMCA, remittances to Mexico reached $61.8 billion a year.',
    'Antes de la pandemia, las remesas a México sumaban 61,800 millones de dólares al año.',
    'Antes del TLCAN, las remesas a México sumaban 61,800 millones de dólares al año.',
    'Antes de que entrara en vigor el T-MEC, las remesas a México sumaban 61,800 millones de dólares al año.',
  ])('leaves the newest figure unsaid: %s', (sentence) => expect(amount(sentence)?.rating).toBe('context'));

  it.each([
    'Remittances to Mexico reached $61.8 billion a year in 2025, before the peso strengthened.',
    'Remittances to Mexico reached $61.8 billion a year.',
    'En 2025, antes de la caída del dólar, las remesas a México sumaron 61,800 millones de dólares.',
  ])('keeps a number with its own year, or said plainly: %s', (sentence) => expect(amount(sentence)?.rating).toBe('accurate'));

  it('meets no position of today', () => {
    const rank = ratingsOn([FIRST_PARTNER_FACT]);
    expect(rank('Before NAFTA, Mexico was the largest trading partner of the United States.')?.rating).toBe('context');
    expect(rank('Antes del TLCAN, México era el principal socio comercial de Estados Unidos.')?.rating).toBe('context');
    const claims = ratingsOn([firstPartnerClaims('Mexico is the largest trading partner of the United States', 'México es el principal socio comercial de Estados Unidos')]);
    expect(claims('Before NAFTA, Mexico was the largest trading partner of the United States.')?.rating).toBe('context');
    expect(claims('Antes del TLCAN, México era el principal socio comercial de Estados Unidos.')?.rating).toBe('context');
    expect(claims('Mexico is the largest trading partner of the United States.')?.rating).toBe('accurate');
  });
});

describe('every bundled yearly series, its newest figure said before a thing named', () => {
  const facts = loadData().facts;
  const engine = createEngine(facts);
  const BEFORE = { en: ['Before NAFTA, ', 'Before the pandemic, '], es: ['Antes del TLCAN, ', 'Antes de la pandemia, '] } as const;
  it('is never borne out by the newest record', () => {
    const wrong: string[] = [];
    let swept = 0;
    for (const fact of facts)
      for (const s of fact.series ?? []) {
        const latest = (fact.figures ?? []).filter((f) => f.key === s.key && f.unit === 'usd' && f.per === 'year').at(-1);
        if (s.period !== 'year' || !latest || Number(latest.period) < 2021) continue;
        const billions = (latest.value / 1e9).toFixed(1);
        for (const lang of ['en', 'es'] as const)
          for (const cue of s.cues[lang].slice(0, 3))
            for (const before of BEFORE[lang]) {
              const sentence = lang === 'en' ? `${before}${cue} reached $${billions} billion a year.` : `${before}${cue} sumaban ${billions} mil millones de dólares al año.`;
              swept++;
              if (engine.classify(sentence, lang)?.rating === 'accurate') wrong.push(sentence);
            }
      }
    // About 270 sentences when written: a sweep that reads none proves nothing.
    expect(swept).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
  });
});
