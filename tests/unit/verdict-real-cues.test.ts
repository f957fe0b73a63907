/**
 * Cue phrases as news and agency pages word each measure (issue #12): a number is bound only when its
 * clause names the measure, so the wordings real writers use beside a figure are cues of their series.
 * Run on the bundled facts; the sentences are written for the test, in the pages' manner. Each row is
 * a sentence and the series and rating it earns ('-' for no figure check), or a rating it must not earn.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import { VERDICT_WORDS } from '../../engine/knowledge';
import { seriesEntries } from '../../engine/measure-cues';
import { MeasureIndex } from '../../engine/measures';
import { readQuantities } from '../../engine/numbers';
import { loadData } from '../../scripts/lib/data-files';

const { facts } = loadData();
const engine = createEngine(facts);
const measures = new MeasureIndex(seriesEntries(facts, VERDICT_WORDS), VERDICT_WORDS);
const judged = (text: string) => {
  const f = engine.classify(text);
  return f ? `${f.figure?.key ?? '-'}:${f.rating}` : 'none';
};

/** Sentence → the figure check it earns. */
const BOUND: [string, string][] = [
  // Mexico's exports to the U.S. are U.S. imports from Mexico, not Mexico's exports to the world (was shown False).
  ['Mexican exports to the U.S. reached a record $534.9 billion in 2025.', 'us-goods-imports-from-mexico:accurate'],
  ['México exportó a Estados Unidos un récord de 534,900 millones de dólares en 2025.', 'us-goods-imports-from-mexico:accurate'],
  ['Las importaciones de Estados Unidos procedentes de México llegaron a 505,851 millones de dólares en 2024.', 'us-goods-imports-from-mexico:accurate'],
  // A phrase is also written hyphenated: "first-half remittances" are the first half's, not the year's (was shown False).
  ["Mexico's first-half remittances were $29.6 billion in 2025.", 'remittances-first-half:accurate'],
  // Mexico's trade with the U.S. is two-way trade; Mexico's surplus is the U.S. deficit.
  ["Mexico's trade with the United States totaled $839.9 billion in 2024.", 'goods-trade-per-year:accurate'],
  ['El saldo comercial a favor de México con EE.UU. llegó a 196,913 millones de dólares en 2025.', 'us-goods-deficit-with-mexico:accurate'],
  ['Money sent home by Mexicans working abroad totaled $64.7 billion in 2024.', 'remittances-per-year:accurate'],
  ['En 2023 hubo 32,252 asesinatos en el país, de acuerdo con el Inegi.', 'mexico-homicides-inegi:accurate'],
  ['FDI inflows to Mexico hit a record $40.9 billion in 2025.', 'fdi-per-year:accurate'],
  // The treaty's Colorado River allotment said as a yearly flow or an allotment (was bound to nothing).
  ['The U.S. delivers 1.5 million acre-feet of Colorado River water to Mexico each year.', 'colorado-treaty-allotment:accurate'],
  ['Mexico gets 1.5 million acre-feet each year from the Colorado River.', 'colorado-treaty-allotment:accurate'],
  ["Mexico's annual allotment of Colorado River water is 1.5 million acre-feet.", 'colorado-treaty-allotment:accurate'],
  ['Por el tratado, México tiene una asignación anual de 1.5 millones de acres-pie del río Colorado.', 'colorado-treaty-allotment:accurate'],
  ['Estados Unidos entrega 1.5 millones de acres-pie del río Colorado cada año.', 'colorado-treaty-allotment:accurate'],
  // The same quantity said again in another unit in a parenthesis is one claim (it cut the number from its words and was left open).
  ['The U.S. must deliver 1.5 million acre-feet (1.85 billion cubic meters) of Colorado River water to Mexico each year.', 'colorado-treaty-allotment:accurate'],
  ['EE.UU. debe entregar a México 1.5 millones de acres-pie (1,850 millones de metros cúbicos) del río Colorado cada año.', 'colorado-treaty-allotment:accurate'],
  ['The border between the two countries stretches 1,954 miles (3,145 kilometers).', 'border-length-mi:accurate'],
  ['La frontera entre ambos países se extiende por 3,145 kilómetros (1,954 millas).', 'border-length-km:accurate'],
  ['Mexican GDP expanded 3.3% in 2023.', 'gdp-growth:accurate'],
  ['México cerró 2024 con un crecimiento económico de 1.5%.', 'gdp-growth:accurate'],
  ['En 2025 el PIB mexicano registró un crecimiento de 0.6%.', 'gdp-growth:accurate'],
  ['The ATF says 70 percent of the guns recovered in Mexico in 2014-2018 and submitted for tracing were U.S. sourced.', 'guns-traced-us-sourced-share:accurate'],
  ['De las armas confiscadas en México entre 2018 y 2023, el 67% fueron identificadas de origen estadounidense.', 'guns-traced-us-sourced-share:accurate'],
  ['In 2024, 61% of Mexicans saw the U.S. favorably, a Pew survey found.', 'mexicans-favorable-us-pew:accurate'],
  ['En 2025, según Pew, sólo el 29% de los mexicanos veía favorablemente a Estados Unidos.', 'mexicans-favorable-us-pew:accurate'],
  ['In 2025, 69% of Mexicans saw the United States unfavorably, according to Pew.', 'mexicans-unfavorable-us-pew:accurate'],
  ['Trump levantó 452 millas de muro fronterizo.', 'border-wall-miles-built:accurate'],
  ['El Mundial 2026 tendrá un total de 104 encuentros.', 'world-cup-2026-matches:accurate'],
  ['El Mundial 2026 se disputará en 16 ciudades.', 'world-cup-2026-venues:accurate'],
  ['Mexico must deliver 1.75 million acre-feet of Rio Grande water to the U.S. in each five-year cycle.', 'rio-grande-cycle-delivery:accurate'],
  ['Cada cinco años México debe entregar a Estados Unidos 2,158 millones de metros cúbicos de agua.', 'rio-grande-cycle-delivery:accurate'],
  ['México acuerda entregar a Estados Unidos un promedio anual de 431.7 millones de metros cúbicos de agua del río Bravo.', 'rio-grande-annual-average:accurate'],
  // A wrong figure bound by the same words is shown False.
  ['Mexico must deliver 3 million acre-feet of Rio Grande water to the U.S. in each five-year cycle.', 'rio-grande-cycle-delivery:false'],
  ['U.S. citizens made up 80.2 percent of individuals caught with fentanyl at ports of entry between 2019 and 2024.', 'fentanyl-port-arrests-us-citizen-share:accurate'],
  ['Según Pew, en 2025 el 91% de los mexicanos no confiaba en la capacidad de Trump para tomar decisiones correctas.', 'mexicans-no-confidence-us-president-pew:accurate'],
  ['In 2017, 93 percent of Mexicans had no confidence in Trump, according to Pew.', 'mexicans-no-confidence-us-president-pew:accurate'],
  ['In 2025, 85% of Mexicans had no confidence in Trump, according to Pew.', 'mexicans-no-confidence-us-president-pew:false'],
  ['Mexicans are 45% of the unauthorized immigrants in the U.S.', 'mexican-share-of-unauthorized-immigrants:accurate'],
  ['Los mexicanos representan el 45% de los inmigrantes indocumentados.', 'mexican-share-of-unauthorized-immigrants:accurate'],
  // A trade gap is a deficit (was read as two-way trade and shown False).
  ['The U.S. goods trade gap with Mexico reached $171.8 billion in 2024.', 'us-goods-deficit-with-mexico:accurate'],
  ['U.S. sales to Mexico reached $334 billion in 2024.', 'us-goods-exports-to-mexico:accurate'],
  ['Mexico bought $334 billion of U.S. goods in 2024.', 'us-goods-exports-to-mexico:accurate'],
  ['The U.S. bought $505.9 billion of Mexican goods in 2024.', 'us-goods-imports-from-mexico:accurate'],
  ['Ambos países comerciaron 839,900 millones de dólares en bienes en 2024.', 'goods-trade-per-year:accurate'],
  ['En 2025, 87% de los mexicanos dijo no tener confianza en Trump para abordar el tema migratorio.', 'mexicans-no-confidence-trump-immigration-pew:accurate'],
  ['En 2025, 87% de los mexicanos tenía poca o ninguna confianza en el manejo de la migración de Trump.', 'mexicans-no-confidence-trump-immigration-pew:accurate'],
  ['En 2025, la IED en México procedente de Estados Unidos sumó 15,877 millones de dólares.', 'fdi-from-us:accurate'],
  ['El intercambio de mercancías entre México y Estados Unidos sumó 839,900 millones de dólares en 2024.', 'goods-trade-per-year:accurate'],
];

