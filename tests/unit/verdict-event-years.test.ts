/**
 * Event years as figure series (issue #12): a year said right after a dated event's own cue is
 * checked against the year the fact's record gives it, and an event with several dated steps
 * (a law passed, then in force; a treaty minute signed, then expiring) holds one series per step,
 * so a year said for one step is never judged against another's. Run on the bundled facts;
 * the sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import { VERDICT_WORDS } from '../../engine/knowledge';
import { seriesEntries } from '../../engine/measure-cues';
import { MeasureIndex } from '../../engine/measures';
import { yearQuantities } from '../../engine/stated-period';
import { figureSentence } from '../../engine/summary';
import { loadData } from '../../scripts/lib/data-files';

const { facts } = loadData();
const engine = createEngine(facts);
const measures = new MeasureIndex(seriesEntries(facts, VERDICT_WORDS), VERDICT_WORDS);
/** The series each year of a sentence is bound to. */
const boundYears = (text: string, lang: 'en' | 'es') => measures.bind(text, lang, yearQuantities(text, VERDICT_WORDS[lang].yearNames), () => true).map((b) => b.entry.series.key);
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
    // A day written as an ordinal before the date's comma ("July 1st, 2020"): the comma is the date's, no break.
    ['USMCA took effect on July 1st, 2020.', 'accurate', 'usmca-in-force-year', 'consistent'],
    ['USMCA took effect on July 2nd, 2020.', 'false', 'usmca-in-force-year', 'contradicted'],
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

/** A month, and a day, said with the year: checked as far as the record dates the event, no further. */
const DATED: Record<'en' | 'es', Case[]> = {
  en: [
    ['USMCA entered into force in January 2020.', 'false', 'usmca-in-force-year', 'contradicted'],
    ['USMCA took effect on July 2, 2020.', 'false', 'usmca-in-force-year', 'contradicted'],
    // "May" is a month, not a word joining one to its year.
    ['USMCA took effect in May 2020.', 'false', 'usmca-in-force-year', 'contradicted'],
    ['The remittance tax took effect on Jan. 1, 2026.', 'accurate', 'remittance-tax-in-force-year', 'consistent'],
    ['The remittance tax took effect in March 2026.', 'false', 'remittance-tax-in-force-year', 'contradicted'],
    // The record dates Minute 323 to its month only (signed on the 21st, in force on the 27th): any September day is borne out.
    ['Minute 323 was signed on Sept. 21, 2017.', 'accurate', 'minute-323-in-force-year', 'consistent'],
    // The record gives the designation's year only: a month said with it is not checked.
    ['Washington designated the cartels as foreign terrorist organizations in January 2025.', 'accurate', 'cartels-fto-designation-year', 'consistent'],
  ],
  es: [
    ['El T-MEC entró en vigor en marzo de 2020.', 'false', 'usmca-in-force-year', 'contradicted'],
    ['El T-MEC entró en vigor el 1 de julio de 2020.', 'accurate', 'usmca-in-force-year', 'consistent'],
    ['El Acta 319 se firmó el 20 de noviembre de 2012.', 'accurate', 'minute-319-signed-year', 'consistent'],
    ['El Acta 319 se firmó en diciembre de 2012.', 'false', 'minute-319-signed-year', 'contradicted'],
    ['El Acta 323 entró en vigor el 27 de septiembre de 2017.', 'accurate', 'minute-323-in-force-year', 'consistent'],
  ],
};

/** An event's verb in other words than its cue's ("came into effect" for "took effect", "cobró vigencia" for "entró en vigor"): the packs' classes. */
const REPHRASED: Record<'en' | 'es', Case[]> = {
  en: [
    ['USMCA came into effect in 2020.', 'accurate', 'usmca-in-force-year', 'consistent'],
    ['NAFTA went into force in 1992.', 'false', 'nafta-in-force-year', 'contradicted'],
    ['Minute 323 went into effect in 2017.', 'accurate', 'minute-323-in-force-year', 'consistent'],
  ],
  es: [
    ['El T-MEC inició su vigencia en 2020.', 'accurate', 'usmca-in-force-year', 'consistent'],
    ['El impuesto a las remesas cobró vigencia en 2025.', 'false', 'remittance-tax-in-force-year', 'contradicted'],
    ['El TLCAN comenzó a regir en 1994.', 'accurate', 'nafta-in-force-year', 'consistent'],
  ],
};

