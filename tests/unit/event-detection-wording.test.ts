/**
 * Dated events of the record told in wordings written for this test blind to the corpus (events29): the doer said by another
 * name or by its seat ("the high court", "the justices", "el máximo tribunal", "la Casa Blanca", "Palacio Nacional"), the event
 * said by its noun ("the designation", "la entrada en vigor"), the thing named inside a relative clause ("the pact that
 * replaced NAFTA", "The USMCA, which replaced NAFTA, took effect"), and its time said as a month and year, a time from the
 * writing ("last year", "hace dos años"), an officeholder's term ("during Trump's first term", "en su primer mandato") or a
 * U.S. fiscal year ("in fiscal year 2022", "en el año fiscal 2022").
 * Each sentence names its topic and gets the record's verdict where the record dates the event so; a time the record cannot
 * place, another event (announced, not taken effect) or a name a relative clause acts on gets none. Under OPEN are phrasings
 * the engine does not yet settle: found or not, they must not get the wrong verdict.
 */
import { describe, expect, it } from 'vitest';
import { bundled } from './helpers/bundled';

/** [sentence, topic, rating as the eval reads it] */
type Case = [string, string, string];

/** Topic and rating as the eval reads them: no finding is "none", a sentence that asserts nothing checkable "context", outdated counts as false. */
const read = (text: string): [string, string] => {
  const f = bundled.classify(text);
  if (!f) return ['none', 'none'];
  const rating = f.checkworthy ? f.rating : 'context';
  return [f.topic, rating === 'outdated' ? 'false' : rating];
};