/** Sentence → a rating it must not earn: a sibling measure's figure, or a count said without its scope. */
const NOT: [string, RegExp][] = [
  ['Mexican exports to the U.S. reached $334 billion in 2024.', /accurate/],
  ["Mexico's trade with the United States totaled $505.9 billion in 2024.", /accurate/],
  ['CBP recorded 2,475,669 migrant encounters in fiscal year 2023.', /false|accurate/],
  ['CBP recorded 2,475,669 migrant encounters at the southwest border in fiscal year 2023.', /false/],
  ['In 2025, 69% of Mexicans saw the U.S. favorably, a Pew survey found.', /accurate/],
  // The matches the U.S. hosts are not the tournament's total (was read as the total and shown Outdated).
  ['Estados Unidos acogerá 78 partidos del Mundial 2026.', /outdated|false/],
  // Mexicans' share of the undocumented is not their share of all immigrants (was read as the 23% share and shown False).
  ['Los mexicanos son el 45% de los inmigrantes indocumentados en Estados Unidos.', /false/],
  // Confidence in Trump's handling of immigration is its own measure, not confidence in the president.
  ["In 2025, 87% of Mexicans had little or no confidence in Trump's handling of immigration.", /false/],
  // A poll of U.S. adults about Mexican immigrants is not the Mexican share of U.S. immigrants (was shown False).
  ['In 2023, 69% of U.S. adults had a favorable view of Mexican immigrants living in the U.S. legally.', /false/],
  // A parenthesis that is no conversion of the number before it is a claim of its own, left open.
  ['The U.S. must deliver 1.5 million acre-feet (3 billion cubic meters) of Colorado River water to Mexico each year.', /accurate/],
  ['La frontera entre ambos países se extiende por 1,954 millas (700 millas con muro).', /accurate/],
];

