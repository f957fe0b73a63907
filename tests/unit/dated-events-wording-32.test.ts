/**
 * Dated events of the record in wordings written for this test blind to the corpus (dates32), beside those of
 * dated-events-wording-30 and -31: a treaty by its full name ("the United States-Mexico-Canada Agreement"), an ending said in
 * the passive ("NAFTA was replaced in 2020", "el TLCAN fue sustituido"), a term's end ("the USMCA expires in 2036", "el T-MEC
 * vence en 2036"), a state held since a year ("el T-MEC rige desde 2020"), an act in other verbs ("Minute 323 was adopted",
 * "el Mundial 2026 fue asignado", "Prospera was abolished"), and the rule an event happened under where its record names it
 * ("under President Trump's One Big Beautiful Bill"). The right date is borne out and a date the record contradicts is shown
 * false. NEVER holds what must not get the record's verdict: a part of the thing said with the event's verb ("the USMCA
 * exemption expires in 2026", "la revisión del T-MEC vence en 2026", "NAFTA negotiations were replaced"), and a president the
 * record does not name as the rule ("under Biden"). Under OPEN are phrasings the engine does not yet settle: found or not,
 * they must never get the opposite verdict.
 */
import { describeWordings, type Table } from './helpers/wording-tables';

const RATED: Table = {
  en: [
    // The treaty by its full name.
    ['The United States-Mexico-Canada Agreement took effect in July 2020.', 'accurate'],
    ['The U.S.-Mexico-Canada Agreement entered into force in 2019.', 'false'],
    ['The US-Mexico-Canada Agreement went into effect on July 1, 2020.', 'accurate'],
    // An ending said in the passive.
    ['NAFTA was replaced in 2020.', 'accurate'],
    ['NAFTA was replaced in 2017.', 'false'],
    // A term's end.
    ['The USMCA expires in 2036.', 'accurate'],
    ['The USMCA expires in 2026.', 'false'],
    // An act in other verbs.
    ['Minute 323 was adopted in September 2017.', 'accurate'],
    ['Minute 323 was adopted in 2012.', 'false'],
    ['Prospera was abolished in 2019.', 'accurate'],
    ['Prospera was eliminated in 2015.', 'false'],
    ['The Bicentennial Framework was adopted in 2021.', 'accurate'],
    // The rule the event happened under, named by its record.
    ["The 1% remittance tax took effect on January 1, 2026, under President Trump's One Big Beautiful Bill.", 'accurate'],
    ['The remittance tax took effect on January 1, 2026, under President Trump.', 'accurate'],
    ['The remittance tax took effect in 2025 under President Trump.', 'false'],
    // A class's phrase of several words in the cue, said in its one-word member ("kicked in" for "took effect").
    ['The USMCA kicked in on July 1, 2020.', 'accurate'],
    ['The USMCA kicked in on July 1, 2018.', 'false'],
    // An appositive clause tells of the name before it.
    ['The USMCA, which replaced NAFTA in 2020, is up for review.', 'accurate'],
    ['The USMCA, which replaced NAFTA in 2018, is up for review.', 'false'],
    ['The remittance tax has been collected since January 2026.', 'accurate'],
    ['The State Department added the cartels to the list of foreign terrorist organizations in 2025.', 'accurate'],
    // One of the designated groups by its name, which the record lists.
    ['The Sinaloa Cartel was designated a foreign terrorist organization in February 2025.', 'accurate'],
    ['The Sinaloa Cartel was designated a terrorist organization in 2019.', 'false'],
    ['The CJNG was designated a foreign terrorist organization in February 2025.', 'accurate'],
    ['FIFA chose the U.S., Mexico and Canada to host the 2026 World Cup in June 2018.', 'accurate'],
    ['FIFA chose the U.S., Mexico and Canada to host the 2026 World Cup in 2016.', 'false'],
    // The remittance tax begun, made law, signed.
    ['The remittance excise tax began on January 1, 2026.', 'accurate'],
    ['The remittance tax began in 2025.', 'false'],
    ['The remittance tax became law in July 2025.', 'accurate'],
    ['The remittance tax became law in 2024.', 'false'],
    ['Trump signed the One Big Beautiful Bill into law on July 4, 2025.', 'accurate'],
    ['Minute 323 is in effect until 2026.', 'accurate'],
  ],
  es: [
    ['El TLCAN fue sustituido en 2020.', 'accurate'],
    ['El TLCAN fue reemplazado en 2019.', 'false'],
    ['El T-MEC vence en 2036.', 'accurate'],
    ['El TMEC entró en vigor en 2020.', 'accurate'],
    ['El T-MEC rige desde julio de 2020.', 'accurate'],
    ['El T-MEC rige desde 2018.', 'false'],
    ['El Acta 323 fue adoptada en 2017.', 'accurate'],
    ['El Mundial 2026 fue asignado en junio de 2018.', 'accurate'],
    ['El Mundial 2026 fue adjudicado en 2016.', 'false'],
    ['La FIFA asignó el Mundial 2026 a México, Estados Unidos y Canadá en 2018.', 'accurate'],
    ['Prospera fue eliminado en 2019.', 'accurate'],
    ['El gobierno de Trump designó a los cárteles como terroristas en 2025.', 'accurate'],
    ['Estados Unidos designó como organizaciones terroristas a los cárteles mexicanos en 2019.', 'false'],
    ['El impuesto a las remesas entró en vigor el 1 de enero de 2026, bajo el gobierno del presidente Trump.', 'accurate'],
    ['En junio de 2025, la Suprema Corte falló a favor de las armeras.', 'accurate'],
    ['La Suprema Corte falló a favor de los fabricantes de armas en 2024.', 'false'],
    ['La Corte Suprema desechó la demanda de México contra las armeras en 2025.', 'accurate'],
    ['El Departamento de Estado incluyó a seis cárteles mexicanos en su lista de organizaciones terroristas en 2025.', 'accurate'],
    ['Desde 2019, los cárteles son considerados organizaciones terroristas.', 'false'],
    ['El impuesto a las remesas comenzó a cobrarse el 1 de enero de 2026.', 'accurate'],
    ['El impuesto a las remesas se cobra desde 2025.', 'false'],
    ['El T-MEC, que sustituyó al TLCAN en 2020, enfrenta su primera revisión.', 'accurate'],
    ['López Obrador eliminó Prospera en 2019.', 'accurate'],
    ['El Cártel de Sinaloa fue designado organización terrorista en 2025.', 'accurate'],
    ['El Cártel de Sinaloa fue designado organización terrorista en 2020.', 'false'],
    ['Estados Unidos designó al CJNG como organización terrorista en febrero de 2025.', 'accurate'],
    ['El 4 de marzo de 2025 entraron en vigor los aranceles de 25% a las importaciones de México.', 'accurate'],
    ['El impuesto a las remesas se convirtió en ley en julio de 2025.', 'accurate'],
    ['El impuesto a las remesas se convirtió en ley en 2026.', 'false'],
    ['El Acta 323 está vigente hasta 2026.', 'accurate'],
  ],
};

