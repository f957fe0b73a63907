/**
 * Figures the record binds and judges that the card used to withhold for a reason that did not hold, and the look-alikes where
 * the reason still does. Run on the bundled facts; the sentences are written for the test.
 */
import { describe, expect, it } from 'vitest';
import { classifiedRating, expectRatings } from './helpers/bundled';

describe('a peak said with a later level of the same series', () => {
  it('calls only the level said nearest its words a record', () => {
    expectRatings([
      ['Remittances to Mexico peaked in 2024, at $64.7 billion, and they dwindled to $61.8 billion in 2025.', 'accurate'],
      ['Las remesas a México alcanzaron su pico en 2024 con 64,746 millones de dólares y se encogieron hasta 61,791 millones de dólares de remesas en 2025.', 'accurate'],
    ]);
  });

  it('still withholds a peak an earlier year of its series topped', () => {
    expectRatings([
      ['Remittances to Mexico peaked in 2023, at $63.3 billion, and they dwindled to $61.8 billion in 2025.', 'context'],
      ['Las remesas a México alcanzaron su pico en 2023 con 63,313 millones de dólares y se encogieron hasta 61,791 millones de dólares de remesas en 2025.', 'context'],
    ]);
  });
});

describe('a measure every country has, said in a sentence that names no country', () => {
  it('is borne out by Mexico’s record to the digit', () => {
    expectRatings([
      ['Poverty fell to 29.6 percent of the population in 2024.', 'accurate'],
      ['La pobreza bajó a 29.6 por ciento de la población en 2024.', 'accurate'],
      ['The number of people in poverty fell from 46.8 million in 2022 to 38.5 million in 2024.', 'accurate'],
      ['El número de personas en pobreza bajó de 46.8 millones en 2022 a 38.5 millones en 2024.', 'accurate'],
      ['The economy grew 1.5% in 2024.', 'accurate'],
      ['La economía creció 1.5% en 2024.', 'accurate'],
    ]);
  });

  it('is never shown wrong by it, as another country’s figure may be what was said', () => {
    expectRatings([
      ['The economy grew 2.8% in 2024.', 'context'],
      ['La economía creció 2.8% en 2024.', 'context'],
      ['The general minimum wage rose 5% in 2026.', 'context'],
      ['El salario mínimo general subió 5% en 2026.', 'context'],
    ]);
  });

  it('stays another country’s where one is named, and Mexico’s (wrong included) where Mexico is', () => {
    expectRatings([
      ['The U.S. economy grew 2.8% in 2024.', 'context'],
      ['Mexico’s economy grew 2.8% in 2024.', 'false'],
      ['La economía de México creció 2.8% en 2024.', 'false'],
    ]);
    // In Spanish the U.S. economy said alone is U.S. news, no finding at all (detection-precision-38): still never judged.
    expect(classifiedRating('La economía de Estados Unidos creció 2.8% en 2024.')).toBeUndefined();
  });
});

describe('a share of a flow whose own way names the flow’s own end', () => {
  it('is of that flow, whatever order the sentence names the two countries in further on', () => {
    expectRatings([
      ['More than 95% of remittances come from the United States, according to the Bank of Mexico.', 'accurate'],
      ['Más del 95% de las remesas provienen de Estados Unidos, según el Banco de México.', 'accurate'],
      ['Remittances, 60% of which come from the United States, were tallied by the Bank of Mexico.', 'false'],
      ['Las remesas, que en 60% provienen de Estados Unidos, fueron contabilizadas por el Banco de México.', 'false'],
    ]);
  });

  it('stays withheld where the way names another end or another country', () => {
    expectRatings([
      ['More than 95% of remittances come from Mexico, according to the U.S. Treasury.', 'context'],
      ['Más del 95% de las remesas provienen de México, según el Tesoro de Estados Unidos.', 'context'],
      ['More than 95% of remittances come from Canada, according to the Bank of Mexico.', 'context'],
      ['Más del 95% de las remesas provienen de Canadá, según el Banco de México.', 'context'],
    ]);
  });
});

describe('a count of millions no cue took, beside one bound to a count of people', () => {
  it('is a claim left unsettled, not an aside', () => {
    expectRatings([
      ['Mexican-born U.S. residents reached their peak of 12.8 million in 2007 and numbered 9.1 million in 2023.', 'context'],
      ['Los residentes de EU nacidos en México alcanzaron su punto máximo de 12.8 millones en 2007 y sumaban 9.1 millones en 2023.', 'context'],
    ]);
  });

  it('leaves both counts checked where a cue takes them', () => {
    expectRatings([
      ['The number of Mexican immigrants in the U.S. fell from 12.8 million in 2007 to 10.7 million in 2022.', 'accurate'],
      ['El número de inmigrantes mexicanos en EU bajó de 12.8 millones en 2007 a 10.7 millones en 2022.', 'accurate'],
    ]);
  });
});
