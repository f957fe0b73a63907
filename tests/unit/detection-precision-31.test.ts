/**
 * Text on the two countries' subjects that makes no claim about their relationship, in shapes a news page is full of: a
 * question only reported (engine/knowledge/gates.json), a reservoir's level (a veto of
 * engine/knowledge/topics/water-treaty.json), a trailing clause of time that only sets the scene (a background gate), news of one side alone told by its officials, another
 * country's news in the relationship's words, a presentation set for a day, a view of a call or a hope. None is a claim
 * the detector may count, checkworthy or not. Beside each, claims in like words that it must still find: an answer
 * after the reported question, a request, a clause of its own past a comma, an official telling a figure of the
 * relationship. Written for this test, in English and Spanish, apart from the corpora: what is judged is the shape.
 */
import type { Lang } from '../../engine/schema';
import { describeShapes, type Shape } from './helpers/detection-shapes';

const SHAPES: Record<string, Record<Lang, Shape>> = {
  'a question only reported, with who asked it, puts nothing forward': {
    en: {
      none: [
        'A reporter asked the president whether Mexico would ever pay for the border wall.',
        'Lawmakers asked the secretary whether the tariffs on Mexican steel would be lifted before the USMCA review.',
        'Growers wonder whether the new tariff on Mexican tomatoes will stay.',
      ],
      claims: [
        // An answer after the question, a figure, or a clause past a comma says something of its own.
        'Asked whether Mexico would pay for the wall, the president said Mexico has never paid for any part of it.',
        'Whether or not the tariffs stay, Mexico remains the largest U.S. trading partner.',
        // A doubt is a claim doubted: found, and shown with its record (tests/unit/verdict-denial.test.ts).
        'It is unclear whether Mexico is still the largest trading partner of the United States.',
        'The United States asked Mexico to deploy more troops to the border if it wants to avoid new tariffs.',
      ],
    },
    es: {
      none: [
        'Un reportero le preguntó a la presidenta si México pagará algún día el muro fronterizo.',
        'Los legisladores preguntaron al secretario si los aranceles al acero mexicano se retirarán antes de la revisión del T-MEC.',
        'Los productores se preguntan si el nuevo arancel al jitomate mexicano seguirá vigente.',
      ],
      claims: [
        'Al preguntarle si México pagará el muro, la presidenta dijo que México nunca ha pagado por ninguna parte de él.',
        'Se queden o no los aranceles, México sigue siendo el principal socio comercial de Estados Unidos.',
        'No está claro si México sigue siendo el principal socio comercial de Estados Unidos.',
        'Los legisladores le pidieron al secretario que explicara si México pagará el muro fronterizo, que según ellos ya costó miles de millones.',
      ],
    },
  },
  "one side's own news, told by its officials, says nothing of the two": {
    en: {
      none: [
        'Sonora prosecutors said three men were arrested over a stolen pickup truck in Nogales.',
        'Jalisco lawmakers approved a bill to regulate sugary drinks in schools.',
        'Mexico’s finance minister presented the budget package to the Chamber of Deputies.',
        'The mayor of Ciudad Juárez opened a park in the Anapra neighborhood.',
        'The Texas legislature approved a new budget for rural roads.',
      ],
      claims: ['The governor said most guns seized in Sonora were bought in Arizona.', 'Mexico’s finance minister said remittances from the United States reached a record last year.'],
    },
    es: {
      none: [
        'La Fiscalía de Sonora informó que detuvo a tres hombres por el robo de una camioneta en Nogales.',
        'El Congreso de Jalisco aprobó una reforma para regular la venta de bebidas azucaradas en escuelas.',
        'El secretario de Hacienda de México presentó su paquete económico ante la Cámara de Diputados.',
        'El alcalde de Ciudad Juárez inauguró un parque en la colonia Anapra.',
        'La legislatura de Texas aprobó un nuevo presupuesto para carreteras rurales.',
      ],
      claims: [
        'El gobernador dijo que la mayoría de las armas decomisadas en Sonora fueron compradas en Arizona.',
        'El secretario de Hacienda dijo que las remesas desde Estados Unidos alcanzaron un récord el año pasado.',
      ],
    },
  },
  "another country's news in the relationship's words": {
    en: {
      none: [
        'Remittances sent to Guatemala and Honduras grew 12 percent last year, the Guatemalan central bank said.',
        'Canada and the European Union signed a deal to cut tariffs on steel.',
        'Brazil overtook Argentina as Chile’s top trading partner in the region.',
      ],
      claims: ['Remittances to Mexico topped $60 billion last year.', 'Mexico is the largest trading partner of the United States.'],
    },
    es: {
      none: [
        'Las remesas enviadas a Guatemala y Honduras crecieron 12 por ciento el año pasado, informó el banco central guatemalteco.',
        'Canadá y la Unión Europea firmaron un acuerdo para reducir aranceles al acero.',
        'Brasil superó a Argentina como principal socio comercial de Chile en la región.',
      ],
      claims: ['Las remesas a México superaron los 60 mil millones de dólares el año pasado.', 'México es el principal socio comercial de Estados Unidos.'],
    },
  },
  'a trailing clause of time after a comma sets the scene of what the main clause reports': {
    en: {
      none: [
        'Mayors of several U.S. cities renewed their pledge to stay welcoming places, after the president signed two executive orders on immigration.',
        'Hundreds of people gathered outside the governor’s office in Monterrey, following the announcement of new tariffs on Mexican steel.',
      ],
      claims: [
        'Remittances to Mexico fell 5 percent, after the United States imposed a tax on money transfers.',
        'Mexico sent 10,000 National Guard troops to the border, after Trump threatened tariffs on Mexican goods.',
        'Mexico imposed retaliatory tariffs on U.S. pork, after Washington raised duties on Mexican steel.',
      ],
    },
    es: {
      none: [
        'Alcaldes de varias ciudades de Estados Unidos renovaron su compromiso de seguir siendo lugares incluyentes, tras la firma de dos órdenes ejecutivas sobre inmigración.',
        'Cientos de personas se reunieron frente al palacio de gobierno en Monterrey, luego de que se anunciaran nuevos aranceles al acero mexicano.',
      ],
      claims: [
        'Las remesas a México cayeron 5 por ciento, tras el impuesto de Estados Unidos a los envíos de dinero.',
        'México envió 10 mil elementos de la Guardia Nacional a la frontera, luego de que Trump amenazara con aranceles.',
        'México impuso aranceles de represalia a la carne de cerdo estadounidense, tras el alza de aranceles de Washington al acero mexicano.',
      ],
    },
  },
  "a reservoir's level is the region's own water news, not the treaty's": {
    en: {
      none: [
        'The governor of Chihuahua said this week’s rains filled La Boquilla dam to 60 percent.',
        'Reservoirs in Chihuahua are at 25 percent of capacity, Mexico’s water agency said.',
        'After the rains, the dam on the Conchos river reached its highest level in five years.',
      ],
      claims: [
        'With Chihuahua reservoirs at 25 percent of capacity, Mexico cannot meet its deliveries under the 1944 treaty.',
        'Mexico transferred water from the international Amistad and Falcon reservoirs to the United States.',
        'Chihuahua farmers seized La Boquilla dam to stop water from being sent to the United States.',
      ],
    },
    es: {
      none: [
        'El gobernador de Chihuahua informó que las lluvias de la semana llenaron la presa La Boquilla al 60 por ciento.',
        'Las presas de Chihuahua se encuentran al 25 por ciento de su capacidad, informó la Conagua.',
        'Tras las lluvias, la presa del río Conchos alcanzó su nivel más alto en cinco años.',
      ],
      claims: [
        'Con las presas de Chihuahua al 25 por ciento de su capacidad, México no podrá cumplir con las entregas del tratado de 1944.',
        'México transfirió agua de las presas internacionales Amistad y Falcón a Estados Unidos.',
        'Los agricultores de Chihuahua tomaron la presa La Boquilla para impedir que el agua se enviara a Estados Unidos.',
      ],
    },
  },
  'a presentation set for a day, a view of a call, a hope: news of what was done or felt, not of the two countries': {
    en: {
      none: [
        'The Economy Ministry will present its support program for small exporters on Thursday.',
        'The U.S. Embassy in Mexico will open its doors to the public next Monday to celebrate the Fourth of July.',
        'The president described her conversation with the U.S. president as positive.',
        'Sheinbaum said she has not spoken with Trump this week and hopes to do so soon.',
      ],
      claims: ['The company announced it will move its Ohio plant to Saltillo, taking 2,000 jobs with it.', 'Most fentanyl entering the United States crosses at ports of entry.'],
    },
    es: {
      none: [
        'La Secretaría de Economía presentará el jueves su programa de apoyo a pequeñas empresas exportadoras.',
        'La embajada de Estados Unidos en México abrirá sus puertas al público el próximo lunes para celebrar el 4 de julio.',
        'La presidenta calificó de positiva la conversación con el presidente de Estados Unidos.',
        'Sheinbaum dijo que no ha hablado con Trump esta semana y que espera hacerlo pronto.',
      ],
      claims: ['La empresa anunció que trasladará su planta de Ohio a Saltillo, y con ella 2,000 empleos.', 'La mayoría del fentanilo que entra a Estados Unidos cruza por los puertos de entrada.'],
    },
  },
};

describeShapes(SHAPES);
