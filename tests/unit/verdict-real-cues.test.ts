/**
 * Cue phrases as news and agency pages word each measure (issue #12): a number bound only when its
 * clause names the measure, so the wordings real writers use beside a figure are cues of their series.
 * Run on the bundled facts; the sentences are written for the test, in the pages' manner.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import { loadData } from '../../scripts/lib/data-files';

const engine = createEngine(loadData().facts);
const judged = (text: string) => {
  const f = engine.classify(text);
  return f ? `${f.figure?.key ?? '-'}:${f.rating}` : 'none';
};

describe('trade flows as the pages word them', () => {
  it("reads Mexico's exports to the U.S. as U.S. imports from Mexico, not as Mexico's exports to the world", () => {
    expect(judged('Mexican exports to the U.S. reached a record $534.9 billion in 2025.')).toBe('us-goods-imports-from-mexico:accurate');
    expect(judged('México exportó a Estados Unidos un récord de 534,900 millones de dólares en 2025.')).toBe('us-goods-imports-from-mexico:accurate');
    expect(judged('Las importaciones de Estados Unidos procedentes de México llegaron a 505,851 millones de dólares en 2024.')).toBe('us-goods-imports-from-mexico:accurate');
  });

  it("reads Mexico's trade with the U.S. as two-way trade, and Mexico's surplus as the U.S. deficit", () => {
    expect(judged("Mexico's trade with the United States totaled $839.9 billion in 2024.")).toBe('goods-trade-per-year:accurate');
    expect(judged('El saldo comercial a favor de México con EE.UU. llegó a 196,913 millones de dólares en 2025.')).toBe('us-goods-deficit-with-mexico:accurate');
  });

  it('leaves a sibling flow’s figure unconfirmed', () => {
    expect(judged('Mexican exports to the U.S. reached $334 billion in 2024.')).not.toMatch(/accurate/);
    expect(judged("Mexico's trade with the United States totaled $505.9 billion in 2024.")).not.toMatch(/accurate/);
  });
});

describe('remittances and homicides as the pages word them', () => {
  it('binds the flow sent home and the killings counted in the country', () => {
    expect(judged('Money sent home by Mexicans working abroad totaled $64.7 billion in 2024.')).toBe('remittances-per-year:accurate');
    expect(judged('En 2023 hubo 32,252 asesinatos en el país, de acuerdo con el Inegi.')).toBe('mexico-homicides-inegi:accurate');
  });
});
