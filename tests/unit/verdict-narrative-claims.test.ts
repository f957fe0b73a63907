/**
 * The narratives people repeat, said in their common words, meet a typical claim of the fact whose record settles
 * them (facts/*.json `claims`): "Mexico sends the drugs", "the cartels are armed with U.S. guns", "Mexico never paid
 * for the wall", "Mexico is a minor trading partner", "Mexico owes water", "remittances are the top source of
 * dollars", "U.S. importers pay the tariffs", "the U.S. designated the cartels as terrorists". Before, each of these got only related records. Run on the bundled
 * facts; the sentences are paraphrases written for the test (not the claims' own words), with near misses that
 * must not take the claim's rating: the other country, a negation, another place, another hedge.
 */
import { describe, expect, it } from 'vitest';
import { bundled as engine } from './helpers/bundled';

const judged = (text: string) => {
  const f = engine.classify(text);
  return f && f.basis === 'claim' ? `${f.factId}:${f.rating}` : 'none';
};

/** Sentence → the fact and rating its typical claim gives. */
const MET: Record<'en' | 'es', [string, string][]> = {
  en: [
    ['Most of the fentanyl comes from Mexico these days.', 'drugs-fentanyl-mexico-main-source:accurate'],
    ['Most of the illegal drugs in the U.S. come from Mexico.', 'drugs-fentanyl-mexico-main-source:needs-context'],
    ['Most fentanyl is made in Mexico by the cartels.', 'drugs-fentanyl-cartels-sinaloa-cjng:accurate'],
    ['Most people arrested for smuggling fentanyl are U.S. citizens.', 'drugs-fentanyl-citizens-at-ports:accurate'],
    ['The drug cartels are armed with American guns.', 'guns-trafficking-traced-us-share:needs-context'],
    ['Most of the guns seized in Mexico come from the United States.', 'guns-trafficking-traced-us-share:needs-context'],
    ["Mexico didn't pay for the border wall.", 'border-security-wall-funding:accurate'],
    ['Mexico never paid a cent for the border wall.', 'border-security-wall-funding:accurate'],
    ['The border wall was paid for by U.S. taxpayers.', 'border-security-wall-funding:accurate'],
    ['ISIS terrorists are crossing our southern border every day.', 'border-security-terrorism-no-evidence:false'],
    ['Mexico is just a minor U.S. trading partner.', 'trade-partner-rank-largest:false'],
    ['Mexico is not a major U.S. trading partner.', 'trade-partner-rank-largest:false'],
    ['Mexico owes a big water debt to the U.S.', 'water-treaty-2020-2025-shortfall:accurate'],
    ['Remittances have become Mexico’s biggest source of foreign income.', 'remittances-foreign-currency-source:needs-context'],
    ['In 2025 remittances to Mexico fell for the first time in over a decade.', 'remittances-annual-total:accurate'],
    ['It is U.S. importers who pay the tariffs on Mexican goods.', 'nafta-usmca-supreme-court-ieepa-2026:accurate'],
    ['The US has designated the cartels as terrorist organizations.', 'cartels-violence-fto-designation-2025:accurate'],
    ['Mexicans are the largest group of immigrants in the US.', 'diaspora-mexican-born-us-residents:accurate'],
    ['In 2010, Mexico depended on the U.S. for most of its exports.', 'trade-volume-mexico-exports-to-us-share:accurate'],
    ['Mexico does absolutely nothing to stop the drug cartels.', 'cartels-violence-transfers-to-us:false'],
    ['Mexico has sent dozens of cartel bosses to the United States.', 'cartels-violence-transfers-to-us:accurate'],
  ],
  es: [
    ['La mayoría del fentanilo viene de México.', 'drugs-fentanyl-mexico-main-source:accurate'],
    ['La mayor parte de la droga que llega a EU viene de México.', 'drugs-fentanyl-mexico-main-source:needs-context'],
    ['La mayoría de los que contrabandean fentanilo son estadounidenses.', 'drugs-fentanyl-citizens-at-ports:accurate'],
    ['Los cárteles están armados con armas de Estados Unidos.', 'guns-trafficking-traced-us-share:needs-context'],
    ['La mayoría de las armas decomisadas en México vienen de Estados Unidos.', 'guns-trafficking-traced-us-share:needs-context'],
    ['México no pagó ni un peso del muro fronterizo.', 'border-security-wall-funding:accurate'],
    ['El muro fronterizo lo pagaron los contribuyentes estadounidenses.', 'border-security-wall-funding:accurate'],
    ['México es apenas un socio comercial menor de EU.', 'trade-partner-rank-largest:false'],
    ['México no es un socio comercial importante para Estados Unidos.', 'trade-partner-rank-largest:false'],
    ['México acumula una enorme deuda de agua con EU.', 'water-treaty-2020-2025-shortfall:accurate'],
    ['Las remesas ya son la mayor fuente de dólares para México.', 'remittances-foreign-currency-source:needs-context'],
    ['Las remesas cayeron en 2025 por primera vez en más de una década.', 'remittances-annual-total:accurate'],
    ['Los importadores estadounidenses pagan los aranceles a los productos mexicanos.', 'nafta-usmca-supreme-court-ieepa-2026:accurate'],
    ['Estados Unidos designó a los cárteles como organizaciones terroristas.', 'cartels-violence-fto-designation-2025:accurate'],
    ['Los mexicanos son la mayor comunidad de inmigrantes en EU.', 'diaspora-mexican-born-us-residents:accurate'],
    ['México depende de Estados Unidos para la mayoría de sus exportaciones.', 'trade-volume-mexico-exports-to-us-share:accurate'],
    ['México tiene más consulados en Estados Unidos que cualquier otro país.', 'exchanges-diplomacy-mexico-consulates:needs-context'],
    ['México no hace absolutamente nada contra los cárteles del narco.', 'cartels-violence-transfers-to-us:false'],
    ['México ha enviado a decenas de capos del narco a EU.', 'cartels-violence-transfers-to-us:accurate'],
    ['México es el país que más deportados recibe de Estados Unidos.', 'migration-flows-ice-removals-mexicans:accurate'],
  ],
};

