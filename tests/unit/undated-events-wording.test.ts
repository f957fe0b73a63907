/**
 * Dated events said done without a year, or with the scene they happened in, in the words a journalist or an official would
 * use, written for this test blind to the corpus: the event's doer named or not, active and passive, the thing's usual
 * synonyms ("gun makers", "firearms manufacturers", "armerías", "fabricantes de armas"; "suit", "case", "demanda", "caso"),
 * and a circumstance clause ("amid the pandemic", "en medio de la guerra comercial", "under the One Big Beautiful Bill
 * Act"). The record bears out the thing done however the sentence dates it, and a date it gives is checked as ever. An event
 * said still ahead, possible, done by another body or country, or said with a cause of its own ("because", "debido a") or
 * under a rule the record does not hold ("under President Clinton") gets no Accurate. The sentences under OPEN are
 * phrasings the engine does not yet settle: they must at least not get the wrong verdict.
 */
import { describe, expect, it } from 'vitest';
import { evalRating as rated } from './helpers/bundled';

/** [sentence, rating] */
type Case = [string, string];

/** The thing said done with no time at all. */
const UNDATED: Record<'en' | 'es', Case[]> = {
  en: [
    ["The Supreme Court threw out Mexico's lawsuit against American gun manufacturers.", 'accurate'],
    ["The U.S. Supreme Court unanimously dismissed Mexico's suit against gunmakers.", 'accurate'],
    ["The Supreme Court rejected Mexico's lawsuit against U.S. firearms manufacturers.", 'accurate'],
    ["The Supreme Court threw out Mexico's case against gunmakers.", 'accurate'],
    ["Mexico's lawsuit against American gunmakers was dismissed by the Supreme Court.", 'accurate'],
    ['Washington designated several Mexican drug cartels as foreign terrorist organizations.', 'accurate'],
    ['The United States has designated Mexican cartels as terrorist organizations.', 'accurate'],
    ['Mexican cartels were designated as foreign terrorist organizations by the State Department.', 'accurate'],
    ['The Trump administration labeled the Mexican cartels terrorist organizations.', 'accurate'],
    ['The USMCA replaced NAFTA.', 'accurate'],
    ['The USMCA has entered into force.', 'accurate'],
    ['Congress passed a tax on remittances.', 'accurate'],
    ['A tax on remittances was signed into law by President Trump.', 'accurate'],
    ['The remittance tax has taken effect.', 'accurate'],
    ['FIFA awarded the 2026 World Cup to the United States, Mexico and Canada.', 'accurate'],
    ['Mexico overtook China as the largest source of U.S. imports.', 'accurate'],
    ['The Merida Initiative was replaced by the Bicentennial Framework.', 'accurate'],
    ['Minute 323 replaced Minute 319.', 'accurate'],
  ],
  es: [
    ['La Suprema Corte de Estados Unidos desechó la demanda de México contra los fabricantes de armas.', 'accurate'],
    ['La Corte Suprema rechazó la demanda de México contra las armerías estadounidenses.', 'accurate'],
    ['La Suprema Corte desechó el caso de México contra las armeras.', 'accurate'],
    ['La demanda de México contra las armeras fue desechada por la Corte Suprema.', 'accurate'],
    ['Estados Unidos designó a los cárteles mexicanos como organizaciones terroristas extranjeras.', 'accurate'],
    ['Washington declaró terroristas a los cárteles mexicanos.', 'accurate'],
    ['Los cárteles mexicanos fueron designados organizaciones terroristas por Estados Unidos.', 'accurate'],
    ['El T-MEC sustituyó al TLCAN.', 'accurate'],
    ['El T-MEC ya entró en vigor.', 'accurate'],
    ['El impuesto a las remesas ya entró en vigor.', 'accurate'],
    ['La Suprema Corte tumbó los aranceles de Trump.', 'accurate'],
    ['La FIFA otorgó el Mundial 2026 a México, Estados Unidos y Canadá.', 'accurate'],
    ['México desplazó a China como principal proveedor de Estados Unidos.', 'accurate'],
    ['El Acta 323 sustituyó al Acta 319.', 'accurate'],
    ['La Iniciativa Mérida fue sustituida por el Entendimiento Bicentenario.', 'accurate'],
    ['El Congreso de Estados Unidos aprobó el impuesto a las remesas.', 'accurate'],
  ],
};

