/**
 * The verdict mechanisms of issue #12's fourth pass, on a small synthetic fact set (written
 * for the tests, both languages): the reach of words of time, numbers said against another
 * (baselines and changes), precision by digits, comparisons of two measures, rates per
 * minute, cues around a number, compound number words and school years.
 */
import { describe, expect, it } from 'vitest';
import { VERDICT_WORDS } from '../../engine/knowledge';
import { createEngine } from '../../engine/engine';
import { fits, judgeChange, judgeFigure } from '../../engine/figures';
import { readQuantities } from '../../engine/numbers';
import { statedPeriod, yearNear } from '../../engine/stated-period';
import { stretchOf } from '../../engine/number-stretch';
import { figureSentence } from '../../engine/summary';
import { foldSameLength } from '../../engine/word-lists';
import type { Fact } from '../../engine/schema';
import { fig, ratingsOn, series, seriesFact } from './helpers/sample-facts';

const fact = seriesFact;

const FACTS: Fact[] = [
  fact(
    'remittances',
    'remittances',
    [fig('remit', 63.313e9, '2023', 'usd', 'year'), fig('remit', 64.746e9, '2024', 'usd', 'year'), fig('remit', 61.791e9, '2025', 'usd', 'year'), fig('remit-gdp', 3.4, '2024', 'percent')],
    [
      series('remit', 'remittances', 'inflow', 'year', ['remittances to Mexico', 'remittances'], ['remesas a México', 'remesas']),
      series('remit-gdp', 'remittances-gdp', 'share', 'year', ['remittances account for of GDP'], ['remesas equivalen al del PIB']),
    ],
    { en: ['remittances'], es: ['remesas'] },
  ),
  fact(
    'people',
    'diaspora',
    [fig('us-in-mx', 1.5e6, '2017', 'people'), fig('us-in-mx', 1.6e6, '2024', 'people'), fig('mx-in-us', 10.9e6, '2023', 'people')],
    [
      series(
        'us-in-mx',
        'americans-in-mexico',
        'americans-in-mx',
        'point',
        ['Americans living in Mexico', 'Americans live in Mexico'],
        ['estadounidenses viviendo en México', 'en México viven estadounidenses'],
      ),
      series('mx-in-us', 'mexicans-in-us', 'mexicans-in-us', 'point', ['Mexicans living in the United States'], ['mexicanos viviendo en Estados Unidos']),
    ],
    { en: ['Americans', 'Mexicans'], es: ['estadounidenses', 'mexicanos'] },
  ),
  fact(
    'trade',
    'trade-volume',
    [fig('trade-day', 1.39e9, '2013', 'usd', 'day'), fig('trade-day', 2.39e9, '2025', 'usd', 'day'), fig('trade-year', 872.8e9, '2025', 'usd', 'year')],
    [
      series('trade-day', 'goods-trade', 'two-way', 'day', ['trade a day'], ['comercio diario']),
      series('trade-year', 'goods-trade', 'two-way', 'year', ['trade between the U.S. and Mexico'], ['comercio entre México y Estados Unidos']),
    ],
    { en: ['trade'], es: ['comercio'] },
  ),
  fact(
    'growth',
    'mexico-economy',
    [fig('gdp-growth', 3.3, '2023', 'percent'), fig('gdp-growth', 1.5, '2024', 'percent'), fig('gdp-size', 1.85e12, '2024', 'usd', 'year')],
    [series('gdp-growth', 'gdp-growth', 'real', 'year', ['GDP grew'], ['el PIB creció']), series('gdp-size', 'gdp', 'nominal', 'year', ['size of the economy'], ['tamaño de la economía'])],
    { en: ['GDP', 'economy'], es: ['PIB', 'economía'] },
  ),
];

const engine = createEngine(FACTS);
const verdict = (text: string) => {
  const f = engine.analyze(text)[0];
  return f ? { rating: f.rating, factId: f.factId, figures: f.figures?.map((c) => `${c.key}:${c.status}`) ?? [] } : null;
};

