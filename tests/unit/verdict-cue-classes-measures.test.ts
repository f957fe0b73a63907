/**
 * Word classes of the measures' own verbs and nouns (issue #12): killing, dying, seizing, building,
 * sending, deporting and polling are said in several words that count the same thing, so a cue
 * written with one meets a sentence written with another (engine/knowledge/lang/<lang>/words.json,
 * `verdict.cueClasses`). On a small synthetic fact set whose cues list one word of each class only;
 * the sentences are written for the test. A word of another measure or of the other direction
 * (an overdose is not a death, a smuggled load is not a seized one, received is not sent) stays apart.
 */
import { describe, expect, it } from 'vitest';
import { VERDICT_WORDS } from '../../engine/knowledge';
import { cueClassMaps, inClasses } from '../../engine/measure-cues';
import type { Fact, Figure, Series } from '../../engine/schema';
import { toStems } from '../../engine/vocabulary';
import { fig, ratingsOn, series, seriesFact } from './helpers/sample-facts';

/** A fact of one figure and its series (keyed alike), with the cues given and a keyword per language. */
const one = (topic: Fact['topic'], figure: Figure, subject: string, direction: string, period: Series['period'], en: string[], es: string[], keywords: [string, string]): Fact =>
  seriesFact(figure.key, topic, [figure], [series(figure.key, subject, direction, period, en, es)], { en: [keywords[0]], es: [keywords[1]] }, figure.period);

const FACTS: Fact[] = [
  one(
    'cartels-violence',
    fig('mx-homicides', 33_550, '2024', 'count', 'year'),
    'homicides',
    'mexico',
    'year',
    ['Mexico recorded homicides', 'homicides a year'],
    ['México registró homicidios', 'homicidios al año'],
    ['homicides', 'homicidios'],
  ),
  one(
    'drugs-fentanyl',
    fig('us-od-deaths', 80_391, '2024', 'people', 'year'),
    'overdose-deaths',
    'us',
    'year',
    ['overdose deaths in the United States', 'Americans died of overdoses'],
    ['muertes por sobredosis en Estados Unidos', 'estadounidenses murieron por sobredosis'],
    ['overdose', 'sobredosis'],
  ),
  one(
    'drugs-fentanyl',
    fig('seized-sw-share', 96.6, '2024', 'percent'),
    'fentanyl-seizures',
    'southwest',
    'point',
    ['of fentanyl seized at the southwest border'],
    ['del fentanilo decomisado en la frontera suroeste'],
    ['fentanyl', 'fentanilo'],
  ),
  one('border-security', fig('wall-built', 452, '2021', 'mi'), 'border-wall', 'built', 'point', ['Trump built miles of wall'], ['Trump construyó millas de muro'], ['border wall', 'muro fronterizo']),
  one('remittances', fig('remit', 64.7e9, '2024', 'usd', 'year'), 'remittances', 'inflow', 'year', ['money Mexicans abroad sent home'], ['dinero que mandan los paisanos'], ['remittances', 'remesas']),
  one(
    'diaspora',
    fig('mx-unauthorized', 4e6, '2022', 'people'),
    'mexicans-in-us',
    'unauthorized',
    'point',
    ['undocumented Mexican immigrants live in the U.S.'],
    ['inmigrantes mexicanos indocumentados viven en Estados Unidos'],
    ['Mexican immigrants', 'inmigrantes mexicanos'],
  ),
  one(
    'drugs-fentanyl',
    fig('traffickers-us-citizens', 81.9, '2023', 'percent'),
    'drug-traffickers',
    'us-citizens',
    'point',
    ['drug trafficking offenders were U.S. citizens'],
    ['sentenciados por narcotráfico son ciudadanos estadounidenses'],
    ['drug trafficking', 'narcotráfico'],
  ),
  one('remittances', fig('remit-to-mx', 64.7e9, '2024', 'usd', 'year'), 'remittances-to-mexico', 'inflow', 'year', ['remittances to Mexico'], ['remesas a México'], ['remittances', 'remesas']),
  one(
    'remittances',
    fig('remit-gdp', 3.4, '2024', 'percent'),
    'remittances-share',
    'gdp',
    'point',
    ["remittances equal of Mexico's GDP"],
    ['remesas equivalen del PIB de México'],
    ['remittances', 'remesas'],
  ),
  one('trade-volume', fig('goods-trade', 839.9e9, '2024', 'usd', 'year'), 'goods-trade', 'two-way', 'year', ['U.S.-Mexico trade'], ['comercio entre México y Estados Unidos'], ['trade', 'comercio']),
  one('nafta-usmca', fig('usmca-year', 2020, '2020', 'year'), 'usmca', 'usmca', 'point', ['USMCA took effect'], ['T-MEC entró en vigor'], ['USMCA', 'T-MEC']),
  one(
    'migration-flows',
    fig('returns-to-mx', 1e6, '2009-2014', 'people'),
    'mexican-migrants',
    'us-to-mx',
    'range',
    ['Mexicans returned to Mexico'],
    ['mexicanos regresaron a México'],
    ['Mexicans', 'mexicanos'],
  ),
];

const verdict = ratingsOn(FACTS);
/** The sentence is judged Accurate on the one figure of the series `key`. */
const accurate = (text: string, key: string) => expect(verdict(text)).toEqual({ rating: 'accurate', figures: [`${key}:consistent`] });

