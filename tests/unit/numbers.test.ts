import { describe, expect, it } from 'vitest';
import { checkFigure } from '../../engine/figures';
import { readQuantities } from '../../engine/numbers';
import type { Figure } from '../../engine/schema';

const cases: [string, 'en' | 'es', number, string | null, string | null][] = [
  ['They trade $1.4 billion a day', 'en', 1.4e9, 'usd', 'day'],
  ['trade hit 1.4B daily', 'en', 1.4e9, null, 'day'],
  ['más de 1,700 millones de dólares diarios', 'es', 1.7e9, 'usd', 'day'],
  ['mil 700 millones de dólares al día', 'es', 1.7e9, 'usd', 'day'],
  // "Mil millones" is a billion with no number before it; "3 mil 152" is 3,152, as the Mexican press writes it.
  ['más de mil millones de dólares al día', 'es', 1e9, 'usd', 'day'],
  ['la frontera mide 3 mil 152 kilómetros', 'es', 3152, 'km', null],
  ['una frontera de mil 954 millas', 'es', 1954, 'mi', null],
  ['12 mil 500 personas', 'es', 12500, 'people', null],
  ['remesas por 64 mil 745 millones de dólares', 'es', 64.745e9, 'usd', null],
  ['remesas de 61.791 millones de dólares', 'es', 61.791e9, 'usd', null],
  ['70 percent of guns', 'en', 70, 'percent', null],
  // Wire style: "pct" is a percent; "pct points" are points.
  ['fell 4.6 pct in 2025', 'en', 4.6, 'percent', null],
  ['rose 1.2 pct. points', 'en', 1.2, 'points', null],
  ['el 70 por ciento de las armas', 'es', 70, 'percent', null],
  // Percentage points: a difference of two shares, never a share.
  ['rose 2.3 percentage points', 'en', 2.3, 'points', null],
  ['fell one percentage point', 'en', 1, 'points', null],
  ['creció 2.3 puntos porcentuales', 'es', 2.3, 'points', null],
  ['bajó un punto porcentual', 'es', 1, 'points', null],
  ['7 de cada 10 armas', 'es', 70, 'percent', null],
  ['11 million Mexicans live here', 'en', 11e6, 'people', null],
  ['the border is 3,000 km long', 'en', 3000, 'km', null],
  ['a border of 1,954 miles', 'en', 1954, 'mi', null],
  ['$800bn a year', 'en', 800e9, 'usd', 'year'],
  ['un millón de estadounidenses', 'es', 1e6, 'people', null],
  ['unos 40 mil trabajadores agrícolas', 'es', 40e3, 'people', null],
  ['la presa guarda 350 mil millones de litros', 'es', 350e9, null, null],
  // Money in another currency than the dollar: never a dollar record's.
  ['remittances of 1.2 trillion pesos', 'en', 1.2e12, 'other-money', null],
  ['remittances of €57 billion', 'en', 57e9, 'other-money', null],
  ['it cost MX$1,000, then C$5 billion', 'en', 5e9, 'other-money', null],
  ['it cost MX$1,000, then C$5 billion', 'en', 1000, 'other-money', null],
  ['a $1.4 billion deal', 'en', 1.4e9, 'usd', null],
  ['remesas por 61,791 millones de pesos', 'es', 61.791e9, 'other-money', null],
  ['unos 5 mil millones de dólares canadienses', 'es', 5e9, 'other-money', null],
  // Spanish ways of saying a thousand million; "miles" is no distance there.
  ['remesas por 64.7 mil mdd', 'es', 64.7e9, 'usd', null],
  // "mdd" is millions of dollars, "mdp" of pesos.
  ['remesas por 64,745 mdd', 'es', 64.745e9, 'usd', null],
  ['remesas por 64,745 mdp', 'es', 64.745e9, 'other-money', null],
  ['remesas por 1.2 mmdp', 'es', 1.2e9, 'other-money', null],
  // The split thousands with the press's scale: "mil 700 mdd" is 1,700 million dollars, not 700 million.
  ['la IED sumó 40 mil 871 mdd', 'es', 40.871e9, 'usd', null],
  ['llegaron mil 700 mdd en enero', 'es', 1.7e9, 'usd', null],
  ['un gasto de 12 mil 300 mdp', 'es', 12.3e9, 'other-money', null],
  // Millions said with a decimal after the split thousands, as the Mexican press prints them.
  ['las remesas de enero sumaron 4 mil 594.3 millones de dólares', 'es', 4.5943e9, 'usd', null],
  ['remesas por 64 mil 745.6 mdd', 'es', 64.7456e9, 'usd', null],
  // Millions and thousands each said with their word.
  ['en EU viven 10 millones 900 mil personas nacidas en México', 'es', 10.9e6, 'people', null],
  ['hubo 2 millones 46 mil 300 detenciones', 'es', 2046300, 'people', null],
  ['un muro de 15 miles de millones de dólares', 'es', 15e9, 'usd', null],
  ['unos 64.7 millardos de dólares', 'es', 64.7e9, 'usd', null],
  ['trade of $873 bln', 'en', 873e9, 'usd', null],
  // Thousands grouped by a thin or no-break space, the French and SI style of much Spanish-language press.
  ['remesas por 64\u202f745 millones de dólares', 'es', 64.745e9, 'usd', null],
  ['la frontera mide 3\u00a0152 kilómetros', 'es', 3152, 'km', null],
  ['una distancia de 1\u00a0500,5 km', 'es', 1500.5, 'km', null],
  ['at least 350\u202f000 acre-feet of water', 'en', 350e3, 'acre-ft', null],
  ['more than 1\u2009000\u2009000 people', 'en', 1e6, 'people', null],
];