describe('measures as the pages word them', () => {
  it.each(BOUND)('%s', (text, expected) => expect(judged(text)).toBe(expected));
  it.each(NOT)('%s', (text, not) => expect(judged(text)).not.toMatch(not));
});

describe('numbers in two clauses', () => {
  // A neighbour past the clause's break does not cut the number's words halfway to it (the first number lost "to Mexico each year").
  it.each([
    'The United States must send 1.5 million acre-feet of Colorado River water to Mexico each year; Mexico is required to deliver 1.75 million acre-feet from the Rio Grande in five-year cycles.',
    'Estados Unidos entrega 1.5 millones de acres-pie del río Colorado a México cada año; México debe entregar 1.75 millones de acres-pie por ciclo de cinco años.',
  ])('binds each to its own words: %s', (text) => {
    const lang = text.startsWith('The') ? 'en' : 'es';
    expect(measures.bind(text, lang, readQuantities(text, lang), () => true).map((b) => b.entry.series.key)).toEqual(['colorado-treaty-allotment', 'rio-grande-cycle-delivery']);
  });
});

describe('a draft checked as a card reads it', () => {
  // The reply assistant's figure check reads the sentence as the card does: a length said again in parentheses is one
  // quantity (it found no figure at all before).
  it.each([
    ['The border between the two countries stretches 1,954 miles (3,145 kilometers).', 'en', 'border-length-mi:consistent'],
    ['La frontera entre ambos países se extiende por 3,145 kilómetros (1,954 millas).', 'es', 'border-length-km:consistent'],
  ] as const)('%s', (text, lang, expected) => {
    expect(engine.checkFigures(text, lang, new Set(['border-security-length'])).map((c) => `${c.key}:${c.status}`)).toEqual([expected]);
  });
});
