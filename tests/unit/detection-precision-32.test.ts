/**
 * Detection precision, session 32: a third region's news in the relationship's words (Central American economies and
 * their remittances, engine/knowledge/lang/es/words.json) and a place located by the border (a veto of
 * engine/knowledge/topics/border-security.json) are no claim; and which topic wins where a research centre is only a
 * source, where a poll's view is negated, where the Mexican drug war is said, and where a bare treaty, a border or an
 * exchange is not the trade agreement, the border or students. Beside each shape, claims in like words that must still
 * be found. Written for this test, in English and Spanish, apart from the corpora: what is judged is the shape.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../engine/schema';
import type { TopicId } from '../../engine/topics';
import { bundled } from './helpers/bundled';
import { describeShapes, type Shape } from './helpers/detection-shapes';

const SHAPES: Record<string, Record<Lang, Shape>> = {
  'Central America named without Mexico is another region’s news': {
    es: {
      none: ['Las economías centroamericanas dependen cada vez más de las remesas que envían sus emigrantes.', 'Las economías centroamericanas crecieron 3 por ciento el año pasado, según la Cepal.'],
      claims: [
        // Mexico named beside them keeps the relationship.
        'Las remesas que reciben México y los países centroamericanos superaron los 90 mil millones de dólares.',
        'Los migrantes centroamericanos que cruzan México rumbo a Estados Unidos aumentaron este año.',
      ],
    },
    en: {
      none: [],
      claims: ['Mexico deported more Central American migrants last year than the United States did.'],
    },
  },
  'a place located by the border is no claim about the border': {
    es: {
      none: ['El hallazgo ocurrió en un rancho de Sonora, cerca de la frontera con Arizona.', 'La feria del libro de Ciudad Juárez, en la frontera con Texas, recibió a miles de visitantes.'],
      claims: [
        // What crosses, guards or walls the border keeps it the topic.
        'Miles de personas cruzan a diario la frontera entre Tijuana y San Diego para trabajar.',
        'La Guardia Nacional desplegó 10 mil elementos cerca de la frontera con Estados Unidos.',
        'El muro fronterizo entre México y Estados Unidos mide más de mil kilómetros.',
      ],
    },
    en: {
      none: ['A new hospital opened in Nogales, near the border with Arizona, last week.', 'The town, located on the U.S.-Mexico border, hosts a chile festival every fall.'],
      claims: ['The border between the United States and Mexico is about 3,145 kilometers long.'],
    },
  },
};

describeShapes(SHAPES);

/** A sentence and the topics it may be found on. */
type Case = readonly [lang: Lang, sentence: string, topics: readonly TopicId[]];

const topicOf = ([lang, sentence]: Case) => bundled.analyze(sentence, { lang, includeUncheckworthy: true })[0]?.topic ?? null;
const misfiled = (cases: readonly Case[]) => cases.filter((c) => !c[2].includes(topicOf(c) as TopicId));

const FOUND: Record<string, readonly Case[]> = {
  'a share of a people holding a view is an opinion, a negated view too': [
    ['es', 'La mayoría de los estadounidenses no ve a México como un aliado cercano, según una encuesta.', ['public-opinion']],
    ['en', 'Most Americans do not see Mexico as a close ally, a new poll found.', ['public-opinion']],
    ['en', 'Despite being the top U.S. trading partner, most Americans do not see Mexico as a close ally.', ['public-opinion']],
  ],
  'a research centre named as a source of figures that are no opinion': [
    ['es', 'Según el Centro Pew, la mayoría de los inmigrantes mexicanos en Estados Unidos llegó antes del año 2000.', ['diaspora', 'migration-flows']],
    ['en', 'According to Pew, most Mexican immigrants in the United States arrived before 2000.', ['diaspora', 'migration-flows']],
    // A poll's finding is still an opinion, a negated view too.
    ['es', 'La mayoría de los mexicanos no confía en el gobierno de Estados Unidos, según una encuesta reciente.', ['public-opinion']],
  ],
  'the Mexican drug war is cartel violence': [
    ['es', 'La guerra contra el narcotráfico que lanzó Calderón dejó decenas de miles de muertos en México.', ['cartels-violence']],
    ['es', 'La guerra contra el narco dejó más de 100 mil muertos en México en una década.', ['cartels-violence']],
    ['en', "Mexico's drug war has left more than 100,000 people dead in a decade.", ['cartels-violence']],
  ],
  'what enters by the border, and a trade exchange, are not the border or students': [
    ['es', 'Casi todo el fentanilo que llega a Estados Unidos entra por la frontera con México.', ['drugs-fentanyl']],
    ['es', 'La mayor parte del fentanilo que entra por la frontera con México lo introducen ciudadanos estadounidenses.', ['drugs-fentanyl']],
    ['es', 'El intercambio comercial entre México y Estados Unidos superó los 800 mil millones de dólares el año pasado.', ['trade-volume']],
    ['es', 'La Patrulla Fronteriza reportó 8 mil encuentros en la frontera con México en marzo.', ['migration-flows']],
  ],
};

describe('which topic a claim is found on (session 32)', () => {
  for (const [what, cases] of Object.entries(FOUND)) it(what, () => expect(misfiled(cases)).toEqual([]));

  it('a treaty that is not the trade agreement is not read as it', () => {
    const cases: Case[] = [
      ['es', 'México y Estados Unidos firmaron un tratado de extradición en 1978.', []],
      ['es', 'El tratado de 1944 obliga a México a entregar agua a Estados Unidos cada cinco años.', []],
    ];
    expect(cases.filter((c) => topicOf(c) === 'nafta-usmca')).toEqual([]);
    // The trade agreement said in its own words is still found.
    expect(topicOf(['es', 'La revisión del T-MEC decidirá si el tratado comercial entre México, Estados Unidos y Canadá sigue vigente.', []])).toBe('nafta-usmca');
  });
});
