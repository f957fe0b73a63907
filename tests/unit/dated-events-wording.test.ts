/**
 * Dated events in the words a journalist or an official would use, written for this test blind to the corpus: each event the
 * fact base dates (a treaty in force, a ruling, a designation, a suit, a program begun or renamed, a bridge opened) said
 * with its year, its month and year or its full date, its verb in several forms (active and passive, "took effect",
 * "came into force", "entró en vigor", "comenzó a regir"), with and without the countries named, and with a wrong year.
 * The right date is borne out, a date the record contradicts is shown false, and a sentence that denies the event or says
 * it has not happened yet is never shown right. The sentences under NEVER_WRONG are phrasings the engine does not yet
 * settle (a verb of beginning that may name the talks, not the treaty; a year past the reach of the event's words; a rank
 * word read as a place): they must at least not get the wrong verdict.
 */
import { describe, expect, it } from 'vitest';
import { evalRating as rated } from './helpers/bundled';

/** [sentence, rating] */
type Case = [string, string];

const RATED: Record<'en' | 'es', Case[]> = {
  en: [
    ['NAFTA took effect in 1994.', 'accurate'],
    ['NAFTA came into force on January 1, 1994.', 'accurate'],
    ['The North American Free Trade Agreement entered into force in January 1994.', 'accurate'],
    ['NAFTA went into effect in 1992.', 'false'],
    ['NAFTA ended in 2020, when USMCA replaced it.', 'accurate'],
    ['USMCA replaced NAFTA in 2020.', 'accurate'],
    ['USMCA replaced NAFTA in 2018.', 'false'],
    ['The USMCA trade pact took effect in July 2020.', 'accurate'],
    ['The USMCA entered into force on July 1, 2020.', 'accurate'],
    ['USMCA came into force in 2019.', 'false'],
    ['In 2020, the USMCA went into effect.', 'accurate'],
    ['Mexico sued five Arizona gun dealers in 2022.', 'accurate'],
    ['Mexico filed suit against Arizona gun shops in October 2022.', 'accurate'],
    ['Mexico sued Arizona gun stores in 2019.', 'false'],
    ["In 2025, the Supreme Court unanimously rejected Mexico's suit against American gunmakers.", 'accurate'],
    ["The Supreme Court dismissed Mexico's lawsuit against gunmakers in 2023.", 'false'],
    ['The U.S. designated Mexican cartels as foreign terrorist organizations in February 2025.', 'accurate'],
    ['Mexican cartels were designated terrorist organizations in 2025.', 'accurate'],
    ['The State Department listed six Mexican cartels as terrorist groups in 2019.', 'false'],
    ['The Bicentennial Framework replaced the Merida Initiative in 2021.', 'accurate'],
    ['The Merida Initiative ended in 2021.', 'accurate'],
    ['The Merida Initiative was replaced in 2015.', 'false'],
    ['Mexicans living abroad first voted in a presidential election in 2006.', 'accurate'],
    ['Mexicans abroad voted for president for the first time in 2012.', 'false'],
    ['Mexico became the largest source of U.S. imports in 2023.', 'accurate'],
    ['Minute 319 was signed in November 2012.', 'accurate'],
    ['Minute 319 was signed in 2010.', 'false'],
    ['Minute 319 expired at the end of 2017.', 'accurate'],
    ['Minute 323 was signed in 2017.', 'accurate'],
    ['Minute 323 took effect in September 2017.', 'accurate'],
    ['Minute 323 runs through 2026.', 'accurate'],
    ['Minute 323 expires in 2030.', 'false'],
    ['FIFA awarded the 2026 World Cup to the U.S., Mexico and Canada in 2018.', 'accurate'],
    ['The 2026 World Cup was awarded in June 2018.', 'accurate'],
    ['The 2026 World Cup was awarded in 2016.', 'false'],
    ['The remittance tax took effect on January 1, 2026.', 'accurate'],
    ['A 1% tax on cash remittances went into effect in January 2026.', 'accurate'],
    ['The remittance tax was signed into law in July 2025.', 'accurate'],
    ['The remittance tax took effect in 2025.', 'false'],
    ['The Supreme Court struck down the IEEPA tariffs in February 2026.', 'accurate'],
    ['The first USMCA joint review took place in 2026.', 'accurate'],
    ['The first USMCA review took place in 2024.', 'false'],
    ['Progresa began in 1997.', 'accurate'],
    ["Mexico's Progresa program was launched in 1997.", 'accurate'],
    ['Progresa was renamed Oportunidades in 2002.', 'accurate'],
    ['Oportunidades became Prospera in 2014.', 'accurate'],
    ['Prospera was replaced by Benito Juárez scholarships in 2019.', 'accurate'],
    ['Progresa began in 2005.', 'false'],
    ['Brian Terry was killed in 2012.', 'false'],
    ['The West Rail Bypass bridge between Brownsville and Matamoros opened in 2015.', 'accurate'],
    ['A new rail bridge between Brownsville and Matamoros opened in August 2015.', 'accurate'],
    ['The Brownsville-Matamoros rail bridge opened in 2010.', 'false'],
  ],
  es: [
    ['El TLCAN entró en vigor en 1994.', 'accurate'],
    ['El Tratado de Libre Comercio de América del Norte entró en vigor el 1 de enero de 1994.', 'accurate'],
    ['El TLCAN comenzó a regir en 1994.', 'accurate'],
    ['El TLCAN arrancó en 1994.', 'accurate'],
    ['El TLCAN entró en vigor en 1996.', 'false'],
    ['El T-MEC entró en vigor en julio de 2020.', 'accurate'],
    ['El T-MEC comenzó a regir el 1 de julio de 2020.', 'accurate'],
    ['El T-MEC entró en vigencia en 2020.', 'accurate'],
    ['El T-MEC sustituyó al TLCAN en 2020.', 'accurate'],
    ['El T-MEC reemplazó al TLCAN en 2018.', 'false'],
    ['El T-MEC entró en vigor en 2019.', 'false'],
    ['En 2020 entró en vigor el T-MEC.', 'accurate'],
    ['En 1994 entró en vigor el TLCAN.', 'accurate'],
    ['México demandó a cinco armerías de Arizona en 2022.', 'accurate'],
    ['México presentó una demanda contra tiendas de armas de Arizona en octubre de 2022.', 'accurate'],
    ['México demandó a armerías de Arizona en 2020.', 'false'],
    ['La Suprema Corte de Estados Unidos desechó la demanda de México contra fabricantes de armas en junio de 2025.', 'accurate'],
    ['En 2025 la Corte Suprema rechazó por unanimidad la demanda de México contra las armeras.', 'accurate'],
    ['La Suprema Corte desechó la demanda de México contra las armeras en 2023.', 'false'],
    ['Estados Unidos designó a los cárteles mexicanos como organizaciones terroristas extranjeras en febrero de 2025.', 'accurate'],
    ['Los cárteles fueron declarados organizaciones terroristas en 2025.', 'accurate'],
    ['Washington designó a seis cárteles como organizaciones terroristas en 2019.', 'false'],
    ['El Entendimiento Bicentenario reemplazó a la Iniciativa Mérida en 2021.', 'accurate'],
    ['La Iniciativa Mérida terminó en 2021.', 'accurate'],
    ['La Iniciativa Mérida fue sustituida en 2016.', 'false'],
    ['Los mexicanos en el extranjero votaron por primera vez por presidente en 2006.', 'accurate'],
    ['Los mexicanos en el extranjero votaron por primera vez por presidente en 2012.', 'false'],
    ['México desplazó a China como principal fuente de fentanilo en 2019.', 'accurate'],
    ['México superó a China como principal proveedor de Estados Unidos en 2023.', 'accurate'],
    ['México se convirtió en el principal origen de las importaciones de EU en 2023.', 'accurate'],
    ['México superó a China como mayor proveedor de Estados Unidos en 2010.', 'false'],
    ['El Acta 319 se firmó en noviembre de 2012.', 'accurate'],
    ['El Acta 319 fue firmada en 2009.', 'false'],
    ['El Acta 319 venció a finales de 2017.', 'accurate'],
    ['El Acta 323 se firmó en septiembre de 2017.', 'accurate'],
    ['El Acta 323 vence en diciembre de 2026.', 'accurate'],
    ['El Acta 323 vence en 2028.', 'false'],
    ['La FIFA otorgó el Mundial 2026 a México, Estados Unidos y Canadá en 2018.', 'accurate'],
    ['El Mundial 2026 fue otorgado en junio de 2018.', 'accurate'],
    ['El Mundial 2026 fue otorgado en 2015.', 'false'],
    ['El impuesto a las remesas entró en vigor el 1 de enero de 2026.', 'accurate'],
    ['El impuesto de 1% a las remesas en efectivo comenzó a aplicarse en enero de 2026.', 'accurate'],
    ['El impuesto a las remesas fue promulgado en julio de 2025.', 'accurate'],
    ['El impuesto a las remesas entró en vigor en 2025.', 'false'],
    ['La Suprema Corte anuló los aranceles de la IEEPA en febrero de 2026.', 'accurate'],
    ['La primera revisión conjunta del T-MEC se realizó el 1 de julio de 2026.', 'accurate'],
    ['La primera revisión del T-MEC fue en 2024.', 'false'],
    ['Progresa nació en 1997.', 'accurate'],
    ['El programa Progresa comenzó en 1997.', 'accurate'],
    ['Progresa se convirtió en Oportunidades en 2002.', 'accurate'],
    ['Oportunidades pasó a llamarse Prospera en 2014.', 'accurate'],
    ['Prospera fue sustituido por las Becas Benito Juárez en 2019.', 'accurate'],
    ['Progresa comenzó en 2005.', 'false'],
    ['El agente de la Patrulla Fronteriza Brian Terry fue asesinado en 2010.', 'accurate'],
    ['Brian Terry murió en 2012.', 'false'],
    ['El puente ferroviario entre Brownsville y Matamoros se inauguró en 2015.', 'accurate'],
    ['El puente ferroviario West Rail Bypass abrió en agosto de 2015.', 'accurate'],
    ['El puente ferroviario Brownsville-Matamoros se inauguró en 2012.', 'false'],
  ],
};

