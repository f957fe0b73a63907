/**
 * Dated events of the record in wordings written for this test blind to the corpus (dates31), beside those of
 * dated-events-wording-30: a thing named by the act its event's cue says it did ("the pact that replaced NAFTA" is the USMCA,
 * "el acuerdo que sustituyó al TLCAN" el T-MEC), a tariff or a tax said by its rate ("the 25% tariffs on Mexican goods", "el
 * impuesto de 1% a las remesas"), with a year or with none, and the other dated events in wordings last round did not write
 * (a state held since a month, a ruling by what it held, a designation by how many). The right date is borne out, a date the
 * record contradicts is shown false (or outdated), and a sentence that names another act or another rate gets none. Under
 * OPEN are phrasings the engine does not yet settle: found or not, they must never get the opposite verdict.
 */
import { describeWordings, type Table } from './helpers/wording-tables';

const RATED: Table = {
  en: [
    // A thing named by the act its event's cue says it did.
    ['The agreement that replaced NAFTA took effect in July 2020.', 'accurate'],
    ['The agreement that replaced NAFTA took effect in 2017.', 'false'],
    ['The pact that replaced NAFTA went into effect in 2020.', 'accurate'],
    ['The treaty that replaced NAFTA entered into force on July 1, 2020.', 'accurate'],
    ['The trade deal that succeeded NAFTA came into force on July 1, 2020.', 'accurate'],
    ['The trade pact that succeeded NAFTA took effect in 2018.', 'false'],
    ['The USMCA succeeded NAFTA in July 2020.', 'accurate'],
    ['The USMCA succeeded NAFTA in 2017.', 'false'],
    ['The USMCA superseded NAFTA in 2020.', 'accurate'],
    // The trade agreements, otherwise.
    ['The USMCA has been in force since July 2020.', 'accurate'],
    ['The USMCA has been in force since 2018.', 'false'],
    ['NAFTA was superseded by the USMCA in 2020.', 'accurate'],
    ['NAFTA was superseded by the USMCA in 2016.', 'false'],
    ['In July 2020 the USMCA replaced NAFTA.', 'accurate'],
    ['NAFTA came into force in 1994.', 'accurate'],
    ['NAFTA came into force in 1989.', 'false'],
    ['NAFTA remained in force until July 2020.', 'accurate'],
    ['NAFTA governed trade in the region from 1994 until 2020, when the USMCA took its place.', 'accurate'],
    ['The first USMCA review is scheduled for July 1, 2026.', 'accurate'],
    ['The first USMCA joint review took place in 2023.', 'false'],
    // A tariff said by its rate, with a year or with none.
    ['The 25% tariffs on Mexican imports took effect on March 4, 2025.', 'accurate'],
    ["Trump's 25% tariffs on Mexican goods went into effect in March 2025.", 'accurate'],
    ["Trump's 25% tariffs on Mexican goods went into effect in 2022.", 'false'],
    ['The 25% tariffs on Mexican goods took effect.', 'accurate'],
    // A tax said by its rate, with no year.
    ['The 1% tax on remittances took effect.', 'accurate'],
    ['The 1% tax on cash remittances went into effect on January 1, 2026.', 'accurate'],
    ['The 1% remittance tax went into effect in January 2025.', 'false'],
    // Rulings.
    ["The Supreme Court threw out Mexico's lawsuit against gun makers in June 2025.", 'accurate'],
    ["The Supreme Court threw out Mexico's lawsuit against gun makers in 2023.", 'false'],
    ['The Supreme Court ruled in 2026 that IEEPA does not authorize tariffs.', 'accurate'],
    ['The Supreme Court ruled in 2024 that IEEPA does not authorize tariffs.', 'false'],
    ["The Supreme Court invalidated Trump's emergency tariffs in February 2026.", 'accurate'],
    // Designations.
    ['The United States labeled six Mexican cartels as terrorist organizations in 2025.', 'accurate'],
    ['Six Mexican cartels were designated foreign terrorist organizations in February 2025.', 'accurate'],
    ['Six Mexican cartels were designated foreign terrorist organizations in 2020.', 'false'],
    ['The U.S. designated eight cartels as terrorist organizations in February 2025.', 'accurate'],
    // Other dated events.
    ['Minute 323 entered into force in September 2017.', 'accurate'],
    ['Minute 323 entered into force in 2012.', 'false'],
    ['Minute 319 expired at the end of 2017.', 'accurate'],
    ['The Bicentennial Framework has guided security cooperation since October 2021.', 'accurate'],
    ['The Bicentennial Framework has guided security cooperation since 2008.', 'false'],
    ['Mexico has been the top source of U.S. imports since 2015.', 'false'],
    ['Mexico became the largest source of U.S. imports in 2023.', 'accurate'],
    ['Mexico became the main source of fentanyl in the U.S. in 2019.', 'accurate'],
    ['The West Rail Bypass bridge opened in August 2015.', 'accurate'],
    ['Mexico sued five Arizona gun stores in 2022.', 'accurate'],
    ['Mexico sued five Arizona gun stores in 2019.', 'false'],
    ['FIFA picked Canada, Mexico and the U.S. to host the 2026 World Cup in 2010.', 'false'],
  ],
  es: [
    ['El acuerdo que sustituyó al TLCAN entró en vigor en julio de 2020.', 'accurate'],
    ['El acuerdo que reemplazó al TLCAN entró en vigor en 2018.', 'false'],
    ['El tratado que reemplazó al TLCAN entró en vigor el 1 de julio de 2020.', 'accurate'],
    ['El tratado que sucedió al TLCAN entró en vigor en 2020.', 'accurate'],
    ['El tratado que relevó al TLCAN entró en vigor en 2019.', 'false'],
    ['El T-MEC sucedió al TLCAN en julio de 2020.', 'accurate'],
    ['El T-MEC sucedió al TLCAN en 2018.', 'false'],
    ['El T-MEC está vigente desde julio de 2020.', 'accurate'],
    ['El T-MEC está vigente desde 2017.', 'false'],
    ['El TLCAN entró en vigor el 1 de enero de 1994.', 'accurate'],
    ['El TLCAN entró en vigor en 1990.', 'false'],
    ['El TLCAN rigió el comercio de Norteamérica de 1994 a 2020.', 'accurate'],
    ['El T-MEC prevé una revisión conjunta a más tardar el 1 de julio de 2026.', 'accurate'],
    ['Los aranceles de 25% a los productos mexicanos entraron en vigor en marzo de 2025.', 'accurate'],
    ['Los aranceles de 25% a los productos mexicanos entraron en vigor en 2019.', 'false'],
    ['El arancel de 25% a las importaciones mexicanas entró en vigor en 2025.', 'accurate'],
    ['El impuesto de 1% a las remesas entró en vigor.', 'accurate'],
    ['El impuesto de 1% a las remesas en efectivo entró en vigor el 1 de enero de 2026.', 'accurate'],
    ['El impuesto de 1% a las remesas entró en vigor en enero de 2025.', 'false'],
    ['La Suprema Corte de Estados Unidos desechó en 2025 la demanda de México contra los fabricantes de armas.', 'accurate'],
    ['La Suprema Corte de Estados Unidos desechó en 2020 la demanda de México contra los fabricantes de armas.', 'false'],
    ['Estados Unidos designó a ocho cárteles como organizaciones terroristas en febrero de 2025.', 'accurate'],
    ['El Acta 323 entró en vigor en septiembre de 2017.', 'accurate'],
    ['El Acta 323 entró en vigor en 2019.', 'false'],
    ['México demandó a cinco armerías de Arizona en 2022.', 'accurate'],
    ['México superó a China como principal proveedor de Estados Unidos en 2023.', 'accurate'],
  ],
};