describe('words of time read in the number’s reach', () => {
  const period = (text: string, lang: 'en' | 'es', i = 0) => statedPeriod(foldSameLength(text), readQuantities(text, lang)[i]!, VERDICT_WORDS[lang]);
  it('keeps a span or running total said after a break from timing the number before it', () => {
    expect(period('Sixty-four percent of Americans view Mexico favorably, up from 59 percent in 2016 and the highest since 2006.', 'en')).toBeNull();
    expect(period('Las muertes cayeron a 80,391, la cifra más baja en cinco años.', 'es')).toBeNull();
  });
  it('still times a number by a running total said before it, in its clause', () => {
    expect(period('Since 2008, remittances to Mexico have added up to $600 billion.', 'en')).toBe('cumulative');
    expect(period('Desde 2008 las remesas suman 600 mil millones de dólares.', 'es')).toBe('cumulative');
  });
  it('takes Spanish "desde" for "since" only before a time, not before a place', () => {
    expect(period('Desde hace diez años las remesas suman 600 mil millones de dólares.', 'es')).toBe('cumulative');
    expect(period('Desde 2015, las remesas suman 600 mil millones de dólares.', 'es')).toBe('cumulative');
    // Since January is this year so far: part of a year.
    expect(period('Desde enero, las remesas suman 40 mil millones de dólares.', 'es')).toBe('part-year');
    expect(period('Las remesas enviadas desde Estados Unidos suman 60 mil millones de dólares.', 'es')).toBeNull();
  });
  it('takes no period from the name of a publication ("el reporte mensual", "the monthly report")', () => {
    expect(period('Según el reporte mensual del Censo, México es el segundo comprador de productos de EU.', 'es')).toBeNull();
    expect(period('The monthly report says Mexico is the second-largest buyer of U.S. goods.', 'en')).toBeNull();
    expect(period('Las remesas mensuales sumaron 5,200 millones de dólares.', 'es')).toBe('part-year');
    // A month said beside the measure makes it that month's ("June remittances", "las remesas de junio"), not the year's.
    expect(period('June remittances to Mexico were $5.2 billion in 2025.', 'en')).toBe('part-year');
    expect(period('Las remesas de junio sumaron 5,201 millones de dólares en 2025.', 'es')).toBe('part-year');
  });
  it('gives the whole year back to a number said after "for the full year", "en todo el año", not to one before it', () => {
    const en = 'From January to October remittances totaled $51 billion, and for the full year they reached $61.8 billion.';
    const es = 'De enero a octubre las remesas sumaron 51 mil millones de dólares, y en todo el año llegaron a 61.8 mil millones.';
    expect([period(en, 'en', 0), period(en, 'en', 1)]).toEqual(['part-year', null]);
    expect([period(es, 'es', 0), period(es, 'es', 1)]).toEqual(['part-year', null]);
    // Part of the year said again after the whole year: the nearest time before the number is its own.
    expect(period('For the full year trade grew, and in the first half of 2025 it reached $400 billion.', 'en')).toBe('part-year');
    expect(period('En todo el año el comercio creció, y en el primer semestre de 2025 llegó a 400 mil millones de dólares.', 'es')).toBe('part-year');
  });
  it('does not take "in total" for a running total', () => {
    expect(period('The tournament will have 104 matches in total.', 'en')).toBeNull();
    expect(period('El torneo tendrá 104 partidos en total.', 'es')).toBeNull();
  });
});

describe('numbers read as said', () => {
  it('reads compound number words in both languages', () => {
    expect(readQuantities('Sixty-four percent of Americans', 'en').map((q) => q.value)).toEqual([64]);
    expect(readQuantities('el sesenta y cuatro por ciento', 'es').map((q) => q.value)).toEqual([64]);
    expect(readQuantities('veinticinco por ciento', 'es').map((q) => q.value)).toEqual([25]);
  });
  it('reads a position said as "ranks third" or "in first place", as Spanish "tercer lugar"', () => {
    expect(readQuantities('Mexico ranks third among U.S. trade partners', 'en')[0]).toMatchObject({ value: 3, unit: 'rank' });
    expect(readQuantities('Mexico moved into first place among U.S. trading partners', 'en')[0]).toMatchObject({ value: 1, unit: 'rank' });
    expect(readQuantities('México ocupa el tercer lugar entre los socios de EU', 'es')[0]).toMatchObject({ value: 3, unit: 'rank' });
  });
  it('reads an ordinal inside a longer one ("decimotercera", "twenty-third") as the whole or not at all, never as its last part', () => {
    expect(
      readQuantities('México es la decimotercera economía del mundo', 'es')
        .filter((q) => q.unit === 'rank')
        .map((q) => q.value),
    ).toEqual([13]);
    expect(readQuantities('Mexico is the twenty-third largest economy', 'en').filter((q) => q.unit === 'rank')).toEqual([]);
    expect(readQuantities('México es la tercera economía de América Latina', 'es')[0]).toMatchObject({ value: 3, unit: 'rank' });
  });
  it('reads a Spanish hedge with its article ("casi el 4%", "alrededor del 3%", "más del 80%") and a position in a deficit', () => {
    expect(readQuantities('casi el 4% del PIB', 'es')[0]).toMatchObject({ value: 4, qualifier: 'almost' });
    expect(readQuantities('alrededor del 3% del PIB', 'es')[0]).toMatchObject({ value: 3, qualifier: 'about' });
    expect(readQuantities('más del 80% de los detenidos', 'es')[0]).toMatchObject({ value: 80, qualifier: 'over' });
    expect(readQuantities('menos del 10% de las armas', 'es')[0]).toMatchObject({ value: 10, qualifier: 'under' });
    expect(readQuantities('el segundo mayor superávit comercial', 'es')[0]).toMatchObject({ value: 2, unit: 'rank' });
  });
  it('does not read the second part of a school year as a number', () => {
    expect(readQuantities('15,474 students in 2023/24', 'en').map((q) => q.raw)).toEqual(['15,474']);
    expect(readQuantities('15 mil estudiantes en 2023/24', 'es').map((q) => q.raw)).toEqual(['15 mil']);
  });
  it('reads an amount per minute or per hour as a day’s amount', () => {
    const [q] = readQuantities('un millón de dólares por minuto', 'es');
    expect(q).toMatchObject({ value: 1.44e9, per: 'day', raw: 'un millón de dólares por minuto' });
    expect(readQuantities('$100 million an hour', 'en')[0]).toMatchObject({ value: 2.4e9, per: 'day' });
  });
});