/** Found under its topic and rated as the record dates the event; "context" where the time said is one the record cannot place. */
const RATED: Record<'en' | 'es', Case[]> = {
  en: [
    ['Washington formally labeled six Mexican cartels as foreign terrorist organizations in February 2025.', 'cartels-violence', 'accurate'],
    ['The White House designated the Sinaloa Cartel and the CJNG as foreign terrorist organizations in 2025.', 'cartels-violence', 'accurate'],
    ['The designation of the cartels as foreign terrorist organizations came in 2025.', 'cartels-violence', 'accurate'],
    ['The cartels were designated terrorist organizations in 2023.', 'cartels-violence', 'false'],
    ['The State Department added the Mexican cartels to its terrorist list last year.', 'cartels-violence', 'context'],
    ["The justices threw out Mexico's lawsuit against American gunmakers in June 2025.", 'guns-trafficking', 'accurate'],
    ["The Supreme Court dismissed Mexico's lawsuit against gunmakers in 2023.", 'guns-trafficking', 'false'],
    ["Mexico's lawsuit against Arizona gun shops was filed in October 2022.", 'guns-trafficking', 'accurate'],
    ['Mexico sued five gun stores in Arizona in 2021.', 'guns-trafficking', 'false'],
    ['Border Patrol agent Brian Terry was killed in December 2010.', 'guns-trafficking', 'accurate'],
    ["The USMCA's entry into force came in July 2020.", 'nafta-usmca', 'accurate'],
    ['The USMCA, which updated the rules of origin for cars, took effect in 2020.', 'nafta-usmca', 'accurate'],
    ['NAFTA went into effect in January 1994.', 'nafta-usmca', 'accurate'],
    ['The USMCA took effect in 2018.', 'nafta-usmca', 'false'],
    ['The USMCA took effect two years ago.', 'nafta-usmca', 'context'],
    ["Trump's fentanyl tariffs on Mexican goods took effect in March 2025.", 'nafta-usmca', 'accurate'],
    ['Trump announced the fentanyl tariffs on Mexico in February 2025.', 'nafta-usmca', 'context'],
    ["The Supreme Court struck down Trump's emergency tariffs in February 2026.", 'nafta-usmca', 'accurate'],
    ['The 1% levy on cash remittances kicked in on January 1, 2026.', 'remittances', 'accurate'],
    ['Congress passed the tax on remittances in July 2025.', 'remittances', 'accurate'],
    ['The remittance tax, which applies to cash transfers, took effect in 2026.', 'remittances', 'accurate'],
    ['The remittance tax took effect in 2025.', 'remittances', 'false'],
    ['The remittance tax was announced in 2025.', 'remittances', 'context'],
    ['The remittance tax was signed into law last year.', 'remittances', 'context'],
    ['Minute 323 was signed in September 2017.', 'water-treaty', 'accurate'],
    ['Minute 319 expired at the end of 2017.', 'water-treaty', 'accurate'],
    ['Minute 319 was signed in 2010.', 'water-treaty', 'false'],
    ['Mexico displaced China as the largest supplier of goods to the United States in 2023.', 'trade-partner-rank', 'accurate'],
    ['The Bicentennial Framework replaced the Mérida Initiative in October 2021.', 'cartels-violence', 'accurate'],
    ['Mexicans living abroad first voted for president in 2006.', 'diaspora', 'accurate'],
    ['The Brownsville-Matamoros rail bridge opened in August 2015.', 'border-security', 'accurate'],
    ['The USMCA, which replaced NAFTA, took effect in 2020.', 'nafta-usmca', 'accurate'],
    ['The remittance tax, which Congress approved as part of the budget bill, took effect in January 2026.', 'remittances', 'accurate'],
    ['Officials who signed Minute 323 in 2017 hailed it as a milestone.', 'water-treaty', 'accurate'],
    ["The Supreme Court struck down Trump's tariffs in February 2026.", 'nafta-usmca', 'accurate'],
    ["The Supreme Court struck down Trump's tariffs in 2024.", 'nafta-usmca', 'false'],
    ['The remittance tax took effect this January.', 'remittances', 'context'],
    ['The Mérida Initiative was replaced by the Bicentennial Framework in 2019.', 'cartels-violence', 'false'],
    ['The high court ruled against Mexico in 2025.', 'guns-trafficking', 'accurate'],
    ["Mexico's government sued five Arizona gun dealers in 2022.", 'guns-trafficking', 'accurate'],
  ],
  es: [
    ['La Casa Blanca designó a seis cárteles mexicanos como organizaciones terroristas extranjeras en febrero de 2025.', 'cartels-violence', 'accurate'],
    ['Washington declaró organizaciones terroristas a los cárteles mexicanos en 2025.', 'cartels-violence', 'accurate'],
    ['La designación de los cárteles como organizaciones terroristas llegó en 2025.', 'cartels-violence', 'accurate'],
    ['Los cárteles fueron designados organizaciones terroristas en 2019.', 'cartels-violence', 'false'],
    ['El máximo tribunal de Estados Unidos desechó en junio de 2025 la demanda de México contra las armeras.', 'guns-trafficking', 'accurate'],
    ['Palacio Nacional demandó a cinco armerías de Arizona en octubre de 2022.', 'guns-trafficking', 'accurate'],
    ['El agente Brian Terry murió en diciembre de 2010.', 'guns-trafficking', 'accurate'],
    ['La entrada en vigor del T-MEC fue el 1 de julio de 2020.', 'nafta-usmca', 'accurate'],
    ['El tratado que sustituyó al TLCAN entró en vigor en julio de 2020.', 'nafta-usmca', 'accurate'],
    ['El TLCAN entró en vigor en enero de 1994.', 'nafta-usmca', 'accurate'],
    ['El T-MEC entró en vigor hace dos años.', 'nafta-usmca', 'context'],
    ['El T-MEC entró en vigor el año pasado.', 'nafta-usmca', 'context'],
    ['Los aranceles por el fentanilo entraron en vigor en marzo de 2025.', 'nafta-usmca', 'accurate'],
    ['Trump anunció los aranceles a México en febrero de 2025.', 'nafta-usmca', 'context'],
    ['La Corte Suprema anuló en febrero de 2026 los aranceles impuestos bajo la IEEPA.', 'nafta-usmca', 'accurate'],
    ['El impuesto del 1% a las remesas en efectivo entró en vigor en enero de 2026.', 'remittances', 'accurate'],
    ['El Congreso estadounidense aprobó el impuesto a las remesas en julio de 2025.', 'remittances', 'accurate'],
    ['El impuesto a las remesas entró en vigor en 2025.', 'remittances', 'false'],
    ['El impuesto a las remesas se anunció en 2025.', 'remittances', 'context'],
    ['El Acta 323, que regula el reparto del río Colorado, se firmó en 2017.', 'water-treaty', 'accurate'],
    ['El Acta 319 se firmó en noviembre de 2012.', 'water-treaty', 'accurate'],
    ['La FIFA eligió a México, Estados Unidos y Canadá como sedes del Mundial 2026 en junio de 2018.', 'world-cup-2026', 'accurate'],
    ['El Mundial 2026 fue otorgado a la candidatura conjunta en 2020.', 'world-cup-2026', 'false'],
    ['México superó a China como principal origen de las importaciones estadounidenses en 2023.', 'trade-partner-rank', 'accurate'],
    ['El Entendimiento Bicentenario sustituyó a la Iniciativa Mérida en octubre de 2021.', 'cartels-violence', 'accurate'],
    ['Los mexicanos en el exterior votaron por primera vez por presidente en 2006.', 'diaspora', 'accurate'],
    ['El programa Prospera desapareció en 2019.', 'mexico-economy', 'accurate'],
    ['Los Pinos lanzó Progresa en 1997.', 'mexico-economy', 'accurate'],
    ['El impuesto a las remesas, que aprobó el Congreso estadounidense, entró en vigor en enero de 2026.', 'remittances', 'accurate'],
    ['La Suprema Corte anuló los aranceles de Trump en febrero de 2026.', 'nafta-usmca', 'accurate'],
    ['El Entendimiento Bicentenario sustituyó a la Iniciativa Mérida en 2018.', 'cartels-violence', 'false'],
    ['El alto tribunal estadounidense desechó la demanda de México contra las armeras en 2025.', 'guns-trafficking', 'accurate'],
    ['Los Pinos lanzó Progresa en 2001.', 'mexico-economy', 'false'],
    ['El gobierno mexicano demandó a cinco armerías de Arizona en octubre de 2022.', 'guns-trafficking', 'accurate'],
  ],
};

