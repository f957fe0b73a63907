/**
 * A level said as the end of a change ("rose to", "cayeron a") says which way the measure moved: where the record
 * moved the other way, the level alone does not bear the sentence out. A level with no year that an older figure
 * rounds to, and the newest does not, speaks of a time in doubt. A cause said beside a figure ("because of",
 * "debido a") leaves it unrated. Run on the bundled facts; the sentences are written for the test.
 */
import { describe, expect, it } from 'vitest';
import { bundled as engine } from './helpers/bundled';

describe('a level reached by a change', () => {
  it.each([
    // The record turned round: not borne out.
    ['Remittances to Mexico climbed to $61.8 billion in 2025.', 'context'],
    ['Las remesas a México subieron a 61,791 millones de dólares en 2025.', 'context'],
    ['U.S. imports from Mexico fell to $534.9 billion in 2025.', 'context'],
    ["Mexico's trade surplus with the United States shrank to $197 billion in 2025.", 'context'],
    ['The U.S. trade deficit with Mexico narrowed to $197 billion in 2025.', 'context'],
    ['Las remesas a México se dispararon a 61,791 millones de dólares en 2025.', 'context'],
    ['La inversión extranjera directa en México bajó a 40,871 millones de dólares en 2025.', 'context'],
    // The way the record went, or a level it does not hold: judged as before.
    ['Remittances to Mexico fell to $61.8 billion in 2025.', 'accurate'],
    ['Las remesas a México cayeron a 61,791 millones de dólares en 2025.', 'accurate'],
    ['U.S. imports from Mexico rose to $534.9 billion in 2025.', 'accurate'],
    ['The U.S. trade deficit with Mexico widened to $197 billion in 2025.', 'accurate'],
    ['Remittances to Mexico rose to $80 billion in 2025.', 'false'],
    // The measure's own verb says no way: growth at a rate.
    ['La economía mexicana creció a una tasa de 3.3% en 2023.', 'accurate'],
    // With no year, a level an older figure rounds to and the newest does not ($64.7 billion: 2024's, beside 2025's
    // $61.8 billion) is of a time in doubt, though within the newest figure's band.
    ['Remittances to Mexico came to $64.7 billion.', 'context'],
    ['Remittances to Mexico came to $61.8 billion.', 'accurate'],
    ['Remittances to Mexico came to about $64 billion.', 'accurate'],
    // A cause said beside a figure is a claim the record does not settle; a wrong figure is still wrong.
    ['Remittances to Mexico fell 4.6% in 2025 due to mass deportations.', 'context'],
    ['Las remesas a México cayeron 4.6% en 2025 debido a las deportaciones.', 'context'],
    ['U.S.-Mexico trade grew 3.9% in 2025 thanks to the USMCA.', 'context'],
    ['U.S.-Mexico trade grew 3.9% in 2025, spurred by nearshoring.', 'context'],
    ['Remittances to Mexico fell 4.6% in 2025 in the wake of the deportation drive.', 'context'],
    ['Las remesas a México cayeron 4.6% en 2025 a raíz de las deportaciones.', 'context'],
    ['Las remesas a México cayeron 4.6% en 2025, arrastradas por el empleo en EU.', 'context'],
    // So is the term a figure is said of: whose watch it was the record does not say.
    ['2.5M encounters at the southern border in FY2023 under Trump.', 'context'],
    ['Border Patrol apprehensions fell to 237,538 in FY2025 under Biden.', 'context'],
    ['Bajo el gobierno de AMLO hubo 36,685 homicidios en 2018.', 'context'],
    ['Con Sheinbaum, las remesas sumaron 61,791 mdd en 2025.', 'context'],
    ['2.5M encounters at the southern border in FY2023.', 'accurate'],
    // So is a forecast said in a clause of its own after a hard break; one with its own number is read as before.
    ['Remittances to Mexico fell 4.6% in 2025; they will fall further this year.', 'context'],
    ['Las remesas cayeron 4.6% en 2025; este año caerán más.', 'context'],
    ['Las remesas cayeron 4.6% en 2025 — y seguirán cayendo.', 'context'],
    ['Remittances to Mexico fell 4.6% in 2025; it was a hard year for families.', 'accurate'],
    ['Las remesas cayeron 4.6% en 2025; fue un año difícil para las familias.', 'accurate'],
    // A contested estimate (EPI's jobs displaced by the deficit with Mexico; CRS and PIIE found a small net effect) said as what
    // NAFTA did is a cause the record does not settle.
    ['NAFTA killed 682,900 American jobs.', 'context'],
    ['NAFTA cost America 682,900 jobs.', 'context'],
    ['Las remesas cayeron 4.6% en 2025, culpa de las redadas de ICE.', 'context'],
    ['Las remesas cayeron 4.6% en 2025 por el miedo a las redadas.', 'context'],
    // So is a conclusion drawn from one.
    ['Remittances to Mexico fell 4.6% in 2025, proving that the crackdown works.', 'context'],
    ['Las remesas a México cayeron 4.6% en 2025, lo que demuestra que las deportaciones funcionan.', 'context'],
    ['Las remesas a México cayeron 4.6% en 2025, señal de que la economía de EU se enfría.', 'context'],
    ['Remittances to Mexico fell 4.6% in 2025, which means deportations are working.', 'context'],
    ['Las remesas cayeron 4.6% en 2025, lo que significa que las deportaciones funcionan.', 'context'],
    ['Mexico is our largest trading partner, which means we have leverage.', 'context'],
    ['Remittances to Mexico fell to $40 billion in 2025 because of deportations.', 'false'],
    // A superlative of the measure's whole history is a claim of its own too.
    ['Las remesas a México cayeron 4.6% en 2025, la mayor caída de la historia.', 'context'],
    ['Remittances to Mexico fell 4.6% in 2025, the largest drop in history.', 'context'],
    ['Remittances to Mexico fell 4.6% in 2025.', 'accurate'],
    // A record said of a level an earlier figure already reached (or, for a low, undercut) over the span it is said of:
    // 2025's remittances fell from 2024's record; 2025's trade was the highest on record.
    ['Las remesas alcanzaron un máximo histórico de 61 mil 791 millones de dólares en 2025.', 'context'],
    ['Las remesas sumaron una cifra récord de 61,791 millones de dólares en 2025.', 'context'],
    ['Remittances to Mexico hit a record $61.8 billion in 2025.', 'context'],
    ['El comercio entre México y EU sumó 872 mil 830 millones de dólares en 2025, su nivel más bajo en una década.', 'context'],
    ['U.S.-Mexico trade fell to its lowest level in a decade, $872.8 billion in 2025.', 'context'],
    ['Las remesas alcanzaron un récord de 64 mil 746 millones de dólares en 2024.', 'accurate'],
    ['Remittances to Mexico hit a record $64.7 billion in 2024.', 'accurate'],
    ['U.S.-Mexico trade reached a record $872.8 billion in 2025.', 'accurate'],
    ['Las muertes por sobredosis en Estados Unidos bajaron a 80,391 en 2024, la cifra más baja en cinco años.', 'accurate'],
    // The count of a record's span is the record's, said after its words or before them ("a 5-year high"), not a claim of its own.
    ['Las muertes por sobredosis en Estados Unidos bajaron a 80,391 en 2024, la cifra más baja en 5 años.', 'accurate'],
    ['U.S. overdose deaths fell to 80,391 in 2024, the lowest level in 5 years.', 'accurate'],
    ['Remittances to Mexico hit a 5-year high of $58.5 billion in 2022.', 'accurate'],
    ['Las remesas a México alcanzaron en 2022 un máximo en 5 años, con 58,497 millones de dólares.', 'accurate'],
    // 2022 was a high: a low of five years is not borne out. ("Un mínimo de 431.7 millones" is a least amount, no record.)
    ['Remittances to Mexico hit a five-year low of $58.5 billion in 2022.', 'context'],
    ['Las remesas a México cayeron en 2022 a un mínimo en cinco años, con 58,497 millones de dólares.', 'context'],
    // A span the series does not reach back to the start of (it begins in 2013) is not borne out.
    ['Remittances to Mexico hit a 20-year high of $58.5 billion in 2022.', 'context'],
    ['Las remesas a México alcanzaron en 2022 un máximo en 20 años, con 58,497 millones de dólares.', 'context'],
    ['Remittances to Mexico reached $58.5 billion in 2022, the highest since 2005.', 'context'],
    ['Las remesas a México sumaron 58,497 millones de dólares en 2022, la cifra más alta desde 2005.', 'context'],
    ['Remittances to Mexico reached $58.5 billion in 2022, the highest since 2016.', 'accurate'],
    // Over ten years, 2015's 52,404 deaths were fewer.
    ['Las muertes por sobredosis en Estados Unidos bajaron a 80,391 en 2024, la cifra más baja en diez años.', 'context'],
    ['Las remesas a México alcanzaron un máximo histórico de 70 mil millones de dólares en 2025.', 'false'],
    // A peak is a record too: 2007's 12.8 million Mexican immigrants were more than 2014's 11.7 million; 2024's remittances more than 2025's.
    ['Mexican immigrants in the U.S. peaked at 11.7 million in 2014.', 'context'],
    ['La población nacida en México que vive en EU alcanzó su máximo de 11.7 millones en 2014.', 'context'],
    ['Remittances to Mexico peaked at $61.8B in 2025.', 'context'],
    ['Las remesas tocaron techo en 2025 con 61,791 mdd.', 'context'],
    ['Mexican immigrants in the U.S. peaked at 12.8 million in 2007.', 'accurate'],
    // A peak is over the years after it too: 2023 and 2024 were higher than 2022 (a record said of 2022 was one then).
    ['Remittances to Mexico peaked at $58.5 billion in 2022.', 'context'],
    ['Las remesas a México tocaron techo en 2022 con 58,497 millones de dólares.', 'context'],
    ['Remittances to Mexico hit a record $58.5 billion in 2022.', 'accurate'],
    ['Las remesas tocaron techo en 2024 con 64,745 mdd.', 'accurate'],
    // So are the ways posts say a record: 'historic', 'unprecedented', 'more than ever', 'the most ever', 'histórica'.
    ['Remittances to Mexico hit an unprecedented $61.8B in 2025.', 'context'],
    ['Remittances to Mexico hit a historic $61.8B in 2025.', 'context'],
    ['Remittances to Mexico hit $61.8B in 2025, more than ever.', 'context'],
    ['Remittances to Mexico: $61.8B in 2025, the most ever.', 'context'],
    ['Las remesas alcanzaron una cifra histórica de 61,791 mdd en 2025.', 'context'],
    ['Las remesas alcanzaron una cifra histórica de 64,745 mdd en 2024.', 'accurate'],
    // A figure the sentence itself corrects afterwards ('the real number is …') is not the writer's claim: not shown wrong.
    ['Trump says remittances to Mexico hit $80 billion in 2025; the real number is $61.8 billion.', 'context'],
    ['Trump dice que las remesas llegaron a 80 mil mdd en 2025; la cifra real es 61,791 mdd.', 'context'],
    // A rate said the fastest or slowest since a year: 2021's 6.1% growth was faster than 2025's 0.6%.
    ["Mexico's economy grew 0.6% in 2025, the fastest since 2020.", 'context'],
    ['La economía mexicana creció 0.6% en 2025, su crecimiento más alto desde 2020.', 'context'],
    ["Mexico's economy grew 0.6% in 2025, the slowest since 2020.", 'accurate'],
    ['La economía mexicana creció 0.6% en 2025, su menor crecimiento desde 2020.', 'accurate'],
    // A change said to be a record is left open (2009's fall was larger, and the series may not reach back to it).
    ['Remittances to Mexico fell 4.6% in 2025, a record drop.', 'context'],
    ['Las remesas a México cayeron 4.6% en 2025, una caída récord.', 'context'],
    // A way said beside a level, not its end: where the record went the other way that year, left open.
    ['Homicides in Mexico are down: 33,550 in 2024.', 'context'],
    ['Homicides in Mexico went down under Sheinbaum, 33,550 in 2024 🙌', 'context'],
    ['Remittances to Mexico are UP!!! $61.8B in 2025', 'context'],
    ['Trade with Mexico is down: $872.8B in 2025.', 'context'],
    ['Las remesas crecieron en 2025: 61,791 millones de dólares.', 'context'],
    ['Los homicidios en México bajaron en 2024: 33,550 víctimas.', 'context'],
    ['Trade with Mexico hit $872.8B in 2025, down from the year before.', 'context'],
    ['Homicides in Mexico: 33,550 in 2024, down from 2023.', 'context'],
    // The way the record went: judged as before.
    ['Remittances to Mexico fell in 2025: $61.8 billion.', 'accurate'],
    ['Las remesas cayeron en 2025: 61,791 millones de dólares.', 'accurate'],
    ['Trade with Mexico is up: $872.8B in 2025.', 'accurate'],
    ['Homicides in Mexico: 32,252 in 2023, down from 2022.', 'accurate'],
    ['Trade with Mexico hit $872.8B in 2025, up from the year before.', 'accurate'],
    ['Mexico recorded 33,550 homicides in 2024, up from 32,252 in 2023.', 'accurate'],
    // A verb of a level right after "and" says the level the changed measure came to, in the change's year.
    ['Remittances to Mexico fell 4.6% in 2025 and totaled $61.8 billion.', 'accurate'],
    ['Las remesas a México cayeron 4.6% en 2025 y sumaron 61,791 millones de dólares.', 'accurate'],
    ['Remittances to Mexico fell 4.6% in 2025 and came to about $62 billion.', 'accurate'],
    ['Las remesas a México cayeron 4.6% en 2025 y alcanzaron unos 62 mil millones de dólares.', 'accurate'],
    ['Remittances to Mexico fell 4.6% in 2025 and totaled $80 billion.', 'false'],
    ['Las remesas a México cayeron 4.6% en 2025 y sumaron 80 mil millones de dólares.', 'false'],
    // Another subject after "and" is another measure: nothing of the change's.
    ['Remittances to Mexico fell 4.6% in 2025 and exports reached $80 billion.', 'context'],
    ['Las remesas a México cayeron 4.6% en 2025 y las exportaciones sumaron 80 mil millones de dólares.', 'context'],
  ])('%s → %s', (text, expected) => {
    expect(engine.analyze(text)[0]?.rating).toBe(expected);
  });
});
