/**
 * Figures said in more ways, each a class written from the facts' own series (never from the corpus), in English and
 * Spanish: right claims borne out, clearly wrong ones shown false, and ones the record does not settle left without a verdict.
 * Records used: guns traced in Mexico from the U.S. (70% 2014–2018, 67% 2018–2023), remittances ($64.7 billion in 2024,
 * 3.4% of GDP), the poverty rate (41.9% in 2018, 29.6% in 2024).
 */
import { describe, expect, it } from 'vitest';
import { readQuantities } from '../../engine/numbers';
import { bound } from './helpers/bound-series';
import { classifiedRating, expectRatings } from './helpers/bundled';

const read = (text: string, lang: 'en' | 'es') => readQuantities(text, lang).map((q) => [q.value, q.unit]);

describe('a span with an article on its ends', () => {
  it('gives the low end the unit said after the high end', () => {
    expect(read('entre el 40 y el 45 por ciento del total', 'es')).toEqual([
      [40, 'percent'],
      [45, 'percent'],
    ]);
    expect(read('de entre el 12 y el 15% de los hogares', 'es')).toEqual([
      [12, 'percent'],
      [15, 'percent'],
    ]);
  });

  it('is one range of the measure the words around it name', () => {
    expect(bound('Entre el 60 y el 75 por ciento de las armas rastreadas en México provienen de Estados Unidos.', 'es')).toEqual([
      ['60', 'guns-traced-us-sourced-share'],
      ['75 por ciento', 'guns-traced-us-sourced-share'],
    ]);
  });

  it('is borne out by a record inside it and denied by one clearly outside', () => {
    expectRatings([
      ['Entre el 60 y el 75 por ciento de las armas rastreadas en México provienen de Estados Unidos.', 'accurate'],
      ['De entre el 60 y el 75% de las armas rastreadas en México se compraron en Estados Unidos.', 'accurate'],
      ['Las remesas equivalen a entre el 3 y el 4 por ciento del PIB de México.', 'accurate'],
      ['Between 60 and 75 percent of guns traced in Mexico came from the U.S.', 'accurate'],
      ['Entre el 90 y el 95 por ciento de las armas rastreadas en México provienen de Estados Unidos.', 'false'],
      ['Las remesas equivalen a entre el 7 y el 8 por ciento del PIB de México.', 'false'],
      ['Between 90 and 95 percent of guns traced in Mexico came from the U.S.', 'false'],
    ]);
  });
});

describe('a span with its currency on the low end and its scale on the high end', () => {
  it('reads both ends in the currency and the scale', () => {
    expect(read('Remittances were $63-66 billion', 'en')).toEqual([
      [63e9, 'usd'],
      [66e9, 'usd'],
    ]);
    expect(read('sumaron US$63 a 66 mil millones', 'es')).toEqual([
      [63e9, 'usd'],
      [66e9, 'usd'],
    ]);
    // The low end says only the first word of the high end's scale.
    expect(read('entre 63 mil y 66 mil millones de dólares', 'es')).toEqual([
      [63e9, 'usd'],
      [66e9, 'usd'],
    ]);
    expect(read('between 63 and 66 billion dollars', 'en')).toEqual([
      [63e9, 'usd'],
      [66e9, 'usd'],
    ]);
  });

  it('is judged as a range, without "between" too', () => {
    expectRatings([
      ['Remittances to Mexico were $63-66 billion in 2024.', 'accurate'],
      ['Remittances to Mexico were $63 to $66 billion in 2024.', 'accurate'],
      ['Remittances to Mexico were between 63 and 66 billion dollars in 2024.', 'accurate'],
      ['Las remesas a México sumaron US$63 a 66 mil millones en 2024.', 'accurate'],
      ['Las remesas a México sumaron entre 63 mil y 66 mil millones de dólares en 2024.', 'accurate'],
      ['Remittances to Mexico were $50-55 billion in 2024.', 'false'],
      ['Las remesas a México sumaron US$50 a 55 mil millones en 2024.', 'false'],
      // Just outside the record by as much as sources differ: in doubt.
      ['Remittances to Mexico were $60-63 billion in 2024.', 'context'],
      ['Las remesas a México sumaron entre 60 mil y 63 mil millones de dólares en 2024.', 'context'],
    ]);
  });

  it('leaves a change from one level to another a change', () => {
    expect(bound('Remittances to Mexico rose from $58 billion to $64 billion between 2022 and 2024.', 'en')).toEqual([
      ['$58 billion', 'remittances-per-year'],
      ['$64 billion', 'remittances-per-year'],
    ]);
  });
});

describe('points said alone of a rate', () => {
  it('are percentage points where the sentence names a share or a rate, and nothing else’s points', () => {
    expect(read('the poverty rate fell 12.3 points', 'en')).toEqual([[12.3, 'points']]);
    expect(read('la tasa de pobreza bajó 12.3 puntos', 'es')).toEqual([[12.3, 'points']]);
    expect(read('the stock index fell 300 points', 'en')).toEqual([[300, null]]);
    expect(read('la selección sumó 7 puntos en el torneo', 'es')).toEqual([[7, null]]);
  });

  it('are judged as the rate’s change between the two years, never shown false for a wrong size', () => {
    expectRatings([
      ['Mexico’s poverty rate fell 12.3 points from 2018 to 2024.', 'accurate'],
      ['La tasa de pobreza de México bajó 12.3 puntos de 2018 a 2024.', 'accurate'],
      ['Mexico’s poverty rate fell 3 points from 2018 to 2024.', 'context'],
      ['La tasa de pobreza de México bajó 3 puntos de 2018 a 2024.', 'context'],
    ]);
  });
});