/** Sentence → a rating its near claim must not give it. */
const NOT_MET: Record<'en' | 'es', [string, string][]> = {
  en: [
    ['Mexico paid for the border wall.', 'border-security-wall-funding:accurate'],
    ['U.S. taxpayers did not pay for the border wall.', 'border-security-wall-funding:accurate'],
    ['Mexico is a major trading partner of the United States.', 'trade-partner-rank-largest:false'],
    ['Mexico is not a major trading partner for Europe.', 'trade-partner-rank-largest:false'],
    ['Mexico no longer owes a water debt to the United States.', 'water-treaty-2020-2025-shortfall:accurate'],
    ['ISIS terrorists are not crossing the southern border.', 'border-security-terrorism-no-evidence:false'],
    ['Most people arrested for smuggling fentanyl are Mexicans.', 'drugs-fentanyl-citizens-at-ports:accurate'],
    ['Remittances are Michoacán’s biggest source of foreign income.', 'remittances-foreign-currency-source:needs-context'],
    ['The U.S. designated all the cartels as terrorist organizations.', 'cartels-violence-fto-designation-2025:accurate'],
    ['Mexico depends on the US for most of its imports.', 'trade-volume-mexico-exports-to-us-share:accurate'],
    ['Mexico has never sent cartel bosses to the United States.', 'cartels-violence-transfers-to-us:accurate'],
    ['The U.S. does nothing to stop the cartels.', 'cartels-violence-transfers-to-us:false'],
  ],
  es: [
    ['México pagó el muro fronterizo.', 'border-security-wall-funding:accurate'],
    ['Los contribuyentes estadounidenses no pagaron el muro fronterizo.', 'border-security-wall-funding:accurate'],
    ['México es un socio comercial importante para Estados Unidos.', 'trade-partner-rank-largest:false'],
    ['La mayoría de los que contrabandean fentanilo son mexicanos.', 'drugs-fentanyl-citizens-at-ports:accurate'],
    ['La mayoría de las drogas vienen de Colombia.', 'drugs-fentanyl-mexico-main-source:needs-context'],
    ['México depende de Estados Unidos para la mayoría de sus importaciones.', 'trade-volume-mexico-exports-to-us-share:accurate'],
    ['México es el país que menos deportados recibe de Estados Unidos.', 'migration-flows-ice-removals-mexicans:accurate'],
  ],
};

describe('the narratives people repeat meet a typical claim', () => {
  for (const lang of ['en', 'es'] as const) {
    it(`said in other words, in ${lang === 'en' ? 'English' : 'Spanish'}`, () => {
      for (const [text, want] of MET[lang]) expect([text, judged(text)]).toEqual([text, want]);
    });
    it(`but not its near misses, in ${lang === 'en' ? 'English' : 'Spanish'}`, () => {
      for (const [text, not] of NOT_MET[lang]) expect([text, judged(text)]).not.toEqual([text, not]);
    });
  }
});
