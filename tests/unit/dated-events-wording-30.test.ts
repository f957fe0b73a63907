/**
 * Dated events of the record in wordings written for this test blind to the corpus (dates30): the event named by a
 * description instead of its name ("NAFTA's successor", "el tratado sucesor del TLCAN"), a time given as a deadline ("by
 * July 1, 2026", "a más tardar el 1 de julio de 2026"), an event in a subordinate clause ("the day the tariffs took effect"),
 * a ruling said with "claims" for the suit ("dismissed Mexico's claims", "desechó el reclamo de México"), a span "from 1994
 * until 2020" said with a verb of governing ("governed", "rigió"), the designation of N cartels, and a tax said by the act that
 * set it ("Congress approved a 1% tax on remittances in 2025", in force from 2026) told apart from one chamber's version.
 * A ruling said of the claim it dismissed ("dismissed Mexico's claim that gunmakers armed the cartels") is the ruling, the
 * claim's content no other act. The right date is borne out, a date the record contradicts is shown false (or outdated), and a sentence that names another
 * act or another rate gets none. Under OPEN are phrasings the engine does not yet settle: found or not, they must never get
 * the opposite verdict.
 */
import { describeWordings, type Table } from './helpers/wording-tables';

const RATED: Table = {
  en: [
    // The event named by a description.
    ["NAFTA's successor took effect in 2020.", 'accurate'],
    ["NAFTA's successor took effect in 2018.", 'false'],
    ['The successor to NAFTA entered into force in July 2020.', 'accurate'],
    ["NAFTA's successor, the USMCA, took effect in July 2020.", 'accurate'],
    ['The agreement that replaced NAFTA entered into force on July 1, 2020.', 'accurate'],
    // A span of the state a dated event began, said with a verb of governing.
    ['NAFTA governed trade from 1994 until 2020.', 'accurate'],
    ['NAFTA governed trade until 2020.', 'accurate'],
    ['NAFTA governed trade from 1990 until 2020.', 'false'],
    ['NAFTA was in place from 1994 until 2020.', 'accurate'],
    ['NAFTA was in force from 1994 until 2020, when the USMCA replaced it.', 'accurate'],
    ['NAFTA was in force from 1990 to 2020.', 'false'],
    ['NAFTA took effect in 1998.', 'false'],
    // A deadline.
    ['Under the USMCA, the first joint review is due by July 1, 2026.', 'accurate'],
    ['The first joint review of the USMCA took place in July 2026.', 'accurate'],
    ['The first joint review of the USMCA was held in 2024.', 'false'],
    // An event in a subordinate clause.
    ['Markets fell the day the fentanyl tariffs on Mexico took effect in March 2025.', 'accurate'],
    ['The fentanyl tariffs on Mexican goods took effect in 2023.', 'false'],
    ['The fentanyl tariffs on Mexican goods took effect.', 'accurate'],
    // The ruling, with and without its year.
    ["The Supreme Court unanimously rejected Mexico's lawsuit against American gunmakers.", 'accurate'],
    ["The Supreme Court dismissed Mexico's claims against U.S. gun manufacturers.", 'accurate'],
    ["The Supreme Court rejected Mexico's claims against gunmakers in 2025.", 'accurate'],
    // The content of the claim the ruling dismissed is what it ruled on, not another thing said done.
    ["The Supreme Court dismissed Mexico's claim that American gunmakers helped arm the cartels.", 'accurate'],
    ["A unanimous Supreme Court dismissed Mexico's claim that American gunmakers helped arm the cartels.", 'accurate'],
    ["The Supreme Court rejected Mexico's claims against gunmakers in 2021.", 'false'],
    ["The Supreme Court dismissed Mexico's lawsuit against gunmakers in June 2025.", 'accurate'],
    ["The Supreme Court dismissed Mexico's lawsuit against gunmakers in 2022.", 'false'],
    ["The Supreme Court struck down Trump's IEEPA tariffs on February 20, 2026.", 'accurate'],
    ["In February 2026, the Supreme Court ruled that Trump's emergency tariffs on Mexico were illegal.", 'accurate'],
    ['The Supreme Court struck down the tariffs on Mexico in 2025.', 'false'],
    // A designation of N cartels.
    ['Washington designated six Mexican cartels as foreign terrorist organizations in February 2025.', 'accurate'],
    ['In 2025 the United States designated eight criminal groups, six of them Mexican cartels, as terrorist organizations.', 'accurate'],
    ['The U.S. designated the Mexican cartels as terrorist organizations in 2019.', 'false'],
    // A tax: the act that set it, and its taking effect.
    ['Congress approved a 1% tax on remittances in 2025.', 'accurate'],
    ['Congress passed a 1% tax on cash remittances in July 2025.', 'accurate'],
    ['Trump signed a 1% remittance tax into law in July 2025.', 'accurate'],
    ['Congress approved a 1% tax on remittances in 2024.', 'false'],
    ['The House passed a tax on remittances in May 2025.', 'accurate'],
    ['The remittance tax took effect on January 1, 2026.', 'accurate'],
    ['The 1% tax on remittances has applied since January 2026.', 'accurate'],
    ['The remittance tax took effect in 2025.', 'false'],
    ['The 25% fentanyl tariffs on Mexican goods took effect in March 2025.', 'accurate'],
    // Other dated events.
    ['FIFA awarded the 2026 World Cup to the United States, Mexico and Canada in June 2018.', 'accurate'],
    ['The 2026 World Cup was awarded to Mexico, the U.S. and Canada in 2014.', 'false'],
    ['In 2023, Mexico surpassed China as the largest supplier of goods to the United States.', 'accurate'],
    ['Mexico overtook China as the largest source of U.S. imports in 2019.', 'false'],
    ['Mexico and the United States replaced the Mérida Initiative with the Bicentennial Framework in October 2021.', 'accurate'],
    ['The Bicentennial Framework replaced the Mérida Initiative in 2015.', 'false'],
    ['Mexicans living in the United States voted for president from abroad for the first time in 2006.', 'accurate'],
    ['In October 2022, Mexico filed a lawsuit against five gun shops in Arizona.', 'accurate'],
    ['Progresa was renamed Oportunidades in 2002.', 'accurate'],
    ['Progresa was launched in 2005.', 'false'],
    ['Minute 319 was signed in November 2012.', 'accurate'],
    ['Minute 319 was signed in 2010.', 'false'],
    ['Minute 323, signed in 2017, replaced Minute 319.', 'accurate'],
    ['The West Rail Bypass bridge opened in 2010.', 'false'],
    ['Minute 323 will remain in force until the end of 2026.', 'accurate'],
    ['Minute 323 is in effect until 2026.', 'accurate'],
    ['Minute 319 was in force until 2017.', 'accurate'],
  ],
  es: [
    ['El tratado sucesor del TLCAN entró en vigor en 2020.', 'accurate'],
    ['El sucesor del TLCAN entró en vigor en 2018.', 'false'],
    ['El acuerdo que reemplazó al TLCAN entró en vigor el 1 de julio de 2020.', 'accurate'],
    ['El TLCAN rigió el comercio de 1994 a 2020, cuando lo reemplazó el T-MEC.', 'accurate'],
    ['El TLCAN rigió el comercio regional hasta 2020.', 'accurate'],
    ['El TLCAN estuvo en vigor de 1994 a 2020.', 'accurate'],
    ['El TLCAN estuvo vigente de 1990 a 2020.', 'false'],
    ['El T-MEC obliga a los tres países a una revisión conjunta a más tardar el 1 de julio de 2026.', 'accurate'],
    ['La primera revisión conjunta del T-MEC se realizó en julio de 2026.', 'accurate'],
    ['La primera revisión conjunta del T-MEC fue en 2024.', 'false'],
    ['Los aranceles por el fentanilo entraron en vigor en marzo de 2025.', 'accurate'],
    ['Los aranceles por el fentanilo entraron en vigor en 2023.', 'false'],
    ['La Suprema Corte de Estados Unidos rechazó por unanimidad la demanda de México contra los fabricantes de armas.', 'accurate'],
    ['La Suprema Corte desechó el reclamo de México contra los fabricantes de armas.', 'accurate'],
    ['La Suprema Corte desechó el reclamo de México de que las armeras estadounidenses ayudaron a armar a los cárteles.', 'accurate'],
    ['La Corte Suprema rechazó la reclamación de México contra las armeras en 2025.', 'accurate'],
    ['La Corte Suprema rechazó la reclamación de México contra las armeras en 2021.', 'false'],
    ['La Suprema Corte desechó en junio de 2025 la demanda de México contra las armeras.', 'accurate'],
    ['La Suprema Corte desechó en 2022 la demanda de México contra las armeras.', 'false'],
    ['La Suprema Corte de Estados Unidos anuló los aranceles de Trump a México en febrero de 2026.', 'accurate'],
    ['La Corte Suprema anuló los aranceles de Trump a México en 2025.', 'false'],
    ['Estados Unidos designó a seis cárteles mexicanos como organizaciones terroristas en febrero de 2025.', 'accurate'],
    ['Estados Unidos designó a los cárteles como organizaciones terroristas en 2019.', 'false'],
    ['El Congreso aprobó un impuesto de 1% a las remesas en 2025.', 'accurate'],
    ['El impuesto a las remesas entró en vigor el 1 de enero de 2026.', 'accurate'],
    ['El impuesto a las remesas entró en vigor en 2025.', 'false'],
    ['La FIFA otorgó el Mundial 2026 a México, Estados Unidos y Canadá en junio de 2018.', 'accurate'],
    ['El Mundial 2026 fue otorgado a México, Estados Unidos y Canadá en 2014.', 'false'],
    ['En 2023 México desplazó a China como el mayor exportador a Estados Unidos.', 'accurate'],
    ['México superó a China como principal proveedor de Estados Unidos en 2019.', 'false'],
    ['El Entendimiento Bicentenario reemplazó a la Iniciativa Mérida en 2021.', 'accurate'],
    ['El Entendimiento Bicentenario reemplazó a la Iniciativa Mérida en 2015.', 'false'],
    ['Los mexicanos en el exterior votaron por primera vez para presidente en 2012.', 'false'],
    ['En octubre de 2022, México demandó a cinco armerías de Arizona.', 'accurate'],
    ['Progresa se convirtió en Oportunidades en 2002.', 'accurate'],
    ['Progresa arrancó en 2005.', 'false'],
    ['El Acta 319 se firmó en noviembre de 2012.', 'accurate'],
    ['El Acta 319 se firmó en 2010.', 'false'],
    ['El Acta 323, firmada en 2017, sustituyó al Acta 319.', 'accurate'],
    ['El Acta 323 estará vigente hasta 2026.', 'accurate'],
    ['El Acta 323 está vigente hasta finales de 2026.', 'accurate'],
    ['El Acta 319 estuvo vigente hasta 2017.', 'accurate'],
    ['El Acta 319 estuvo vigente hasta 2014.', 'false'],
  ],
};