describe('the figure judge', () => {
  const q = (value: number, qualifier: 'exact' | 'about' = 'exact') => ({ value, unit: 'usd' as const, per: null, qualifier, start: 0, end: 0, raw: '' });
  it('holds a number said to four or more digits to 1%, with a grey band to 3% (sources differ in their last digits)', () => {
    expect(fits(q(62_319e6), 63_313e6, 'usd')).toBe('grey');
    expect(fits(q(60_119e6), 63_313e6, 'usd')).toBe('no');
    expect(fits(q(1933), 1954, 'mi')).toBe('grey');
    expect(fits(q(63_319e6), 63_313e6, 'usd')).toBe('yes');
    expect(fits(q(62e9), 63.313e9, 'usd')).toBe('yes');
  });
  it('holds a number said to three digits with a decimal to 2.5%, in doubt to 7.5%; the same digits of a rate turned into a day are not the writer’s', () => {
    const people = (value: number, raw: string) => ({ ...q(value), unit: 'people' as const, raw });
    expect(fits(people(40.1e6, '40.1 million'), 38.5e6, 'people')).toBe('grey');
    expect(fits(people(39.2e6, '39.2 million'), 38.5e6, 'people')).toBe('yes');
    expect(fits(people(43.1e6, '43.1 million'), 38.5e6, 'people')).toBe('no');
    expect(fits(people(40.1e6, '40,1 millones'), 38.5e6, 'people')).toBe('grey');
    // Without a decimal a three-digit count keeps the 5% band: "350 a week" of 340.
    expect(fits(people(350, '350'), 340, 'people')).toBe('yes');
    const [perMinute] = readQuantities('un millón de dólares por minuto', 'es');
    expect(perMinute && fits(perMinute, 1.4e9, 'usd')).toBe('yes');
  });
  it('holds a count written to three digits to 2.5%, a hedge on a decimal to 5%, a small whole count to itself', () => {
    const usd = (value: number, raw: string, qualifier: 'exact' | 'about' = 'exact') => ({ ...q(value, qualifier), unit: 'usd' as const, raw });
    const people = (value: number, raw: string) => ({ ...q(value, 'about'), unit: 'people' as const, raw });
    const count = (value: number) => ({ ...q(value), unit: 'count' as const, raw: String(value) });
    // "$345 billion" of $334.0 billion: its last digit is the writer's; "$350 billion" is a round number's 5%.
    expect(fits(usd(345e9, '$345 billion'), 334.041e9, 'usd')).toBe('grey');
    expect(fits(usd(350e9, '$350 billion'), 334.041e9, 'usd')).toBe('yes');
    expect(fits(usd(336e9, '336 mil millones'), 334.041e9, 'usd')).toBe('yes');
    // "About 11.9 million" of 10.9 million; "about 11 million" keeps a round hedge's 10%.
    expect(fits(people(11.9e6, '11.9 million'), 10.9e6, 'people')).toBe('no');
    expect(fits(people(11.2e6, '11.2 million'), 10.9e6, 'people')).toBe('yes');
    expect(fits(people(11e6, '11 million'), 10.2e6, 'people')).toBe('yes');
    // "53 consulates" of 52 is in doubt, not borne out; 60 of 52 is wrong.
    expect(fits(count(53), 52, 'count')).toBe('grey');
    expect(fits(count(52), 52, 'count')).toBe('yes');
    expect(fits(count(60), 52, 'count')).toBe('no');
  });
  it('does not take a round number for anything within half its leading digit (a round small share, a round count)', () => {
    const share = (value: number, qualifier: 'exact' | 'about' = 'exact') => ({ ...q(value, qualifier), unit: 'percent' as const });
    // "Grew 10%" is not the record's 6.1%, nor "10% of GDP" its 3.4%; a round large share still rounds ("70%" for 66%).
    expect(fits(share(10), 6.1, 'percent')).not.toBe('yes');
    expect(fits(share(10, 'about'), 6.1, 'percent')).not.toBe('yes');
    expect(fits(share(10), 3.4, 'percent')).toBe('no');
    expect(fits(share(10), 9.6, 'percent')).toBe('yes');
    expect(fits(share(70), 66, 'percent')).toBe('yes');
    expect(fits(share(20), 17, 'percent')).toBe('yes');
    // So with counts: "10,000" is not 14,488 (within its digits' rounding, so in doubt), "a million" is not 1.6 million.
    const people = (value: number) => ({ ...q(value), unit: 'people' as const });
    expect(fits(people(10_000), 14_488, 'people')).toBe('grey');
    expect(fits(people(1e6), 1.6e6, 'people')).toBe('no');
    expect(fits(people(1e6), 1.1e6, 'people')).toBe('yes');
    expect(fits(people(2e6), 2.4e6, 'people')).toBe('yes');
    expect(verdict('In Mexico, remittances account for 10% of GDP.')?.rating).toBe('false');
    expect(verdict('En México las remesas equivalen al 3.4% del PIB, no al 10%.')).toMatchObject({ rating: 'accurate', figures: ['remit-gdp:consistent', 'remit-gdp:consistent'] });
  });
  it('bears out any of the figures of the year a number is said of (a tariff of 25% from March, 50% from August)', () => {
    const tariff = [fig('tariff', 25, '2025-03', 'percent'), fig('tariff', 50, '2025-08', 'percent')];
    const share = (value: number) => ({ ...q(value), unit: 'percent' as const });
    expect(judgeFigure(share(50), tariff, { year: '2025' })?.status).toBe('consistent');
    expect(judgeFigure(share(25), tariff, { year: '2025' })?.status).toBe('consistent');
    expect(judgeFigure(share(10), tariff, { year: '2025' })).toMatchObject({ status: 'contradicted', recordValue: 50 });
  });
  it('judges a change against the record’s change between two years', () => {
    const figures = FACTS[0]!.figures!.filter((f) => f.key === 'remit');
    expect(judgeChange({ ...q(2.3), unit: 'percent' }, figures, '2023', '2024', 1)?.status).toBe('consistent');
    expect(judgeChange({ ...q(2.3), unit: 'percent' }, figures, '2024', '2025', 1)?.status).toBe('contradicted');
    expect(judgeChange({ ...q(4.6), unit: 'percent' }, figures, '2024', '2025', -1)?.status).toBe('consistent');
  });
  it('bears out a round percentage of change only near it to the unit, and shows it wrong only past its tens', () => {
    // A record that rose 14.6%: "rose 10%" is neither borne out nor shown wrong, "rose 14%" and "rose 15%" are borne out.
    const deficit = [fig('deficit', 100, '2024', 'usd', 'year'), fig('deficit', 114.6, '2025', 'usd', 'year')];
    const change = (value: number) => judgeChange({ ...q(value), unit: 'percent' }, deficit, '2024', '2025', 1)?.status ?? null;
    expect(change(10)).toBeNull();
    expect(change(14)).toBe('consistent');
    expect(change(15)).toBe('consistent');
    expect(change(12)).toBeNull();
    expect(change(30)).toBe('contradicted');
    expect(change(40)).toBe('contradicted');
  });
});

