/**
 * A condition that opens the sentence ("If …,", "Even if …,", "Assuming …,", "Suppose …", "Si …,", "Aun si …", "Supongamos que …")
 * supposes what it says up to its first break: that is no claim, so its figures, dated events and comparisons earn no verdict.
 * "If the USMCA had its first joint review in July 2026, the relationship would change" was Accurate by the review's date, and
 * "Assuming Mexico earns more from remittances than from oil exports, …" by the comparison. Run on the bundled facts; the
 * sentences are written for the test.
 */
import { describe, expect, it } from 'vitest';
import { loadData } from '../../scripts/lib/data-files';
import { framedClaims } from './helpers/claim-frames';
import { bundled as engine, classifiedRating as rating } from './helpers/bundled';

describe('a condition opening the sentence', () => {
  it.each([
    ['en', 'If the USMCA had its first joint review in July 2026, the relationship would change.'],
    ['en', 'Even if Minute 323 expires at the end of 2026, little would change.'],
    ['en', 'Assuming Mexico earns more from remittances than from oil exports, tariffs would hurt.'],
    ['es', 'Si el Acta 323 vence el 31 de diciembre de 2026, la relación cambiaría.'],
    ['es', 'Aun si el Acta 323 vence el 31 de diciembre de 2026, poco cambiaría.'],
    ['es', 'Supongamos que Estados Unidos designó a seis cárteles mexicanos como organizaciones terroristas extranjeras en 2025.'],
  ] as const)('supposes, asserting nothing (%s): %s', (lang, text) => expect(rating(text, lang)).toBe('context'));

  it.each([
    ['en', 'Minute 323 expires at the end of 2026.'],
    ['es', 'El Acta 323 vence el 31 de diciembre de 2026.'],
    ['en', 'In 2025, remittances to Mexico reached $61.8 billion.'],
  ] as const)('leaves a claim said plainly, or before a condition (%s): %s', (lang, text) => expect(rating(text, lang)).toBe('accurate'));
});

describe('every bundled typical claim, supposed by a condition opening the sentence', () => {
  const facts = loadData().facts;
  const FRAMES = { en: ['If {c}, little would change.', 'Even if {c}, little would change.'], es: ['Si {c}, poco cambiaría.', 'Aun si {c}, poco cambiaría.'] } as const;
  it('earns no verdict from its figures', () => {
    const judged: string[] = [];
    let swept = 0;
    for (const { claim, sentence } of framedClaims(facts, FRAMES)) {
      swept++;
      if (engine.classify(sentence, claim.lang)?.basis === 'figure') judged.push(sentence);
    }
    // About 2,900 sentences when written: a sweep that reads none proves nothing.
    expect(swept).toBeGreaterThan(1500);
    expect(judged).toEqual([]);
  });
});