describe('number reading', () => {
  it.each(cases)('%s', (text, lang, value, unit, per) => {
    const q = readQuantities(text, lang).find((x) => Math.abs(x.value - value) < 1e-6 * Math.max(1, value));
    expect(q, JSON.stringify(readQuantities(text, lang))).toBeDefined();
    expect(q!.unit).toBe(unit);
    expect(q!.per).toBe(per);
  });

  it('reads fractions as percentages', () => {
    expect(readQuantities('three in ten voters', 'en')[0]?.value).toBe(30);
    expect(readQuantities('tres de cada diez encuestados', 'es')[0]?.value).toBe(30);
    expect(readQuantities('two in three Mexicans', 'en')[0]?.value).toBeCloseTo(66.67, 1);
    expect(readQuantities('dos de cada tres mexicanos', 'es')[0]?.value).toBeCloseTo(66.67, 1);
    expect(readQuantities('four in five smugglers', 'en')[0]?.value).toBe(80);
    expect(readQuantities('1 out of 5 voters', 'en')[0]?.value).toBe(20);
    expect(readQuantities('cuatro de cada cinco detenidos', 'es')[0]?.value).toBe(80);
    expect(readQuantities('una de cada cinco armas', 'es')[0]?.value).toBe(20);
  });

  it('reads an ordinal or a part of a year as no fraction, and half a million as half of one', () => {
    for (const text of ['Mexico remained the top partner for a third straight year.', 'Remittances fell in the first half of 2025.', 'The lowest level in a quarter of a century.'])
      expect(readQuantities(text, 'en').filter((q) => q.unit === 'percent')).toEqual([]);
    expect(readQuantities('A third of Mexicans agree.', 'en')[0]?.value).toBeCloseTo(33.33, 1);
    expect(readQuantities('Half of Mexicans agree.', 'en')[0]?.value).toBe(50);
    expect(readQuantities('Half a million Americans live there.', 'en').map((q) => q.value)).toEqual([500_000]);
  });

  it('does not take years or bare words for quantities', () => {
    expect(readQuantities('In 2019 the deal was signed', 'en')).toEqual([]);
    expect(readQuantities('a deal with one partner', 'en')).toEqual([]);
    // An ordinal no position reader takes is an order, not a count ("its 3rd World Cup opener", "su 3er partido inaugural").
    expect(readQuantities('The Azteca will host its 3rd World Cup opener.', 'en')).toEqual([]);
    expect(readQuantities('El Azteca albergará su 3er partido inaugural.', 'es')).toEqual([]);
    expect(readQuantities('Mexico was the 3rd largest trading partner.', 'en').map((q) => q.unit)).toEqual(['rank']);
    expect(readQuantities('The Azteca will host 5 matches.', 'en').map((q) => q.value)).toEqual([5]);
    // A plain space stands between two numbers as often as inside one: only a thin or no-break space groups thousands.
    expect(readQuantities('In 2024 500 people left.', 'en').map((q) => q.value)).toEqual([500]);
    expect(readQuantities('Entre 2020\u00a0y 2024 salieron 500 personas.', 'es').map((q) => q.value)).toEqual([500]);
  });

  it('reads a count said in words right before a counted thing, from two up', () => {
    expect(readQuantities('The Azteca will host five matches.', 'en').map((q) => [q.value, q.unit])).toEqual([[5, 'count']]);
    expect(readQuantities('El Azteca albergará cinco partidos.', 'es').map((q) => [q.value, q.unit])).toEqual([[5, 'count']]);
    // Not a word number away from the thing, nor "one" / "un", which are articles more often than counts.
    expect(readQuantities('Five of the matches are in Mexico.', 'en')).toEqual([]);
    expect(readQuantities('Cinco de los partidos serán en México.', 'es')).toEqual([]);
    expect(readQuantities('It has one consulate there.', 'en')).toEqual([]);
    expect(readQuantities('Tiene un consulado allí.', 'es')).toEqual([]);
  });

  it('reads a count said in words right before the people or places it counts', () => {
    expect(readQuantities('Seven reporters were murdered there last year.', 'en').map((q) => [q.value, q.unit])).toEqual([[7, 'people']]);
    expect(readQuantities('Siete reporteros fueron asesinados allí el año pasado.', 'es').map((q) => [q.value, q.unit])).toEqual([[7, 'people']]);
    expect(readQuantities('The warning covers three states.', 'en').map((q) => [q.value, q.unit])).toEqual([[3, 'count']]);
    expect(readQuantities('La alerta abarca tres estados.', 'es').map((q) => [q.value, q.unit])).toEqual([[3, 'count']]);
    expect(readQuantities('It keeps four consular agencies there.', 'en').map((q) => [q.value, q.unit])).toEqual([[4, 'count']]);
    expect(readQuantities('Mantiene cuatro agencias consulares allí.', 'es').map((q) => [q.value, q.unit])).toEqual([[4, 'count']]);
    // People only as the very next word: "four cartels, Mexican ones" counts no Mexicans; "the two United States" is a name.
    expect(readQuantities('Lists four cartels Mexicans fear.', 'en')).toEqual([]);
    expect(readQuantities('Nombró a cuatro cárteles mexicanos.', 'es')).toEqual([]);
    expect(readQuantities('Entre dos Estados Unidos distintos.', 'es')).toEqual([]);
  });

  it('keeps hedges', () => {
    expect(readQuantities('more than $60 billion', 'en')[0]?.qualifier).toBe('over');
    expect(readQuantities('casi 11 millones de mexicanos', 'es')[0]?.qualifier).toBe('almost');
    expect(readQuantities('around 11 million Mexicans', 'en')[0]?.qualifier).toBe('about');
    expect(readQuantities('el comercio supera los 800 mil millones de dólares', 'es')[0]?.qualifier).toBe('over');
    expect(readQuantities('trade topped the $800 billion mark', 'en')[0]?.qualifier).toBe('over');
  });
});