/** Found under its topic, never with the rating given: another thing named in a relative clause, an officeholder's term, an announcement. */
const NEVER_WRONG: Record<'en' | 'es', Case[]> = {
  en: [
    ["The cartels were branded terrorist groups during Trump's first term.", 'cartels-violence', 'accurate'],
    ['The agreement that replaced NAFTA took effect in 2020.', 'nafta-usmca', 'false'],
    ['The deal which succeeded NAFTA entered into force in July 2020.', 'nafta-usmca', 'false'],
    ["The USMCA took effect during Trump's first term.", 'nafta-usmca', 'false'],
    ['NAFTA took effect in fiscal year 1994.', 'nafta-usmca', 'false'],
    ['The tariffs on Mexico were announced in 2024.', 'nafta-usmca', 'accurate'],
  ],
  es: [
    ['La Suprema Corte desechó la demanda de México contra las armeras durante el primer mandato de Trump.', 'guns-trafficking', 'accurate'],
    ['El acuerdo que reemplazó al TLCAN entró en vigor en 2020.', 'nafta-usmca', 'false'],
    ['El T-MEC entró en vigor durante el primer mandato de Trump.', 'nafta-usmca', 'false'],
    ['La Suprema Corte desechó la demanda de México contra las armeras en el segundo mandato de Trump.', 'guns-trafficking', 'false'],
    ['El impuesto a las remesas entró en vigor este enero.', 'remittances', 'false'],
    ['Los aranceles a México se anunciaron en 2024.', 'nafta-usmca', 'accurate'],
  ],
};