/** The scene the event happened in, beside it or before it, with or without its date; a wrong date is still wrong. */
const SCENES: Case[] = [
  ['The USMCA took effect amid the coronavirus pandemic.', 'accurate'],
  ['The USMCA took effect on July 1, 2020, amid the coronavirus pandemic.', 'accurate'],
  ['The USMCA took effect in July 2020, amid border restrictions due to the pandemic.', 'accurate'],
  ['The remittance tax took effect on January 1, 2026, under the One Big Beautiful Bill Act.', 'accurate'],
  ['Amid a trade war, the Supreme Court struck down the IEEPA tariffs in February 2026.', 'accurate'],
  ['El T-MEC entró en vigor en plena pandemia.', 'accurate'],
  ['El T-MEC entró en vigor el 1 de julio de 2020, en medio de la pandemia de covid-19.', 'accurate'],
  ['En medio de la guerra comercial, la Suprema Corte anuló los aranceles en febrero de 2026.', 'accurate'],
  ['The USMCA took effect on July 1, 2019, amid the trade war.', 'false'],
  ['El T-MEC entró en vigor el 1 de julio de 2019, en medio de la guerra comercial.', 'false'],
  ['Under President Trump, the remittance tax took effect in 2024.', 'false'],
  // A president the record does not name is a claim of its own, which no date settles.
  ['NAFTA took effect on January 1, 1994, under President Clinton.', 'context'],
  ['NAFTA took effect on January 1, 1994, under President Obama.', 'context'],
  // So is a cause, beside a scene or alone.
  ['The USMCA took effect because of pressure from Trump.', 'context'],
  ['The USMCA took effect in 2020 because of the pandemic.', 'context'],
  ['The USMCA took effect in 2020 amid the pandemic, because Trump pushed for it.', 'context'],
  ["The Supreme Court rejected Mexico's lawsuit against gunmakers because the law shields them.", 'context'],
  ['El T-MEC entró en vigor porque Trump presionó a México.', 'context'],
  ['El T-MEC entró en vigor en 2020 debido a la presión de Trump.', 'context'],
  // A figure's scene stays a cause of its change.
  ['Remittances fell 4.6% in 2025 amid deportations.', 'context'],
  ['Las remesas cayeron 4.6% en 2025 en medio de las deportaciones.', 'context'],
];

/** The event's words said with a year past a phrase of two words for its thing ("gun manufacturers" as "gunmakers"). */
const REACH: Case[] = [
  ["The Supreme Court threw out Mexico's lawsuit against gun manufacturers in June 2025.", 'accurate'],
  ["The Supreme Court rejected Mexico's suit against firearms makers in 2025.", 'accurate'],
  ["The Supreme Court threw out Mexico's lawsuit against gun manufacturers in June 2023.", 'false'],
  ['Under President Trump, the U.S. designated the cartels as foreign terrorist organizations in 2025.', 'accurate'],
  ['La Corte Suprema desechó en junio de 2025 la demanda de México contra los fabricantes de armas.', 'accurate'],
  ['Bajo el gobierno de Trump, Estados Unidos designó a los cárteles como organizaciones terroristas en 2025.', 'accurate'],
];

/** A year that opens the clause, then a doer of a few words, then the event's verb: the year is the event's. */
const DOER_AFTER_YEAR: Case[] = [
  ['In 2018, FIFA awarded the 2026 World Cup to Mexico, the U.S. and Canada.', 'accurate'],
  ['In 2016, FIFA awarded the 2026 World Cup to Mexico, the U.S. and Canada.', 'false'],
  ['In 2017, the two countries signed Minute 323.', 'accurate'],
  ['In 2025, the State Department designated the cartels as foreign terrorist organizations.', 'accurate'],
  ['In 2023, the State Department designated the cartels as foreign terrorist organizations.', 'false'],
  ['En 2018, la FIFA otorgó el Mundial 2026 a México, Estados Unidos y Canadá.', 'accurate'],
  ['En 2017, ambos países firmaron el Acta 323.', 'accurate'],
  ['En 2015, ambos países firmaron el Acta 323.', 'false'],
];

