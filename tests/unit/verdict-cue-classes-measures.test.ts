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
import type { Fact } from '../../engine/schema';
import { toStems } from '../../engine/vocabulary';
import { fig, ratingsOn, series, seriesFact } from './helpers/sample-facts';

const FACTS: Fact[] = [
  seriesFact(
    'homicides',
    'cartels-violence',
    [fig('mx-homicides', 33_550, '2024', 'count', 'year')],
    [series('mx-homicides', 'homicides', 'mexico', 'year', ['Mexico recorded homicides'], ['México registró homicidios'])],
    { en: ['homicides'], es: ['homicidios'] },
  ),
  seriesFact(
    'overdoses',
    'drugs-fentanyl',
    [fig('us-od-deaths', 80_391, '2024', 'people', 'year')],
    [
      series(
        'us-od-deaths',
        'overdose-deaths',
        'us',
        'year',
        ['overdose deaths in the United States', 'Americans died of overdoses'],
        ['muertes por sobredosis en Estados Unidos', 'estadounidenses murieron por sobredosis'],
      ),
    ],
    { en: ['overdose'], es: ['sobredosis'] },
  ),
  seriesFact(
    'seizures',
    'drugs-fentanyl',
    [fig('seized-sw-share', 96.6, '2024', 'percent')],
    [series('seized-sw-share', 'fentanyl-seizures', 'southwest', 'point', ['of fentanyl seized at the southwest border'], ['del fentanilo decomisado en la frontera suroeste'])],
    { en: ['fentanyl'], es: ['fentanilo'] },
  ),
  seriesFact(
    'wall',
    'border-security',
    [fig('wall-built', 452, '2021', 'mi')],
    [series('wall-built', 'border-wall', 'built', 'point', ['Trump built miles of wall'], ['Trump construyó millas de muro'])],
    { en: ['border wall'], es: ['muro fronterizo'] },
    '2021',
  ),
  seriesFact(
    'remittances',
    'remittances',
    [fig('remit', 64.7e9, '2024', 'usd', 'year')],
    [series('remit', 'remittances', 'inflow', 'year', ['money Mexicans abroad sent home'], ['dinero que mandan los paisanos'])],
    { en: ['remittances'], es: ['remesas'] },
  ),
  seriesFact(
    'unauthorized',
    'diaspora',
    [fig('mx-unauthorized', 4e6, '2022', 'people')],
    [series('mx-unauthorized', 'mexicans-in-us', 'unauthorized', 'point', ['undocumented Mexican immigrants live in the U.S.'], ['inmigrantes mexicanos indocumentados viven en Estados Unidos'])],
    { en: ['Mexican immigrants'], es: ['inmigrantes mexicanos'] },
  ),
  seriesFact(
    'traffickers',
    'drugs-fentanyl',
    [fig('traffickers-us-citizens', 81.9, '2023', 'percent')],
    [
      series(
        'traffickers-us-citizens',
        'drug-traffickers',
        'us-citizens',
        'point',
        ['drug trafficking offenders were U.S. citizens'],
        ['sentenciados por narcotráfico son ciudadanos estadounidenses'],
      ),
    ],
    { en: ['drug trafficking'], es: ['narcotráfico'] },
  ),
  seriesFact(
    'inflows',
    'remittances',
    [fig('remit-to-mx', 64.7e9, '2024', 'usd', 'year')],
    [series('remit-to-mx', 'remittances-to-mexico', 'inflow', 'year', ['remittances to Mexico'], ['remesas a México'])],
    { en: ['remittances'], es: ['remesas'] },
  ),
];

const verdict = ratingsOn(FACTS);

describe('word classes of the measures’ verbs and nouns', () => {
  it('meets a series in words its cues do not list, in English', () => {
    expect(verdict('Mexico recorded 33,550 murders in 2024.')).toEqual({ rating: 'accurate', figures: ['mx-homicides:consistent'] });
    expect(verdict('Fentanyl drove 80,391 overdose fatalities in the United States in 2024.')).toEqual({ rating: 'accurate', figures: ['us-od-deaths:consistent'] });
    expect(verdict('Trump constructed 452 miles of wall on the border.')).toEqual({ rating: 'accurate', figures: ['wall-built:consistent'] });
    expect(verdict('In 2024 the money Mexicans abroad send home came to $64.7 billion.')).toEqual({ rating: 'accurate', figures: ['remit:consistent'] });
  });

  it('meets a series in words its cues do not list, in Spanish', () => {
    expect(verdict('México registró 33,550 asesinatos en 2024.')).toEqual({ rating: 'accurate', figures: ['mx-homicides:consistent'] });
    expect(verdict('En 2024 hubo 80,391 decesos por sobredosis en Estados Unidos.')).toEqual({ rating: 'accurate', figures: ['us-od-deaths:consistent'] });
    expect(verdict('En 2024, 80,391 estadounidenses fallecieron por sobredosis.')).toEqual({ rating: 'accurate', figures: ['us-od-deaths:consistent'] });
    expect(verdict('En 2024, el 96.6% del fentanilo incautado en la frontera suroeste lo halló CBP.')).toEqual({ rating: 'accurate', figures: ['seized-sw-share:consistent'] });
    expect(verdict('Trump edificó 452 millas de muro en la frontera.')).toEqual({ rating: 'accurate', figures: ['wall-built:consistent'] });
    expect(verdict('En 2024 el dinero que envían los paisanos llegó a 64,700 millones de dólares.')).toEqual({ rating: 'accurate', figures: ['remit:consistent'] });
  });

  it('meets a series through words of legal status, of the drug trade and of money sent home', () => {
    expect(verdict('About 4 million irregular Mexican immigrants live in the U.S., as of 2022.')).toEqual({ rating: 'accurate', figures: ['mx-unauthorized:consistent'] });
    expect(verdict('In 2023, 81.9% of federal narcotics trafficking offenders were U.S. citizens.')).toEqual({ rating: 'accurate', figures: ['traffickers-us-citizens:consistent'] });
    expect(verdict('En 2023, el 81.9% de los sentenciados por tráfico de drogas son ciudadanos estadounidenses.')).toEqual({ rating: 'accurate', figures: ['traffickers-us-citizens:consistent'] });
    expect(verdict('En 2024 los envíos de dinero a México sumaron 64,700 millones de dólares.')).toEqual({ rating: 'accurate', figures: ['remit-to-mx:consistent'] });
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
    expect(read('sent', 'en')).not.toBe(read('received', 'en'));
    expect(read('deported', 'en')).not.toBe(read('returned', 'en'));
    expect(read('decomisado', 'es')).not.toBe(read('traficado', 'es'));
    expect(read('muertes', 'es')).not.toBe(read('sobredosis', 'es'));
  });
});