describe('a trend from one number to another, or two numbers of one measure joined by "and"', () => {
  it('binds the number after "to" to the measure of the one after "from", each for its own year', () => {
    const cases = [
      ['Remittances to Mexico grew from $63,313 million in 2023 to $64,746 million in 2024.', 'accurate', 'consistent'],
      ['Las remesas a México pasaron de 63,313 millones de dólares en 2023 a 90,000 millones de dólares en 2024.', 'false', 'contradicted'],
      ['Remittances to Mexico reached $63,313 million in 2023 and $64,746 million in 2024.', 'accurate', 'consistent'],
      ['Las remesas a México sumaron 63,313 millones de dólares en 2023 y 90,000 millones de dólares en 2024.', 'false', 'contradicted'],
    ] as const;
    for (const [text, rating, second] of cases) expect(verdict(text)).toMatchObject({ rating, figures: ['remit:consistent', `remit:${second}`] });
  });
  it('judges neither end of a range of values ("between $63 billion and $65 billion")', () => {
    expect(verdict('Remittances to Mexico were between $60 billion and $63 billion in 2024.')?.rating).toBe('context');
    expect(verdict('Las remesas a México sumaron entre 60 mil y 63 mil millones de dólares en 2024.')?.rating ?? 'context').toBe('context');
  });
  it('takes the number a trend starts from for a past figure, never an outdated one', () => {
    expect(verdict('Remittances to Mexico rose from $63,313 million to $64,746 million.')?.rating).not.toBe('outdated');
  });
});

describe('a year cut by the stretch', () => {
  it('gives "from 29.8% in 2007 to 42.9% in 2023" its own year, though its stretch ends inside it', () => {
    for (const [text, lang] of [
      ['The share rose from 29.8% in 2007 to 42.9% in 2023.', 'en'],
      ['La participación pasó del 29.8% en 2007 al 42.9% en 2023.', 'es'],
    ] as const) {
      const folded = foldSameLength(text);
      const qs = readQuantities(text, lang);
      const years = qs.map((q, i) => {
        const { from, to } = stretchOf(folded, qs, i);
        return yearNear(folded, q, from, to);
      });
      expect(years).toEqual(['2007', '2023']);
    }
  });
});