/** Another act, another thing or another rate than the record's event: never the verdict given. */
const NEVER: Table = {
  en: [
    ['The deal that replaced NAFTA was signed in 2018.', 'false'],
    ['The officials who signed the USMCA in 2018 praised NAFTA.', 'false'],
    ['The 25% tariffs on Mexican steel took effect in 2018.', 'false'],
    ['The 25% tariffs on Mexican steel took effect.', 'accurate'],
    ['The 10% tariffs on Mexican goods took effect in March 2025.', 'accurate'],
    ['The 10% tariffs on Mexican goods took effect.', 'accurate'],
    ['Tariffs on Mexican goods took effect in 2018.', 'false'],
    ['The 5% tax on remittances took effect.', 'accurate'],
    ['The House approved a 3.5% tax on remittances.', 'accurate'],
    ['The remittance tax took effect, cutting transfers by 10%.', 'accurate'],
  ],
  es: [
    ['Los aranceles de 25% al acero mexicano entraron en vigor en 2018.', 'false'],
    ['Los aranceles de 10% a los productos mexicanos entraron en vigor en 2025.', 'accurate'],
    ['El acuerdo que firmó México con Canadá entró en vigor en 2018.', 'false'],
    ['El impuesto de 3.5% a las remesas entró en vigor.', 'accurate'],
    // "Suceder" is also to happen: what happened to NAFTA is no successor.
    ['Lo que sucedió al TLCAN en 2017 fue una renegociación.', 'false'],
    ['Lo que le sucedió al TLCAN en 2017 sorprendió a los mercados.', 'false'],
  ],
};

/** Not yet settled: found or not, never the opposite verdict. */
const OPEN: Table = {
  en: [
    ['The law that replaced NAFTA took effect in 2020.', 'false'],
    ['The three countries must review the USMCA by July 2026.', 'false'],
    ['The announcement came the same day that 25% tariffs on Mexican goods took effect.', 'false'],
    ['Mexicans abroad have been able to vote for president since 2006.', 'false'],
    ['Mexico has been the top source of U.S. imports since 2023.', 'false'],
    ['Progresa was renamed Prospera in 2014.', 'false'],
    ['Since February 2025, the Sinaloa Cartel has been a designated terrorist organization.', 'false'],
    ['Starting January 1, 2026, cash remittances are subject to a 1% tax.', 'false'],
    ['The minute that replaced Minute 319 took effect in 2017.', 'false'],
    ['Washington designated eight criminal groups as foreign terrorist organizations in February 2025.', 'false'],
    ['In June 2025, the justices ruled that Mexico could not sue American gunmakers.', 'false'],
  ],
  es: [
    ['El T-MEC debe revisarse a más tardar el 1 de julio de 2026.', 'false'],
    ['El anuncio llegó el mismo día en que entraron en vigor los aranceles de 25% a las exportaciones mexicanas.', 'false'],
    ['Estados Unidos designó como organizaciones terroristas a ocho cárteles.', 'false'],
    ['Desde el 1 de enero, los envíos de remesas en efectivo pagan un impuesto de 1%.', 'false'],
  ],
};

describeWordings('a dated event told by the act that names it or by its rate (dates31)', { rated: RATED, never: NEVER, open: OPEN }, 'another act, thing or rate');
