/**
 * Positions said in any of their forms: ordinals written out past the fifth ("thirteenth", "decimotercera",
 * "décima tercera"), ordinals in digits with their suffix ("ranked 13th", "el 13er socio"), a position's own noun
 * opening its field's cue whatever the sentence's topic ("la principal fuente de importaciones"), and a position
 * said as the object of a particle ("depends on the largest economy"), which is not the subject's.
 */
import { describe, expect, it } from 'vitest';
import { VERDICT_WORDS } from '../../engine/knowledge';
import { seriesEntries } from '../../engine/measure-cues';
import { MeasureIndex } from '../../engine/measures';
import { readQuantities } from '../../engine/numbers';
import { spanIn } from '../../engine/streaks';
import { figureSentence } from '../../engine/summary';
import { foldSameLength } from '../../engine/word-lists';
import type { Fact } from '../../engine/schema';
import { createEngine } from '../../engine/engine';
import { loadData } from '../../scripts/lib/data-files';
import { fig, ratingsOn, series, seriesFact } from './helpers/sample-facts';

const worldRank = {
  ...series(
    'gdp-world-rank',
    'gdp-rank',
    'none',
    'point',
    ['economy in the world', 'largest economy in the world', "world's largest economy"],
    ['economía del mundo', 'economía más grande del mundo'],
  ),
  anyCountry: true,
};
const importSource = series(
  'us-import-source-rank',
  'import-source-rank',
  'mx-to-us',
  'point',
  ['source of U.S. imports', 'supplier to the United States'],
  ['fuente de importaciones de Estados Unidos', 'proveedor de Estados Unidos'],
);
const FACTS: Fact[] = [
  seriesFact('economy', 'mexico-economy', [fig('gdp-world-rank', 12, '2023', 'rank'), fig('gdp-world-rank', 13, '2024', 'rank')], [worldRank], {
    en: ['economy', 'largest economies'],
    es: ['economía', 'economías más grandes'],
  }),
  seriesFact('imports', 'trade-partner-rank', [fig('us-import-source-rank', 2, '2022', 'rank'), fig('us-import-source-rank', 1, '2025', 'rank')], [importSource], {
    en: ['imports'],
    es: ['importaciones'],
  }),
];
const verdict = ratingsOn(FACTS);
const partnerRank = series('us-trade-partner-rank', 'trade-partner-rank', 'two-way', 'point', ['largest trading partner', 'trading partner'], ['principal socio comercial', 'socio comercial']);
const PARTNER: Fact[] = [
  seriesFact('partner', 'trade-partner-rank', [fig('us-trade-partner-rank', 3, '2015', 'rank'), fig('us-trade-partner-rank', 1, '2025', 'rank')], [partnerRank], {
    en: ['trading partner'],
    es: ['socio comercial'],
  }),
];
const partnerVerdict = ratingsOn(PARTNER);

describe('a position in any of its forms', () => {
  it.each([
    ["Mexico is the world's thirteenth-largest economy.", 'accurate'],
    ['Mexico is the thirteenth largest economy in the world.', 'accurate'],
    ['Mexico was the twelfth largest economy in the world in 2023.', 'accurate'],
    ['Mexico is the fifteenth-largest economy in the world.', 'false'],
    ['Mexico ranked 13th among the economies in the world in 2024.', 'accurate'],
    ['México es la decimotercera economía del mundo.', 'accurate'],
    ['México es la décima tercera economía del mundo.', 'accurate'],
    ['México fue la duodécima economía del mundo en 2023.', 'accurate'],
    ['México es la decimoquinta economía del mundo.', 'false'],
  ])('reads a written-out ordinal: %s → %s', (text, rating) => expect(verdict(text)?.rating).toBe(rating));

  it.each([
    ['la principal fuente de importaciones', 'es', 1],
    ['el mayor exportador a Estados Unidos', 'es', 1],
    ['el 13er socio comercial', 'es', 13],
    ['el sexto mercado', 'es', 6],
    ['ranks 13th among economies', 'en', 13],
    ['in twelfth place among economies', 'en', 12],
  ] as const)('reads the position of %s', (text, lang, value) => expect(readQuantities(text, lang).map((q) => [q.unit, q.value])).toEqual([['rank', value]]));

  it.each([
    'Mexico depends on the largest economy in the world.',
    'Mexico sells most of what it makes to the largest economy in the world.',
    'México depende de la primera economía del mundo.',
    'México le vende casi todo a la primera economía del mundo.',
    // A verb of neighbouring takes its object without a particle: the position is still the object's.
    'Mexico borders the largest economy in the world.',
    'México colinda con la economía más grande del mundo.',
  ])('leaves a position said as the object of a particle or of a verb of neighbouring to that object: %s', (text) => expect(verdict(text)?.figures ?? []).toEqual([]));
});

