/**
 * Claims the detector must find with their topic, in the classes it used to miss: the water of a river both countries
 * share said with what one side owes the other, with neither country named; people of one country living in the other,
 * said with a progressive verb in Spanish ("viviendo en"); money sent home in any tense; crossing the border said in the past or as an attempt; the ports of entry named in Spanish alone; factories moved
 * under the trade agreement; the largest market for a state's exports. Beside them, one claim of each other topic in
 * plain words, and text in like words that makes no claim about the relationship (a river's own news, a relative's
 * address, a money-transfer ad, a port elsewhere), which must stay unfound. Written for this test, in English and
 * Spanish, apart from the corpora: what is judged is the class, not a sentence.
 */
import type { Lang } from '../../engine/schema';
import { type Case, describeClasses } from './helpers/detection-topics';

const CLASSES: Record<string, Record<Lang, readonly Case[]>> = {
  "a shared river's water, said with what one side owes or delivers, is the treaty's, though neither country is named": {
    en: [
      ['Mexico still owes the United States a large share of the Rio Grande water due under the current cycle.', ['water-treaty']],
      ['Under the treaty, the U.S. delivers 1.5 million acre-feet of Colorado River water to Mexico every year.', ['water-treaty']],
      ['Texas farmers say the Rio Grande deliveries owed by the other side have fallen behind for years.', ['water-treaty']],
      ['The Colorado River deliveries to the south are set by the treaty and its later minutes.', ['water-treaty']],
      ['The Rio Grande ran almost dry near Albuquerque this summer after a weak snowpack.', ['none']],
      ['A new bridge over the Colorado River opened to traffic near Austin on Friday.', ['none']],
      ['Rio Grande City will hold its annual holiday parade downtown on Saturday.', ['none']],
      ['The river trail along the water is the best place to watch the sunset in town.', ['none']],
    ],
    es: [
      ['México le debe a Estados Unidos buena parte del agua del río Bravo comprometida en el ciclo actual.', ['water-treaty']],
      ['Por el tratado, Estados Unidos entrega cada año 1,850 millones de metros cúbicos del río Colorado a México.', ['water-treaty']],
      ['Los agricultores de Chihuahua dicen que las entregas del río Bravo ya no alcanzan para cumplir el tratado.', ['water-treaty']],
      ['Las entregas de agua del río Colorado hacia el sur están fijadas en el tratado y sus actas.', ['water-treaty']],
      ['El río Bravo creció tras las lluvias de la semana y el agua llegó a la orilla del parque.', ['none']],
      ['Un puente nuevo sobre el río Colorado abrió al tráfico cerca de Austin el viernes.', ['none']],
      ['El festival anual de Río Grande se celebrará el sábado en el centro.', ['none']],
      ['El sendero junto al río es el mejor lugar para ver el atardecer en la ciudad.', ['none']],
    ],
  },
  "people of one country living in the other are the diaspora's, however the verb is said": {
    en: [
      ['More Americans are living in Mexico City than ever before, pushing rents up in its central neighborhoods.', ['diaspora']],
      ['About 38 million people of Mexican origin live in the United States.', ['diaspora']],
      ["Over a million U.S. citizens live in Mexico, by the State Department's estimate.", ['diaspora']],
      ['More Mexicans are living in Texas than in most Mexican states.', ['diaspora']],
      ['My cousin has lived in Guadalajara for two years and works at a bakery.', ['none']],
    ],
    es: [
      ['Cada vez hay más jubilados canadienses y estadounidenses viviendo en Mérida y en la costa de Yucatán.', ['diaspora']],
      ['Cerca de 38 millones de personas de origen mexicano viven en Estados Unidos.', ['diaspora']],
      ['Más de un millón de estadounidenses vive en México, según cálculos del Departamento de Estado.', ['diaspora']],
      ['Hay más mexicanos viviendo en Texas que en la mayoría de los estados de México.', ['diaspora']],
      ['Mi prima vive en Guadalajara desde hace dos años y trabaja en una tienda.', ['none']],
    ],
  },
  'money sent home, in any tense, is remittances': {
    en: [
      ['Mexicans in the United States sent home more money than ever during the pandemic.', ['remittances']],
      ['Mexican workers in the U.S. send home less and less as the dollar weakens.', ['remittances']],
    ],
    es: [
      ['Los paisanos enviaron a casa más dinero que nunca durante la pandemia.', ['remittances']],
      ['Los mexicanos en Estados Unidos mandan a casa cada vez menos, por el dólar barato.', ['remittances']],
    ],
  },
  'crossing the border, in the past or as an attempt, is migration': {
    en: [
      ['Thousands of people a day crossed the border into the United States in the months before the election.', ['migration-flows']],
      ['Never have so many families tried to cross the border from Mexico as last year.', ['migration-flows']],
    ],
    es: [
      ['Cada día miles de personas cruzaron la frontera con Estados Unidos en los meses previos a la elección.', ['migration-flows', 'border-security']],
      ['Nunca tantas familias intentaron cruzar la frontera norte como el año pasado.', ['migration-flows']],
    ],
  },
  'the ports of entry are the border in either language': {
    en: [
      ['Apprehensions between ports of entry fell to their lowest monthly level in decades.', ['migration-flows']],
      ['Wait times at the ports of entry topped three hours on Monday.', ['border-security']],
    ],
    es: [
      ['Las detenciones de migrantes entre puertos de entrada cayeron a su nivel mensual más bajo en décadas.', ['migration-flows']],
      ['Los tiempos de espera en los puertos de entrada superaron las tres horas el lunes.', ['border-security']],
    ],
  },
  'factories moved under the agreement, and the largest market for exports': {
    en: [
      ['Under NAFTA, automakers closed factories in the United States and opened plants in Mexico.', ['nafta-usmca', 'supply-chains']],
      ['Mexico is now the largest market for Texas exports, ahead of Canada.', ['trade-partner-rank']],
    ],
    es: [
      ['Con el T-MEC, las armadoras cerraron fábricas en Estados Unidos y abrieron plantas en México.', ['nafta-usmca', 'supply-chains']],
      ['México ya es el mayor mercado para las exportaciones de Texas, por encima de Canadá.', ['trade-partner-rank']],
    ],
  },
  'each other topic in plain words, and an ad for sending money': {
    en: [
      ['Migrants sent home a record $65 billion last year, most of it through small wire transfers.', ['remittances']],
      ['Families in Michoacán and Guanajuato depend on the dollars their relatives wire home each month.', ['remittances']],
      ['Border Patrol agents have been sent to the busiest crossings to cut wait times for trucks.', ['border-security']],
      ['Most of the fentanyl seized at the southern border comes through official crossings in passenger cars.', ['drugs-fentanyl']],
      ["The Sinaloa cartel's internal war has left more than a thousand dead in Culiacán since last year.", ['cartels-violence']],
      ['Most guns recovered at crime scenes in Mexico and traced were bought in U.S. stores.', ['guns-trafficking']],
      ['The so-called iron river carries hundreds of thousands of guns bought in stores up north to the south every year.', ['guns-trafficking']],
      ['Goods worth more than a billion dollars cross the border between both countries every day.', ['trade-volume']],
      ["Mexico City's stadium will host the opening match of the 2026 tournament.", ['world-cup-2026']],
      ['Fewer Americans hold a favorable view of Mexico than a decade ago, a new poll finds.', ['public-opinion']],
      ["Mexico's economy barely grew last year as investment stalled.", ['mexico-economy']],
      ['Auto parts cross the border several times before a car built in Mexico is finished in Michigan.', ['supply-chains']],
      ['Send money home in minutes with no fees — download the app today!', ['none']],
      ["A river of molten iron poured from the steel mill's blast furnace in the morning.", ['none']],
    ],
    es: [
      ['El dinero que mandan los paisanos ya supera lo que el país gana por exportar petróleo.', ['remittances']],
      ['Las familias de Michoacán y Guanajuato dependen de los dólares que sus parientes envían cada mes.', ['remittances']],
      ['Agentes de la Patrulla Fronteriza fueron enviados a los cruces más transitados para reducir los tiempos de espera.', ['border-security']],
      ['La mayor parte del fentanilo decomisado en la frontera norte entra por los cruces oficiales en autos particulares.', ['drugs-fentanyl']],
      ['La guerra interna del cártel de Sinaloa ha dejado más de mil muertos en Culiacán desde el año pasado.', ['cartels-violence']],
      ['La mayoría de las armas recuperadas en escenas del crimen en México y rastreadas se compraron en tiendas de Estados Unidos.', ['guns-trafficking']],
      ['Cada día cruzan la frontera entre ambos países mercancías por más de mil millones de dólares.', ['trade-volume']],
      ['El estadio de la Ciudad de México recibirá el partido inaugural del torneo de 2026.', ['world-cup-2026']],
      ['Menos mexicanos tienen una opinión favorable de Estados Unidos que hace una década, según una encuesta.', ['public-opinion']],
      ['La economía mexicana apenas creció el año pasado por el freno de la inversión.', ['mexico-economy']],
      ['Las autopartes cruzan la frontera varias veces antes de que un auto armado en México se termine en Michigan.', ['supply-chains']],
      ['¡Envía dinero a casa en minutos y sin comisiones! Descarga la app hoy.', ['none']],
      ['El río de hierro fundido salió del alto horno de la acería por la mañana.', ['none']],
    ],
  },
};