describe('numbers said against another', () => {
  it('dates a number and its baseline told years before the writing where the record has both that far apart', () => {
    const said = (years: string, anos: string) => [
      `Some 1.6 million Americans live in Mexico, up from 1.5 million Americans ${years} years ago.`,
      `En México viven 1.6 millones de estadounidenses, frente a 1.5 millones de estadounidenses de hace ${anos} años.`,
    ];
    for (const text of said('seven', 'siete')) expect(verdict(text), text).toMatchObject({ rating: 'accurate', figures: ['us-in-mx:consistent', 'us-in-mx:consistent'] });
    // Not as far apart as the record has them: the writing's time is unknown, the baseline unchecked.
    for (const text of said('three', 'tres')) expect(verdict(text)?.rating, text).toBe('context');
  });

  it('binds a baseline with its own time to the measure before it', () => {
    expect(verdict('Remittances to Mexico reached $64,746 million in 2024, up from $63,313 million a year earlier.')).toMatchObject({
      rating: 'accurate',
      figures: ['remit:consistent', 'remit:consistent'],
    });
    expect(verdict('Las remesas a México sumaron 64,746 millones de dólares en 2024, frente a los 60,319 millones de dólares de 2023.')).toMatchObject({
      rating: 'false',
      figures: ['remit:consistent', 'remit:contradicted'],
    });
  });
  it('judges a number said against an earlier year of its own for a year after it, not against the newest figure', () => {
    // 3.3% is 2023's growth; said as up from 2022's, it is 2023's own figure, not an outdated one (2024 grew 1.5%).
    expect(verdict("Mexico's GDP grew 3.3%, up from 2.9% in 2022.")).toMatchObject({ rating: 'context', figures: ['gdp-growth:consistent'] });
    expect(verdict('El PIB de México creció 3.3%, frente al 2.9% de 2022.')).toMatchObject({ rating: 'context', figures: ['gdp-growth:consistent'] });
    // With no earlier year said, the same number is an older figure than the newest: outdated.
    expect(verdict("Mexico's GDP grew 3.3%.")?.rating).toBe('outdated');
  });
  it('leaves a baseline with no time of its own unsettled, never judged against the newest figure', () => {
    expect(verdict('Remittances to Mexico reached $64.7 billion in 2024, up from $10 billion.')?.rating).toBe('context');
  });
  it('checks a percentage of change against the two years', () => {
    expect(verdict('Las remesas a México sumaron 64,746 millones de dólares en 2024, un incremento del 2.3% respecto al año anterior.')).toMatchObject({
      rating: 'accurate',
      figures: ['remit:consistent', 'remit:consistent'],
    });
    expect(verdict('Remittances to Mexico reached $64,746 million in 2024, an increase of 9% over the previous year.')?.rating).toBe('false');
  });
  it('checks an amount of change against the difference of the two years, and never shows one off it wrong', () => {
    // 2024 − 2023 is 1,433 million; 2025 − 2024 is −2,955 million.
    for (const text of [
      'Las remesas a México sumaron 64,746 millones de dólares en 2024, un aumento de 1,433 millones respecto a 2023.',
      'Las remesas a México cayeron a 61,791 millones de dólares en 2025, una caída de 2,955 millones respecto al año anterior.',
      'Remittances to Mexico reached $61.8 billion in 2025, a decrease of $2.96 billion compared with 2024.',
      'Remittances to Mexico reached $64,746 million in 2024, up $1.43 billion.',
    ])
      expect(verdict(text), text).toMatchObject({ rating: 'accurate', figures: ['remit:consistent', 'remit:consistent'] });
    // Off the difference, or the other way: unsettled, so the sentence has no verdict, never a false one.
    for (const text of [
      'Remittances to Mexico reached $64,746 million in 2024, an increase of $5 billion compared with 2023.',
      'Remittances to Mexico reached $64,746 million in 2024, a decrease of $1.43 billion compared with 2023.',
      'Las remesas a México sumaron 61,791 millones de dólares en 2025, una caída de 9,000 millones frente a 2024.',
      'Las remesas a México sumaron 64,746 millones de dólares en 2024, un aumento de 1,433 millones respecto a 2019.',
    ])
      expect(verdict(text)?.rating, text).toBe('context');
  });
  it('checks an amount of change said with its year and no level as the change from the year before, or the year said', () => {
    expect(verdict('Remittances to Mexico fell by $2.96 billion in 2025.')).toMatchObject({ rating: 'accurate', figures: ['remit:consistent'] });
    expect(verdict('Las remesas a México subieron 1,433 millones de dólares en 2024 frente a 2023.')).toMatchObject({ rating: 'accurate', figures: ['remit:consistent'] });
    expect(verdict('Remittances to Mexico rose by $5 billion in 2024 from 2023.')?.rating).toBe('context');
    expect(verdict('Las remesas a México cayeron 900 millones de dólares en 2025.')?.rating).toBe('context');
    // A hedged amount holds only where every difference the records' roundings allow bears it out (2025 − 2024 is −2,955 million).
    expect(verdict('Remittances to Mexico fell by more than $2.9 billion in 2025.')).toMatchObject({ rating: 'accurate', figures: ['remit:consistent'] });
    expect(verdict('Las remesas a México cayeron en casi 3 mil millones de dólares en 2025.')).toMatchObject({ rating: 'accurate', figures: ['remit:consistent'] });
    expect(verdict('Remittances to Mexico fell by more than $3 billion in 2025.')?.rating).toBe('context');
    expect(verdict('Las remesas a México cayeron en menos de 2 mil millones de dólares en 2025.')?.rating).toBe('context');
  });
  it('reads a hedge that rounds the amount as standing for the "by", and a crossing word as a level', () => {
    const said = {
      'Remittances to Mexico fell nearly $3 billion in 2025.': 'accurate',
      'Las remesas a México cayeron casi 3 mil millones de dólares en 2025.': 'accurate',
      'Remittances to Mexico fell about $5 billion in 2025.': 'context',
      'Las remesas a México cayeron unos 5 mil millones de dólares en 2025.': 'context',
      // Below $62 billion is the level 2025 reached ($61.79 billion), not an amount it fell by.
      'Remittances to Mexico fell below $62 billion in 2025.': 'accurate',
    };
    for (const [text, rating] of Object.entries(said)) expect(verdict(text)?.rating, text).toBe(rating);
  });
  it('gives the sentence’s only year to the number whose stretch holds it, not an earlier one', () => {
    expect(verdict('El PIB de la economía mexicana creció 1.5%, apenas peor que el 3.3% de 2023.')).toMatchObject({ rating: 'accurate', figures: ['gdp-growth:consistent', 'gdp-growth:consistent'] });
    expect(verdict("Mexico's GDP grew 1.5%, less than the 9% of 2023.")).toMatchObject({ rating: 'false', figures: ['gdp-growth:consistent', 'gdp-growth:contradicted'] });
  });
});

describe('comparisons of two measures', () => {
  it('judges "more X than Y" from both records, in both languages', () => {
    expect(verdict('There are more Americans living in Mexico than Mexicans living in the United States.')).toMatchObject({ rating: 'false', figures: ['us-in-mx:contradicted'] });
    expect(verdict('La diáspora: hay muchos más mexicanos viviendo en Estados Unidos que estadounidenses viviendo en México.')).toMatchObject({
      rating: 'accurate',
      figures: ['mx-in-us:consistent'],
    });
  });
  it('pairs the numbers said one against the other with the two sides', () => {
    expect(verdict('Hay más mexicanos viviendo en Estados Unidos que estadounidenses viviendo en México: unos 11 millones contra 1.6 millones.')).toMatchObject({ rating: 'accurate' });
    expect(verdict('There are more Mexicans living in the United States than Americans living in Mexico: about 11 million versus 5 million.')).toMatchObject({ rating: 'false' });
  });
  it('says nothing of a negated comparison or of "more than" a number', () => {
    expect(verdict('There are not more Americans living in Mexico than Mexicans living in the United States.')?.figures).toEqual([]);
  });
});

