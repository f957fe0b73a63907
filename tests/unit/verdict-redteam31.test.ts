/**
 * Sentences written for this test, not run first (redteam31): neighbouring measures, another year, another country, a
 * flow turned round, a figure a few percent off. Three kinds failed and are fixed in `fits` (figures.ts):
 * - a count said to three digits with no decimal ("$345 billion" of a record of $334.0 billion) was held to a round
 *   number's 5% and Accurate: its last digit is the writer's, not a rounding to the tens, so it is held as "40.1 million" is;
 * - a hedge on a number said to a decimal ("about 11.9 million" of 10.9 million) took a round hedge's 10% and was Accurate:
 *   "about" loosens its last digit, not a tenth of the whole;
 * - a small whole count said exactly ("53 consulados" of 52) was borne out within 5%: a neighbouring count is in doubt.
 * The rest passed already and stand as a guard. Run on the bundled facts.
 */
import { describe, expect, it } from 'vitest';
import { classifiedRating, expectRatings } from './helpers/bundled';

describe('a number said more precisely than a round one', () => {
  it('is held to its own digits, in either language', () => {
    expectRatings([
      ['U.S. goods exports to Mexico totaled $345 billion in 2024.', 'context'],
      ['Las exportaciones de Estados Unidos a México sumaron 345 mil millones de dólares en 2024.', 'context'],
      ['U.S. goods exports to Mexico totaled $334 billion in 2024.', 'accurate'],
      ['Las exportaciones de bienes de Estados Unidos a México sumaron 334 mil millones de dólares en 2024.', 'accurate'],
      ['About 11.9 million Mexican-born people lived in the U.S. in 2023.', 'false'],
      ['Unos 11.9 millones de personas nacidas en México vivían en Estados Unidos en 2023.', 'false'],
      ['About 10.9 million Mexican-born people lived in the U.S. in 2023.', 'accurate'],
      ['Unos 10.9 millones de personas nacidas en México vivían en Estados Unidos en 2023.', 'accurate'],
      ['México tiene 53 consulados en Estados Unidos.', 'context'],
      ['Mexico has 53 consulates in the United States.', 'context'],
      ['México tiene 52 consulados en Estados Unidos.', 'accurate'],
    ]);
  });
});

describe('a neighbouring measure, the flow turned round, another year', () => {
  it('is not borne out', () => {
    expectRatings([
      ['U.S. goods imports from Mexico totaled $334 billion in 2024.', 'false'],
      ['Las importaciones estadounidenses desde México sumaron 334 mil millones de dólares en 2024.', 'false'],
      ['U.S. goods exports to Mexico reached $505.9 billion in 2024.', 'false'],
      ['Las exportaciones de Estados Unidos a México alcanzaron 505.9 mil millones de dólares en 2024.', 'false'],
      ['Mexico exported $334 billion in goods to the United States in 2024.', 'false'],
      ['México exportó 334 mil millones de dólares en bienes a Estados Unidos en 2024.', 'false'],
      ['U.S. exports to Mexico totaled $490 billion in 2023.', 'false'],
      ['Las exportaciones de Estados Unidos a México sumaron 490 mil millones de dólares en 2023.', 'false'],
      ['About 10.9 million unauthorized Mexican immigrants lived in the U.S. in 2022.', 'false'],
      ['Unos 10.9 millones de inmigrantes mexicanos indocumentados vivían en Estados Unidos en 2022.', 'false'],
      ['About 37.2 million Mexican immigrants live in the U.S.', 'false'],
      ['Unos 37.2 millones de inmigrantes mexicanos viven en Estados Unidos.', 'false'],
      ['Mexicans make up 23% of unauthorized immigrants in the U.S.', 'false'],
      ['Los mexicanos representan 23% de los inmigrantes indocumentados en Estados Unidos.', 'false'],
      ['Mexico exported 3,989,403 light vehicles in 2024.', 'false'],
      ['México exportó 3,989,403 vehículos ligeros en 2024.', 'false'],
      ['The U.S. has 52 consulates in Mexico.', 'false'],
      ['Estados Unidos tiene 52 consulados en México.', 'false'],
      ['Mexico accounted for 15.7% of U.S. goods imports in 2025.', 'accurate'],
      ["Mexico's economy grew 1.5% in 2023.", 'false'],
      ['La economía mexicana creció 1.5% en 2023.', 'false'],
      ["Mexico's poverty rate was 29.6% in 2022.", 'false'],
      ['La pobreza en México alcanzó 29.6% de la población en 2022.', 'false'],
      ['U.S. goods exports to Mexico totaled $334 billion in 2025.', 'false'],
      ['Foreign direct investment in Mexico reached $40.9 billion in 2024.', 'false'],
      ['Mexico was the largest U.S. trading partner in 2018.', 'false'],
      ['México fue el mayor socio comercial de Estados Unidos en 2018.', 'false'],
      ['Mexico was the top U.S. export market in 2024.', 'false'],
      ['México fue el principal mercado de exportación de Estados Unidos en 2024.', 'false'],
      ['La frontera entre México y Estados Unidos mide 1,954 kilómetros.', 'false'],
    ]);
  });

  it('is borne out where it is the measure said', () => {
    expectRatings([
      ['U.S. goods imports from Mexico reached $505.9 billion in 2024.', 'accurate'],
      ['Las importaciones de Estados Unidos desde México alcanzaron 505.9 mil millones de dólares en 2024.', 'accurate'],
      ["Mexico's exports to the U.S. totaled $490 billion in 2023.", 'accurate'],
      ['Las exportaciones de México a Estados Unidos sumaron 490 mil millones de dólares en 2023.', 'accurate'],
      ['About 37.2 million people of Mexican origin live in the U.S.', 'accurate'],
      ['Mexico ran a trade surplus of $171.8 billion with the U.S. in 2024.', 'accurate'],
      ['Mexico produced 3,989,403 light vehicles in 2024.', 'accurate'],
      ['México produjo 3,989,403 vehículos ligeros en 2024.', 'accurate'],
      ['The U.S.-Mexico border is 1,954 miles long.', 'accurate'],
      ['La frontera entre México y Estados Unidos mide 3,145 kilómetros.', 'accurate'],
    ]);
  });
});