/** [sentence, the rating it must not get] */
const NEVER_WRONG: Record<'en' | 'es', Case[]> = {
  en: [
    ['NAFTA began in 1994.', 'false'],
    ["The Supreme Court threw out Mexico's lawsuit against gun manufacturers in June 2025.", 'false'],
    ['Mexicans abroad have been able to vote for president since 2006.', 'false'],
    ['Mexico overtook China as the top source of fentanyl in 2019.', 'false'],
    ["Mexico overtook China as America's biggest supplier in 2023.", 'false'],
    ['Mexico passed China as the top exporter to the U.S. in 2015.', 'accurate'],
    ["The Supreme Court struck down Trump's fentanyl tariffs in 2025.", 'accurate'],
    ['The 25% tariff on Mexican goods took effect in March 2025.', 'false'],
    ["Trump's 25% tariff on Mexico took effect in 2025.", 'false'],
    ['The USMCA joint review was held on July 1, 2026.', 'false'],
    ['Border Patrol agent Brian Terry was killed in 2010.', 'false'],
    ['USMCA has not yet entered into force.', 'accurate'],
    ['NAFTA did not take effect until 1994.', 'false'],
    ['The remittance tax has not taken effect yet.', 'accurate'],
    ['Minute 323 was not signed in 2017.', 'accurate'],
    ["The Supreme Court has not yet ruled on Mexico's lawsuit against gunmakers.", 'accurate'],
    ['NAFTA was signed in 1992.', 'false'],
    ['USMCA was signed in 2018.', 'false'],
    ['The Merida Initiative was launched in 2008.', 'false'],
    ['Minute 319 sent a pulse flow to the delta in 2014.', 'false'],
    ['Mexico filed its lawsuit against U.S. gunmakers in 2021.', 'false'],
  ],
  es: [
    ['Desde 2006 los mexicanos que viven en el exterior pueden votar por presidente.', 'false'],
    ['La Corte Suprema tumbó los aranceles por fentanilo en 2025.', 'accurate'],
    ['El arancel de 25% a productos mexicanos entró en vigor en marzo de 2025.', 'false'],
    ['El T-MEC todavía no entra en vigor.', 'accurate'],
    ['El impuesto a las remesas aún no entra en vigor.', 'accurate'],
    ['El Acta 323 no se firmó en 2017.', 'accurate'],
    ['El TLCAN no entró en vigor sino hasta 1994.', 'false'],
    ['El TLCAN se firmó en 1992.', 'false'],
    ['El T-MEC se firmó en 2018.', 'false'],
    ['La Iniciativa Mérida comenzó en 2008.', 'false'],
    ['México presentó su demanda contra las armeras estadounidenses en 2021.', 'false'],
  ],
};

