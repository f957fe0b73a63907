/**
 * Detection precision (round 34): another country said by its people or its region ("Central American economies",
 * "los hogares guatemaltecos", "Salvadorans in the U.S.") is that country, as its name already was, so remittances or
 * migration of Central America alone are no claim about the U.S.–Mexico relationship. Where Mexico is named beside them
 * (migrants who cross Mexico, Venezuelans waiting in northern Mexico) the sentence is still the relationship's, and
 * Mexico's own remittances stay found. "Economía"/"economy" as the name of a ministry or a field ("el titular de
 * Economía", "the Economy Minister", "mi profesor de economía") is no word of Mexico's economy: the trade talks its
 * secretary leads are the trade agreement's, and with no other word the sentence is no claim. Migrants in Mexico's far
 * south (Tapachula, Chiapas) with no U.S. side named are Mexico's own transit story. Cartels said allied or in collusion
 * with a government are the cartels' story, though no word of violence is said. Pew, named alone, is a source of
 * counts as much as of polls: a supporting word of public opinion, no longer a strong one; Mexicans said to head
 * north or south are the flow of migration without Pew to carry the sentence. Written for this test, in English and
 * Spanish, apart from the corpora.
 */
import type { Lang } from '../../engine/schema';
import { type Case, describeClasses } from './helpers/detection-topics';

const CROSSING = ['migration-flows', 'border-security'];

const CLASSES: Record<string, Record<Lang, readonly Case[]>> = {
  "another country's people or region, without Mexico, is that country's story": {
    en: [
      ['Central American economies rely more and more on the remittances their workers send home.', ['none']],
      ['Salvadorans in the United States sent more remittances this year.', ['none']],
      ['Guatemalan and Honduran households receive more remittances every year.', ['none']],
    ],
    es: [
      ['Las economías centroamericanas dependen cada vez más de las remesas que envían sus trabajadores.', ['none']],
      ['Los hogares guatemaltecos y hondureños reciben cada año más remesas.', ['none']],
      ['Los salvadoreños en Estados Unidos enviaron más remesas este año.', ['none']],
    ],
  },
  'with Mexico named beside them, the sentence is still the relationship’s': {
    en: [
      ['Remittances sent to Mexico topped $60 billion last year.', ['remittances']],
      ['Thousands of Central American migrants cross Mexico every month to reach the U.S. border.', CROSSING],
      ['Venezuelan and Cuban migrants wait in northern Mexico for an appointment to seek asylum in the United States.', CROSSING],
    ],
    es: [
      ['Las remesas enviadas a México sumaron más de 60 mil millones de dólares el año pasado.', ['remittances']],
      ['Miles de migrantes centroamericanos cruzan México cada mes para llegar a la frontera con Estados Unidos.', CROSSING],
      ['Los migrantes venezolanos y cubanos esperan en la frontera norte de México una cita para pedir asilo en Estados Unidos.', CROSSING],
    ],
  },
  '"Economía"/"economy" as the name of a ministry or a field is not the economy; the economy said beside it still is': {
    en: [
      ['The Economy Secretary said the USMCA has been very good for Mexico.', ['nafta-usmca']],
      ["Mexico's Economy Minister said the talks were a success for Mexico.", ['none']],
      ['My economics professor says Mexico is the top trading partner of the United States.', ['trade-partner-rank']],
      ["Mexico's Economy Ministry said the economy grew 1.2% in the quarter.", ['mexico-economy']],
      ['The Mexican economy grew 0.5% last year.', ['mexico-economy']],
    ],
    es: [
      ['El secretario de Economía dijo que el T-MEC ha sido muy bueno para México.', ['nafta-usmca']],
      ['La secretaria de Economía dijo que la negociación fue un éxito para México.', ['none']],
      ['Mi profesor de economía dice que México es el principal socio comercial de Estados Unidos.', ['trade-partner-rank']],
      ['La Secretaría de Economía informó que la economía mexicana creció 1.2% en el trimestre.', ['mexico-economy']],
      ['La economía mexicana creció 0.5% el año pasado.', ['mexico-economy']],
    ],
  },
  "migrants in Mexico's far south with no U.S. side are Mexico's transit story; bound for the U.S. they are the flow": {
    en: [
      ['Hundreds of migrants left Tapachula, Chiapas, in a caravan bound for the capital.', ['none']],
      ['Hundreds of migrants left Tapachula in a caravan bound for the U.S. border.', CROSSING],
    ],
    es: [
      ['Cientos de migrantes salieron de Tapachula, Chiapas, en una caravana rumbo a la capital del país.', ['none']],
      ['Cientos de migrantes salieron de Tapachula en una caravana rumbo a la frontera con Estados Unidos.', CROSSING],
    ],
  },
  'cartels said in collusion with a government are the cartels’ story; an alliance of governments is not': {
    en: [
      ['Washington says the cartels act in collusion with Mexican officials.', ['cartels-violence']],
      ['The governments of Mexico and the United States signed an alliance to make more semiconductors.', ['none', 'supply-chains']],
    ],
    es: [
      ['Washington acusa que los cárteles tienen vínculos con autoridades mexicanas.', ['cartels-violence']],
      ['Los gobiernos de México y Estados Unidos firmaron una alianza para producir más semiconductores.', ['none', 'supply-chains']],
    ],
  },
  'Pew named as the source of a count is the count’s topic; with a poll’s words it is public opinion': {
    en: [
      ['According to the Pew Research Center, half of Mexican immigrants in the United States are now citizens.', ['diaspora']],
      ['Most Mexican immigrants, 60 percent, arrived in the United States before 2000, a Pew report says.', ['diaspora', 'migration-flows']],
      ['A Pew survey found that six in ten Mexicans hold an unfavorable view of the United States.', ['public-opinion']],
    ],
    es: [
      ['Según el Pew Research Center, la mitad de los inmigrantes mexicanos en Estados Unidos ya son ciudadanos.', ['diaspora']],
      ['Pew calcula que 37 millones de personas de origen mexicano viven en Estados Unidos.', ['diaspora']],
      ['Una encuesta de Pew encontró que seis de cada diez mexicanos tienen una opinión desfavorable de Estados Unidos.', ['public-opinion']],
    ],
  },
  'Mexicans said to head north or south are the flow of migration, Pew or no Pew; other things moving north are not': {
    en: [
      ['For the first time in decades, more Mexicans are heading south than north, a study found.', ['migration-flows']],
      ['The storm is moving north toward the coast, forecasters said.', ['none']],
    ],
    es: [
      ['Por primera vez en décadas, más mexicanos regresan al sur que los que se van al norte, según un estudio.', ['migration-flows']],
      ['La tormenta avanza hacia el norte del estado, informaron las autoridades.', ['none']],
    ],
  },
};

/**
 * Known misses, kept so a change that finds them updates this list: a majority and a percent are public opinion's
 * supporting words in Spanish ("la mayoría", "por ciento"), so a share of immigrants said with them still reads as a poll.
 */
const KNOWN_MISSES: Record<Lang, readonly Case[]> = {
  en: [],
  es: [['La mayoría de los inmigrantes mexicanos, 60 por ciento, llegó a Estados Unidos antes de 2000, según un informe de Pew.', ['public-opinion']]],
};

describeClasses('detection precision (round 34): another country said by its people or region, and the economy ministry, are not the relationship or the economy', CLASSES, KNOWN_MISSES);