describe('cues around a number', () => {
  it('bind it whatever its size and whatever the topic detected', () => {
    expect(verdict('En México viven casi 11 millones de estadounidenses.')).toMatchObject({ rating: 'false', figures: ['us-in-mx:contradicted'] });
    expect(verdict('Remittances account for roughly 35% of GDP, the size of the economy says.')?.figures).toContain('remit-gdp:contradicted');
  });
  it('call a number equal to an older figure to its digit, near the newest, outdated', () => {
    expect(verdict('1.5 million Americans live in Mexico.')).toMatchObject({ rating: 'outdated', figures: ['us-in-mx:outdated'] });
  });
  it('meet a day’s amount said per minute with the words of the yearly total', () => {
    expect(verdict('El comercio entre México y Estados Unidos se calcula en un millón de dólares por minuto.')).toMatchObject({ rating: 'outdated', figures: ['trade-day:outdated'] });
  });
});

describe('a number denied, a trend to today', () => {
  it('takes "…, not Y" as the same measure, right when the record is not Y', () => {
    expect(verdict('Remittances to Mexico reached $64.7 billion in 2024, not $80 billion.')).toMatchObject({ rating: 'accurate', figures: ['remit:consistent', 'remit:consistent'] });
    expect(verdict('Las remesas a México sumaron 61,791 millones de dólares en 2025, no 64,746 millones.')?.rating).toBe('accurate');
    expect(verdict('Las remesas a México sumaron 61,791 millones de dólares en 2025, no 61,791 millones de dólares.')?.rating).toBe('false');
    expect(verdict('Remittances account for 3.4% of GDP, not 20%.')).toMatchObject({ rating: 'accurate', figures: ['remit-gdp:consistent', 'remit-gdp:consistent'] });
  });
  it('is no error either way when the number denied is only a rounding of the record', () => {
    expect(verdict('Remittances account for 3.4% of GDP, not 3%.')?.rating).toBe('context');
    expect(verdict('Remittances to Mexico reached $64.7 billion in 2024, not $64 billion.')?.rating).toBe('context');
    expect(verdict('Las remesas a México sumaron 64,746 millones de dólares en 2024, no 65 mil millones de dólares.')?.rating).toBe('context');
  });
  it('says on the card that the claim denies the number', () => {
    const [check] = (engine.analyze('Remittances to Mexico reached $64.7 billion in 2024, not $80 billion.')[0]?.figures ?? []).filter((c) => c.claimValue === 80e9);
    expect(figureSentence(check!, 'en')).toMatch(/^The claim says it is not \$80(\.00)? billion/);
    expect(figureSentence(check!, 'es')).toMatch(/^La afirmación dice que no es /);
  });
  it('checks "and today it is even higher" from the newest figure against the year said', () => {
    expect(verdict('Remittances to Mexico reached $64.7 billion in 2024, and today they are even lower.')).toMatchObject({ rating: 'accurate' });
    expect(verdict('En 2024 las remesas a México sumaron 64,746 millones de dólares, y hoy la cifra es todavía mayor.')).toMatchObject({ rating: 'false' });
  });
});