/** Years said as the time since the event, with the year they were counted in: the event's year they give. */
const ELAPSED: Record<'en' | 'es', Case[]> = {
  en: [
    ['By 2020, after 26 years of NAFTA, Mexico had changed.', 'accurate', 'nafta-in-force-year', 'consistent'],
    ['In 2024, 30 years after NAFTA took effect, the border had changed.', 'accurate', 'nafta-in-force-year', 'consistent'],
    ['In 2019, 30 years after NAFTA took effect, the border had changed.', 'false', 'nafta-in-force-year', 'contradicted'],
  ],
  es: [
    ['En 2024 se cumplieron 30 años del TLCAN.', 'accurate', 'nafta-in-force-year', 'consistent'],
    ['En 2024 se cumplieron 25 años de vigencia del TLCAN.', 'false', 'nafta-in-force-year', 'contradicted'],
    ['En 2023 se cumplieron 3 años de que el T-MEC entró en vigor.', 'accurate', 'usmca-in-force-year', 'consistent'],
    ['En 2024, 20 años después de que el T-MEC entró en vigor, la frontera es otra.', 'false', 'usmca-in-force-year', 'contradicted'],
  ],
};

/** A year that opens its clause, with or without its date, is the time of the event named right after it. */
const OPENING: Record<'en' | 'es', Case[]> = {
  en: [
    ['In 1994, NAFTA took effect.', 'accurate', 'nafta-in-force-year', 'consistent'],
    ['In 1993, NAFTA took effect.', 'false', 'nafta-in-force-year', 'contradicted'],
    ['On July 1, 2020, USMCA took effect.', 'accurate', 'usmca-in-force-year', 'consistent'],
  ],
  es: [
    ['En 2020, el T-MEC entró en vigor.', 'accurate', 'usmca-in-force-year', 'consistent'],
    ['El 1 de julio de 2019, el T-MEC entró en vigor.', 'false', 'usmca-in-force-year', 'contradicted'],
    ['En 2025, el impuesto a las remesas entró en vigor.', 'false', 'remittance-tax-in-force-year', 'contradicted'],
  ],
};

/** Adverbs and times said beside an event's cue ("finally", "a finales de") name no part of it. */
const BESIDE: Case[] = [
  ['FIFA finally awarded the 2026 World Cup in 2017.', 'false', 'world-cup-2026-award-year', 'contradicted'],
  ['FIFA officially awarded the 2026 World Cup in June 2018.', 'accurate', 'world-cup-2026-award-year', 'consistent'],
  ['La FIFA otorgó finalmente el Mundial 2026 en 2017.', 'false', 'world-cup-2026-award-year', 'contradicted'],
  ['La FIFA otorgó el Mundial 2026 a finales de 2017.', 'false', 'world-cup-2026-award-year', 'contradicted'],
];

const checks = (cases: Case[]) => () => {
  for (const [sentence, rating, key, status] of cases) expect(rated(sentence), sentence).toBe(`${rating} ${key}:${status}`);
};

