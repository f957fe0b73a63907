/**
 * Claims the detector must find with their topic, in wordings round 37's blind probes found missed: Mexicans said to
 * leave a country (the country as the verb's object); trade with one partner set against another, and one country
 * buying or selling more than another named one; Mexico as "our neighbours to the south" or "the country to our south";
 * unlawful crossings and deportations counted or said to rise or fall, naming neither country; fentanyl's dead counted;
 * Mexican speech's "dinero que llega del norte" and "irse pal otro lado"; a country said to export its poor or its labour.
 * Beside them, text in like words that makes no claim about the relationship (another country's deportations or
 * overdoses, one death, goods exported, the other side of a street, more doctors than another country), which must stay
 * unfound or off these topics. Written for this test, in English and Spanish, apart from the corpora and the probes.
 */
import type { Lang } from '../../engine/schema';
import { type Case, describeClasses } from './helpers/detection-topics';

const CLASSES: Record<string, Record<Lang, readonly Case[]>> = {
  'Mexicans said to leave one of the two countries are the flow of migration; leaving a city on holiday is not': {
    en: [
      ['These days more Mexican workers are leaving the United States than arriving.', ['migration-flows', 'diaspora']],
      ['Thousands of Mexican families left the U.S. after the raids began.', ['migration-flows', 'diaspora']],
      ['Mexicans left Guadalajara for the coast over the long weekend.', ['none']],
    ],
    es: [
      ['Miles de paisanos dejaron Estados Unidos tras las redadas en Chicago.', ['migration-flows', 'diaspora']],
      ['Cada año más connacionales abandonan EU y vuelven a sus pueblos.', ['migration-flows', 'diaspora']],
      ['Los mexicanos dejaron la capital para pasar el puente en la playa.', ['none']],
    ],
  },
  'trade with one partner set against another, or one country buying or selling more than another, is a rank': {
    en: [
      ['Our trade with Canada is far smaller than with Mexico these days.', ['trade-partner-rank', 'trade-volume']],
      ['Mexico sells more to the United States than Japan and Korea do.', ['trade-partner-rank', 'trade-volume']],
      ['Americans now buy more from Mexico than from China.', ['trade-partner-rank', 'trade-volume']],
      ['Mexico has more doctors per person than Canada.', ['none']],
      ['China sells more steel to Europe than India does.', ['none']],
    ],
    es: [
      ['El comercio de México con Europa es mucho menor que con Estados Unidos.', ['trade-partner-rank', 'trade-volume']],
      ['Estados Unidos le compra más a México que a Canadá y a China.', ['trade-partner-rank', 'trade-volume']],
      ['China le vende más a Europa que la India.', ['none']],
      ['Ningún otro país le compra más a México que Estados Unidos.', ['trade-partner-rank', 'none']],
    ],
  },
  'Mexico named as our neighbours to the south, or the country to our south; the U.S. as el vecino país del norte': {
    en: [
      ['Our neighbours to the south cut illegal crossings by 80 percent this year.', ['migration-flows', 'border-security']],
      ['The country to our south is now our largest trading partner.', ['trade-partner-rank']],
    ],
    es: [['El vecino país del norte recibe más del 80% de nuestras exportaciones.', ['trade-volume', 'trade-partner-rank']]],
  },
  'unlawful crossings and deportations counted or said to rise or fall are the flow at the border; another country’s are not': {
    en: [
      ['Illegal crossings fell to about 200 a day in March.', ['migration-flows', 'border-security']],
      ['Deportations climbed 25 percent in the administration’s first year.', ['migration-flows']],
      ['Deportees reached a record high last year, officials said.', ['migration-flows']],
      ['Germany’s deportations rose 20 percent last year.', ['none']],
      ['Britain’s deportations to Rwanda never got off the ground.', ['none']],
    ],
    es: [
      ['Las deportaciones crecieron 25% en el primer año del gobierno de Trump.', ['migration-flows']],
      ['Las deportaciones desde España aumentaron 10% este año.', ['none']],
    ],
  },
  'fentanyl’s dead counted or said to rise or fall are the drug flow’s demand side; a law, one death or Canada’s toll are not': {
    en: [
      ['Overdose deaths from fentanyl dropped by nearly 30 percent last year.', ['drugs-fentanyl']],
      ['Fentanyl kills more than 200 people a day, officials warn.', ['drugs-fentanyl']],
      ['A singer died of a fentanyl overdose at his home, his family said.', ['none']],
      ['Fentanyl deaths in Canada rose 15 percent last year.', ['none']],
    ],
    es: [['Las muertes por fentanilo cayeron a la mitad en Estados Unidos.', ['drugs-fentanyl']]],
  },
  'money that comes from the north is remittances, and going to the other side is migration (Mexican speech)': {
    en: [],
    es: [
      ['En muchos pueblos de Zacatecas se vive del dinero que llega del norte.', ['remittances']],
      ['Los dólares que mandan de Estados Unidos sostienen a medio Zacatecas.', ['remittances']],
      ['En mi rancho ya casi nadie se quiere ir pal otro lado.', ['migration-flows']],
      ['El dinero que llega de la Federación no alcanza para el municipio.', ['none']],
      ['Cruzamos al otro lado de la avenida en Monterrey para tomar el camión.', ['none']],
    ],
  },
  'a country said to export its poor, its unemployed or its labour is the safety-valve narrative; goods exported are not': {
    en: [
      ['For years Mexico exported its unemployed north instead of reforming its economy.', ['migration-flows']],
      ['Mexico exports auto parts and beer to the United States.', ['trade-volume', 'supply-chains', 'trade-partner-rank', 'none']],
    ],
    es: [
      ['México lleva décadas exportando mano de obra a Estados Unidos.', ['migration-flows']],
      ['México exporta jitomate y aguacate a Estados Unidos.', ['trade-volume', 'supply-chains', 'trade-partner-rank', 'none']],
    ],
  },
};

/**
 * Known misses, kept so a change that finds them updates this list: travellers counted with "tourists"/"turistas" (an
 * off-topic word of the packs: a holiday's, it leaves no topic; weighed by the model instead, it cost a dev false positive
 * per language), and Spanish deportations said with no other word the prefilter holds (its "deportaciones" cost one).
 */
const KNOWN_MISSES: Record<Lang, readonly Case[]> = {
  en: [['Some 20 million American tourists flew to Mexico last year.', ['none']]],
  es: [
    ['Más de 20 millones de turistas estadounidenses visitaron México el año pasado.', ['none']],
    ['Las deportaciones alcanzaron un récord el año pasado.', ['none']],
  ],
};

describeClasses('claims of the classes detection missed (round 37) are found with their topic; like text that claims nothing is not', CLASSES, KNOWN_MISSES);