describe('a number set against another year of its own measure', () => {
  it('checks "less than in 2024" from the number’s year against that year, and never takes the compared year for the number’s', () => {
    expect(verdict('Remittances to Mexico reached $61.8 billion in 2025, less than in 2024.')).toMatchObject({ rating: 'accurate', figures: ['remit:consistent', 'remit:consistent'] });
    expect(verdict('Remittances to Mexico reached $61.8 billion in 2025, more than in 2024.')).toMatchObject({ rating: 'false', figures: ['remit:consistent', 'remit:contradicted'] });
    expect(verdict('Las remesas a México sumaron 61,791 millones de dólares en 2025, menos que en 2024.')).toMatchObject({ rating: 'accurate' });
    // No year of its own: the number is today's, and today's record is set against the year named.
    expect(verdict('Hoy las remesas a México suman unos 61,800 millones de dólares, más que en 2024.')).toMatchObject({ rating: 'false' });
  });
  it("reads the level a change reached, said right after it, as its measure in the change's year", () => {
    expect(verdict('Remittances to Mexico rose 2.3% in 2024 to $64.7 billion.')).toMatchObject({ rating: 'accurate', figures: ['remit:consistent', 'remit:consistent'] });
    expect(verdict('Las remesas a México subieron 2.3% en 2024, a 64,746 millones de dólares.')?.rating).toBe('accurate');
    expect(verdict('Remittances to Mexico fell 4.6% in 2025 to $61.8 billion.')?.rating).toBe('accurate');
    expect(verdict('Remittances to Mexico fell 4.6% in 2025 to $50 billion.')?.rating).toBe('false');
  });
  it('reads the level a change reached with a hedge after its "to" the same way', () => {
    const said = {
      'Remittances to Mexico fell 4.6% in 2025 to about $61.8 billion.': 'accurate',
      'Las remesas a México cayeron 4.6% en 2025, a unos 61,800 millones de dólares.': 'accurate',
      'Remittances to Mexico fell 4.6% in 2025 to more than $61 billion.': 'accurate',
      'Remittances to Mexico fell 4.6% in 2025 to about $50 billion.': 'false',
      'Las remesas a México cayeron 4.6% en 2025 a más de 70 mil millones de dólares.': 'false',
    };
    for (const [text, rating] of Object.entries(said)) expect(verdict(text)?.rating, text).toBe(rating);
  });
  it('reads a percentage said more or less than a year as the change from it', () => {
    expect(verdict('Remittances to Mexico reached $61.8 billion in 2025, 4.6% less than in 2024.')).toMatchObject({ rating: 'accurate' });
    expect(verdict('Las remesas a México sumaron 61,791 millones de dólares en 2025, 4.6% menos que en 2024.')).toMatchObject({ rating: 'accurate' });
    expect(verdict('Remittances to Mexico reached $61.8 billion in 2025, 4.6% more than in 2024.')?.rating).toBe('false');
  });
  it('checks an amount said as the difference from that year against the two records, and leaves one they do not bear out open', () => {
    expect(verdict('Las remesas a México sumaron 61 mil 791 millones de dólares en 2025, 10 mil millones menos que en 2024.')?.rating).toBe('context');
    expect(verdict('Las remesas a México sumaron 61 mil 791 millones de dólares en 2025, 2 mil 955 millones menos que en 2024.')?.rating).toBe('accurate');
    expect(verdict('Las remesas a México sumaron 61 mil 791 millones de dólares en 2025, casi 3 mil millones menos que en 2024.')?.rating).toBe('accurate');
  });
  it('reads a difference said with its currency the same way, a claim only as a difference', () => {
    expect(verdict('Remittances to Mexico reached $61.8 billion in 2025, $2.96 billion less than in 2024.')?.rating).toBe('accurate');
    expect(verdict('Remittances to Mexico reached $61.8 billion in 2025, $5 billion less than in 2024.')?.rating).toBe('context');
    expect(verdict('Las remesas a México sumaron 61,791 millones de dólares en 2025, 2,955 millones de dólares menos que en 2024.')?.rating).toBe('accurate');
    expect(verdict('Las remesas a México sumaron 61,791 millones de dólares en 2025, 5 mil millones de dólares menos que en 2024.')?.rating).toBe('context');
  });
  it('bears out a difference only within both records’ roundings and its own, and leaves one they leave in doubt open', () => {
    // The sample records: $64.746 and $61.791 billion, a difference of $2.955 billion give or take a million.
    expect(verdict('Remittances to Mexico reached 61.8 billion dollars in 2025, 2.955 billion less than in 2024.')?.rating).toBe('accurate');
    expect(verdict('Remittances to Mexico reached 61.8 billion dollars in 2025, 2.85 billion less than in 2024.')?.rating).toBe('context');
    expect(verdict('Las remesas a México sumaron 61,791 millones de dólares en 2025, 2,850 millones menos que en 2024.')?.rating).toBe('context');
    // 1.5 and 1.6 million, each rounded to a hundred thousand: the difference may be anything from none to 200,000.
    expect(verdict('About 1.6 million Americans live in Mexico, 100,000 more than in 2017.')?.rating).toBe('context');
    expect(verdict('En México viven unos 1.6 millones de estadounidenses, 100 mil más que en 2017.')?.rating).toBe('context');
  });
  it('gives no verdict when the two years are too close to call, or on a multiple no check covers', () => {
    expect(verdict('Remittances to Mexico reached $64.7 billion in 2024, less than in 2023.')?.rating).toBe('context');
    expect(verdict('Remittances to Mexico reached $64.7 billion in 2024, more than double the level of 2023.')?.rating).toBe('context');
    expect(verdict('Las remesas a México sumaron 64,746 millones de dólares en 2024, el doble que en 2023.')?.rating).toBe('context');
  });
});

describe('what a card says of a check against another record', () => {
  const sentences = (text: string) => {
    const f = engine.analyze(text)[0]!;
    return (['en', 'es'] as const).map((lang) => (f.figures ?? []).map((c) => figureSentence(c, lang)).join(' '));
  };
  it('says a trend is more or less than the year it names, never that the claim said that year’s figure', () => {
    const [en, es] = sentences('En 2024 las remesas a México sumaron 64,746 millones de dólares, y hoy la cifra es todavía mayor.');
    // The sample record: $64.75 billion in 2024, $61.79 billion in 2025.
    expect(en).toContain('The claim says it is more than in 2024 ($64.75 billion a year); the record shows $61.79 billion a year (2025).');
    expect(es).toContain('La afirmación dice que es más que en 2024');
    expect(en).not.toContain('The claim says $64.75 billion a year; the record shows $61.79');
  });
  it('names the other measure of a comparison of two', () => {
    const [en, es] = sentences('There are more Americans living in Mexico than Mexicans living in the United States.');
    expect(en).toMatch(/^The claim says it is more than another record: .+; the record shows/);
    expect(es).toMatch(/^La afirmación dice que es más que otro dato: .+; los datos muestran/);
  });
});

describe('part of a year', () => {
  it('is wrong when it says more than the whole year’s total, and settles nothing otherwise', () => {
    expect(verdict('In the first ten months of 2025 alone, remittances to Mexico topped $64 billion.')).toMatchObject({ rating: 'false', figures: ['remit:contradicted'] });
    expect(verdict('De enero a octubre de 2025 las remesas a México sumaron 51 mil millones de dólares.')).toMatchObject({ rating: 'context', figures: [] });
  });
  it('is no record when said in the conditional', () => {
    expect(verdict('El banco estimó en agosto que las remesas a México de 2024 alcanzarían 70 mil millones de dólares.')?.figures).toEqual([]);
  });
});