describe('an event year', () => {
  it('is checked against its own event, in English', checks(OWN_EVENT.en));
  it('is checked against its own event, in Spanish', checks(OWN_EVENT.es));
  it('of one step is not judged against another step of the same event', checks(STEPS));
  it("is bound through its event's verb said in other words, in English", checks(REPHRASED.en));
  it("is bound through its event's verb said in other words, in Spanish", checks(REPHRASED.es));
  it('that opens its clause is the time of the event named right after it, in English', checks(OPENING.en));
  it('that opens its clause is the time of the event named right after it, in Spanish', checks(OPENING.es));
  it('is bound when the event is said verb first ("entró en vigor el TLCAN"), as Spanish may', () => {
    checks([
      ['Entró en vigor el TLCAN en 1994.', 'accurate', 'nafta-in-force-year', 'consistent'],
      ['En 1993 entró en vigor el TLCAN.', 'false', 'nafta-in-force-year', 'contradicted'],
      ['En 2016 venció el Acta 319.', 'false', 'minute-319-end-year', 'contradicted'],
      ['En 2012 se firmó el Acta 319.', 'accurate', 'minute-319-signed-year', 'consistent'],
    ])();
  });
  it("is read past a list of names between its cue and it, whose commas are no aside's", () => {
    expect(rated('FIFA awarded the 2026 World Cup to Canada, Mexico and the United States in 2018.')).toBe('accurate world-cup-2026-award-year:consistent');
    expect(rated('La FIFA otorgó el Mundial 2026 a Canadá, México y Estados Unidos en 2017.')).toBe('false world-cup-2026-award-year:contradicted');
    // An aside that is no list of names still ends the cue's reach.
    for (const sentence of ['The USMCA replaced NAFTA, which Mexico and Canada signed in 1992.', 'El T-MEC sustituyó al TLCAN, que México y Canadá firmaron en 1992.'])
      expect(rated(sentence), sentence).not.toMatch(/false|usmca-in-force-year/);
  });
  it("is bound by its event's cue said in a writer's fewest words", () => {
    const cases: [string, 'en' | 'es', string][] = [
      ['Progresa began in 1997.', 'en', 'progresa-start-year'],
      ['Progresa nació en 1997.', 'es', 'progresa-start-year'],
      ['Mexico became the top source of U.S. imports in 2023.', 'en', 'mexico-overtook-china-imports-year'],
      ['México se convirtió en el principal origen de las importaciones en 2023.', 'es', 'mexico-overtook-china-imports-year'],
      ['Mexicans abroad voted for president for the first time in 2006.', 'en', 'presidential-vote-abroad-start-year'],
      ['Los mexicanos en el extranjero votaron por primera vez por presidente en 2006.', 'es', 'presidential-vote-abroad-start-year'],
    ];
    for (const [sentence, lang, key] of cases) expect(boundYears(sentence, lang), sentence).toEqual([key]);
    expect(rated('Mexico became the top source of U.S. imports in 2021.')).toMatch(/^false .*mexico-overtook-china-imports-year:contradicted/);
  });
  it("set as a time inside the event's words is the event's", () => {
    checks([
      ["The U.S. Supreme Court in June 2025 dismissed Mexico's lawsuit against American gun manufacturers.", 'accurate', 'supreme-court-gun-ruling-year', 'consistent'],
      ["The U.S. Supreme Court in May 2025 dismissed Mexico's lawsuit against American gun manufacturers.", 'false', 'supreme-court-gun-ruling-year', 'contradicted'],
      ['La Suprema Corte de Estados Unidos desechó en 2024 la demanda de México contra fabricantes de armas.', 'false', 'supreme-court-gun-ruling-year', 'contradicted'],
      ['La FIFA otorgó en 2018 el Mundial 2026.', 'accurate', 'world-cup-2026-award-year', 'consistent'],
    ])();
    // A time said of another word inside the cue ("firmado en 1992") is an aside's.
    for (const sentence of ['El TLCAN firmado en 1992 entró en vigor.', 'NAFTA signed in 1992 took effect two years later.']) expect(rated(sentence), sentence).not.toMatch(/nafta-in-force-year/);
  });
  it('that opens its clause is not the time of an event named further on', () => {
    for (const sentence of ['In 2016, before Minute 323 took effect, Mexico stored water in Lake Mead.', 'En 2016, antes de que el Acta 323 entrara en vigor, México guardó agua.'])
      expect(rated(sentence), sentence).not.toMatch(/minute-323/);
  });
  it('is given by years said as the time since the event, in English', checks(ELAPSED.en));
  it('is given by years said as the time since the event, in Spanish', checks(ELAPSED.es));
  it('is not given by years of another event, a stretch inside a longer time or one year off', () => {
    for (const sentence of [
      'En 2018 se cumplieron 24 años de la firma del TLCAN.',
      'In 2004, a study looked at the first 20 years of NAFTA.',
      'Un estudio de 2004 analizó los primeros 20 años del TLCAN.',
      'In 2020, 27 years after NAFTA took effect, the border had changed.',
    ])
      expect(rated(sentence), sentence).not.toMatch(/nafta-in-force-year/);
  });
  it('with its month or day is checked as far as the record dates the event, in English', checks(DATED.en));
  it('with its month or day is checked as far as the record dates the event, in Spanish', checks(DATED.es));
  it("of a tax or a tariff is the event's date, not a rate of something else", () => {
    // "tax", "arancel" beside a number mark a rate of another measure ("a 3.5% tax"); a year beside them is the tax's own date.
    expect(rated('The remittance tax took effect in 2026.')).toBe('accurate remittance-tax-in-force-year:consistent');
    expect(rated('The remittance tax took effect in 2024.')).toBe('false remittance-tax-in-force-year:contradicted');
    expect(rated('El gravamen a las remesas entró en vigor en 2024.')).toBe('false remittance-tax-in-force-year:contradicted');
  });
  it('with its month is told as a date on the card', () => {
    const en = engine.analyze('USMCA entered into force in January 2020.')[0]!.figures![0]!;
    expect(figureSentence(en, 'en')).toBe('The claim says Jan 2020; the record shows 1 Jul 2020.');
    const es = engine.analyze('El T-MEC entró en vigor en marzo de 2020.')[0]!.figures![0]!;
    expect(figureSentence(es, 'es')).toBe('La afirmación dice mar 2020; los datos muestran 1 jul 2020.');
  });
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
    // 'The US has officially labeled Mexican cartels as terrorist organizations' (accurate) is of 2025's designation. The
    // designation's year may still call the sentence wrong ("labeled" is "designated"), never the claim right.
    for (const sentence of ['The US officially labeled Mexican cartels as terrorist organizations in 2019.', 'EU declaró terroristas a los cárteles de Sinaloa y Jalisco en 2023.'])
      expect(rated(sentence), sentence).toMatch(/^(?:context|false cartels-fto-designation-year:contradicted)$/);
    expect(rated('The US officially labeled Mexican cartels as terrorist organizations in 2025.')).toMatch(/^accurate/);
  });
  // The final or the opener of a tournament was placed apart from, and after, the award of the tournament itself.
  const PARTS: Record<'en' | 'es', string[]> = {
    en: [
      'FIFA awarded the 2026 World Cup final in 2022.',
      'Guadalajara was chosen to host the 2026 World Cup opener in 2022.',
      'The final of the 2026 World Cup was awarded to New Jersey in 2022.',
      'The bid was chosen to host the 2026 World Cup semifinals in 2022.',
    ],
    es: [
      'La FIFA otorgó la final del Mundial 2026 a Nueva Jersey en 2022.',
      'La FIFA otorgó el partido inaugural del Mundial 2026 en 2022.',
      'La final del Mundial 2026 se otorgó en 2022.',
      'Nueva Jersey ganó la sede del Mundial 2026 para la final en 2022.',
    ],
  };
  it.each(['en', 'es'] as const)("said with a part of the event in, right after or right before its cue's words is another event's (%s)", (lang) => {
    for (const sentence of PARTS[lang]) {
      expect(boundYears(sentence, lang), sentence).not.toContain('world-cup-2026-award-year');
      expect(rated(sentence), sentence).not.toMatch(/false|world-cup-2026-award-year/);
    }
  });
  it.each(['en', 'es'] as const)('said with a part of the event is checked by a record whose own cue names that part (%s)', (lang) => {
    const award = structuredClone(facts.find((f) => f.id === 'world-cup-2026-awarded')!);
    const series = award.series!.find((x) => x.key === 'world-cup-2026-award-year')!;
    series.cues = { en: ['awarded the 2026 World Cup final'], es: ['otorgó la final del Mundial 2026'] };
    const ownPart = new MeasureIndex(seriesEntries([award], VERDICT_WORDS), VERDICT_WORDS);
    const sentence = PARTS[lang][0]!;
    expect(ownPart.bind(sentence, lang, yearQuantities(sentence, VERDICT_WORDS[lang].yearNames), () => true).map((b) => b.entry.series.key)).toEqual(['world-cup-2026-award-year']);
  });
  it('said with an adverb or a time beside its cue is still checked against the event', checks(BESIDE));
});
