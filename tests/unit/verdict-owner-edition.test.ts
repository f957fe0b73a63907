/**
 * Two ways a sentence names another thing than the record, though its words and numbers agree. A body said with another
 * owner ("the Mexican Supreme Court", "la Suprema Corte de México") is another body than the one a claim or its fact's
 * statement names ("the U.S. Supreme Court"): it does not meet the claim. An event's edition said by its year ("the 2018
 * World Cup", "el Mundial de 2010") that the record never tells is another edition: its figures do not settle it.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../engine/schema';
import { loadData } from '../../scripts/lib/data-files';
import { claimFact, ratingsOn, SAMPLE_FACTS } from './helpers/sample-facts';

const RULING: Fact = {
  ...claimFact('ruling', 'guns-trafficking', { en: ['lawsuit', 'gunmakers'], es: ['demanda', 'armeras'] }, [
    { text: "The Supreme Court rejected Mexico's lawsuit against U.S. gunmakers", lang: 'en', rating: 'accurate' },
    { text: 'La Suprema Corte rechazó la demanda de México contra las armeras de EU', lang: 'es', rating: 'accurate' },
  ]),
  statement: {
    en: "The U.S. Supreme Court ruled that a federal law bars Mexico's lawsuit against U.S. gunmakers.",
    es: 'La Suprema Corte de Estados Unidos resolvió que una ley federal impide la demanda de México contra las armeras de EU.',
  },
};

const verdict = ratingsOn([RULING, ...SAMPLE_FACTS]);
const bundled = ratingsOn(loadData().facts);

describe('a body said with its owner', () => {
  it('meets the claim where the owner is the one the claim or its statement names, or none is said', () => {
    for (const sentence of [
      "The U.S. Supreme Court rejected Mexico's lawsuit against U.S. gunmakers.",
      "The Supreme Court rejected Mexico's lawsuit against U.S. gunmakers.",
      'La Suprema Corte de Estados Unidos rechazó la demanda de México contra las armeras de EU.',
      'La Suprema Corte rechazó la demanda de México contra las armeras de EU.',
    ])
      expect(verdict(sentence)?.rating, sentence).toBe('accurate');
  });
  it('does not meet it where another owner is said', () => {
    for (const sentence of [
      "Mexico's Supreme Court rejected Mexico's lawsuit against U.S. gunmakers.",
      "The Mexican Supreme Court rejected Mexico's lawsuit against U.S. gunmakers.",
      'La Suprema Corte de México rechazó la demanda de México contra las armeras de EU.',
    ])
      expect.soft(verdict(sentence)?.rating ?? 'none', sentence).not.toBe('accurate');
  });
});

describe("an event's edition said by its year (bundled facts: the Azteca's matches of the 2026 World Cup)", () => {
  it('is settled by the record that tells that year', () => {
    expect(bundled('During the 2026 World Cup, the Azteca will host five matches.')?.rating).toBe('accurate');
    expect(bundled('En el Mundial 2026, el Azteca albergará cinco partidos.')?.rating).toBe('accurate');
  });
  it('is another edition where the record never tells that year', () => {
    for (const sentence of ['During the 2018 World Cup, the Azteca hosted five matches.', 'En el Mundial de 2010, el Azteca albergó cinco partidos.'])
      expect.soft(bundled(sentence)?.rating ?? 'none', sentence).not.toBe('accurate');
  });
});

describe("a dated body said with another owner than its record's (bundled facts: the U.S. Supreme Court's 2025 ruling)", () => {
  it("is dated where the owner is the record's", () => {
    for (const sentence of [
      "On June 5, 2025, the U.S. Supreme Court rejected Mexico's lawsuit against American gunmakers.",
      'El 5 de junio de 2025, la Suprema Corte de Estados Unidos rechazó la demanda de México contra las armeras estadounidenses.',
    ])
      expect(bundled(sentence)?.rating, sentence).toBe('accurate');
  });
  it('is another body wherever its owner stands, so its date settles nothing', () => {
    for (const sentence of [
      "On June 5, 2025, the Supreme Court of Mexico rejected Mexico's lawsuit against American gunmakers.",
      'El 5 de junio de 2025, la Suprema Corte mexicana rechazó la demanda de México contra las armeras estadounidenses.',
      'El 5 de junio de 2025, la Corte Suprema de México rechazó la demanda de México contra las armeras estadounidenses.',
    ])
      expect.soft(bundled(sentence)?.rating ?? 'none', sentence).not.toBe('accurate');
  });
});
