/**
 * Neighbouring measures and near numbers: a sentence that states another measure than the
 * record's (a state's part of a national figure, another place) or a number the record does not
 * bear out is never rated by that record as if it were the same.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../engine/schema';
import { fig, ratingsOn, series, seriesFact } from './helpers/sample-facts';

const growth = series('gdp-growth', 'gdp-growth', 'none', 'year', ['economy grew', 'GDP grew'], ['economía creció', 'PIB creció']);

const trade = series('goods-trade-per-year', 'goods-trade', 'two-way', 'year', ['trade with Mexico', 'bilateral trade'], ['comercio con México', 'comercio bilateral']);

const born = series('mexican-born-us-residents', 'mexican-born', 'mexicans-in-us', 'point', ['Mexican immigrants'], ['inmigrantes mexicanos', 'en Estados Unidos viven mexicanos']);
const origin = series('mexican-origin-us-population', 'mexican-origin', 'mexicans-in-us', 'point', ['of Mexican origin'], ['de origen mexicano']);

const detained = series(
  'mexico-irregular-migrant-events',
  'mexico-enforcement',
  'none',
  'year',
  ['Mexico detained', 'migrants detained by Mexico'],
  ['México detuvo', 'migrantes detenidos por México'],
);

const atPorts = series(
  'fentanyl-seized-at-ports-share',
  'fentanyl-seizures',
  'at-ports',
  'point',
  ['seized at ports of entry', 'caught at ports of entry', 'of fentanyl is caught at ports of entry'],
  ['decomisado en los puertos de entrada'],
);

const consulates = series('mexico-consulates-in-us', 'consulates', 'mexico-in-us', 'point', ['Mexican consulates', 'Mexico has consulates'], ['consulados de México', 'México tiene consulados']);

const apprehensions = series('sw-border-apprehensions', 'apprehensions', 'none', 'year', ['apprehensions at the border', 'Border Patrol apprehensions'], ['detenciones en la frontera']);

const overdoses = series(
  'us-overdose-deaths',
  'overdoses',
  'none',
  'year',
  ['died of overdoses', 'Americans died of overdoses'],
  ['murieron por sobredosis', 'estadounidenses murieron por sobredosis'],
);

const mexicanShare = series(
  'mexican-share-of-us-immigrants',
  'mexican-share',
  'mexicans-in-us',
  'point',
  ['of U.S. immigrants', 'Mexicans make up of immigrants'],
  ['de los inmigrantes en Estados Unidos'],
);
const usBornShare = series('us-born-share-in-mexico', 'us-born-share', 'americans-in-mx', 'point', ['of immigrants in Mexico'], ['de los inmigrantes en México']);

const gdp = series('gdp-nominal', 'gdp', 'none', 'year', ["Mexico's GDP", 'GDP'], ['PIB de México', 'PIB']);

const FACTS: Fact[] = [
  seriesFact('gdp', 'mexico-economy', [fig('gdp-nominal', 1.85e12, '2024', 'usd', 'year')], [gdp], { en: ['GDP'], es: ['PIB'] }),
  seriesFact('shares', 'migration-flows', [fig('mexican-share-of-us-immigrants', 23, '2023', 'percent'), fig('us-born-share-in-mexico', 66, '2020', 'percent')], [mexicanShare, usBornShare], {
    en: ['immigrants'],
    es: ['inmigrantes'],
  }),
  seriesFact('overdoses', 'drugs-fentanyl', [fig('us-overdose-deaths', 80391, '2024', 'people')], [overdoses], { en: ['overdose deaths'], es: ['sobredosis'] }),
  seriesFact('apprehensions', 'border-security', [fig('sw-border-apprehensions', 2.2e6, '2022', 'people')], [apprehensions], { en: ['apprehensions'], es: ['detenciones'] }),
  seriesFact('consulates', 'exchanges-diplomacy', [fig('mexico-consulates-in-us', 52, '2026', 'count')], [consulates], { en: ['consulates'], es: ['consulados'] }),
  seriesFact('ports', 'drugs-fentanyl', [fig('fentanyl-seized-at-ports-share', 88, '2024', 'percent')], [atPorts], { en: ['fentanyl'], es: ['fentanilo'] }),
  seriesFact('detained', 'migration-flows', [fig('mexico-irregular-migrant-events', 782176, '2023', 'people')], [detained], { en: ['migrants'], es: ['migrantes'] }),
  seriesFact('born', 'diaspora', [fig('mexican-born-us-residents', 10.9e6, '2023', 'people')], [born], { en: ['immigrants'], es: ['inmigrantes'] }),
  seriesFact('origin', 'diaspora', [fig('mexican-origin-us-population', 37.2e6, '2021', 'people')], [origin], { en: ['origin'], es: ['origen'] }),
  seriesFact('trade', 'trade-volume', [fig('goods-trade-per-year', 839.9e9, '2024', 'usd', 'year')], [trade], { en: ['trade'], es: ['comercio'] }),
  seriesFact('growth', 'mexico-economy', [fig('gdp-growth', 3.3, '2023', 'percent'), fig('gdp-growth', 1.5, '2024', 'percent')], [growth], { en: ['economy'], es: ['economía'] }),
];
const verdict = ratingsOn(FACTS);

describe('a small rate is held to its size', () => {
  it('does not take a growth nearly twice the record for it', () => {
    expect(verdict("Mexico's economy grew 2.8% in 2024.")).toEqual({ rating: 'false', figures: ['gdp-growth:contradicted'] });
    expect(verdict('La economía mexicana creció 2.8% en 2024.')).toEqual({ rating: 'false', figures: ['gdp-growth:contradicted'] });
  });

  it('still bears out the record and its rounding', () => {
    expect(verdict("Mexico's economy grew 1.5% in 2024.")?.rating).toBe('accurate');
    expect(verdict("Mexico's economy grew 2% in 2024.")?.rating).toBe('accurate');
    expect(verdict('La economía mexicana creció 3.2% en 2023.')?.rating).toBe('accurate');
  });

  it('never shows a rate within half a point of the record wrong: first estimates, revisions and adjusted series differ so', () => {
    const growth = series('gdp-growth', 'mexico-economy', 'total', 'year', ['economy grew'], ['economía mexicana creció']);
    const small = ratingsOn([
      seriesFact('growth', 'mexico-economy', [fig('gdp-growth', -0.1, '2019', 'percent'), fig('gdp-growth', 0.6, '2025', 'percent')], [growth], { en: ['economy'], es: ['economía'] }),
    ]);
    expect(small("Mexico's economy grew 0.2% in 2019.")?.rating).toBe('context');
    expect(small('La economía mexicana creció 0.2% en 2025.')?.rating).toBe('context');
    expect(small("Mexico's economy grew 1.5% in 2019.")?.rating).toBe('false');
    expect(small('La economía mexicana creció 1.2% en 2025.')?.rating).toBe('false');
  });
});

/** Each neighbour: sentences of another measure that no record may rate, and one of the record's own measure that it still does. */
const NEIGHBOURS: { name: string; unjudged: string[]; judged: [string, string] }[] = [
  {
    name: "a state's part is not the national figure",
    unjudged: ['Texas trade with Mexico reached $280 billion in 2024.', 'El comercio de Texas con México alcanzó 280 mil millones de dólares en 2024.'],
    judged: ['U.S. trade with Mexico reached $840 billion in 2024.', 'goods-trade-per-year:consistent'],
  },
  {
    name: "another measure's cue inside a cue said around the number",
    unjudged: ['En Estados Unidos viven 37 millones de personas de origen mexicano.'],
    judged: ['En Estados Unidos viven 11 millones de inmigrantes mexicanos.', 'mexican-born-us-residents:consistent'],
  },
  {
    name: 'a cue said whole on one side of the number over a cue said around it',
    unjudged: ['People born in the U.S. make up 23% of immigrants in Mexico.'],
    judged: ['Mexicans make up 23% of U.S. immigrants.', 'mexican-share-of-us-immigrants:consistent'],
  },
  {
    name: "another country's field or place is another country's measure",
    unjudged: [
      "Mexicans make up 23% of Canada's immigrants.",
      'Mexicans make up 23% of immigrants in Canada.',
      'Los mexicanos son el 23% de los inmigrantes de Canadá.',
      'Los mexicanos son el 23% de los inmigrantes en Canadá.',
    ],
    judged: ['Mexicans make up 23% of U.S. immigrants.', 'mexican-share-of-us-immigrants:consistent'],
  },
  {
    name: 'a measure per person is not the total',
    unjudged: ["Mexico's GDP per capita is $1.85 trillion.", 'El PIB per cápita de México es de 1.85 billones de dólares.'],
    judged: ["Mexico's GDP was $1.85 trillion in 2024.", 'gdp-nominal:consistent'],
  },
  {
    name: "one country's people before the number are not the whole count",
    unjudged: ['Border Patrol apprehensions of Mexicans at the southern border fell to 2.2 million in 2022.'],
    judged: ['In 2022 the U.S. Border Patrol made 2.2 million apprehensions at the border with Mexico.', 'sw-border-apprehensions:consistent'],
  },
  {
    name: "the inner cue's own measure",
    unjudged: [],
    judged: ['Some 37 million people of Mexican origin live in the U.S.', 'mexican-origin-us-population:consistent'],
  },
  {
    name: "another country's people or a subgroup is a part, not the whole",
    unjudged: [
      'Mexico detained 300,000 Guatemalan migrants in 2023.',
      'Mexico detained 300,000 Venezuelan migrants in 2023.',
      'México detuvo a 300 mil migrantes guatemaltecos en 2023.',
      'Mexico detained 300,000 Central American migrants in 2023.',
      'About 4 million Mexican immigrants are naturalized U.S. citizens.',
    ],
    judged: ['Mexico detained 782,176 migrants in 2023.', 'mexico-irregular-migrant-events:consistent'],
  },
  {
    name: 'another drug is another measure',
    unjudged: ['About 60% of the meth smuggled like fentanyl is caught at ports of entry.'],
    judged: ['About 88% of fentanyl is caught at ports of entry.', 'fentanyl-seized-at-ports-share:consistent'],
  },
  {
    name: "the world's total is not the U.S.'s part",
    unjudged: ['Mexico has 160 consulates around the world.', 'México tiene 80 consulados en el mundo.'],
    judged: ['Mexico has 52 consulates in the U.S.', 'mexico-consulates-in-us:consistent'],
  },
  {
    name: 'money in another currency is not a dollar record',
    unjudged: ['In 2024 Mexico and the U.S. traded 839.9 billion pesos in goods.', 'En 2024, el comercio con México sumó 839,900 millones de euros.'],
    judged: ['In 2024 the U.S. did $839.9 billion of trade with Mexico.', 'goods-trade-per-year:consistent'],
  },
  {
    name: "one country's people are not the other's count",
    unjudged: ['About 80,000 Mexicans died of overdoses in the U.S. in 2024.', 'Unos 80 mil mexicanos murieron por sobredosis en Estados Unidos en 2024.'],
    judged: ['Unos 80 mil estadounidenses murieron por sobredosis en 2024, mientras México contaba sus propios muertos.', 'us-overdose-deaths:consistent'],
  },
  {
    name: "the U.S.'s northern border is not the one it shares with Mexico",
    unjudged: ['In 2022 the U.S. Border Patrol made 2.2 million apprehensions at the northern border.', 'In 2022 the U.S. Border Patrol made 1 million apprehensions at the northern border.'],
    judged: ['In 2022 the U.S. Border Patrol made 2.2 million apprehensions at the border with Mexico.', 'sw-border-apprehensions:consistent'],
  },
];

describe.each(NEIGHBOURS)('$name', ({ unjudged, judged: [text, check] }) => {
  it.each(unjudged)('leaves "%s" without a rating', (sentence) => {
    // No finding at all (detection left the sentence under its threshold) leaves it without a rating too.
    expect(verdict(sentence)?.rating ?? 'none').not.toMatch(/false|accurate|outdated/);
  });

  it('still judges its own measure', () => {
    expect(verdict(text)).toEqual({ rating: 'accurate', figures: [check] });
  });
});