/** Not yet settled: found or not, never with the rating given. */
const OPEN: Record<'en' | 'es', Case[]> = {
  en: [
    ['The opening of the West Rail Bypass bridge came in August 2015.', 'border-security', 'false'],
    ["The Supreme Court's ruling against Mexico came in June 2025.", 'guns-trafficking', 'false'],
    ["The high court ruled against Mexico's suit against gun manufacturers in 2025.", 'guns-trafficking', 'false'],
    ["The Supreme Court's ruling on Mexico's case against the gun industry came in June 2025.", 'guns-trafficking', 'false'],
    ['The trade pact that replaced NAFTA took effect in July 2020.', 'nafta-usmca', 'false'],
    ['The justices struck down the IEEPA tariffs in 2025.', 'nafta-usmca', 'accurate'],
    ['FIFA picked the joint bid of Canada, Mexico and the United States to host the 2026 World Cup in June 2018.', 'world-cup-2026', 'false'],
    ['The 2026 World Cup was awarded to the three North American countries in 2016.', 'world-cup-2026', 'accurate'],
    ['The fentanyl tariffs were announced in February 2025 and took effect in March.', 'nafta-usmca', 'false'],
  ],
  es: [
    ['El fallo de la Suprema Corte contra la demanda de México a las armeras llegó en 2025.', 'guns-trafficking', 'false'],
    ['El fallo de la Suprema Corte contra México llegó en junio de 2025.', 'guns-trafficking', 'false'],
  ],
};

/**
 * Said as a U.S. fiscal year, which runs from October of the year before: an event of October to December falls in the next one
 * (the Bicentennial Framework's October 2021 in fiscal 2022); with no month on record, the event's own year or the next is open.
 */
const FISCAL: Record<'en' | 'es', Case[]> = {
  en: [
    ['The Bicentennial Framework replaced the Mérida Initiative in fiscal year 2022.', 'cartels-violence', 'accurate'],
    ['The Bicentennial Framework replaced the Mérida Initiative in fiscal year 2021.', 'cartels-violence', 'false'],
    ['Mexico sued five Arizona gun dealers in fiscal year 2023.', 'guns-trafficking', 'accurate'],
    ['The USMCA took effect in fiscal year 2020.', 'nafta-usmca', 'accurate'],
    ['The cartels were designated terrorist organizations in fiscal year 2025.', 'cartels-violence', 'context'],
    ['The cartels were designated terrorist organizations in fiscal year 2019.', 'cartels-violence', 'false'],
    ['Minute 319 was signed in FY2013.', 'water-treaty', 'accurate'],
  ],
  es: [
    ['El Entendimiento Bicentenario sustituyó a la Iniciativa Mérida en el año fiscal 2022.', 'cartels-violence', 'accurate'],
    ['México demandó a cinco armerías de Arizona en el año fiscal 2023.', 'guns-trafficking', 'accurate'],
    ['El T-MEC entró en vigor en el año fiscal 2021.', 'nafta-usmca', 'false'],
    ['Los cárteles fueron designados organizaciones terroristas en el año fiscal 2026.', 'cartels-violence', 'context'],
    ['El Acta 319 se firmó en el año fiscal 2012.', 'water-treaty', 'false'],
  ],
};