describe('a position that names its own field', () => {
  const measures = new MeasureIndex(seriesEntries(FACTS, VERDICT_WORDS), VERDICT_WORDS);
  const otherTopic = (e: { fact: Fact }) => e.fact.topic === 'mexico-economy';
  const bound = (text: string, lang: 'en' | 'es') => measures.bindOwnOrEnclosed(text, lang, readQuantities(text, lang), otherTopic).map((b) => b.entry.series.key);

  it("is bound whatever the sentence's topic when its noun opens the cue", () => {
    expect(bound('Mexico is the top source of U.S. imports.', 'en')).toEqual(['us-import-source-rank']);
    expect(bound('México es la principal fuente de importaciones de Estados Unidos.', 'es')).toEqual(['us-import-source-rank']);
  });

  it("is left to the sentence's topic when its cue stands elsewhere", () => {
    expect(bound('Of all the sources of U.S. imports, Mexico is the largest.', 'en')).toEqual([]);
    expect(bound('Entre los proveedores de Estados Unidos, México es el primero.', 'es')).toEqual([]);
  });
});

describe("a position in one product's trade", () => {
  const bundled = createEngine(loadData().facts);
  it.each([
    'México es el segundo exportador de acero a Estados Unidos.',
    'México es el segundo exportador a Estados Unidos de acero.',
    'México es el segundo proveedor de acero de Estados Unidos.',
    'Mexico is the second-largest exporter of steel to the United States.',
    'Mexico is the second-largest supplier of steel to the United States.',
  ])('is never judged against the ranking of all goods: %s', (text) => expect(bundled.analyze(text)[0]?.figures ?? []).toEqual([]));
});

describe('a place among the first ones', () => {
  it.each([
    ['one of the largest trading partners', 'en', 3, true],
    ['among the top three trading partners', 'en', 3, false],
    ['one of the 15 largest economies', 'en', 15, false],
    ["one of the world's largest economies", 'en', 3, true],
    ['uno de los principales socios comerciales', 'es', 3, true],
    ['una de las 15 economías más grandes', 'es', 15, false],
    ['entre los diez mayores socios', 'es', 10, false],
    ['una de las economías más grandes del mundo', 'es', 3, true],
  ] as const)('reads "%s" (%s) as at most place %d', (text, lang, value, vague) =>
    expect(readQuantities(text, lang).map((q) => [q.unit, q.value, q.qualifier, q.vague === true])).toEqual([['rank', value, 'under', vague]]),
  );

  it.each([
    ['México es segundo lugar entre los mayores destinos de las exportaciones', 'es'],
    ['Mexico ranks third among the largest U.S. trading partners', 'en'],
  ] as const)('reads the first ones right after a position as its field: %s', (text, lang) => expect(readQuantities(text, lang).map((q) => q.qualifier)).toEqual(['exact']));

  it('reads no place in a share of the first ones ("the top 10%")', () => {
    expect(readQuantities('among the top 10% of earners', 'en').filter((q) => q.unit === 'rank')).toEqual([]);
    expect(readQuantities('entre los primeros 10 por ciento', 'es').filter((q) => q.unit === 'rank')).toEqual([]);
  });

  it.each([
    ['Mexico is one of the largest trading partners of the United States.', 'accurate'],
    ['Mexico is among the top three trading partners of the United States.', 'accurate'],
    ['México es uno de los principales socios comerciales de Estados Unidos.', 'accurate'],
    ['México está entre los tres principales socios comerciales de Estados Unidos.', 'accurate'],
  ])('bears out a place among the first ones the record holds: %s → %s', (text, rating) => expect(partnerVerdict(text)?.rating).toBe(rating));

  it.each([
    ['Mexico is one of the 15 largest economies in the world.', 'accurate'],
    ['México es una de las 15 economías más grandes del mundo.', 'accurate'],
    ['Mexico is one of the ten largest economies in the world.', 'false'],
    ['México es una de las diez economías más grandes del mundo.', 'false'],
  ])('judges the first n places by the record: %s → %s', (text, rating) => expect(verdict(text)?.rating).toBe(rating));

  it.each([
    "Mexico is one of the world's largest economies.",
    'México es una de las economías más grandes del mundo.',
    'Mexico depends on one of the three largest economies in the world.',
    'México depende de una de las tres economías más grandes del mundo.',
  ])('never judges the first few beyond the third, nor the first ones said as an object: %s', (text) => expect(verdict(text)?.figures ?? []).toEqual([]));

  it('tells the card that the claim gives a range of places', () => {
    const check = {
      status: 'consistent',
      key: 'k',
      unit: 'rank',
      per: null,
      claimValue: 15,
      claimRaw: 'one of the 15 largest',
      recordValue: 13,
      recordPeriod: '2024',
      latestValue: 13,
      latestPeriod: '2024',
    } as const;
    expect(figureSentence({ ...check, within: 'top' }, 'en')).toBe('The claim says it ranks in the top 15; the record shows No. 13 (2024).');
    expect(figureSentence({ ...check, within: 'top' }, 'es')).toBe('La afirmación dice que está entre los primeros 15; los datos muestran lugar 13 (2024).');
    expect(figureSentence({ ...check, claimValue: 3, within: 'few' }, 'en')).toBe('The claim says it ranks among the first few; the record shows No. 13 (2024).');
    expect(figureSentence({ ...check, claimValue: 3, within: 'few' }, 'es')).toBe('La afirmación dice que está entre los primeros lugares; los datos muestran lugar 13 (2024).');
  });
});