describe('what the related numbers leave alone', () => {
  it('reads no trend when a number follows "today", and denies nothing with "not including"', () => {
    expect(verdict('En 2024 las remesas a México sumaron 64,746 millones de dólares; hoy, más de la mitad llega a tres estados.')?.figures).toEqual(['remit:consistent']);
    expect(verdict('Remittances to Mexico reached $64.7 billion in 2024, not including $2 billion in cash.')?.figures).toEqual(['remit:consistent']);
  });
  it('binds no baseline that says a direction its measure does not', () => {
    expect(verdict('Remittances to Mexico reached $64.7 billion in 2024, compared with $20 billion of exports in 2023.')?.figures).toEqual(['remit:consistent']);
  });
});

describe('rates of another measure, and rankings in their own field', () => {
  /** A fact with one series of one figure: [id, topic, key, value, period, unit, series period, en cue, es cue, en word, es word]. */
  type One = [string, Fact['topic'], string, number, string, 'percent' | 'rank', 'point' | 'year', string, string, string, string];
  const one = ([id, topic, key, value, period, unit, kind, en, es, wordEn, wordEs]: One) =>
    fact(id, topic, [fig(key, value, period, unit)], [series(key, key, id, kind, [en], [es])], { en: [wordEn], es: [wordEs] });
  const rates = createEngine(
    (
      [
        ['tariff', 'nafta-usmca', 'tariff', 25, '2025', 'percent', 'point', 'tariff on Mexican goods', 'arancel a productos mexicanos', 'tariff', 'arancel'],
        ['remit', 'remittances', 'remit-gdp', 3.4, '2024', 'percent', 'year', 'remittances account for of GDP', 'remesas equivalen al del PIB', 'remittances', 'remesas'],
        ['rank', 'mexico-economy', 'gdp-rank', 13, '2024', 'rank', 'point', 'economy in the world', 'economía del mundo', 'economy', 'economía'],
      ] as One[]
    ).map(one),
  );
  const rating = (text: string) => rates.analyze(text)[0]?.rating;
  it('binds no rate of a tax or tariff, even to a series of that rate (tariffs change and lapse: issue #12 keeps them unsettled)', () => {
    expect(rating('Trump imposed a 25% tariff on Mexican goods.')).not.toBe('accurate');
    expect(rating('A 3.4% tax on remittances would hit migrants.')).not.toBe('accurate');
  });
  it('takes a ranking’s own field ("in the world", "del mundo") for no comparison left unchecked', () => {
    expect(rating('Mexico is the 13th-largest economy in the world.')).toBe('accurate');
    expect(rating('México es la economía número 13 del mundo.')).toBe('accurate');
  });
});

describe('a share written to a fraction of a point', () => {
  const share = (raw: string, value: number) => ({ value, unit: 'percent' as const, per: null, qualifier: 'exact' as const, start: 0, end: 0, raw });
  it('is held to the sources’ restated half point, not to a part of the record', () => {
    expect(fits(share('7.95%', 7.95), 7, 'percent')).not.toBe('yes');
    expect(fits(share('7,95%', 7.95), 7, 'percent')).not.toBe('yes');
    expect(fits(share('7.3%', 7.3), 7, 'percent')).toBe('yes');
    // A whole share rounds as before, and a share said in words is no fraction written.
    expect(fits(share('8%', 8), 7, 'percent')).toBe('yes');
    expect(fits({ ...share('two in three', 200 / 3), qualifier: 'about' }, 69, 'percent')).toBe('yes');
  });
  it('gets no verdict from a record it is not, in both languages', () => {
    const poverty = seriesFact(
      'poverty',
      'mexico-economy',
      [fig('extreme', 7, '2018', 'percent')],
      [series('extreme', 'extreme-poverty', 'rate', 'point', ['extreme poverty rate'], ['tasa de pobreza extrema'])],
      {
        en: ['extreme poverty'],
        es: ['pobreza extrema'],
      },
    );
    const rate = ratingsOn([poverty]);
    expect(rate('Mexico’s extreme poverty rate was 7.95% in 2018.')?.rating).toBe('context');
    expect(rate('La tasa de pobreza extrema de México fue de 7.95% en 2018.')?.rating).toBe('context');
    expect(rate('Mexico’s extreme poverty rate was 7.1% in 2018.')?.rating).toBe('accurate');
    expect(rate('La tasa de pobreza extrema de México fue de 7.1% en 2018.')?.rating).toBe('accurate');
  });
});

describe('a number a hundred times its series or more', () => {
  const usd = (value: number) => ({ value, unit: 'usd' as const, per: null, qualifier: 'exact' as const, start: 0, end: 0, raw: '' });
  const remit = FACTS[0]!.figures!.filter((f) => f.key === 'remit');
  it('is a word of scale misread, which no record settles, even with the cue around it', () => {
    expect(judgeFigure(usd(64e12), remit, { year: '2024' }, true)).toBeNull();
    expect(judgeFigure(usd(640e9), remit, { year: '2024' }, true)?.status).toBe('contradicted');
  });
  it('gets no verdict, in both languages, while ten times the record is still wrong', () => {
    expect(verdict('In Mexico, remittances account for 500% of GDP.')?.rating).toBe('context');
    expect(verdict('En México las remesas equivalen al 500% del PIB.')?.rating).toBe('context');
    expect(verdict('In Mexico, remittances account for 34% of GDP.')?.rating).toBe('false');
    expect(verdict('En México las remesas equivalen al 34% del PIB.')?.rating).toBe('false');
  });
});