/**
 * Another act or another rate than the record's event: one chamber's version of a tax, a rate the record does not hold, a
 * year said of the state held (not of its start), a law signed to carry out a treaty. Never the verdict given.
 */
const NEVER: Table = {
  en: [
    ['The House approved a 1% tax on remittances in May 2025.', 'accurate'],
    ['The House approved a 3.5% tax on remittances.', 'false'],
    ['Congress approved a 5% tax on remittances in 2025.', 'accurate'],
    ['The 10% fentanyl tariffs on Mexican goods took effect in March 2025.', 'accurate'],
    ['NAFTA governed trade in 2005.', 'false'],
    ['Trump signed the USMCA into law in January 2020.', 'false'],
    ["The Supreme Court upheld Mexico's claim that gunmakers armed the cartels.", 'accurate'],
    ["The Supreme Court sided with Mexico's claim that gunmakers armed the cartels.", 'accurate'],
    ["The Supreme Court did not dismiss Mexico's claim that gunmakers armed the cartels.", 'accurate'],
    ['The Senate ratified the USMCA in 2020.', 'false'],
  ],
  es: [
    ['La Cámara de Representantes aprobó un impuesto de 3.5% a las remesas.', 'false'],
    ['El Congreso aprobó un impuesto de 3.5% a las remesas en 2025.', 'accurate'],
    ['El Senado mexicano ratificó el T-MEC en 2019.', 'false'],
    ['López Obrador firmó el decreto del T-MEC en 2020.', 'false'],
    ['La Suprema Corte de Estados Unidos aceptó el reclamo de México de que las armeras armaron a los cárteles.', 'accurate'],
  ],
};

