/**
 * A verb's tenses name one measure: a figure is often reported in the past ("saw the U.S. favorably", "veía bien a
 * Estados Unidos", "sold … to Mexico", "le vendió a México") where a cue says the present, and the stems do not meet
 * where the past is irregular or short ("saw", "sold", "veía", "vendió"). The packs' `cueClasses` hold such forms
 * together, as they hold "asegurado" with "decomisado" (seized). On a small synthetic fact set.
 */
import { describe, expect, it } from 'vitest';
import { VERDICT_WORDS } from '../../engine/knowledge';
import { cueClassMaps, inClasses, seriesEntries } from '../../engine/measure-cues';
import { MeasureIndex } from '../../engine/measures';
import { readQuantities } from '../../engine/numbers';
import type { Fact, Lang } from '../../engine/schema';
import { toStems } from '../../engine/vocabulary';
import { loadData } from '../../scripts/lib/data-files';
import { fig, ratingsOn, series, seriesFact } from './helpers/sample-facts';

const FACTS: Fact[] = [
  seriesFact(
    'views',
    'public-opinion',
    [fig('mx-favorable', 29, '2025', 'percent')],
    [series('mx-favorable', 'mexican-views-of-us', 'favorable', 'point', ['see the U.S. favorably'], ['ven bien a Estados Unidos'])],
    { en: ['Mexicans', 'favorably'], es: ['mexicanos', 'bien a Estados Unidos'] },
  ),
  seriesFact('sales', 'trade-volume', [fig('us-exports', 334e9, '2024', 'usd', 'year')], [series('us-exports', 'goods-trade', 'us-to-mx', 'year', ['sells to Mexico'], ['le vende a México'])], {
    en: ['sells'],
    es: ['vende'],
  }),
  seriesFact(
    'seizures',
    'drugs-fentanyl',
    [fig('at-ports', 88, '2015-2024', 'percent')],
    [series('at-ports', 'fentanyl-seizure-location', 'at-ports', 'range', ['of fentanyl seized at ports of entry'], ['del fentanilo decomisado en los puertos de entrada'])],
    { en: ['fentanyl'], es: ['fentanilo', 'puertos de entrada'] },
  ),
];

const verdict = ratingsOn(FACTS);
const measures = new MeasureIndex(seriesEntries(FACTS, VERDICT_WORDS), VERDICT_WORDS);
const bound = (text: string, lang: Lang) => measures.bind(text, lang, readQuantities(text, lang), () => true).map((b) => b.entry.series.key);

describe('a verb said in another tense than its cue', () => {
  it('meets a cue in the present when the sentence says the past, in English', () => {
    expect(verdict('In 2025, 29% of Mexicans saw the U.S. favorably.')).toEqual({ rating: 'accurate', figures: ['mx-favorable:consistent'] });
    expect(verdict('In 2025, 50% of Mexicans saw the U.S. favorably.')).toEqual({ rating: 'false', figures: ['mx-favorable:contradicted'] });
    expect(bound('In 2024 the U.S. sold $334 billion in goods to Mexico.', 'en')).toEqual(['us-exports']);
  });

  it('meets a cue in the present when the sentence says the past, in Spanish', () => {
    expect(verdict('En 2025, el 29% de los mexicanos vio bien a Estados Unidos.')).toEqual({ rating: 'accurate', figures: ['mx-favorable:consistent'] });
    expect(verdict('En 2025, el 50% de los mexicanos vio bien a Estados Unidos.')).toEqual({ rating: 'false', figures: ['mx-favorable:contradicted'] });
    expect(bound('En 2025, el 29% de los mexicanos veía bien a Estados Unidos.', 'es')).toEqual(['mx-favorable']);
    expect(bound('Estados Unidos le vendieron 334 mil millones de dólares en bienes a México en 2024.', 'es')).toEqual(['us-exports']);
  });

  it('reads "asegurado" as seized ("decomisado"), in Spanish', () => {
    expect(bound('El 88% del fentanilo asegurado en la frontera se halló en los puertos de entrada.', 'es')).toEqual(['at-ports']);
  });

  it('meets a poll\'s "say" said in the past, and not a weak cue made broad by it, on the bundled facts', () => {
    const bundled = new MeasureIndex(seriesEntries(loadData().facts, VERDICT_WORDS), VERDICT_WORDS);
    const onBundled = (text: string) => bundled.bind(text, 'en', readQuantities(text, 'en'), () => true).map((b) => b.entry.series.key);
    expect(onBundled('In 2025, 68% of Mexicans said the U.S. government was doing a bad job with asylum seekers.')).toEqual(['mexicans-say-us-bad-job-asylum-border']);
    // "said … deported" is no share of return migrants: the cue names them.
    expect(onBundled('ICE officials said 30% of those deported had criminal records.')).toEqual([]);
    expect(onBundled('ICE officials say 30% of those deported had criminal records.')).toEqual([]);
    expect(onBundled('In 2009-2014, 14% of return migrants said they were deported.')).toEqual(['return-migrants-deported-share']);
  });

  it('keeps a name apart from a verb it looks like: "Cruz" is no "cruzó"', () => {
    const classes = cueClassMaps(VERDICT_WORDS);
    const read = (text: string) => inClasses(toStems(text, 'es'), classes.es).join(' ');
    expect(read('cruzaban')).toBe(read('cruzan'));
    expect(read('Cruz')).not.toBe(read('cruzan'));
  });
});