describe('a first place said as none ahead of it', () => {
  it('reads the negation that opens it as no denial', () => {
    // Mexico: the largest U.S. trading partner and source of imports in 2025, third partner in 2018.
    expectRatings([
      ['No country trades more with the U.S. than Mexico.', 'accurate'],
      ['Ningún país comercia más con Estados Unidos que México.', 'accurate'],
      ['No other country sells more to the U.S. than Mexico.', 'accurate'],
      ['Ningún otro país le vende más a Estados Unidos que México.', 'accurate'],
      ['In 2018, no country traded more with the U.S. than Mexico.', 'false'],
      ['En 2018 ningún país comerció más con Estados Unidos que México.', 'false'],
    ]);
  });

  it('says nothing of Mexico when another country is the one none is ahead of', () => {
    expect(['No country trades more with the U.S. than Canada.', 'Ningún país compra más productos mexicanos que China.'].map((t) => classifiedRating(t))).toEqual([undefined, undefined]);
  });
});

describe('a change since a year', () => {
  it('runs from that year to the newest record', () => {
    // Remittances: $33.7 billion in 2018, $61.8 billion in 2025 (+83.5%); U.S.–Mexico goods trade: $614.5 billion in 2019,
    // $872.8 billion in 2025 (+42%).
    expectRatings([
      ['Remittances to Mexico have risen 83% since 2018.', 'accurate'],
      ['Las remesas a México han crecido 83% desde 2018.', 'accurate'],
      ['Trade between the U.S. and Mexico has grown 42% since 2019.', 'accurate'],
      ['El comercio entre México y Estados Unidos ha crecido 42% desde 2019.', 'accurate'],
      ['Remittances to Mexico have fallen 20% since 2018.', 'false'],
      ['Las remesas a México han crecido 300% desde 2018.', 'false'],
    ]);
  });

  it('is left open when a year between, not the newest, may be the one it was said at', () => {
    // +20.6% from 2018 to 2020: the claim may date from then.
    expect(['Remittances to Mexico have risen 20% since 2018.', 'Las remesas a México han crecido 20% desde 2018.'].map((t) => classifiedRating(t))).not.toContain('false');
    expect(['Remittances to Mexico have risen 20% since 2018.', 'Las remesas a México han crecido 20% desde 2018.'].map((t) => classifiedRating(t))).not.toContain('accurate');
  });
});

describe('a level said after a change since a year', () => {
  it('is the latest level, never that year’s', () => {
    // Remittances: $33.7 billion in 2018, $61.8 billion in 2025. The level reached is 2025's.
    expect(bound('Remittances to Mexico have risen 83% since 2018, to $61.8 billion.', 'en')).toEqual([
      ['83%', 'remittances-per-year'],
      ['$61.8 billion', 'remittances-per-year'],
    ]);
    expectRatings([
      ['Remittances to Mexico have risen 83% since 2018, to $61.8 billion.', 'accurate'],
      ['Remittances to Mexico have risen 83% since 2018, to $90 billion.', 'false'],
    ]);
  });

  it('leaves a state said held since a year after it of that year', () => {
    expect(bound('México es el principal socio comercial de Estados Unidos, posición que ha mantenido desde 2019.', 'es')).toEqual([['el principal socio', 'us-trade-partner-rank']]);
  });
});

describe('shares said as fractions and words', () => {
  it('are judged against the share series, both ways', () => {
    // Mexicans with a favorable view of the U.S. (Pew): 66% in 2015, 29% in 2025.
    expectRatings([
      ['Two-thirds of Mexicans had a favorable view of the U.S. in 2015.', 'accurate'],
      ['Dos terceras partes de los mexicanos tenían una opinión favorable de Estados Unidos en 2015.', 'accurate'],
      ['Less than a third of Mexicans had a favorable view of the U.S. in 2025.', 'accurate'],
      ['Menos de la tercera parte de los mexicanos tenía una opinión favorable de Estados Unidos en 2025.', 'accurate'],
      ['Nearly half of Mexicans had a favorable view of the U.S. in 2025.', 'false'],
      ['Casi la mitad de los mexicanos tenía una opinión favorable de Estados Unidos en 2025.', 'false'],
    ]);
  });

  it('are round shares: near the record they are no error, far from it they are', () => {
    // 29% in 2025 is about one in four or about a third: neither is shown wrong, nor right. Half is wrong.
    expectRatings([
      ['One in four Mexicans had a favorable view of the U.S. in 2025.', 'context'],
      ['Uno de cada cuatro mexicanos tenía una opinión favorable de Estados Unidos en 2025.', 'context'],
      ['A third of Mexicans had a favorable view of the U.S. in 2025.', 'context'],
      ['Half of Mexicans had a favorable view of the U.S. in 2025.', 'false'],
      ['La mitad de los mexicanos tenía una opinión favorable de Estados Unidos en 2025.', 'false'],
    ]);
  });
});

describe('a percentage of change over a span of two years', () => {
  it("is the level's change between them, both ways, in both languages", () => {
    // Remittances to Mexico: $33.7 billion in 2018, $61.8 billion in 2025 (+83.5%); goods trade +42% from 2019 to 2025.
    expectRatings([
      ['Remittances to Mexico rose 83% between 2018 and 2025.', 'accurate'],
      ['Las remesas a México crecieron 83% entre 2018 y 2025.', 'accurate'],
      ['Remittances to Mexico rose 83% from 2018 to 2025.', 'accurate'],
      ['Remittances to Mexico rose 30% between 2018 and 2025.', 'false'],
      ['Las remesas a México cayeron 20% entre 2018 y 2025.', 'false'],
    ]);
  });

  it('leaves a share said over the span a share, never a change of a level', () => {
    expectRatings([['Between 2014 and 2018, 70% of guns traced in Mexico came from the U.S.', 'accurate']]);
  });
});
