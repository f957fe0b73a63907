/**
 * Figure claims the detector used to miss, by class (round 33): the border named in English with its crossing or its
 * policing ("illegal border crossings", "apprehended at the border"), as Spanish "frontera" already was; the border's
 * crossing points; a plant said to be Mexican; the goods a tariff falls on; American travelers and visitors, and U.S.
 * tourism, in Mexico; a poll's share that describes or rates the other country, with a "however" between; the top
 * exporter to the U.S.; a travel advisory. Beside them, text in like words that makes no claim about the relationship (a
 * border between neighborhoods, another country's border, a county line, a potted plant, travelers in Italy, a film's
 * critics), which must stay unfound. Written for this test, in English and Spanish, apart from the corpora.
 */
import type { Lang } from '../../engine/schema';
import { type Case, describeClasses } from './helpers/detection-topics';

const CROSSING = ['migration-flows', 'border-security'];

const CLASSES: Record<string, Record<Lang, readonly Case[]>> = {
  'the border named with its crossing or its policing is the U.S.–Mexico border; a border of anything else is not': {
    en: [
      ['Illegal border crossings fell by half last month, officials said.', CROSSING],
      ['Border apprehensions reached 250,000 in December, a record.', CROSSING],
      ['Agents apprehended 1,200 migrants at the border over the weekend.', CROSSING],
      ['The new bakery sits right on the border of two neighborhoods.', ['none']],
      ['Poland reinforced border security along its frontier with Belarus.', ['none']],
      ['Border crossings between Canada and the U.S. rose 5% this summer.', ['none']],
      ['The county border runs along the river for twelve miles.', ['none']],
    ],
    es: [
      ['Los cruces ilegales en la frontera bajaron a la mitad el mes pasado.', CROSSING],
      ['Hay 48 puntos de cruce a lo largo de la frontera con Estados Unidos, y seis cierran de noche.', ['border-security']],
      ['Polonia reforzó la seguridad de su frontera con Bielorrusia.', ['none']],
    ],
  },
  "the border's crossing points, a Mexican plant and the goods a tariff falls on are their topics' words": {
    en: [
      ['There are 48 crossing points along the border with Mexico, and six of them close at night.', ['border-security']],
      ['GM employs 3,000 workers at its Mexican plant in Silao.', ['supply-chains']],
      ['Washington put a 25% tariff on Mexican goods in March.', ['nafta-usmca']],
      ['She watered the plant on the balcony every morning.', ['none']],
    ],
    es: [
      ['La armadora contratará a 3,000 trabajadores en su nueva planta mexicana.', ['supply-chains']],
      ['Washington impuso un arancel del 25% a los productos mexicanos en marzo.', ['nafta-usmca']],
      ['Regó la planta del balcón cada mañana.', ['none']],
    ],
  },
  'American travelers and visitors, and U.S. tourism, in Mexico are exchanges between the peoples; in another country they are not': {
    en: [
      ['About 40 million American visitors came to Mexico last year.', ['exchanges-diplomacy']],
      ['Mexico is the top foreign destination for American travelers.', ['exchanges-diplomacy']],
      ['American visitors filled Italy this summer.', ['none']],
      // Only the U.S. named, and no destination: what travelers need is no claim about the two countries.
      ["U.S. travelers need a valid passport, and the airport's Terminal 4 handles many of the flights from American cities.", ['none']],
    ],
    es: [
      ['Unos 40 millones de visitantes estadounidenses llegaron a México el año pasado.', ['exchanges-diplomacy']],
      ['El turismo estadounidense dejó 15 mil millones de dólares en México el año pasado.', ['exchanges-diplomacy']],
      ['Los viajeros estadounidenses llenaron Italia este verano.', ['none']],
      ['México es el principal destino turístico de los estadounidenses.', ['exchanges-diplomacy']],
    ],
  },
  "a poll's share of a people describing or rating the other country is public opinion, a 'however' between or not": {
    en: [
      ['Six in ten Americans, however, describe Mexico as a friend.', ['public-opinion']],
      ['Most critics describe the film as a masterpiece.', ['none']],
    ],
    es: [
      ['El 55% de los mexicanos, sin embargo, califica a Estados Unidos como un socio confiable.', ['public-opinion']],
      ['La mayoría de los críticos califica la película como una obra maestra.', ['none']],
    ],
  },
  'the top exporter to the U.S. is its partner rank; a travel advisory on Mexican states is the violence that earned it': {
    en: [['Washington warned Americans against travel to six Mexican states in its latest travel advisory.', ['cartels-violence']]],
    es: [
      ['México es el principal exportador de autos a Estados Unidos.', ['trade-partner-rank', 'trade-volume']],
      ['México es el mayor exportador a EU.', ['trade-partner-rank']],
      ['El Departamento de Estado mantiene una advertencia de viaje para cinco estados mexicanos.', ['cartels-violence']],
    ],
  },
};

/**
 * Known misses, kept so a change that finds them updates this list: "new Mexican plant" reads as New Mexico (the packs'
 * rewrite of "new mexic…"), so the plant is a U.S. state's and, in English, domestic; tourists are off-topic words (a
 * travel piece), so "American tourists in Mexico" stays unfound (moving them to the ambiguous off-topic words cost dev
 * precision in both languages).
 */
const KNOWN_MISSES: Record<Lang, readonly Case[]> = {
  en: [
    ['Ford employs 3,000 workers at its new Mexican plant.', ['none']],
    ['About 40 million American tourists visited Mexico last year.', ['none']],
  ],
  es: [['Unos 13 millones de turistas estadounidenses llegaron a México el año pasado.', ['none']]],
};

describeClasses('figure claims of the classes detection missed (round 33) are found with their topic; like text that claims nothing is not', CLASSES, KNOWN_MISSES);