/** Not yet settled: found or not, never the opposite verdict. */
const OPEN: Table = {
  en: [
    ['The trade pact that succeeded NAFTA took effect in 2020.', 'false'],
    ['The deal that replaced NAFTA went into effect in 2019.', 'accurate'],
    ['The USMCA, the agreement that renegotiated NAFTA, came into force in 2020.', 'false'],
    ['The USMCA was signed in November 2018.', 'false'],
    ['The USMCA was signed in 2016.', 'accurate'],
    ['NAFTA governed trade among the three countries from 1994 until 2020, when the USMCA replaced it.', 'false'],
    ['The USMCA requires the three countries to hold a joint review by July 1, 2026.', 'false'],
    ['The protest came on the same day that the fentanyl tariffs took effect.', 'false'],
    ["The justices unanimously rejected Mexico's claim against American gunmakers.", 'false'],
    ["The Supreme Court ruled that U.S. gun manufacturers cannot be held liable in Mexico's lawsuit.", 'false'],
    ['Mexico sent 29 cartel figures to the United States in February 2025.', 'false'],
    ['Mexico transferred 29 cartel members to the U.S. in 2023.', 'accurate'],
    ['Mexico overtook China as the primary source of fentanyl in the U.S. in 2019.', 'false'],
    ['The Bicentennial Framework took the place of the Mérida Initiative in 2021.', 'false'],
    ['Mexicans abroad first cast ballots for president in 2012.', 'accurate'],
    ['The Senate approved a 1% tax on remittances in 2025.', 'false'],
    ['A 5% tax on remittances took effect in 2026.', 'accurate'],
    ['Minute 323 remains in force until 2030.', 'accurate'],
  ],
  es: [
    ['El tratado que sustituyó al TLCAN entró en vigor en 2019.', 'accurate'],
    ['El T-MEC se firmó en noviembre de 2018.', 'false'],
    ['El T-MEC fue firmado en 2016.', 'accurate'],
    ['La protesta ocurrió el mismo día en que entraron en vigor los aranceles por el fentanilo.', 'false'],
    ['En 2025, Washington designó a ocho grupos criminales como organizaciones terroristas extranjeras.', 'false'],
    ['Desde el 1 de enero de 2026 se cobra un impuesto de 1% a las remesas en efectivo.', 'false'],
    ['México envió a Estados Unidos a 29 integrantes de cárteles en febrero de 2025.', 'false'],
    ['México envió a Estados Unidos a 29 narcotraficantes en 2023.', 'accurate'],
    ['México y Estados Unidos sustituyeron la Iniciativa Mérida por el Entendimiento Bicentenario en octubre de 2021.', 'false'],
    ['El Acta 323 estará vigente hasta 2030.', 'accurate'],
  ],
};

describeWordings('a dated event told by description, deadline, clause or act (dates30)', { rated: RATED, never: NEVER, open: OPEN }, 'another act or rate');
