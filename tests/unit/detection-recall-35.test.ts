/**
 * Claims the detector must find with their topic, in wordings that name neither country, as officials and posts say them:
 * the cartels named alone; the border said as closed, shut or secured; unlawful migration counted or said to rise or fall;
 * guns said to go south and drugs north; North America named with what goods must be made of; a country said to send its
 * criminals; goods routed through a back door; foreign troops; Mexico's "super peso". Beside them, text in like words that
 * makes no claim about the relationship (an oil or price cartel, a Colombian cartel, the Channel's or the Canaries' crossings,
 * a mountain of North America, a team or a market that "went south", wall art, a holiday in the south), which must stay unfound.
 * Written for this test, in English and Spanish, apart from the corpora: what is judged is the class, not a sentence.
 */
import type { Lang } from '../../engine/schema';
import { type Case, describeClasses } from './helpers/detection-topics';

const CLASSES: Record<string, Record<Lang, readonly Case[]>> = {
  'the cartels named alone are the relationship; a cartel of prices or oil, or of another country, is not': {
    en: [
      ['The cartels are making billions smuggling fentanyl and people across our border.', ['drugs-fentanyl', 'cartels-violence', 'border-security']],
      ['The cartels now control more territory than ever, and they are armed with American rifles.', ['cartels-violence', 'guns-trafficking']],
      ['The OPEC cartel agreed to cut oil output by two million barrels a day.', ['none']],
      ['Regulators fined the price-fixing cartel of cement makers $200 million.', ['none']],
      ['The Medellin cartel was dismantled in the 1990s in Colombia.', ['none']],
    ],
    es: [
      ['Los cárteles trafican fentanilo y personas hacia Estados Unidos todos los días.', ['drugs-fentanyl', 'cartels-violence']],
      ['Los cárteles tienen armas de alto poder compradas en armerías del otro lado.', ['guns-trafficking', 'cartels-violence']],
      ['El cártel de la OPEP acordó recortar la producción de petróleo.', ['none']],
      ['El cártel de Medellín fue desmantelado en Colombia en los noventa.', ['none']],
    ],
  },
  'the border said as closed or secured, and unlawful migration counted or said to rise or fall, are the relationship; the Channel or the Canaries are not': {
    en: [
      ['We shut down the border and illegal crossings dropped to the lowest level ever recorded.', ['border-security', 'migration-flows']],
      ['Small boat crossings of the Channel hit a record in 2024, the Home Office said.', ['none']],
      ['Illegal immigration in Europe fell 30 percent last year, Frontex said.', ['none']],
      ['The senator said illegal immigration was never on voters’ minds until he brought it up.', ['none']],
      ['Gotaways have fallen by more than 90 percent since January.', ['migration-flows', 'border-security']],
      ['Illegal aliens are flooding into our country at record numbers under this administration.', ['migration-flows', 'border-security']],
    ],
    es: [
      ['La migración irregular cayó 90% desde que se reforzó la vigilancia.', ['migration-flows', 'border-security']],
      ['La inmigración irregular a Canarias bajó 60% este año.', ['none']],
    ],
  },
  'guns said to go south and drugs north are the shared trafficking, with neither country named; a compass direction alone is not': {
    en: [
      ['Most of the weapons flowing south are bought in Texas and Arizona gun shops.', ['guns-trafficking']],
      ['The drugs come north by the ton, and the rifles go south by the thousand.', ['guns-trafficking', 'drugs-fentanyl']],
      ['The team went south after halftime and lost 4-1.', ['none']],
      ['Stocks went north after the Fed cut rates.', ['none']],
      ['We need more wall art in the lobby.', ['none']],
    ],
    es: [
      ['Las armas van para el sur y la droga para el norte, así funciona el negocio.', ['guns-trafficking', 'drugs-fentanyl']],
      ['Nos vamos al sur de vacaciones con los niños.', ['none']],
    ],
  },
  'North America named with what goods must be made of is the trade agreement; the continent alone is not': {
    en: [
      ['Seventy-five percent of a vehicle must be made in North America to avoid duties.', ['nafta-usmca', 'supply-chains']],
      ['Denali is the highest peak in North America.', ['none']],
    ],
    es: [
      ['Para no pagar aranceles, 75% del contenido de un auto debe fabricarse en América del Norte.', ['nafta-usmca', 'supply-chains']],
      ['El Aconcagua no está en América del Norte.', ['none']],
    ],
  },
  "a country said to send its criminals, goods routed through Mexico as a back door, foreign troops and the 'super peso' are their topics' words in either language": {
    en: [
      ['Mexico keeps sending us its criminals and its gang members, the governor said.', ['migration-flows']],
      ['Chinese firms use Mexico as a back door into the American market to dodge tariffs.', ['nafta-usmca', 'supply-chains']],
      ['The Mexican president said there would never be U.S. troops on Mexican soil.', ['border-security', 'cartels-violence']],
    ],
    es: [
      ['Trump dice que México le manda a sus delincuentes.', ['migration-flows']],
      ['Las empresas chinas usan a México como puerta trasera para evadir los aranceles de Trump.', ['nafta-usmca', 'supply-chains']],
      ['La presidenta aseguró que no habrá tropas estadounidenses en territorio nacional.', ['border-security', 'cartels-violence']],
      ['El súper peso cerró la semana en 17.20 por dólar.', ['mexico-economy']],
    ],
  },
};

/**
 * Known misses, kept so a change that finds them updates this list: the narrative said with pronouns only (who "they" are is
 * in the sentences before), and goods routed through a back door with no country named, could be any country's. (Unlawful
 * migration said with no word the English prefilter held was listed here until round 37 gave the prefilter the gate's own
 * nouns, "illegal crossings", "illegal aliens", "gotaways", but not "illegal immigration", said as often of politics.)
 */
const KNOWN_MISSES: Record<Lang, readonly Case[]> = {
  en: [
    ['They are not sending their best; they are sending criminals and drug dealers.', ['none']],
    ['Chinese manufacturers are routing goods through a back door to avoid our tariffs.', ['none']],
  ],
  es: [['Ellos nos mandan a sus peores delincuentes y nadie dice nada.', ['none']]],
};

describeClasses('claims of the classes detection missed (round 35) are found with their topic; like text that claims nothing is not', CLASSES, KNOWN_MISSES);
