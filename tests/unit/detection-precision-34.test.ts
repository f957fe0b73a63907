/**
 * Detection precision (round 34): another country said by its people or its region ("Central American economies",
 * "los hogares guatemaltecos", "Salvadorans in the U.S.") is that country, as its name already was, so remittances or
 * migration of Central America alone are no claim about the U.S.–Mexico relationship. Where Mexico is named beside them
 * (migrants who cross Mexico, Venezuelans waiting in northern Mexico) the sentence is still the relationship's, and
 * Mexico's own remittances stay found. Written for this test, in English and Spanish, apart from the corpora.
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
};

const KNOWN_MISSES: Record<Lang, readonly Case[]> = { en: [], es: [] };

describeClasses('another country said by its people or region is not the relationship (round 34); with Mexico named it still is', CLASSES, KNOWN_MISSES);