const NEVER: Table = {
  en: [
    // A part of the thing, said with the event's verb.
    ['The USMCA exemption for Mexican goods expires in 2026.', 'false'],
    ['The USMCA tariff exemption will expire in 2026.', 'false'],
    ['NAFTA negotiations were replaced in 2018.', 'false'],
    ['The NAFTA renegotiation took effect in 2020.', 'false'],
    ['The review of the USMCA expires in 2026.', 'false'],
    // A president the record does not name.
    ['The remittance tax took effect on January 1, 2026, under President Biden.', 'accurate'],
    ['The USMCA took effect in July 2020 under Biden.', 'accurate'],
    ['The remittance tax has taken effect under Biden.', 'accurate'],
    // An ending said by a verb that as often ends something else (the talks, a tariff).
    ['NAFTA ended tariffs on most goods in 1994.', 'false'],
    ['NAFTA negotiations ended in 2018.', 'false'],
    // Voting from abroad first for another office.
    ['Mexicans abroad were able to vote for the first time for senators in 2018.', 'false'],
    ['NAFTA talks kicked off in 1991.', 'false'],
    ['Texas designated Mexican cartels as terrorist organizations in 2022.', 'false'],
    ['Texas designated the Sinaloa Cartel as a terrorist organization in 2022.', 'false'],
    ['Ecuador designated the CJNG as a terrorist organization in 2024.', 'false'],
    ['Debate over the remittance tax began in May 2025.', 'false'],
    ['Minute 323 is in effect since 2017.', 'false'],
    ['Talks on the remittance tax began in May 2025.', 'false'],
  ],
  es: [
    ['La exención del T-MEC vence en 2026.', 'false'],
    ['La revisión del T-MEC vence en 2026.', 'false'],
    ['El plazo del T-MEC vence en 2026.', 'false'],
    ['La exención del T-MEC expira en 2026.', 'false'],
    ['La renegociación del TLCAN terminó en 2018.', 'false'],
    ['El TLCAN terminó con los aranceles en 1994.', 'false'],
    ['El impuesto a las remesas entró en vigor el 1 de enero de 2026, bajo el gobierno de Biden.', 'accurate'],
    ['Los mexicanos en el extranjero pudieron votar por primera vez por senadores en 2018.', 'false'],
    ['La Corte Suprema de México falló a favor de las armeras en 2024.', 'false'],
    ['El debate sobre el impuesto a las remesas comenzó a aplicarse en 2025.', 'false'],
    // A year said after "since" is a state's start, never the date of an end said "until".
    ['El Acta 323 está vigente desde 2017.', 'false'],
    ['El Acta 323 rige desde 2017.', 'false'],
    ['El Acta 323 está vigente desde 2012.', 'false'],
  ],
};

const OPEN: Table = {
  en: [
    ['The USMCA was signed in 2018.', 'false'],
    ['Trump signed the USMCA into law in January 2020.', 'false'],
    ['NAFTA was signed in 1992.', 'false'],
    ['NAFTA took effect 30 years ago.', 'false'],
    ['Mexico sued U.S. gun manufacturers in 2021.', 'false'],
    ['NAFTA governed trade from 1994 until 2020, when the USMCA replaced it under Trump.', 'false'],
  ],
  es: [
    ['El T-MEC se firmó en 2018.', 'false'],
    ['El Tratado entre México, Estados Unidos y Canadá entró en vigor en julio de 2020.', 'false'],
    ['Hace 30 años entró en vigor el TLCAN.', 'false'],
    ['Desde 1994, el TLCAN rige el comercio entre México y Estados Unidos.', 'accurate'],
    ['México demandó a fabricantes de armas estadounidenses en 2021.', 'false'],
  ],
};

describeWordings(
  'a dated event told by its full name, in the passive, by its term or under its record’s rule (dates32)',
  { rated: RATED, never: NEVER, open: OPEN },
  'a part of the thing or another rule',
);