describe('a first place set above others', () => {
  it.each([
    'Mexico is now the largest trading partner of the United States, ahead of Canada and China.',
    'Mexico is the largest trading partner of the United States, surpassing China.',
    'Mexico is the largest trading partner of the United States, ahead of all others.',
    'México es el principal socio comercial de Estados Unidos, por encima de Canadá y China.',
    'México es el principal socio comercial de Estados Unidos, superando a Canadá.',
    'México es el principal socio comercial de Estados Unidos, por encima de todos los demás.',
  ])('says nothing the first place does not: %s', (text) => expect(partnerVerdict(text)).toEqual({ rating: 'accurate', figures: ['us-trade-partner-rank:consistent'] }));

  it.each([
    'Mexico is the largest trading partner of the United States, bigger than Canada and China combined.',
    'Mexico is the largest trading partner of the United States, ahead of the European Union.',
    'Mexico is the largest trading partner of the United States, ahead of Canada and the EU.',
    'Mexico is the largest trading partner of the United States, larger than in 2019.',
    'México es el principal socio comercial de Estados Unidos, mayor que Canadá y China juntos.',
    'México es el principal socio comercial de Estados Unidos, por encima de la Unión Europea.',
  ])('leaves a comparison with a sum, a union of countries or another time open: %s', (text) => expect(partnerVerdict(text)?.rating).toBe('context'));
});

describe('a first place said without its article, as headlines and appositions say it', () => {
  it.each([
    ['Mexico becomes top U.S. trading partner', 'en'],
    ['Mexico overtakes China as top U.S. trading partner', 'en'],
    ['México, principal socio comercial de Estados Unidos', 'es'],
    ['México se consolida como principal socio comercial de EU', 'es'],
  ] as const)('reads the first place of "%s"', (text, lang) => expect(readQuantities(text, lang).map((q) => [q.unit, q.value])).toEqual([['rank', 1]]));

  it.each([
    ['México se convirtió en un mayor socio comercial de EU', 'es'],
    ['México es un socio cada vez más importante', 'es'],
  ] as const)('reads no place in a comparative: "%s"', (text, lang) => expect(readQuantities(text, lang).filter((q) => q.unit === 'rank')).toEqual([]));

  it.each(['Mexico becomes top trading partner of the United States.', 'México se consolida como principal socio comercial de Estados Unidos.'])('judges it: %s', (text) =>
    expect(partnerVerdict(text)).toEqual({ rating: 'accurate', figures: ['us-trade-partner-rank:consistent'] }),
  );
});

describe('a position held since a year', () => {
  const byYear = (ranks: Record<string, number>) =>
    ratingsOn([
      seriesFact(
        'partner',
        'trade-partner-rank',
        Object.entries(ranks).map(([year, rank]) => fig('us-trade-partner-rank', rank, year, 'rank')),
        [partnerRank],
        { en: ['trading partner'], es: ['socio comercial'] },
      ),
    ]);
  const every = byYear({ '2019': 1, '2022': 2, '2023': 1, '2024': 1, '2025': 1 });
  const gap = byYear({ '2022': 2, '2023': 1, '2025': 1 });

  it.each([
    ['since 2023', 'en', { since: 2023 }],
    ['desde 2019', 'es', { since: 2019 }],
    ['desde el año 2019', 'es', { since: 2019 }],
  ] as const)('reads "%s" (%s) as %j', (text, lang, span) => expect(spanIn(foldSameLength(text), VERDICT_WORDS[lang])).toEqual(span));

  it.each([
    ['Mexico has been the largest trading partner of the United States since 2023.', 'accurate'],
    ['México ha sido el principal socio comercial de Estados Unidos desde 2023.', 'accurate'],
    ['Mexico has been the largest trading partner of the United States since 2019.', 'false'],
    ['México es el principal socio comercial de Estados Unidos desde 2019.', 'false'],
    // Said after the position, in a clause of its own, "since" still starts the span the position held (2022: second).
    ['Mexico is the top U.S. trading partner, a position it has held since 2019.', 'false'],
    ['México es el principal socio comercial de EE.UU., posición que ha mantenido desde 2019.', 'false'],
    ['Mexico is the top U.S. trading partner, a position it has held since 2023.', 'accurate'],
    ['México es el principal socio comercial de EE.UU., lugar que ocupa desde 2023.', 'accurate'],
  ])('checks every year from it on: %s → %s', (text, rating) => expect(every(text)?.rating).toBe(rating));

  it.each(['Mexico has been the largest trading partner of the United States since 2023.', 'México ha sido el principal socio comercial de Estados Unidos desde 2023.'])(
    'leaves it open where the record lacks a year of it: %s',
    (text) => expect(gap(text)?.rating).toBe('context'),
  );
});
