/**
 * Shapes that claim nothing whatever their words (engine/not-claim-shapes.ts, read by engine/checkworthy.ts's
 * claimsNothing): a question quoted with who asked it, a kicker pointing to another story, a survey's note on how it was
 * made, thanks. They are no finding at all, highlighted or not. Beside each, claims in like words that must still be
 * found: thanks that give a cause, a survey's finding, a question answered by a claim of its own. Written for this
 * test, in English and Spanish, apart from the corpora: what is judged is the shape, not a sentence.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../engine/schema';
import { describeShapes, detected, marked, type Shape, unmarked } from './helpers/detection-shapes';

const SHAPES: Record<string, Record<Lang, Shape>> = {
  'a question quoted with who asked it': {
    en: {
      none: [
        '"Will the bridge to Mexico close again next month?" a reporter asked the governor.',
        'A journalist asked the secretary: "How many more agents will the United States send to the border?"',
        '"Is the new tariff on Mexican tomatoes going to stay?" one of the growers asked.',
      ],
      claims: [
        'Asked about the southern border, the governor said apprehensions of migrants from Mexico fell by half this year.',
        'A reporter asked why the tariff was raised, but Mexico remains the largest U.S. trading partner.',
      ],
    },
    es: {
      none: [
        '"¿Se va a cerrar otra vez el puente hacia Estados Unidos?", le preguntaron al gobernador.',
        'Una periodista le preguntó al secretario: "¿Cuántos agentes más enviará Estados Unidos a la frontera?"',
        '"¿Va a seguir el nuevo arancel al jitomate mexicano?", preguntó uno de los productores.',
      ],
      claims: [
        'Al ser cuestionado sobre la frontera, el gobernador dijo que las detenciones cayeron a la mitad este año.',
        'Un reportero preguntó por qué subió el arancel, pero México sigue siendo el principal socio comercial de Estados Unidos.',
      ],
    },
  },
  'a kicker to another story': {
    en: {
      none: ['READ MORE: Mexico and the U.S. reach a new deal on Rio Grande water deliveries', 'RELATED: U.S. tariffs on Mexican steel take effect'],
      claims: ['Mexico delivered less Rio Grande water to the United States than the treaty requires.'],
    },
    es: {
      none: ['LEE TAMBIÉN: México y Estados Unidos llegan a un nuevo acuerdo sobre el agua del río Bravo', 'TE RECOMENDAMOS: Entran en vigor los aranceles de Estados Unidos al acero mexicano'],
      claims: ['México entregó a Estados Unidos menos agua del río Bravo de la que exige el tratado.'],
    },
  },
  'a survey’s note on its method': {
    en: {
      none: ['The survey of Mexican adults was conducted by phone in April and May.'],
      claims: ['The survey found that most Mexicans hold a favorable view of the United States.'],
    },
    es: {
      none: ['La encuesta a adultos mexicanos se levantó por teléfono en abril y mayo.'],
      claims: ['La encuesta encontró que la mayoría de los mexicanos tiene una opinión favorable de Estados Unidos.'],
    },
  },
  'thanks, unless they give a cause': {
    en: {
      none: ['Thank you to the U.S. consulate in Monterrey for a wonderful evening with our community.'],
      claims: ['Thanks to the USMCA, trade between Mexico and the United States has grown almost every year.'],
    },
    es: {
      none: ['Gracias al consulado de Estados Unidos en Monterrey por una noche maravillosa con nuestra comunidad.'],
      claims: ['Gracias al T-MEC, el comercio entre México y Estados Unidos ha crecido casi cada año.'],
    },
  },
  'an event set for a near day or hour': {
    en: {
      none: [
        'The binational water commission will meet in El Paso next Tuesday at 9 a.m.',
        'The U.S. ambassador will visit the border crossing at Nogales on Thursday.',
        'The foreign ministry will hold a press conference on the water treaty at 10 a.m. tomorrow.',
      ],
      claims: [
        // A figure of anything but a date, or a date the record holds, keeps it a claim.
        'The United States will impose a 25% tariff on Mexican tomatoes starting Monday.',
        'Mexico sent 10,000 National Guard troops to the U.S. border on Tuesday.',
        'The 2026 World Cup final will be played on July 19 at MetLife Stadium in New Jersey.',
      ],
    },
    es: {
      none: [
        'La comisión binacional de aguas se reunirá en El Paso el próximo martes a las 9 horas.',
        'El embajador de Estados Unidos visitará la garita de Nogales el jueves.',
        'La cancillería ofrecerá una conferencia de prensa sobre el tratado de aguas mañana a las 10 horas.',
      ],
      claims: [
        'Estados Unidos impondrá un arancel de 25% al jitomate mexicano a partir del lunes.',
        'México envió el martes 10,000 elementos de la Guardia Nacional a la frontera con Estados Unidos.',
        'La final del Mundial 2026 se jugará el 19 de julio en el estadio MetLife de Nueva Jersey.',
      ],
    },
  },
};

describeShapes(SHAPES, true);

/**
 * Text a page must not highlight, found or not: news of Mexico alone, another country's win, an announcement of what is
 * yet to be said, an opinion with nothing to check. Beside it, claims in like words that it must highlight.
 */
