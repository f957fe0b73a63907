/**
 * Cues written from each series' own measure, the way reporters and press offices phrase it, in English and Spanish:
 * the compounds that name a flow ("flow of remittances", "monto de remesas"), its verbs ("sent home", "comerciaron"),
 * the names a writer gives the other country ("la Unión Americana"), and siblings kept apart (a deficit is no trade
 * volume, the U.S. foreign-born are not Mexico's). Made-up sentences, none from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { bound } from './helpers/bound-series';

const series = (text: string, lang: 'en' | 'es') => bound(text, lang).map(([, key]) => key);

describe('cues from the measure, in both languages', () => {
  it('reads the compounds and verbs that name remittances', () => {
    expect(series('The flow of remittances to Mexico climbed to $63 billion in 2023.', 'en')).toEqual(['remittances-per-year']);
    expect(series('Mexicans living in the United States sent home $62 billion in 2023.', 'en')).toEqual(['remittances-per-year']);
    expect(series('El monto de remesas se ubicó en 61 mil millones de dólares en 2025.', 'es')).toEqual(['remittances-per-year']);
    expect(series('El flujo de remesas alcanzó 63 mil millones de dólares en 2023.', 'es')).toEqual(['remittances-per-year']);
  });

  it('reads a share of GDP said with "amount to" or "constituyen"', () => {
    expect(series('Remittances amount to nearly 4% of gross domestic product.', 'en')).toEqual(['remittances-share-of-gdp']);
    expect(series('Las remesas constituyen cerca del 4% del PIB.', 'es')).toEqual(['remittances-share-of-gdp']);
  });

  it('reads trade said as shipments or as what the two countries traded', () => {
    expect(series('Mexican shipments to the U.S. hit $505 billion in 2024.', 'en')).toEqual(['us-goods-imports-from-mexico']);
    expect(series('U.S. shipments to Mexico totaled $334 billion in 2024.', 'en')).toEqual(['us-goods-exports-to-mexico']);
    expect(series('México y Estados Unidos comerciaron 840 mil millones de dólares en 2024.', 'es')).toEqual(['goods-trade-per-year']);
    expect(series('The U.S. and Mexico traded $840 billion in goods in 2024.', 'en')).toEqual(['goods-trade-per-year']);
  });

  it('reads "la Unión Americana" as the United States', () => {
    expect(series('Las ventas de México a la Unión Americana ascendieron a 505 mil millones de dólares en 2024.', 'es')).toEqual(['us-goods-imports-from-mexico']);
  });

  it('keeps a trade shortfall apart from the trade it is the balance of', () => {
    expect(series("America's trade shortfall with Mexico widened to $172 billion in 2024.", 'en')).toEqual(['us-goods-deficit-with-mexico']);
    expect(series('El desequilibrio comercial con México llegó a 172 mil millones de dólares en 2024.', 'es')).toEqual(['us-goods-deficit-with-mexico']);
  });

  it('reads where migrants reside, and keeps the U.S. foreign-born apart from Mexico’s', () => {
    expect(series('Unos 10.6 millones de mexicanos residen en el vecino del norte.', 'es')).toEqual(['mexican-born-us-residents']);
    expect(series('There are about 10.6 million Mexico-born immigrants north of the border.', 'en')).toEqual(['mexican-born-us-residents']);
    expect(series('Immigrants from Mexico account for 23% of the U.S. foreign-born population.', 'en')).toEqual(['mexican-share-of-us-immigrants']);
    expect(series('Los mexicanos constituyen 23% de la población inmigrante en Estados Unidos.', 'es')).toEqual(['mexican-share-of-us-immigrants']);
  });

  it('reads deaths said as what overdoses did', () => {
    expect(series('Overdoses killed 80,000 people in the U.S. in 2024.', 'en')).toEqual(['us-overdose-deaths']);
    expect(series('Las sobredosis mataron a 80 mil personas en Estados Unidos en 2024.', 'es')).toEqual(['us-overdose-deaths']);
  });

  it('reads a view of the country named "America" or rated', () => {
    expect(series('About 69% of Mexicans now hold an unfavorable opinion of America, Pew found.', 'en')).toEqual(['mexicans-unfavorable-us-pew']);
    expect(series('Pew found 40% of Americans rate Mexico unfavorably.', 'en')).toEqual(['americans-unfavorable-mexico-pew']);
    expect(series('Según Pew, el 40% de los estadounidenses califican desfavorablemente a México.', 'es')).toEqual(['americans-unfavorable-mexico-pew']);
  });

  it('reads a treaty delivery said with "send" or "supply"', () => {
    expect(series('Under the 1944 treaty, Mexico must send the U.S. 1.75 million acre-feet of water every five years.', 'en')).toEqual(['rio-grande-cycle-delivery']);
    expect(series('Según el tratado de 1944, México debe enviar a Estados Unidos 2,158 millones de metros cúbicos de agua cada cinco años.', 'es')).toEqual(['rio-grande-cycle-delivery']);
  });

  it('reads the World Cup called "the tournament"', () => {
    expect(series('The tournament will have 104 games.', 'en')).toEqual(['world-cup-2026-matches']);
    expect(series('El torneo tendrá 104 partidos.', 'es')).toEqual(['world-cup-2026-matches']);
  });

  it('keeps a count of households apart from the dollars they receive', () => {
    expect(series('Some 5 million homes in Mexico rely on remittances.', 'en')).toEqual(['households-receiving-remittances']);
    expect(series('Unos 5 millones de hogares en México viven de las remesas.', 'es')).toEqual(['households-receiving-remittances']);
  });

  it('reads the matches a host country stages said as games, in English as in Spanish', () => {
    expect(series('Mexico will host 13 World Cup games.', 'en')).toEqual(['world-cup-2026-matches-in-mexico']);
    expect(series('México albergará 13 juegos del Mundial.', 'es')).toEqual(['world-cup-2026-matches-in-mexico']);
  });

  it('reads the people said to live north of the border, and the lives overdoses claimed', () => {
    expect(series('Some 10.6 million Mexicans living north of the border were born in Mexico.', 'en')).toEqual(['mexican-born-us-residents']);
    expect(series('Unos 10.6 millones de mexicanos viven al norte de la frontera.', 'es')).toEqual(['mexican-born-us-residents']);
    expect(series('Drug overdoses claimed 80,000 lives in the U.S. in 2024.', 'en')).toEqual(['us-overdose-deaths']);
    expect(series('Las sobredosis cobraron 80 mil vidas en Estados Unidos en 2024.', 'es')).toEqual(['us-overdose-deaths']);
  });
});