/**
 * A part of the year said with it ("in early 2020", "a finales de 1994"), where the record dates the event to its month: borne
 * out when the month falls in it, shown false when it does not. A record that gives only the year checks no part of it, and
 * a deadline ("by the end of") is no part.
 */
const YEAR_PARTS: Case[] = [
  ['USMCA took effect in mid-2020.', 'accurate'],
  ['USMCA took effect in the summer of 2020.', 'accurate'],
  ['USMCA took effect in early 2020.', 'false'],
  ['USMCA took effect in the spring of 2020.', 'false'],
  ['NAFTA took effect at the start of 1994.', 'accurate'],
  ['NAFTA took effect in late 1994.', 'false'],
  ['Minute 319 expired at the end of 2017.', 'accurate'],
  ['FIFA awarded the 2026 World Cup in late 2018.', 'false'],
  ['The remittance tax took effect in late 2026.', 'false'],
  ['El TLCAN entró en vigor a principios de 1994.', 'accurate'],
  ['El TLCAN entró en vigor a finales de 1994.', 'false'],
  ['El T-MEC entró en vigor a mediados de 2020.', 'accurate'],
  ['El Acta 319 venció a finales de 2017.', 'accurate'],
  ['La Suprema Corte anuló los aranceles a principios de 2026.', 'accurate'],
  ['El Acta 323 entró en vigor en el otoño de 2017.', 'accurate'],
  ['La FIFA otorgó el Mundial 2026 a finales de 2018.', 'false'],
  // The record gives the designation's year only.
  ['Washington designated the cartels as foreign terrorist organizations in late 2025.', 'accurate'],
];

