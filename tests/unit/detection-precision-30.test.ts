/**
 * Shapes that claim nothing whatever their words (engine/not-claim-shapes.ts, read by engine/checkworthy.ts's
 * claimsNothing): a question quoted with who asked it, a kicker pointing to another story, a survey's note on how it was
 * made, thanks. They are no finding at all, highlighted or not. Beside each, claims in like words that must still be
 * found: thanks that give a cause, a survey's finding, a question answered by a claim of its own. Written for this
 * test, in English and Spanish, apart from the corpora: what is judged is the shape, not a sentence.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../engine/schema';
import { describeShapes, detected, type Shape } from './helpers/detection-shapes';

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
};

describeShapes(SHAPES, true);

describe('claimsNothing', () => {
  it('keeps thanks that state a figure', () => {
    expect(detected(['Thank you to the 1.2 million Mexican workers who sent remittances home from the United States last year.'], 'en')).toHaveLength(1);
  });
});
