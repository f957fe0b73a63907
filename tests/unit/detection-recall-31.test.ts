/**
 * Claims the detector must find with their topic, in the classes it used to miss: the wall or fence on the border said as
 * built, paid for or measured, with neither country nor the border named; the speaker's own border said as crossed or
 * controlled ("our border"; Spanish "frontera" already anchored alone); a people's image of
 * the other country, the trade agreement's rules of origin, a government's public finances, extortion, kidnapping,
 * beheadings and a border dam by name, the U.S. as Spanish "americano" after its citizens or government, in the words one
 * language had and the other lacked (or had only as supporting words). Beside them, text in like words that makes no
 * claim about the relationship (a house's wall, a garden fence, a sea wall, the Great Wall, Wall Street, an actor's regard
 * for his crew, a scam in Ohio, a coffee, a football team, border plants, a show in Windsor), which must stay unfound.
 * Written for this test, in English and Spanish, apart from the corpora: what is judged is the class, not a sentence.
 */
import type { Lang } from '../../engine/schema';
import { type Case, describeClasses } from './helpers/detection-topics';

const CLASSES: Record<string, Record<Lang, readonly Case[]>> = {
  'the wall or fence said as built, paid for or measured is the border barrier, with neither country named': {
    en: [
      ['Crews finished another 30 miles of wall in the Arizona desert this spring.', ['border-security']],
      ['Who will pay for the wall is still the question nobody in Washington wants to answer.', ['border-security']],
      ['The administration says it has built 450 miles of new fence since taking office.', ['border-security']],
      ['Taxpayers, not the other side, ended up paying for every mile of the wall.', ['border-security']],
      ['The wall will cost at least $20 billion, according to an internal estimate.', ['border-security']],
      ['They built a new retaining wall behind the school after the flood.', ['none']],
      ['Our neighbor paid for half of the garden fence between our yards.', ['none']],
      ['The Great Wall stretches for thousands of miles across the north.', ['none']],
      ['Wall Street banks paid record bonuses this year.', ['none']],
      ['The city will build a sea wall two miles long to protect the harbor.', ['none']],
    ],
    es: [
      ['Este año se terminaron otros 50 kilómetros de muro en el desierto de Arizona.', ['border-security']],
      ['¿Quién va a pagar el muro? Nadie en Washington quiere contestar.', ['border-security']],
      ['El gobierno asegura que ya construyó 700 kilómetros de valla nueva.', ['border-security']],
      ['Al final los contribuyentes pagaron cada kilómetro del muro, no el otro lado.', ['border-security']],
      ['El muro costará al menos 20 mil millones de dólares, según un cálculo interno.', ['border-security']],
      ['Construyeron un muro de contención detrás de la escuela tras la inundación.', ['none']],
      ['El vecino pagó la mitad de la barda de la casa que divide los patios.', ['none']],
      ['La Gran Muralla se extiende miles de kilómetros por el norte del país.', ['none']],
      ['Pusieron una valla publicitaria de diez metros junto a la carretera.', ['none']],
    ],
  },
  "a people's image of the other country is public opinion, either way round": {
    en: [
      ['The image of the United States among Mexicans has improved since the election.', ['public-opinion']],
      ['The actor said he has great regard for the crew he worked with.', ['none']],
      // Not 'regard for the United States': its stems are those of "regarding U.S. …" ("a hearing regarding U.S. aid").
      ['Congress held a hearing regarding U.S. aid to Ukraine.', ['none']],
      ['An image of the singer filled the stadium screen before the show.', ['none']],
    ],
    es: [
      ['El aprecio por Estados Unidos entre los mexicanos cayó mucho tras las amenazas de aranceles.', ['public-opinion']],
      ['La imagen de Estados Unidos entre los mexicanos mejoró después de la elección.', ['public-opinion']],
      ['El aprecio por México entre los estadounidenses subió un poco este año, tras una década a la baja.', ['public-opinion']],
      ['El actor dijo que siente gran aprecio por el equipo con el que trabajó.', ['none']],
      ['Una imagen de la cantante llenó la pantalla del estadio antes del concierto.', ['none']],
    ],
  },
  "the trade agreement's rules of origin, and a government's public finances, are their topics' words in either language": {
    en: [
      ['Mexican steelmakers say the new rules of origin favor their mills over Asian imports.', ['nafta-usmca']],
      ['Mexico’s public finances are in worse shape than at any time since the 1990s.', ['mexico-economy']],
      ["The bank's rules of origin for loans changed last year.", ['none']],
      ['Public finances in Ohio improved last year.', ['none']],
    ],
    es: [
      ['Las acereras mexicanas dicen que las nuevas reglas de origen favorecen a sus plantas frente a las importaciones asiáticas.', ['nafta-usmca']],
      ['Las finanzas públicas de México están en peor estado que en cualquier momento desde los noventa.', ['mexico-economy']],
      ['Las reglas de origen del vino francés son muy estrictas.', ['none']],
      ['Las finanzas públicas del club mejoraron el año pasado.', ['none']],
    ],
  },
  'extortion, kidnapping and beheadings are cartel violence in both languages; a border dam is the treaty in both': {
    en: [
      ["Extortion of small shops has doubled in Mexico's central states since 2020.", ['cartels-violence']],
      ['Kidnappings in Tamaulipas fell last year, the state prosecutor says.', ['cartels-violence']],
      ['Beheadings have become a calling card of the gangs fighting over Michoacán.', ['cartels-violence']],
      ['The La Boquilla dam in Chihuahua was the scene of protests against deliveries to Texas.', ['water-treaty']],
      ['Extortion scams targeting seniors rose in Ohio last year.', ['none']],
      ['The lawyer was charged with extortion in a Chicago court.', ['none']],
    ],
    es: [
      ['La extorsión a pequeños comercios se duplicó en los estados del centro de México desde 2020.', ['cartels-violence']],
      ['Los secuestros en Tamaulipas bajaron el año pasado, según la fiscalía estatal.', ['cartels-violence']],
      ['Los decapitados se volvieron la firma de las bandas que pelean por Michoacán.', ['cartels-violence']],
      ['La presa Falcón quedó casi vacía tras las entregas a Texas.', ['water-treaty']],
      ['El abogado fue acusado de extorsión en un tribunal de Madrid.', ['none']],
    ],
  },
  'the U.S. named in Spanish by "americano" after its citizens, government, territory or soil, as English "American" is': {
    en: [
      ['Most people convicted of smuggling fentanyl are American citizens, court records show.', ['drugs-fentanyl']],
      ['Thousands of guns bought on American soil end up with organized crime south of the border.', ['guns-trafficking', 'cartels-violence']],
      ['I ordered an americano and a croissant at the café.', ['none']],
    ],
    es: [
      ['El gobierno americano designó a seis cárteles como organizaciones terroristas.', ['cartels-violence']],
      ['Miles de armas compradas en territorio americano terminan en manos del crimen organizado.', ['guns-trafficking', 'cartels-violence']],
      ['Pedí un café americano y un pan dulce en la cafetería.', ['none']],
      ['El equipo de fútbol americano de la universidad ganó el sábado por la noche.', ['none']],
    ],
  },
  // "At/across the border" as an English anchor was tried (held-out en R +1 line) and dropped: its refit took two Spanish
  // claims under the cut ("En respuesta a los aranceles, México anunció represalias…", a rank of Mexico's exports).
  "the speaker's own border said as crossed or controlled is the border with no country named; another country's is not": {
    en: [
      ['Fentanyl pours across our border by the ton every month.', ['drugs-fentanyl']],
      ['More migrants crossed our border last year than in any year before.', ['migration-flows']],
      ['We have lost control of our own border, and the cartels know it.', ['border-security', 'cartels-violence']],
      ['The garden shop says our border plants need more sun.', ['none']],
      ['Our borders with Canada are the longest in the world.', ['none']],
      ['The band played a show across the border in Windsor on Friday.', ['none']],
      ['The family moved across the border from Belgium to the Netherlands.', ['none']],
    ],
    es: [
      ['El fentanilo cruza nuestra frontera por toneladas cada mes.', ['drugs-fentanyl']],
      ['Más migrantes cruzaron nuestra frontera el año pasado que nunca antes.', ['migration-flows']],
      ['Las plantas del borde de nuestro jardín necesitan más sol.', ['none']],
      ['Los agentes decomisaron dos toneladas de metanfetamina en la frontera la semana pasada.', ['drugs-fentanyl']],
      ['La familia se mudó al otro lado de la frontera, de Bélgica a los Países Bajos.', ['none']],
    ],
  },
};

/**
 * Known misses, kept so a change that finds them updates this list: in Spanish a U.S. state named alone is the relationship
 * (the pack's usAloneIsDomestic is false), so a state's own public finances read as Mexico's economy and a phone scam there
 * as cartel violence, as its homicides already did ('finanzas públicas', 'homicidios' were strong words before this round;
 * in English, where the U.S. alone is domestic, neither is found).
 */
const KNOWN_MISSES: Record<Lang, readonly Case[]> = {
  en: [],
  es: [
    ['Las finanzas públicas de Ohio mejoraron el año pasado.', ['mexico-economy']],
    ['Las estafas por extorsión telefónica a personas mayores subieron en Texas el año pasado.', ['cartels-violence']],
  ],
};

describeClasses('claims of the classes detection missed (round 31) are found with their topic; like text that claims nothing is not', CLASSES, KNOWN_MISSES);
