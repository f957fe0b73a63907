/**
 * A sweep over every typical claim of the bundled facts: turned round (a country said the other way, "to Mexico" →
 * "from Mexico", "a México" → "desde México") or moved to another month ("enero" → "marzo"), a claim is no longer the
 * one the fact lists, so it must not lend the sentence its rating ("Remittances from Mexico fell in 2025 for the first
 * time in more than a decade" was Accurate; so was "En marzo de 2026 las remesas bajaron 1.4% frente a enero de 2025").
 * Built from the claims, so a new claim is swept too.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import type { Lang } from '../../engine/schema';
import { loadData } from '../../scripts/lib/data-files';

const facts = loadData().facts;
const engine = createEngine(facts);

const TURNS: Record<Lang, [RegExp, string][]> = {
  en: [
    [/\bto Mexico\b/, 'from Mexico'],
    [/\bfrom Mexico\b/, 'to Mexico'],
    [/\bto the (U\.S\.|United States)/, 'from the $1'],
    [/\bJanuary\b/, 'March'],
    [/\bJune\b/, 'September'],
    [/\bJuly\b/, 'October'],
  ],
  es: [
    [/\ba México\b/, 'desde México'],
    [/\bdesde México\b/, 'a México'],
    [/\bvienen de México\b/, 'van a México'],
    [/\benero\b/, 'marzo'],
    [/\bjunio\b/, 'septiembre'],
    [/\bjulio\b/, 'octubre'],
  ],
};

describe('a typical claim turned round or moved to another month', () => {
  it('never lends its rating to the sentence', () => {
    const met: string[] = [];
    let swept = 0;
    for (const fact of facts)
      for (const claim of fact.claims) {
        const own = engine.classify(claim.text);
        if (own?.basis !== 'claim') continue;
        for (const [from, to] of TURNS[claim.lang]) {
          if (!from.test(claim.text)) continue;
          const turned = claim.text.replace(from, to);
          swept++;
          const r = engine.classify(turned);
          if (r?.basis === 'claim' && r.rating === own.rating) met.push(`${r.rating}: ${turned}`);
        }
      }
    expect(swept).toBeGreaterThan(30);
    expect(met).toEqual([]);
  });
});
