/**
 * Binding by class, not by a cue list holding the sentence's own phrasing: the level a change reached takes the change's
 * cue, a time said in another clause names no part of the number's year, a number word starts a word, the press's
 * unpadded units after "mil" are one number, a measure said time first holds its shorter cue, a verb of change is read in
 * any tense, and a measure's synonyms and both languages' phrasings meet its cues. Each in English and Spanish.
 */
import { describe, expect, it } from 'vitest';
import { readQuantities } from '../../engine/numbers';
import type { Lang } from '../../engine/schema';
import { bound } from './helpers/bound-series';

type Case = readonly [text: string, lang: Lang, series: string];
/** Each sentence's one number bound to its series ('-' for none), the whole table in one `toEqual`. */
const expectBound = (cases: readonly Case[]) => expect(cases.map(([text, lang]) => bound(text, lang).map(([, key]) => key))).toEqual(cases.map(([, , key]) => [key]));

describe('binding by class', () => {
  it('binds the level a change reached to what changed, a word of the other clause aside', () => {
    expect(bound('In June 2025, remittances fell 16.2% year-on-year to $5.2 billion, the steepest monthly drop since 2012.', 'en')[1]).toEqual(['$5.2 billion', 'remittances-june']);
    expect(bound('En junio de 2025, las remesas cayeron 16.2% anual a 5 mil 201 millones de dólares, la mayor caída mensual desde 2012.', 'es')[1]).toEqual(['5 mil 201 millones', 'remittances-june']);
  });

  it('reaches over a position said in an apposition to the words that name the amount', () => {
    // "Its largest supplier" names who the U.S. buys from, no measure: the amount after it takes the imports before it.
    expect(bound('U.S. imports from Mexico, its top supplier, came to $480 billion in 2023.', 'en').map(([raw, key]) => [raw, key])).toContainEqual(['$480 billion', 'us-goods-imports-from-mexico']);
    expect(bound('Las compras de Estados Unidos a México, su principal proveedor, llegaron a 480 mil millones de dólares en 2023.', 'es').map(([raw, key]) => [raw, key])).toContainEqual([
      '480 mil millones',
      'us-goods-imports-from-mexico',
    ]);
  });

  it('binds a count said in words to the people it counts', () => {
    expect(bound('Nine journalists were murdered in Mexico in 2022.', 'en')).toContainEqual(['Nine', 'journalists-killed-mexico']);
    expect(bound('Nueve periodistas fueron asesinados en México en 2022.', 'es')).toContainEqual(['Nueve', 'journalists-killed-mexico']);
  });

  it('reads a number word only where a word starts', () => {
    expect(readQuantities('Estados Unidos entregaría mil 850 millones de metros cúbicos.', 'es').map((q) => q.raw)).toEqual(['mil 850 millones']);
    expect(readQuantities('Americans spent an extra million dollars.', 'en')).toEqual([]);
  });

  it('reads the units the press writes unpadded after "mil" as one number', () => {
    expect(readQuantities('Se registraron 172 mil 26 detenciones.', 'es').map((q) => q.value)).toEqual([172_026]);
    expect(readQuantities('Se incautaron 8 mil 66 kilos de fentanilo.', 'es').map((q) => q.value)).toEqual([8066]);
  });

  it('binds each class of phrasing to its measure, and no other', () => {
    expectBound([
      // Reads distrust said as a denied trust of the series’ own people, and of no others.
      ['According to Pew, 91% of Mexicans don’t trust Trump.', 'en', 'mexicans-no-confidence-us-president-pew'],
      ['Según Pew, 91% de los mexicanos no confía en Trump.', 'es', 'mexicans-no-confidence-us-president-pew'],
      ['60% of Americans don’t trust Trump.', 'en', '-'],
      ['El 60% de los estadounidenses no confía en Trump.', 'es', '-'],
      // Reads a measure said time first, in another order, where its words hold a shorter cue found in order.
      ['En enero de 2025, las remesas sumaron 4 mil 660 millones de dólares.', 'es', 'remittances-january'],
      ['En el primer semestre de 2025, las remesas sumaron 29 mil 576 millones de dólares.', 'es', 'remittances-first-half'],
      ['In January 2025, remittances totaled $4.6 billion.', 'en', 'remittances-january'],
      // Reads a verb of change in any tense, and its synonyms, as the cue says it.
      ['El PIB de México aumentó 1.5% en 2024.', 'es', 'gdp-growth'],
      ['La economía mexicana se expandió 1.5% en 2024.', 'es', 'gdp-growth'],
      ["Mexico's GDP increased 1.5% in 2024.", 'en', 'gdp-growth'],
      ['El salario mínimo en México subió 20% en 2024.', 'es', 'minimum-wage-raise'],
      ["Mexico's minimum wage rose 20% in 2024.", 'en', 'minimum-wage-raise'],
      // Meets a measure said by its synonym or by the other language’s phrasing.
      ['Border arrests totaled 237,538 in fiscal 2025.', 'en', 'sw-border-apprehensions'],
      ['Los arrestos en la frontera sumaron 237,538 en el año fiscal 2025.', 'es', 'sw-border-apprehensions'],
      ['Agents made 237,538 arrests at the southwest border in fiscal year 2025.', 'en', 'sw-border-apprehensions'],
      ['Se registraron 237,538 arrestos en la frontera suroeste en el año fiscal 2025.', 'es', 'sw-border-apprehensions'],
      ['70% of the guns submitted for tracking came from the U.S.', 'en', 'guns-traced-us-sourced-share'],
      ['El 70% de las armas sometidas a seguimiento provenían de Estados Unidos.', 'es', 'guns-traced-us-sourced-share'],
      ['Some 200,000 guns are smuggled from the U.S. into Mexico each year.', 'en', 'guns-smuggled-us-to-mexico-estimate'],
      ['Cada año se trafican unas 200 mil armas de Estados Unidos a México.', 'es', 'guns-smuggled-us-to-mexico-estimate'],
      ['237,538 migrants were apprehended at the southwest border in fiscal 2025.', 'en', 'sw-border-apprehensions'],
      ['237,538 migrantes fueron detenidos en la frontera suroeste en el año fiscal 2025.', 'es', 'sw-border-apprehensions'],
      ['Mexico received 36.9 billion dollars in foreign investment in 2024.', 'en', 'fdi-per-year'],
      ['México captó 36,872 millones de dólares de inversión extranjera en 2024.', 'es', 'fdi-per-year'],
      ['Remittances were equivalent to 3.5% of GDP in 2024.', 'en', 'remittances-share-of-gdp'],
      ['Las remesas equivalieron al 3.5% del PIB en 2024.', 'es', 'remittances-share-of-gdp'],
      // Reads a people’s word said inside the cue as the measure’s own side, no country’s part.
      ['American exports to Mexico totaled $334 billion in 2024.', 'en', 'us-goods-exports-to-mexico'],
      ['Las exportaciones estadounidenses a México sumaron 334 mil millones de dólares en 2024.', 'es', 'us-goods-exports-to-mexico'],
      // Said before the number outside the cue, it still names a country's part.
      ['Las tres sedes mexicanas, en las que se jugarán un total de 13 partidos.', 'es', '-'],
    ]);
  });
});
