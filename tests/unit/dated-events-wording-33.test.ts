/**
 * Dated events of the record in wordings written for this test blind to the corpus (session 33), beside those of
 * dated-events-wording-30 to -32: an act said in a synonym of its cue's verb ("slapped" or "levied" for "imposed", "aplicó"
 * for "impuso", "in effect" for "in force", "está en vigor" for "está vigente"), a Spanish participle for its past form
 * ("se adoptó" for "fue adoptada"), and the tariffs of 2025 said by what they taxed ("25% tariffs on Mexican goods") without
 * the word "fentanyl". NEVER holds what must not get the record's verdict: an event only threatened, planned, proposed or
 * wanted or floated ("Trump threatened to designate the cartels in 2019", "amenazó con imponer aranceles") is not the event, so its
 * year is no claim of when the event happened; and tariffs on one product ("on Mexican steel") are not the tariffs on all
 * goods. Under OPEN are phrasings the engine does not yet settle: found or not, they must never get the opposite verdict.
 */
import { describeWordings, type Table } from './helpers/wording-tables';

const RATED: Table = {
  en: [
    ['Trump imposed 25% tariffs on Mexican goods in March 2025, citing fentanyl.', 'accurate'],
    ['The 25% tariffs on Mexican imports were imposed in 2025.', 'accurate'],
    ['Trump slapped a 25% tariff on goods from Mexico in March 2025.', 'accurate'],
    ['Trump imposed 25% tariffs on Mexican goods in 2020.', 'false'],
    ['The remittance tax has been in force since January 2026.', 'accurate'],
    ['The remittance tax has been in effect since 2025.', 'false'],
    ['Minute 323 has been in force since 2017.', 'accurate'],
  ],
  es: [
    ['Los aranceles de 25% a las importaciones mexicanas se impusieron en 2025.', 'accurate'],
    ['En marzo de 2025 Trump aplicó un arancel de 25% a los bienes mexicanos.', 'accurate'],
    ['Trump aplicó aranceles de 25% a los bienes mexicanos en 2018.', 'false'],
    ['El impuesto a las remesas está en vigor desde enero de 2026.', 'accurate'],
    ['El impuesto a las remesas está vigente desde 2025.', 'false'],
    ['El Acta 323 se adoptó en 2017.', 'accurate'],
    ['El Acta 323 se adoptó en 2012.', 'false'],
  ],
};

const NEVER: Table = {
  en: [
    // Only threatened, planned, proposed or wanted: the event did not happen then.
    ['Trump threatened to impose 25% tariffs on Mexican goods in 2019.', 'false'],
    ['Trump threatened to designate the cartels as terrorist organizations in 2019.', 'false'],
    ['Trump proposed designating the cartels as terrorist organizations in 2019.', 'false'],
    ['Trump wanted to impose 25% tariffs on Mexican goods in 2019.', 'false'],
    ['In 2019 Trump said he planned to designate the cartels as terrorist organizations.', 'false'],
    ['Trump first floated designating the cartels as terrorist groups in 2019.', 'false'],
    // Tariffs on one product are not the tariffs on all goods.
    ['Trump imposed 25% tariffs on Mexican steel in 2018.', 'false'],
  ],
  es: [
    ['Trump amenazó con imponer aranceles de 25% a productos mexicanos en 2019.', 'false'],
    ['Trump amenazó con designar a los cárteles como organizaciones terroristas en 2019.', 'false'],
    ['Trump planeaba imponer los aranceles por el fentanilo en 2019.', 'false'],
    ['Trump impuso aranceles de 25% al acero mexicano en 2018.', 'false'],
  ],
};

const OPEN: Table = {
  en: [
    ['Mexicans abroad have been able to vote in presidential elections since 2006.', 'false'],
    ['Mexico became the top supplier of fentanyl to the U.S. market in 2019, displacing China.', 'false'],
    ['The USMCA will expire in 2036 unless it is renewed.', 'false'],
    ['The World Cup was awarded to the joint North American bid in 2018.', 'false'],
  ],
  es: [
    ['Desde 2006 los mexicanos que viven en el extranjero pueden votar por presidente.', 'false'],
    ['En 2025 la Corte Suprema de EU rechazó la demanda mexicana contra las armeras.', 'false'],
    ['El T-MEC expirará en 2036 a menos que se renueve.', 'false'],
  ],
};

describeWordings(
  'a dated event said in a synonym of its verb, and one only threatened or planned (session 33)',
  { rated: RATED, never: NEVER, open: OPEN },
  'an event only threatened, planned or proposed, or tariffs on one product',
);