describe('figure check', () => {
  const label = { en: 'x', es: 'x' };
  const share: Figure[] = [
    { key: 'share', value: 40, unit: 'percent', period: '2017', label },
    { key: 'share', value: 43.2, unit: 'percent', period: '2025', label },
  ];
  const poverty: Figure[] = [
    { key: 'poor', value: 12.3e6, unit: 'people', period: '2008', label },
    { key: 'poor', value: 9.3e6, unit: 'people', period: '2018', label },
    { key: 'poor', value: 7e6, unit: 'people', period: '2024', label },
  ];

  it('reads "almost" as just below the number, not around it', () => {
    expect(checkFigure(readQuantities('almost half of the parts', 'en')[0]!, share)?.status).toBe('consistent');
    expect(checkFigure(readQuantities('almost 60 percent of the parts', 'en')[0]!, share)?.status).toBe('contradicted');
  });

  it('an older figure given with its own year is right about that year; without it, outdated', () => {
    const q = readQuantities('9.3 millones de personas en pobreza extrema', 'es')[0]!;
    expect(checkFigure(q, poverty)?.status).toBe('outdated');
    expect(checkFigure(q, poverty, ['2018'])?.status).toBe('consistent');
    expect(checkFigure(q, poverty, ['2018'])?.recordPeriod).toBe('2018');
    expect(checkFigure(q, poverty, ['2024'])?.status).toBe('outdated');
  });
});

describe('a span joined by a dash', () => {
  const read = (text: string, lang: 'en' | 'es') => readQuantities(text, lang).map((q) => [q.raw, q.value, q.unit]);

  it('gives its low end the scale and unit said once after the high end, as a word of span does', () => {
    expect(read('75-80% of the guns', 'en')).toEqual([
      ['75', 75, 'percent'],
      ['80%', 80, 'percent'],
    ]);
    expect(read('el 65–75 % de las armas', 'es')).toEqual([
      ['65', 65, 'percent'],
      ['75 %', 75, 'percent'],
    ]);
    expect(read('3-4 million people crossed', 'en')).toEqual([
      ['3', 3e6, 'people'],
      ['4 million', 4e6, 'people'],
    ]);
    expect(read('entre 3-4 millones de personas', 'es')).toEqual([
      ['3', 3e6, 'people'],
      ['4 millones', 4e6, 'people'],
    ]);
  });

  it('leaves two bare numbers apart: a score, a code, days of a month', () => {
    expect(read('Mexico beat Canada 2-1 in the final', 'en')).toEqual([
      ['2', 2, null],
      ['1', 1, null],
    ]);
    expect(read('los días 3-4 de junio', 'es')).toEqual([
      ['3', 3, null],
      ['4', 4, null],
    ]);
  });
});

describe('a currency prefix is a word of its own', () => {
  it('reads "US$" and "USD" only where they stand alone, never the end of "versus"', () => {
    const raws = (text: string) => readQuantities(text, 'en').map((q) => [q.raw, q.unit]);
    expect(raws('about $65 billion versus $28 billion in 2024')).toEqual([
      ['$65 billion', 'usd'],
      ['$28 billion', 'usd'],
    ]);
    expect(raws('exports of US$ 28 billion')[0]).toEqual(['US$ 28 billion', 'usd']);
  });
});
