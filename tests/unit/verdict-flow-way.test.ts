/**
 * The way of a flow. A series whose direction names its way ("us-to-mx": Colorado River water the
 * U.S. delivers to Mexico) is not met by a number whose clause names the other country right after
 * a particle of direction: "Mexico must deliver … to the U.S." is the flow turned round.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import type { Fact } from '../../engine/schema';
import { loadData } from '../../scripts/lib/data-files';
import { fig, ratingsOn, series, seriesFact } from './helpers/sample-facts';

const colorado = series(
  'colorado-allotment',
  'colorado-water',
  'us-to-mx',
  'point',
  ['must deliver of Colorado River water', 'of Colorado River water under the treaty'],
  ['debe entregar del río Colorado', 'del río Colorado según el tratado'],
);
const imports = series('us-imports-from-mexico', 'goods-trade', 'mx-to-us', 'year', ['imported from Mexico', 'imports from Mexico'], ['importó desde México', 'importaciones desde México']);

const FACTS: Fact[] = [
  seriesFact('colorado', 'water-treaty', [fig('colorado-allotment', 1.5e6, '1944', 'acre-ft')], [colorado], { en: ['Colorado River'], es: ['río Colorado'] }),
  seriesFact('imports', 'trade-volume', [fig('us-imports-from-mexico', 534.9e9, '2025', 'usd', 'year')], [imports], { en: ['imports'], es: ['importaciones'] }),
];
const verdict = ratingsOn(FACTS);

const traced = series('traced-us-share', 'guns-traced', 'us-to-mx', 'range', ['of guns traced in Mexico'], ['de las armas rastreadas en México']);
const guns = ratingsOn([seriesFact('traced', 'guns-trafficking', [fig('traced-us-share', 70, '2014-2018', 'percent')], [traced], { en: ['guns traced'], es: ['armas rastreadas'] })]);

describe('the end of a flow said as a third country', () => {
  it("leaves the number unjudged: the flow is that country's", () => {
    expect(guns('From 2014 to 2018, 70% of guns traced in Mexico came from China.')?.rating).toBe('context');
    expect(guns('Entre 2014 y 2018, el 70% de las armas rastreadas en México vinieron desde China.')?.rating).toBe('context');
    expect(guns('Entre 2014 y 2018, el 70% de las armas rastreadas en México provienen de China.')?.rating).toBe('context');
  });

  it('still judges the flow from its own end', () => {
    expect(guns('From 2014 to 2018, 70% of guns traced in Mexico came from the United States.')?.rating).toBe('accurate');
    expect(guns('Entre 2014 y 2018, el 70% de las armas rastreadas en México provienen de Estados Unidos.')?.rating).toBe('accurate');
  });
});

describe('the way of a flow', () => {
  it('leaves a flow said the other way round unjudged', () => {
    expect(verdict('Mexico must deliver 1.5 million acre-feet of Colorado River water to the U.S. each year.')?.rating).toBe('context');
    expect(verdict('México debe entregar 1.5 millones de acres-pie del río Colorado a Estados Unidos cada año.')?.rating).toBe('context');
  });

  it('still judges the flow said its own way', () => {
    expect(verdict('The U.S. must deliver 1.5 million acre-feet of Colorado River water to Mexico each year.')).toEqual({
      rating: 'accurate',
      figures: ['colorado-allotment:consistent'],
    });
    expect(verdict('Estados Unidos debe entregar a México 1.5 millones de acres-pie del río Colorado cada año.')).toEqual({
      rating: 'accurate',
      figures: ['colorado-allotment:consistent'],
    });
    expect(verdict('In 2025 the U.S. imported $535 billion of goods from Mexico.')).toEqual({ rating: 'accurate', figures: ['us-imports-from-mexico:consistent'] });
  });

  // "…, and the U.S. must deliver …": a clause joined by "and" that names its own side is read alone for its way.
  it.each([
    'Mexico ships its goods to the U.S., and the U.S. must deliver 1.5 million acre-feet of Colorado River water each year.',
    'México envía sus mercancías a Estados Unidos, y Estados Unidos debe entregar a México 1.5 millones de acres-pie del río Colorado cada año.',
  ])('reads the way of a joined clause that names its own side: %s', (text) => expect(verdict(text)).toEqual({ rating: 'accurate', figures: ['colorado-allotment:consistent'] }));

  it.each([
    // The joined clause names its side and the other way round: still turned round.
    'The treaty is old, and Mexico must deliver 1.5 million acre-feet of Colorado River water to the U.S. each year.',
    'El tratado es viejo, y México debe entregar 1.5 millones de acres-pie del río Colorado a Estados Unidos cada año.',
    // One that names no side of its own takes its way from the clause before it.
    'Mexico must deliver water to the U.S., and 1.5 million acre-feet of Colorado River water each year.',
    'México debe entregar agua a Estados Unidos, y 1.5 millones de acres-pie del río Colorado cada año.',
  ])('still leaves a joined clause turned round unjudged: %s', (text) => expect(verdict(text)?.rating).toBe('context'));
});

// Remittances reach Mexico from anywhere: only Mexico's side of the way is named ("world-to-mx").
const inflow = series('remittances-per-year', 'remittances', 'world-to-mx', 'year', ['in remittances', 'remittances to Mexico'], ['en remesas', 'remesas a México']);
const remittances = ratingsOn([seriesFact('remittances', 'remittances', [fig('remittances-per-year', 61.8e9, '2025', 'usd', 'year')], [inflow], { en: ['remittances'], es: ['remesas'] })]);

describe('the side that sends or receives a flow', () => {
  it.each([
    'Mexico sent $61.8 billion in remittances in 2025.',
    'Last year the United States received $61.8 billion in remittances to Mexico.',
    'México envió 61.8 mil millones de dólares en remesas en 2025.',
    'En 2025 Estados Unidos recibió 61.8 mil millones de dólares en remesas.',
  ])('leaves the flow turned round unjudged: %s', (said) => expect(remittances(said)?.rating).toBe('context'));

  it.each([
    'Mexico received $61.8 billion in remittances in 2025.',
    'Mexicans sent $61.8 billion in remittances to Mexico in 2025.',
    'In 2025, Mexico has received $61.8 billion in remittances from Mexican workers abroad.',
    'México recibió 61.8 mil millones de dólares en remesas en 2025.',
    'Los migrantes mexicanos enviaron 61.8 mil millones de dólares en remesas en 2025.',
  ])('still judges the flow said its own way, or sent by a people: %s', (said) => expect(remittances(said)?.rating).toBe('accurate'));
});

// Investment a country receives: the one that invests sends it.
const fdiIn = series('fdi-per-year', 'fdi', 'world-to-mx', 'year', ['in foreign direct investment'], ['en inversión extranjera directa']);
const fdi = ratingsOn([
  seriesFact('fdi', 'mexico-economy', [fig('fdi-per-year', 40.9e9, '2025', 'usd', 'year')], [fdiIn], { en: ['foreign direct investment'], es: ['inversión extranjera directa'] }),
]);

describe('the side that invests', () => {
  it.each([
    'Mexico invested $20 billion in foreign direct investment in 2025.',
    'México invirtió 20 mil millones de dólares en inversión extranjera directa en 2025.',
    'Mexican companies invested $20 billion in foreign direct investment in 2025.',
    'Las empresas mexicanas invirtieron 20 mil millones de dólares en inversión extranjera directa en 2025.',
  ])('sends the investment, so it is not the one receiving it: %s', (said) => expect(fdi(said)?.rating).toBe('context'));

  it('leaves the investment received to be judged', () => {
    expect(fdi('Mexico received $20 billion in foreign direct investment in 2025.')?.rating).toBe('false');
    expect(fdi('México recibió 40.9 mil millones de dólares en inversión extranjera directa en 2025.')?.rating).toBe('accurate');
  });
});

/** How a side of the flow is said: [what, sentences naming the flow turned round, sentences said its own way or by a people]. */
const SIDES: [string, string[], string[]][] = [
  [
    'a side set off from its verb by an aside',
    ['Mexico, according to Banxico, sent $61.8 billion in remittances in 2025.', 'Estados Unidos, según Banxico, recibió 61.8 mil millones de dólares en remesas en 2025.'],
    ['Mexico, according to Banxico, received $61.8 billion in remittances in 2025.', 'Remittances to Mexico, sent by migrants, totaled $61.8 billion in 2025.'],
  ],
  [
    "a country's institution (the country, not a people)",
    [
      "Mexico's government sent $61.8 billion in remittances in 2025.",
      'The Mexican government sent $61.8 billion in remittances in 2025.',
      'El gobierno mexicano envió 61.8 mil millones de dólares en remesas en 2025.',
      'Las autoridades estadounidenses recibieron 61.8 mil millones de dólares en remesas en 2025.',
    ],
    ["Mexico's migrants sent $61.8 billion in remittances in 2025.", 'The Mexican government received $61.8 billion in remittances in 2025.'],
  ],
  [
    'the agent of a passive',
    [
      'In 2025, $61.8 billion in remittances were sent by Mexico.',
      'Remittances received by the United States totaled $61.8 billion in 2025.',
      'Las remesas enviadas por México sumaron 61.8 mil millones de dólares en 2025.',
      'En 2025 fueron recibidos por Estados Unidos 61.8 mil millones de dólares en remesas.',
    ],
    [
      'Remittances received by Mexico totaled $61.8 billion in 2025.',
      'Las remesas enviadas por migrantes mexicanos sumaron 61.8 mil millones de dólares en 2025.',
      'Remittances sent by migrants to Mexico totaled $61.8 billion in 2025.',
      'Las remesas enviadas por migrantes a México sumaron 61.8 mil millones de dólares en 2025.',
    ],
  ],
  [
    'a side said right after its verb',
    ['Las remesas que envió México sumaron 61.8 mil millones de dólares en 2025.', 'Las remesas que recibió Estados Unidos sumaron 61.8 mil millones de dólares en 2025.'],
    ['Las remesas que recibió México sumaron 61.8 mil millones de dólares en 2025.', 'En 2025 se enviaron 61.8 mil millones de dólares en remesas a México.'],
  ],
  [
    'the place a flow is received',
    ['In 2025, $61.8 billion in remittances were received in the United States.'],
    ['Remittances received in Mexico totaled $61.8 billion in 2025.', 'Mexicans in the United States sent $61.8 billion in remittances in 2025.'],
  ],
];