/** A related event's date (signed, ratified, announced, filed, heard, ordered) or a time after another event: never the wrong verdict. */
const RELATED: Record<'en' | 'es', Case[]> = {
  en: [
    ['The USMCA was signed in 2018.', 'nafta-usmca', 'false'],
    ['The USMCA was signed in November 2018 and took effect in July 2020.', 'nafta-usmca', 'false'],
    ['NAFTA was signed in 1992.', 'nafta-usmca', 'false'],
    ['The USMCA was ratified by Mexico in 2019.', 'nafta-usmca', 'false'],
    ['The fentanyl tariffs were announced in February 2025.', 'nafta-usmca', 'false'],
    ['Trump threatened tariffs on Mexico in 2019.', 'nafta-usmca', 'accurate'],
    ['The remittance tax was first proposed in 2025.', 'remittances', 'false'],
    ['The House approved the remittance tax in May 2025.', 'remittances', 'false'],
    ['Mexico filed its lawsuit against U.S. gunmakers in 2021.', 'guns-trafficking', 'false'],
    ["The Supreme Court heard Mexico's case against gunmakers in March 2025.", 'guns-trafficking', 'false'],
    ["The Supreme Court agreed to hear Mexico's lawsuit in 2024.", 'guns-trafficking', 'false'],
    ['Minute 323 was negotiated in 2016.', 'water-treaty', 'false'],
    ['Trump ordered the fentanyl tariffs in February 2025.', 'nafta-usmca', 'false'],
    ['The cartels designation was announced in January 2025.', 'cartels-violence', 'false'],
    ['Trump signed an order in January 2025 to designate the cartels as terrorist organizations.', 'cartels-violence', 'false'],
    ['Mexico was awarded the 1986 World Cup in 1983.', 'world-cup-2026', 'false'],
    ['The Supreme Court struck down the tariffs in 2026, a year after they took effect.', 'nafta-usmca', 'false'],
  ],
  es: [
    ['El T-MEC se firmó en 2018.', 'nafta-usmca', 'false'],
    ['El TLCAN se firmó en 1992.', 'nafta-usmca', 'false'],
    ['La Cámara de Representantes aprobó el impuesto a las remesas en mayo de 2025.', 'remittances', 'false'],
    ['México presentó su demanda contra las armeras estadounidenses en 2021.', 'guns-trafficking', 'false'],
    ['Trump firmó en enero de 2025 una orden para designar a los cárteles como organizaciones terroristas.', 'cartels-violence', 'false'],
  ],
};

/** The event said by its noun ("the signing of", "la apertura del", "el lanzamiento de"), its verb read through the same class. */
const NOUNS: Record<'en' | 'es', Case[]> = {
  en: [
    ['The signing of Minute 323 took place in September 2017.', 'water-treaty', 'accurate'],
    ['The killing of Brian Terry happened in December 2010.', 'guns-trafficking', 'accurate'],
    ['The launch of Progresa came in 1997.', 'mexico-economy', 'accurate'],
    ['The signing of Minute 323 took place in 2015.', 'water-treaty', 'false'],
  ],
  es: [
    ['La firma del Acta 323 fue en septiembre de 2017.', 'water-treaty', 'accurate'],
    ['La apertura del puente ferroviario West Rail Bypass fue en agosto de 2015.', 'border-security', 'accurate'],
    ['El asesinato de Brian Terry ocurrió en 2010.', 'guns-trafficking', 'accurate'],
    ['El lanzamiento de Progresa fue en 1997.', 'mexico-economy', 'accurate'],
    ['La firma del Acta 323 fue en 2015.', 'water-treaty', 'false'],
  ],
};

describe('a dated event told in new words', () => {
  for (const lang of ['en', 'es'] as const) {
    it(`is found under its topic and rated by the record, in ${lang}`, () => {
      expect(RATED[lang].map(([text]) => [text, ...read(text)])).toEqual(RATED[lang].map(([text, topic, rating]) => [text, topic, rating]));
    });
    it(`is found and rated where it is said by its noun, in ${lang}`, () => {
      expect(NOUNS[lang].map(([text]) => [text, ...read(text)])).toEqual(NOUNS[lang].map(([text, topic, rating]) => [text, topic, rating]));
    });
    it(`is checked by the fiscal year its record's month falls in, in ${lang}`, () => {
      expect(FISCAL[lang].map(([text]) => [text, ...read(text)])).toEqual(FISCAL[lang].map(([text, topic, rating]) => [text, topic, rating]));
    });
    it(`is found and never given the wrong verdict where another thing or an unplaced time is said, in ${lang}`, () => {
      for (const [text, topic, wrong] of [...NEVER_WRONG[lang], ...RELATED[lang]]) {
        const [found, rating] = read(text);
        expect([text, found === topic || found === 'none', rating !== wrong]).toEqual([text, true, true]);
      }
    });
    it(`is never given the wrong verdict where the engine does not yet settle it, in ${lang}`, () => {
      for (const [text, , wrong] of OPEN[lang]) expect([text, read(text)[1]]).not.toEqual([text, wrong]);
    });
  }
});
