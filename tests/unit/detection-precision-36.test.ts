/**
 * Detection precision (round 36), on text no one here wrote: Mexico's own southern border (with Guatemala or Belize,
 * the Suchiate) with no U.S. side named is not the U.S.–Mexico border; the peso as the unit of a budget or a toll is no
 * word of the economy (a wage in pesos still is); a trailing clause that only says where a town lies ("…, a town on
 * the border with Arizona") is background, so a border named in it makes no claim of the main clause, and said as the whole clause ("Sonora comparte frontera con
 * Arizona") it is a fact of the map; a reply or an
 * invitation not yet received is a step of procedure, not a claim; so is the next round of talks said with where it will
 * be held, a question of what comes next or what something means for someone, and thanks, congratulations or
 * condolences reported; one company's plant announced in Mexico with no word of the two countries' trade is
 * that company's news; baseball's World Series and other tournaments are
 * not the 2026 World Cup; a singer's or an actress's tour of the U.S. is entertainment. Each class keeps its positives:
 * the same words said of the relationship. Written for this test, in English and Spanish, apart from the corpora.
 */
import type { Lang } from '../../engine/schema';
import { type Case, describeClasses } from './helpers/detection-topics';

const CROSSING = ['migration-flows', 'border-security'];

const CLASSES: Record<string, Record<Lang, readonly Case[]>> = {
  "Mexico's southern border, with no U.S. side named, is not the U.S.–Mexico border": {
    en: [
      ["Guatemalan families wade across the Suchiate River into Mexico's southern border region.", ['none']],
      ["The National Guard stepped up patrols along Mexico's border with Guatemala.", ['none']],
    ],
    es: [
      ['Familias guatemaltecas cruzan en balsas la frontera sur de México por el río Suchiate.', ['none']],
      ['La Guardia Nacional reforzó los patrullajes en la frontera con Guatemala.', ['none']],
    ],
  },
  'the southern border with the U.S. named, or the northern border, is still the relationship’s': {
    en: [
      ['Mexico sent thousands of troops to its southern border after Washington threatened tariffs, and crossings into the United States fell.', [...CROSSING, 'nafta-usmca']],
      ['Border Patrol apprehensions at the southern border fell to their lowest level in decades.', CROSSING],
    ],
    es: [
      ['México envió miles de elementos a su frontera sur después de que Washington amenazó con aranceles, y los cruces hacia Estados Unidos bajaron.', [...CROSSING, 'nafta-usmca']],
      ['Las detenciones de la Patrulla Fronteriza en la frontera con México cayeron a su nivel más bajo en décadas.', CROSSING],
    ],
  },
  'the peso as the unit of a budget or a toll is no word of the economy': {
    en: [["The Jalisco legislature passed a 150 billion pesos budget for next year's public works.", ['none']]],
    es: [
      ['El Congreso de Jalisco aprobó un presupuesto de 160 mil millones de pesos para el próximo año.', ['none']],
      ['La cuota del puente subirá a 45 pesos a partir del primero de enero, informó el ayuntamiento.', ['none']],
    ],
  },
  'the peso itself, or a wage in pesos, is still the economy': {
    en: [
      ['The Mexican peso gained 3% against the dollar this month.', ['mexico-economy']],
      ["Mexico's minimum wage rose to 278 pesos a day this year.", ['mexico-economy']],
    ],
    es: [
      ['El peso mexicano ganó 3% frente al dólar en el mes.', ['mexico-economy']],
      ['El salario mínimo en México subió a 278 pesos diarios este año.', ['mexico-economy']],
    ],
  },
  'a trailing clause that says where a town lies is background': {
    en: [
      ['Police found three bodies on Monday in Agua Prieta, Sonora, a town located on the border with Arizona.', ['none']],
      ['A truck overturned on Tuesday in Sasabe, a village on the border with Arizona.', ['none']],
    ],
    es: [
      ['La policía halló tres cuerpos el lunes en Agua Prieta, municipio que colinda con Arizona.', ['none']],
      ['Un tráiler volcó el martes en Sásabe, un poblado situado junto a la frontera con Arizona.', ['none']],
    ],
  },
  'the border in the main clause, or a share of the content that must come from North America, is still read': {
    en: [
      ['Illegal crossings at the border with Arizona fell by half this year, a town official said.', CROSSING],
      ['For cars, at least 75% of the content must come from North America.', ['nafta-usmca', 'supply-chains']],
    ],
    es: [['Los cruces ilegales en la frontera con Arizona cayeron a la mitad este año.', CROSSING]],
  },
  'where a place lies, said as a whole clause, is a fact of the map; the border’s length is a record': {
    en: [
      ['Sonora shares a border with Arizona.', ['none']],
      ['Mexico shares a 1,954-mile border with the United States.', ['border-security']],
    ],
    es: [
      ['Sonora comparte frontera con Arizona.', ['none']],
      ['Tamaulipas colinda con Texas.', ['none']],
      ['México comparte una frontera de más de 3,000 kilómetros con Estados Unidos.', ['border-security']],
    ],
  },
  'a reply or an invitation not yet received is no claim': {
    en: [
      ['The foreign ministry said it has not yet received a formal invitation from Washington for the ceremony.', ['none']],
      ["Mexico's embassy has yet to receive a response from the State Department.", ['none']],
    ],
    es: [
      ['La Cancillería informó que aún no ha recibido la invitación de Washington para la ceremonia.', ['none']],
      ['El gobierno mexicano todavía no recibe respuesta del Departamento de Estado.', ['none']],
    ],
  },
  'a question of what comes next, or of what something means for someone, is an explainer’s heading': {
    en: [
      ['What does the new remittance tax mean for Mexican families?', ['none']],
      ["What's next for the USMCA after the tariff ruling?", ['none']],
    ],
    es: [
      ['¿Qué pasará con el T-MEC después de las elecciones?', ['none']],
      ['¿Qué significa para México el nuevo impuesto a las remesas?', ['none']],
    ],
  },
  'the next round or meeting said with where it will be held is an announcement': {
    en: [['The next round of USMCA talks will be held in Ottawa.', ['none']]],
    es: [['La próxima ronda de negociaciones del T-MEC se celebrará en Ottawa.', ['none']]],
  },
  'a question that puts a claim forward, or a date of the record, is still read': {
    en: [['Did you know that Mexico is the top trading partner of the United States?', ['trade-partner-rank']]],
    es: [
      ['¿Sabías que México es el principal socio comercial de Estados Unidos?', ['trade-partner-rank']],
      ['La revisión conjunta del T-MEC será en julio de 2026.', ['nafta-usmca']],
    ],
  },
  'thanks, congratulations or condolences reported are a courtesy': {
    en: [
      ['The foreign minister thanked the United States for its help in the search for the missing.', ['none']],
      ['Mexico expressed its condolences to the families of the victims of the El Paso shooting.', ['none']],
    ],
    es: [
      ['Asimismo, el canciller agradeció el apoyo de Estados Unidos en la búsqueda de los desaparecidos.', ['none']],
      ['El gobierno de México expresó sus condolencias a las familias de las víctimas del tiroteo en El Paso.', ['none']],
    ],
  },
  'thanks for what was done, with a figure, are still read': {
    en: [['Trump thanked Mexico for sending 10,000 troops to the border.', CROSSING]],
    es: [['Trump agradeció a México por enviar 10 mil soldados a la frontera.', CROSSING]],
  },
  '"thanks to" gives a cause, no thanks: the claim is still read': {
    en: [['Remittances to Mexico are at an all-time high thanks to illegal immigration.', ['remittances', 'migration-flows']]],
    es: [['Las remesas a México están en máximos históricos gracias a la migración ilegal.', ['remittances', 'migration-flows']]],
  },
  'one company’s plant announced in Mexico, with no word of the two countries’ trade, is that company’s news': {
    en: [['The Japanese automaker will invest $500 million in a new plant in Guanajuato.', ['none']]],
    es: [['Asimismo, la siderúrgica coreana invertirá 2 mil millones en una nueva planta en Coahuila.', ['none']]],
  },
  'a plant built for nearshoring, to export to the U.S., or moved with its jobs is still the relationship’s trade': {
    en: [
      ['Ford will build a $1.6 billion plant in Mexico instead of Michigan, moving 2,800 jobs.', ['supply-chains', 'nafta-usmca']],
      ['GM will build a new plant in Mexico to export pickups to the United States.', ['supply-chains', 'nafta-usmca', 'trade-volume']],
    ],
    es: [
      ['Tesla invertirá 5 mil millones de dólares en una planta en Nuevo León para aprovechar el nearshoring.', ['supply-chains']],
      ['La automotriz construirá una nueva planta en Coahuila para exportar camionetas a Estados Unidos.', ['supply-chains', 'nafta-usmca', 'trade-volume']],
    ],
  },
  'another tournament, or an entertainer’s tour, is not the 2026 World Cup': {
    en: [
      ['The Dodgers won the World Series with a Mexican pitcher in the rotation.', ['none']],
      ['The Mexican singer sold out three nights at a stadium in Los Angeles on her U.S. tour.', ['none']],
    ],
    es: [
      ['Los Dodgers ganaron la Serie Mundial con un lanzador mexicano en la rotación.', ['none']],
      ['La cantante mexicana llenó tres noches un estadio en Los Ángeles durante su gira por Estados Unidos.', ['none']],
    ],
  },
  'the 2026 World Cup itself is still found': {
    en: [['The 2026 World Cup will be hosted by the United States, Mexico and Canada.', ['world-cup-2026']]],
    es: [['El Mundial de 2026 se jugará en Estados Unidos, México y Canadá.', ['world-cup-2026']]],
  },
};

const KNOWN_MISSES: Record<Lang, readonly Case[]> = { en: [], es: [] };

describeClasses("detection precision (round 36): Mexico's southern border, pesos as a unit, where a town lies, procedure and entertainment are not the relationship", CLASSES, KNOWN_MISSES);