/**
 * Known misses, kept so a change that finds them updates this list: money sent home said with neither country nor the
 * word "remittances" names nothing the anchors read (making the phrase an anchor would also find the ads above; cues33's
 * "enviaron a casa", a remittance cue, binds the Spanish one's amount, which is now found); a
 * Spanish "río de hierro" is also molten iron; the ports of entry of another place, named by a city the anchors do not
 * know as another country's, are still read as the border (in English before this change, in Spanish after it); a shopper's weekly crossing is read as the border's.
 */
const KNOWN_MISSES: Record<Lang, readonly Case[]> = {
  en: [
    ["Money sent home by workers abroad is now larger than the country's oil exports.", ['none']],
    ['Rotterdam is one of the main ports of entry for goods into Europe.', ['border-security']],
  ],
  es: [
    ['El llamado río de hierro lleva cada año cientos de miles de armas compradas en tiendas del norte hacia el sur.', ['none']],
    ['Rotterdam es uno de los principales puertos de entrada de mercancías a Europa.', ['border-security']],
    ['Mi tío cruza la frontera cada sábado para comprar en el centro comercial de McAllen.', ['border-security']],
  ],
};

describeClasses('claims of the classes detection missed are found with their topic; like text that claims nothing is not', CLASSES, KNOWN_MISSES);