describe('word classes of the measures’ verbs and nouns', () => {
  it('meets a series in words its cues do not list, in English', () => {
    accurate('Mexico recorded 33,550 murders in 2024.', 'mx-homicides');
    accurate('Cartel drugs drove 80,391 overdose fatalities in the United States in 2024.', 'us-od-deaths');
    accurate('Trump constructed 452 miles of wall on the border.', 'wall-built');
    accurate('In 2024 the money Mexicans abroad send home came to $64.7 billion.', 'remit');
  });

  it('meets a series in words its cues do not list, in Spanish', () => {
    accurate('México registró 33,550 asesinatos en 2024.', 'mx-homicides');
    accurate('En 2024 hubo 80,391 decesos por sobredosis en Estados Unidos.', 'us-od-deaths');
    accurate('En 2024, 80,391 estadounidenses fallecieron por sobredosis.', 'us-od-deaths');
    accurate('En 2024, el 96.6% del fentanilo incautado en la frontera suroeste lo halló CBP.', 'seized-sw-share');
    accurate('Trump edificó 452 millas de muro en la frontera.', 'wall-built');
    accurate('En 2024 el dinero que envían los paisanos llegó a 64,700 millones de dólares.', 'remit');
  });

  it('meets a series through words of legal status, of the drug trade and of money sent home', () => {
    accurate('About 4 million irregular Mexican immigrants live in the U.S., as of 2022.', 'mx-unauthorized');
    accurate('In 2023, 81.9% of federal narcotics trafficking offenders were U.S. citizens.', 'traffickers-us-citizens');
    accurate('En 2023, el 81.9% de los sentenciados por tráfico de drogas son ciudadanos estadounidenses.', 'traffickers-us-citizens');
    accurate('En 2024 los envíos de dinero a México sumaron 64,700 millones de dólares.', 'remit-to-mx');
  });

  it('meets a series through a name spelled out, another word for trade and a year said as an adverb', () => {
    accurate("In 2024 remittances equal 3.4% of Mexico's gross domestic product.", 'remit-gdp');
    accurate('U.S.-Mexico commerce reached $839.9 billion in 2024.', 'goods-trade');
    accurate('In 2024 Mexico saw some 33,550 homicides annually.', 'mx-homicides');
    accurate('En 2024 las remesas equivalen al 3.4% del producto interno bruto de México.', 'remit-gdp');
    accurate('El comercio entre México y EUA sumó 839,900 millones de dólares en 2024.', 'goods-trade');
    accurate('En 2024 hubo unos 33,550 homicidios anualmente en México.', 'mx-homicides');
  });

  it('meets a series through a treaty’s other names', () => {
    accurate('The T-MEC took effect in 2020.', 'usmca-year');
    accurate('El USMCA entró en vigor en 2020.', 'usmca-year');
  });

  it('meets a series through more Spanish words of seizing and of going back', () => {
    accurate('En 2024, el 96.6% del fentanilo confiscado en la frontera suroeste lo halló CBP.', 'seized-sw-share');
    accurate('Entre 2009 y 2014, 1 millón de mexicanos retornaron a México.', 'returns-to-mx');
    expect(verdict('Entre 2009 y 2014, 1 millón de mexicanos retornaron a Estados Unidos.')?.figures ?? []).toEqual([]);
  });

  it('leaves another measure and the other direction unchecked', () => {
    const none = (text: string) => verdict(text)?.figures ?? [];
    expect(none('Mexico recorded 33,550 overdoses in 2024.')).toEqual([]);
    expect(none('Fentanyl drove 80,391 overdoses in the United States in 2024.')).toEqual([]);
    expect(none('In 2024, 96.6% of fentanyl smuggled at the southwest border came in trucks.')).toEqual([]);
    expect(none('Trump promised 452 miles of wall on the border.')).toEqual([]);
    expect(none('En 2024 hubo 80,391 intoxicaciones por sobredosis en Estados Unidos.')).toEqual([]);
    expect(none('En 2024, el 96.6% del fentanilo traficado en la frontera suroeste.')).toEqual([]);
    expect(none('En 2024 el dinero que reciben los paisanos llegó a 64,700 millones de dólares.')).toEqual([]);
  });

  it('reads the words of a class as one stem and keeps the other direction apart', () => {
    const classes = cueClassMaps(VERDICT_WORDS);
    const read = (text: string, lang: 'en' | 'es') => inClasses(toStems(text, lang), classes[lang]).join(' ');
    expect(read('murders', 'en')).toBe(read('homicides', 'en'));
    expect(read('ICE removals', 'en')).toBe(read('ICE deportations', 'en'));
    expect(read('a poll', 'en')).toBe(read('a survey', 'en'));
    expect(read('asesinatos', 'es')).toBe(read('homicidios', 'es'));
    expect(read('un sondeo', 'es')).toBe(read('una encuesta', 'es'));
    expect(read('incautaciones', 'es')).toBe(read('decomisos', 'es'));
    expect(read('enviaron', 'es')).toBe(read('mandan', 'es'));
    expect(read('juegos del Mundial', 'es')).toBe(read('partidos del Mundial', 'es'));
    expect(read('sent', 'en')).not.toBe(read('received', 'en'));
    expect(read('deported', 'en')).not.toBe(read('returned', 'en'));
    expect(read('decomisado', 'es')).not.toBe(read('traficado', 'es'));
    expect(read('muertes', 'es')).not.toBe(read('sobredosis', 'es'));
  });
});