/** [sentence, the rating it must not get]: said still ahead, possible, of another body or country, or the opposite of the record. */
const NOT_DONE: Case[] = [
  ["The Supreme Court will review Mexico's lawsuit against gunmakers.", 'accurate'],
  ["The Supreme Court could throw out Mexico's lawsuit against gun manufacturers.", 'accurate'],
  ['Washington could designate Mexican cartels as terrorist organizations.', 'accurate'],
  ['Canada designated Mexican cartels as terrorist organizations.', 'accurate'],
  ['Congress may pass a tax on remittances.', 'accurate'],
  ['The House is considering a tax on remittances.', 'accurate'],
  ["The Supreme Court upheld Mexico's lawsuit against gunmakers.", 'accurate'],
  ["Mexico's Supreme Court threw out the lawsuit against gun makers.", 'accurate'],
  ['The Supreme Court will strike down the fentanyl tariffs.', 'accurate'],
  ['The remittance tax has not taken effect yet.', 'accurate'],
  ['FIFA awarded the 2030 World Cup to Mexico.', 'accurate'],
  ['La Suprema Corte revisará la demanda de México contra las armerías.', 'accurate'],
  ['Estados Unidos podría designar a los cárteles como organizaciones terroristas.', 'accurate'],
  ['Canadá declaró terroristas a los cárteles mexicanos.', 'accurate'],
  ['El Senado discutirá un impuesto a las remesas.', 'accurate'],
  ['La Suprema Corte de México desechó la demanda contra las armeras.', 'accurate'],
  ['El impuesto a las remesas todavía no entra en vigor.', 'accurate'],
  ['La Corte Suprema avaló la demanda de México contra las armeras.', 'accurate'],
];

/**
 * [sentence, the rating it must not get]: phrasings not yet settled. A body said in one word where the cue says it in two
 * ("the justices" for "the Supreme Court"), a year that opens its clause before a scene, a death said with no country (the topic is read elsewhere), and a
 * ruling on tariffs that names no country (detection reads no U.S.–Mexico claim).
 */
const OPEN: Case[] = [
  ['The justices ruled against Mexico in its lawsuit against gun makers.', 'false'],
  ["The Supreme Court struck down Trump's IEEPA tariffs.", 'false'],
  ['The justices struck down the fentanyl tariffs.', 'false'],
  ['Border Patrol agent Brian Terry was killed.', 'false'],
  ['In 2018, amid tense negotiations, FIFA awarded the 2026 World Cup to the United States, Mexico and Canada.', 'false'],
];

describe('a dated event said done without a year or with its scene', () => {
  for (const lang of ['en', 'es'] as const) {
    it(`is borne out by its record, in ${lang}`, () => {
      expect(UNDATED[lang].map(([text]) => rated(text))).toEqual(UNDATED[lang].map(([, r]) => r));
    });
  }
  it('is read past a scene ("amid", "en medio de", a program its record names), not past a cause', () => {
    expect(SCENES.map(([text]) => rated(text))).toEqual(SCENES.map(([, r]) => r));
  });
  it('takes its year past a phrase of two words said as one', () => {
    expect(REACH.map(([text]) => rated(text))).toEqual(REACH.map(([, r]) => r));
  });
  it('takes the year that opens its clause past the doer before its verb', () => {
    expect(DOER_AFTER_YEAR.map(([text]) => rated(text))).toEqual(DOER_AFTER_YEAR.map(([, r]) => r));
  });
  it('is never borne out said ahead, possible, of another body or country, or against the record', () => {
    for (const [text, wrong] of NOT_DONE) expect(rated(text), text).not.toBe(wrong);
  });
  it('never gets the wrong verdict where the engine does not yet settle it', () => {
    for (const [text, wrong] of OPEN) expect(rated(text), text).not.toBe(wrong);
  });
});