const UNMARKED: Record<Lang, Shape> = {
  en: {
    none: [
      'The governor of Sonora said the state will open two new hospitals in Hermosillo next year.',
      'Mexico’s Senate approved a judicial reform on Tuesday, the president’s office said.',
      'Canada beat the United States 3-1 to win the regional title on Sunday.',
      'Brazil won the bid to host the 2027 Women’s World Cup.',
      'The president will announce her security plan for the border states at Monday’s press conference.',
      'In my view, the relationship with Washington has never been handled so badly.',
      'I think the new tariffs on Mexico are a terrible idea.',
      'It is a disgrace that the wall along the Mexican border is still standing.',
    ],
    claims: [
      'Mexico is the largest trading partner of the United States.',
      'Remittances to Mexico from the United States fell last year for the first time in a decade.',
      'Mexico will host 13 matches of the 2026 World Cup, fewer than the United States.',
    ],
  },
  es: {
    none: [
      'El gobernador de Sonora dijo que el estado abrirá dos nuevos hospitales en Hermosillo el próximo año.',
      'El Senado mexicano aprobó el martes una reforma judicial, informó la Presidencia.',
      'Canadá venció 3-1 a Estados Unidos y ganó el título regional el domingo.',
      'Brasil ganó la sede del Mundial Femenil de 2027.',
      'La presidenta anunciará su plan de seguridad para los estados fronterizos en la conferencia del lunes.',
      'En mi opinión, la relación con Washington nunca se había manejado tan mal.',
      'Creo que los nuevos aranceles a México son una pésima idea.',
      'Es una vergüenza que el muro en la frontera con México siga en pie.',
    ],
    claims: [
      'México es el principal socio comercial de Estados Unidos.',
      'Las remesas que México recibe de Estados Unidos cayeron el año pasado por primera vez en una década.',
      'México será sede de 13 partidos del Mundial 2026, menos que Estados Unidos.',
    ],
  },
};

describe('news of Mexico alone, another country’s win, an announcement, an opinion: not highlighted', () => {
  for (const [lang, { none, claims }] of Object.entries(UNMARKED) as [Lang, Shape][])
    it(`in ${lang}`, () => {
      expect(marked(none, lang)).toEqual([]);
      expect(unmarked(claims, lang)).toEqual([]);
    });
});

describe('claimsNothing', () => {
  it('keeps thanks that state a figure', () => {
    expect(detected(['Thank you to the 1.2 million Mexican workers who sent remittances home from the United States last year.'], 'en')).toHaveLength(1);
  });
});
