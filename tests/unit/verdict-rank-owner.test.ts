/**
 * Whose ordering a position is. The record ranks Mexico among the U.S.'s partners; a position
 * among Mexico's or Canada's partners ("Mexico's second-largest trading partner is China",
 * "el tercer socio comercial de Canadá") is another ranking, never judged against it.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../engine/schema';
import { createEngine } from '../../engine/engine';
import { fig, ratingsOn, series, seriesFact } from './helpers/sample-facts';

const partnerRank = series(
  'us-trade-partner-rank',
  'trade-partner-rank',
  'two-way',
  'point',
  ['largest trading partner', 'top trading partner'],
  ['principal socio comercial', 'tercer socio comercial'],
);

const FACTS: Fact[] = [
  seriesFact('partner', 'trade-partner-rank', [fig('us-trade-partner-rank', 3, '2015', 'rank'), fig('us-trade-partner-rank', 1, '2024', 'rank')], [partnerRank], {
    en: ['trading partner'],
    es: ['socio comercial'],
  }),
];
const verdict = ratingsOn(FACTS);

describe("the owner of a partners' ranking", () => {
  it("leaves a position among Mexico's or Canada's partners unjudged", () => {
    expect(verdict("Mexico's second-largest trading partner is China.")?.rating).toBe('context');
    expect(verdict("Mexico is Canada's third-largest trading partner.")?.rating).toBe('context');
    expect(verdict("Mexico is Canada's largest trading partner in Latin America.")?.rating).toBe('context');
    expect(verdict('México es el tercer socio comercial de Canadá.')?.rating).toBe('context');
    expect(verdict("In 2015, the U.S. was Mexico's largest trading partner.")?.rating).toBe('context');
    expect(verdict('Estados Unidos es el principal socio comercial de México.')?.rating).toBe('context');
  });

  it("leaves the U.S. ranked in the speaker's own ordering ('our', 'nuestro') or as its subject unjudged, and Mexico so ranked judged", () => {
    const said: [string, string][] = [
      ['En 2015 Estados Unidos era nuestro tercer socio comercial.', 'context'],
      ['Estados Unidos es nuestro principal socio comercial.', 'context'],
      ['Nuestro principal socio comercial es EU, y nosotros somos el suyo.', 'context'],
      // The U.S. said as the subject the position is given to.
      ['Estados Unidos fue el tercer socio comercial en 2015.', 'context'],
      ['Para México, Estados Unidos era el tercer socio comercial en 2015.', 'context'],
      ['México fue el tercer socio comercial de Estados Unidos en 2015.', 'accurate'],
      ['Mexico is our largest trading partner.', 'accurate'],
      ['In 2015 Mexico was our third-largest trading partner.', 'accurate'],
    ];
    for (const [text, rating] of said) expect(verdict(text)?.rating, text).toBe(rating);
  });

  it("leaves a position among the U.S.'s and another country's partners unjudged: the record ranks only the U.S.'s", () => {
    for (const shared of [
      'Mexico is the largest trading partner of the US and Canada.',
      'Mexico is now the top trading partner of both the United States and Canada.',
      'Mexico is the largest trading partner of the U.S. and China is second.',
      'México es el principal socio comercial de EU y Canadá.',
      'México es el principal socio comercial de Estados Unidos y de Canadá.',
    ])
      expect(verdict(shared)?.rating, shared).toBe('context');
    expect(verdict('Mexico is the largest trading partner of the United States and of its border states.')?.rating).toBe('accurate');
    expect(verdict('México es el principal socio comercial de Estados Unidos y el comercio creció.')?.rating).toBe('accurate');
  });

  it('leaves a position in doubt when one country is named in place of another', () => {
    for (const swapped of [
      'Instead of Mexico, China is the largest trading partner of the United States.',
      'Rather than Mexico, Germany is the top trading partner of the United States.',
      'En lugar de México, China es el principal socio comercial de Estados Unidos.',
      'En vez de México, Japón es el principal socio comercial de Estados Unidos.',
    ])
      expect(verdict(swapped)?.rating, swapped).toBe('context');
  });

  it('reads a country named after a word of addition as the owner of the position after it', () => {
    const withMarket = ratingsOn([
      seriesFact(
        'ranks',
        'trade-partner-rank',
        [fig('us-trade-partner-rank', 1, '2024', 'rank'), fig('us-export-market-rank', 1, '2025', 'rank')],
        [partnerRank, series('us-export-market-rank', 'export-market-rank', 'us-to-mx', 'point', ['market for U.S. exports'], ['comprador de productos estadounidenses'])],
        { en: ['trading partner'], es: ['socio comercial'] },
      ),
    ]);
    for (const text of [
      'Mexico is the top trading partner of the United States, and Canada is the largest market for U.S. exports.',
      'México es el principal socio comercial de Estados Unidos y Canadá es el mayor comprador de productos estadounidenses.',
    ])
      expect(withMarket(text)?.rating, text).toBe('context');
    expect(withMarket('Mexico is the top trading partner of the United States, and it is the largest market for U.S. exports.')?.rating).toBe('accurate');
  });

  it("still judges Mexico's place among the U.S.'s partners, however the owner is said", () => {
    expect(verdict('Mexico is the largest trading partner of the United States.')).toEqual({ rating: 'accurate', figures: ['us-trade-partner-rank:consistent'] });
    expect(verdict("Mexico became the U.S.' largest trading partner in 2024.")).toEqual({ rating: 'accurate', figures: ['us-trade-partner-rank:consistent'] });
    expect(verdict("Mexico is America's top trading partner.")).toEqual({ rating: 'accurate', figures: ['us-trade-partner-rank:consistent'] });
    expect(verdict("Mexico is the United States' largest trading partner.")).toEqual({ rating: 'accurate', figures: ['us-trade-partner-rank:consistent'] });
    expect(verdict('Mexico is the United States’ top trading partner.')).toEqual({ rating: 'accurate', figures: ['us-trade-partner-rank:consistent'] });
    expect(verdict("Mexico is the US's largest trading partner.")).toEqual({ rating: 'accurate', figures: ['us-trade-partner-rank:consistent'] });
    expect(verdict('México es el principal socio comercial de Estados Unidos.')).toEqual({ rating: 'accurate', figures: ['us-trade-partner-rank:consistent'] });
    expect(verdict('México es el tercer socio comercial de Estados Unidos.')?.rating).toBe('outdated');
    // Other countries named after the owner do not take its place.
    expect(verdict('Mexico now ranks as the top trading partner among U.S. partners, ahead of Canada and China.')?.figures).toEqual(['us-trade-partner-rank:consistent']);
    expect(verdict('México es el tercer socio comercial de Estados Unidos, por detrás de Canadá y China.')?.figures).toEqual(['us-trade-partner-rank:outdated']);
  });

  it('leaves a position said to have held once unjudged by the newest record that still holds it', () => {
    // "Used to be" says it is no more; the record says it still is: not borne out, not Accurate.
    expect(verdict('Mexico was once the largest trading partner of the United States.')?.rating).toBe('context');
    expect(verdict('México alguna vez fue el principal socio comercial de Estados Unidos.')?.rating).toBe('context');
    // "Until 2024" says it ended then: no record settles that.
    expect(verdict('Mexico was the largest trading partner of the United States until 2024.')?.rating).toBe('context');
    expect(verdict('México fue el principal socio comercial de Estados Unidos hasta 2024.')?.rating).toBe('context');
    expect(verdict('Mexico is the largest trading partner of the United States.')?.rating).toBe('accurate');
  });

  it("reads a reply draft's figures as a card does: another country's ordering is no wrong figure", () => {
    const engine = createEngine(FACTS);
    const ids = new Set(FACTS.map((f) => f.id));
    expect(engine.checkFigures("Mexico's second-largest trading partner is China.", 'en', ids)).toEqual([]);
    expect(engine.checkFigures('México es el tercer socio comercial de Canadá.', 'es', ids)).toEqual([]);
    expect(engine.checkFigures('Mexico is the third-largest trading partner of the United States.', 'en', ids).map((c) => c.status)).toEqual(['outdated']);
  });
});

/** A world ranking: a position in a region's ordering ("la segunda economía de América Latina") is another ranking. */
const worldRank = {
  ...series('gdp-world-rank', 'gdp-rank', 'none', 'point', ['economy in the world', 'largest economy by GDP'], ['economía del mundo', 'lugar entre las economías', 'economía mundial']),
  anyCountry: true,
};
const WORLD: Fact[] = [seriesFact('economy', 'mexico-economy', [fig('gdp-world-rank', 13, '2024', 'rank')], [worldRank], { en: ['GDP', 'largest economies'], es: ['PIB', 'economías más grandes'] })];
const worldVerdict = ratingsOn(WORLD);

describe("a region's ordering", () => {
  it('leaves a position in a region unjudged', () => {
    expect(worldVerdict('Por su PIB, México es la segunda economía de América Latina.')?.rating).toBe('context');
    expect(worldVerdict('By GDP, Mexico is the second-largest economy in Latin America.')?.rating).toBe('context');
    expect(verdict('Mexico is the largest trading partner of North America.')?.rating).toBe('context');
    expect(verdict('México es el principal socio comercial de Norteamérica.')?.rating).toBe('context');
    expect(verdict('México es el principal socio comercial de Centroamérica.')?.rating).toBe('context');
  });

  it("still judges the world's ordering, with a region said after it", () => {
    expect(worldVerdict('Por su PIB, México es la economía número 13 del mundo.')).toEqual({ rating: 'accurate', figures: ['gdp-world-rank:consistent'] });
    expect(worldVerdict('Por su PIB, México es la economía número 13 del mundo, por encima de los demás países de América Latina.')?.figures).toEqual(['gdp-world-rank:consistent']);
  });
});
