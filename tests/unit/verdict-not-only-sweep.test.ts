/**
 * A sweep over the bundled typical claims that restrict ("only", "just", "solo"): the same claim with its restricting
 * word denied ("not only", "no solo") says the opposite, and never earns the claim's rating through it. Built from the
 * claims themselves, so a new claim is swept too.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import { loadData } from '../../scripts/lib/data-files';

const facts = loadData().facts;
const engine = createEngine(facts);
const DENIED = { en: [/\b(only|just)\b/, 'not $1'], es: [/\b(solo|sólo)\b/, 'no $1'] } as const;

describe('a restricting claim denied', () => {
  it('never earns the claim’s rating', () => {
    const met: string[] = [];
    let swept = 0;
    for (const fact of facts)
      for (const claim of fact.claims) {
        const [word, denial] = DENIED[claim.lang];
        if (!word.test(claim.text) || /\b(not|no)\s+(only|just|solo|sólo)\b/i.test(claim.text)) continue;
        const sentence = claim.text.replace(word, denial).replace(/\.?$/, '.');
        swept++;
        if (engine.analyze(sentence, { lang: claim.lang }).some((f) => f.basis === 'claim' && f.factId === fact.id && f.rating === claim.rating)) met.push(sentence);
      }
    expect(swept).toBeGreaterThan(30);
    expect(met).toEqual([]);
  });
});