describe.each(SIDES)('%s', (_what, turned, own) => {
  it.each(turned)('is the side that sends or receives: %s', (said) => expect(remittances(said)?.rating).toBe('context'));
  it.each(own)('leaves the flow said its own way, or by a people, to be judged: %s', (said) => expect(remittances(said)?.rating).toBe('accurate'));
});

/** The bundled treaty: Mexico owes the U.S. 1.75 million acre-feet of Rio Grande water per five-year cycle. */
const bundled = createEngine(loadData().facts);
const ratingOf = (sentence: string) => bundled.classify(sentence)?.rating ?? 'none';

describe('the side a flow is owed to', () => {
  // "Is owed" receives: Mexico owed the water is the treaty turned round (was Accurate).
  it.each([
    'Under the treaty the U.S. gets Rio Grande water, and Mexico is owed 1.75 million acre-feet per five-year cycle.',
    'Mexico is owed 1.75 million acre-feet of Rio Grande water per five-year cycle.',
    'A México se le adeudan 1.75 millones de acres-pie de agua del río Bravo por ciclo de cinco años.',
  ])('is never the treaty’s own way: %s', (said) => expect(ratingOf(said)).not.toBe('accurate'));

  it('still judges the side that is owed it', () => {
    expect(ratingOf('The U.S. is owed 1.75 million acre-feet of Rio Grande water per five-year cycle.')).toBe('accurate');
    expect(ratingOf('Mexico owes the U.S. 1.75 million acre-feet per five-year cycle.')).toBe('accurate');
  });
});

describe('a third country said as where the things counted come from', () => {
  // The traced-guns share is of guns that came from the U.S. (its cues say so): guns from China are another share (were Accurate).
  it.each(['70% of traced guns in Mexico come from China.', 'El 70% de las armas rastreadas en México vienen de China.'])('is not the two countries’ measure: %s', (said) =>
    expect(ratingOf(said)).not.toBe('accurate'),
  );

  it.each(['70% of traced guns in Mexico come from the United States.', 'El 70% de las armas rastreadas en México provienen de Estados Unidos.'])('still judges the measure’s own source: %s', (said) =>
    expect(ratingOf(said)).toBe('accurate'),
  );
});