/** The same events with the verb first, an adverb, an aside or the doer named after the deed. */
const FORMS: Case[] = [
  ['Entró en vigor el T-MEC en 2020.', 'accurate'],
  ['The USMCA officially took effect in 2020.', 'accurate'],
  ['The trade pact known as USMCA took effect in 2020.', 'accurate'],
  ['El T-MEC, que sustituyó al TLCAN, entró en vigor en 2018.', 'false'],
  ["The Supreme Court, in a 9-0 ruling, threw out Mexico's lawsuit in 2025.", 'accurate'],
  ['La demanda de México contra las armeras fue desechada por la Suprema Corte en 2025.', 'accurate'],
  ['Minute 319 was signed by the U.S. and Mexico in 2012.', 'accurate'],
  ['México y Estados Unidos firmaron el Acta 323 en 2017.', 'accurate'],
  ['Progresa, launched in 1997, became Oportunidades in 2002.', 'accurate'],
];

/** A denial closed by "until" and a time says the thing happened then; a future one forecasts, and a plain denial is never borne out. */
const NOT_UNTIL: Case[] = [
  ['NAFTA did not take effect until 1994.', 'accurate'],
  ['NAFTA did not take effect until 1996.', 'false'],
  ['Not until 1994 did NAFTA take effect.', 'accurate'],
  ["USMCA didn't take effect until July 2020.", 'accurate'],
  ['Minute 323 does not expire until 2026.', 'accurate'],
  ['Minute 323 does not expire until 2030.', 'false'],
  ['The remittance tax did not take effect until January 1, 2026.', 'accurate'],
  ['El TLCAN no entró en vigor sino hasta 1994.', 'accurate'],
  ['El T-MEC no entró en vigor hasta el 1 de julio de 2020.', 'accurate'],
  ['El T-MEC no entró en vigor sino hasta 2019.', 'false'],
  ['USMCA will not take effect until 2020.', 'context'],
  ['USMCA did not take effect in 2020.', 'context'],
];

describe('a dated event in its many wordings', () => {
  it('is read with the verb first, an adverb, an aside or the doer after the deed', () => {
    expect(FORMS.map(([text]) => rated(text))).toEqual(FORMS.map(([, r]) => r));
  });
  it('is said to happen at the time a denial closed by "until" gives', () => {
    expect(NOT_UNTIL.map(([text]) => rated(text))).toEqual(NOT_UNTIL.map(([, r]) => r));
  });
  it('is checked against the part of the year said with it, where the record gives the month', () => {
    expect(YEAR_PARTS.map(([text]) => rated(text))).toEqual(YEAR_PARTS.map(([, r]) => r));
  });
  for (const lang of ['en', 'es'] as const) {
    it(`is rated by its date, in ${lang}`, () => {
      expect(RATED[lang].map(([text]) => rated(text))).toEqual(RATED[lang].map(([, r]) => r));
    });
    it(`never gets the wrong verdict where it is denied, not yet done, another event or past the engine's reading, in ${lang}`, () => {
      for (const [text, wrong] of NEVER_WRONG[lang]) expect(rated(text), text).not.toBe(wrong);
    });
  }
});