describe('a figure a few percent off', () => {
  it('is never borne out', () => {
    expectRatings([
      ['The number of people living in extreme poverty in Mexico fell to 7.4 million in 2024.', 'context'],
      ['En 2024, 7.4 millones de personas vivían en pobreza extrema en México.', 'context'],
      ['The poverty rate was 38.3% in 2022.', 'context'],
      ['La tasa de pobreza fue de 38.3% en 2022.', 'context'],
      ["Mexico's poverty rate was 31.2% in 2024.", 'false'],
      ['La tasa de pobreza en México fue de 31.2% en 2024.', 'false'],
      ['The economy grew 3.6% in 2023.', 'context'],
      ['La economía creció 3.6% en 2023.', 'context'],
      ['Mexico recorded 34,550 homicides in 2024.', 'context'],
      ['México registró 34,550 homicidios en 2024.', 'context'],
      ['U.S. overdose deaths fell to 84,100 in 2024.', 'context'],
      ['Las muertes por sobredosis en Estados Unidos bajaron a 84,100 en 2024.', 'context'],
      ['There were 5.4 million unauthorized Mexican immigrants in the U.S. in 2022.', 'context'],
      ['Había 5.4 millones de inmigrantes mexicanos no autorizados en Estados Unidos en 2022.', 'context'],
      ["Remittances account for 4.4% of Mexico's GDP.", 'context'],
      ['Las remesas equivalen al 4.4% del PIB de México.', 'context'],
      ['Foreign direct investment in Mexico reached $42.9 billion in 2025.', 'context'],
      ['La inversión extranjera directa en México alcanzó 42,871 millones de dólares en 2025.', 'false'],
      ['Mexico recorded 33,550 homicides in 2023.', 'false'],
      ['Mexico raised the minimum wage by 20% for 2026.', 'context'],
      ['México aumentó el salario mínimo 20% para 2026.', 'context'],
    ]);
  });
});

describe('another country, a forecast, a denial, no country at all', () => {
  it('is no finding where another country is named', () => {
    for (const text of [
      "Guatemala's poverty rate was 29.6% in 2024.",
      'La tasa de pobreza de Guatemala fue de 29.6% en 2024.',
      "Canada's economy grew 1.5% in 2024.",
      'La economía de Canadá creció 1.5% en 2024.',
      'Guatemala aumentó su salario mínimo 13% para 2026.',
      'U.S. goods trade with Canada reached $839.9 billion in 2024.',
      'El comercio de Estados Unidos con Canadá llegó a 839.9 mil millones de dólares en 2024.',
    ])
      expect(classifiedRating(text), text).toBeUndefined();
  });

  it('gets no verdict', () => {
    expectRatings([
      ['U.S. goods trade with Mexico totaled $582.5 billion in 2024.', 'context'],
      ["Mexico's economy is expected to grow 1.5% in 2026.", 'context'],
      ['Se espera que la economía mexicana crezca 1.5% en 2026.', 'context'],
      ['Remittances to Mexico could reach $70 billion in 2026.', 'context'],
      ['Las remesas a México podrían alcanzar 70 mil millones de dólares en 2026.', 'context'],
      ['It is not true that remittances to Mexico reached $64.7 billion in 2024.', 'context'],
      ['No es verdad que las remesas a México llegaron a 64.7 mil millones de dólares en 2024.', 'context'],
      ['Mexico sent $64.7 billion in remittances to the United States in 2024.', 'context'],
      ['México envió 64.7 mil millones de dólares en remesas a Estados Unidos en 2024.', 'context'],
      ['About 200,000 guns are smuggled from Mexico into the U.S. each year.', 'context'],
      ['Cada año se contrabandean unas 200 mil armas de México a Estados Unidos.', 'context'],
      ['GDP grew 2.8% in 2024.', 'context'],
      ['El PIB creció 2.8% en 2024.', 'context'],
      ['The minimum wage rose 20% in 2026.', 'context'],
      ['El salario mínimo subió 20% en 2026.', 'context'],
      ['La pobreza extrema bajó a 12% en 2024.', 'context'],
      ['Extreme poverty fell to 12% in 2024.', 'context'],
    ]);
  });

  it('a denial of a true figure is never borne out', () => {
    expectRatings([
      ['Mexico is not the largest U.S. trading partner.', 'false'],
      ['México no es el principal socio comercial de Estados Unidos.', 'false'],
    ]);
  });
});
