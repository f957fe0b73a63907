/**
 * Event years as figure series (issue #12): a year said right after a dated event's own cue is
 * checked against the year the fact's record gives it, and an event with several dated steps
 * (a law passed, then in force; a treaty minute signed, then expiring) holds one series per step,
 * so a year said for one step is never judged against another's. Run on the bundled facts;
 * the sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import { loadData } from '../../scripts/lib/data-files';

const engine = createEngine(loadData().facts);
/** The finding's rating and its one figure check, as "rating key:status". */
const rated = (text: string) => {
  const f = engine.analyze(text)[0];
  return [f?.rating, ...(f?.figures ?? []).map((c) => `${c.key}:${c.status}`)].join(' ');
};

/** [sentence, rating, series key, status] */
type Case = [string, string, string, 'consistent' | 'contradicted'];

const OWN_EVENT: Record<'en' | 'es', Case[]> = {
  en: [
    ['Washington designated the cartels as foreign terrorist organizations in 2025.', 'accurate', 'cartels-fto-designation-year', 'consistent'],
    ['Washington designated the cartels as foreign terrorist organizations in 2023.', 'false', 'cartels-fto-designation-year', 'contradicted'],
    ['The Supreme Court ruled against Mexico in 2024 in its lawsuit against gunmakers.', 'false', 'supreme-court-gun-ruling-year', 'contradicted'],
    ['Minute 323 expires in 2026.', 'accurate', 'minute-323-end-year', 'consistent'],
  ],
  es: [
    ['El impuesto a las remesas entró en vigor en 2026.', 'accurate', 'remittance-tax-in-force-year', 'consistent'],
    ['El impuesto a las remesas entró en vigor en 2024.', 'false', 'remittance-tax-in-force-year', 'contradicted'],
    ['El Acta 319 se firmó en 2012.', 'accurate', 'minute-319-signed-year', 'consistent'],
  ],
};

/** Steps of one event said with their own years: each meets its own series. */
const STEPS: Case[] = [
  ['The remittance tax was signed into law in 2025.', 'accurate', 'remittance-tax-enacted-year', 'consistent'],
  ['El impuesto a las remesas se aprobó en 2025.', 'accurate', 'remittance-tax-enacted-year', 'consistent'],
  ['El Acta 323 entró en vigor en 2017.', 'accurate', 'minute-323-in-force-year', 'consistent'],
  ['El Acta 323 vence en 2026.', 'accurate', 'minute-323-end-year', 'consistent'],
];

/** A year that is part of a name ("the 2026 World Cup") is no event's year: the year said after the name is. */
const NAMED: Case[] = [
  ['The 2026 World Cup was awarded in 2018.', 'accurate', 'world-cup-2026-award-year', 'consistent'],
  ['El Mundial de 2026 fue otorgado en 2017.', 'false', 'world-cup-2026-award-year', 'contradicted'],
];

const checks = (cases: Case[]) => () => {
  for (const [sentence, rating, key, status] of cases) expect(rated(sentence), sentence).toBe(`${rating} ${key}:${status}`);
};

describe('an event year', () => {
  it('is checked against its own event, in English', checks(OWN_EVENT.en));
  it('is checked against its own event, in Spanish', checks(OWN_EVENT.es));
  it('of one step is not judged against another step of the same event', checks(STEPS));
  it('is read past a year that is part of a name', checks(NAMED));
  it('of another tournament is not judged against the 2026 award', () => {
    expect(rated('The FIFA Congress awarded the 1986 World Cup to Mexico in 1983.')).not.toMatch(/false|world-cup-2026-award-year/);
  });
  it("inside its cue, said of another step, is not the event's year", () => {
    // The cue's words stand on both sides of the year ("NAFTA, signed in 1992, took effect …"): the year is an aside's.
    for (const sentence of ['NAFTA, signed in 1992, took effect two years later.', 'El TLCAN, firmado en 1992, entró en vigor dos años después.'])
      expect(rated(sentence), sentence).not.toMatch(/false|nafta-in-force-year/);
    expect(rated('NAFTA took effect in January 1994.')).toBe('accurate nafta-in-force-year:consistent');
  });
  it("after a break that ends its cue is an aside's, not the event's", () => {
    // "The USMCA replaced NAFTA, signed in 2018": the year is the signing's (a date's own comma, "July 1, 2020", is no break).
    for (const sentence of ['The USMCA replaced NAFTA, signed in 2018.', 'El T-MEC sustituyó al TLCAN, firmado en 2018.']) expect(rated(sentence), sentence).not.toMatch(/false|usmca-in-force-year/);
    expect(rated('USMCA took effect on July 1, 2020.')).toBe('accurate usmca-in-force-year:consistent');
  });
  it('said beside another year does not meet a typical claim dated with it', () => {
    // 'The USMCA went into effect in 2018' (false): here 2018 is the signing's year, 2020 the one in force.
    for (const sentence of ['USMCA, signed in 2018, went into effect in 2020.', 'El T-MEC se firmó en 2018 y entró en vigor en 2020.']) expect(rated(sentence), sentence).not.toMatch(/false/);
    expect(rated('El T-MEC entró en vigor en 2018.')).toMatch(/^false/);
  });

  it('given another year than its record, does not meet an undated typical claim of it', () => {
    // 'The US has officially labeled Mexican cartels as terrorist organizations' (accurate) is of 2025's designation.
    for (const sentence of ['The US officially labeled Mexican cartels as terrorist organizations in 2019.', 'EU declaró terroristas a los cárteles de Sinaloa y Jalisco en 2023.'])
      expect(rated(sentence), sentence).toBe('context');
    expect(rated('The US officially labeled Mexican cartels as terrorist organizations in 2025.')).toBe('accurate');
  });
});
