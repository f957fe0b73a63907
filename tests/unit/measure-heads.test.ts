/**
 * A number whose sentence names its measure by the measure's own noun, in no cue phrase ("Mexico's poverty stood at 29.6%",
 * "en 2022 las sobredosis dejaron 107,941 víctimas"), is bound by its series' head words (engine/measure-heads.ts): borne out
 * where the record is it to the digit it is said with, never shown wrong; left unbound where two series share the words, where
 * the place said is not the series' own, or where a place is said with a particle that tells a relation the words cannot.
 * Sentences written for the test; the checks run on the bundled facts.
 */
import { describe, expect, it } from 'vitest';
import { judgeBinding } from '../../engine/figures';
import { VERDICT_WORDS } from '../../engine/knowledge';
import { seriesEntries } from '../../engine/measure-cues';
import { MeasureIndex } from '../../engine/measures';
import { readQuantities } from '../../engine/numbers';
import type { Lang } from '../../engine/schema';
import { loadData } from '../../scripts/lib/data-files';
import { bundled, classifiedRating } from './helpers/bundled';

const measures = new MeasureIndex(seriesEntries(loadData().facts, VERDICT_WORDS), VERDICT_WORDS);

/** Each number bound by head words, as "series-key:status" (status "-" where the record settles nothing). */
const byHead = (text: string, lang: Lang) =>
  measures
    .bindAny(text, lang, readQuantities(text, lang))
    .filter((b) => b.byHead)
    .map((b) => `${b.entry.series.key}:${judgeBinding(b)?.status ?? '-'}`);

describe('head words of a series', () => {
  it('bind a number its measure’s noun names, and the record bears it out to the digit', () => {
    expect(byHead("Mexico's poverty stood at 29.6% in 2024.", 'en')).toEqual(['poverty-rate:consistent']);
    expect(byHead('En México, la pobreza se ubicó en 29.6% en 2024.', 'es')).toEqual(['poverty-rate:consistent']);
    expect(byHead('In 2022 overdoses left 107,941 dead in the United States.', 'en')).toEqual(['us-overdose-deaths:consistent']);
    expect(byHead('En 2022 las sobredosis dejaron 107,941 víctimas.', 'es')).toEqual(['us-overdose-deaths:consistent']);
    expect(byHead('En México los homicidios llegaron a 33,550 en 2024.', 'es')).toEqual(['mexico-homicides-inegi:consistent']);
    expect(byHead('El crecimiento de México fue de 1.5% en 2024.', 'es')).toEqual(['gdp-growth:consistent']);
  });

  it('show those claims accurate', () => {
    for (const [text, lang] of [
      ["Mexico's poverty stood at 29.6% in 2024.", 'en'],
      ['En México, la pobreza se ubicó en 29.6% en 2024.', 'es'],
      ['En 2022 las sobredosis dejaron 107,941 víctimas.', 'es'],
      ['En México los homicidios llegaron a 33,550 en 2024.', 'es'],
      ['El crecimiento de México fue de 1.5% en 2024.', 'es'],
    ] as const)
      expect([text, classifiedRating(text, lang)]).toEqual([text, 'accurate']);
  });

  it('never show a number they bind wrong: fewer words than a cue’s may name a neighbouring measure', () => {
    expect(byHead("Mexico's poverty stood at 25% in 2024.", 'en')).toEqual(['poverty-rate:-']);
    expect(byHead('En México, la pobreza se ubicó en 25% en 2024.', 'es')).toEqual(['poverty-rate:-']);
    // The narrowest series whose head words are all said: Guanajuato's homicides, not the country's.
    expect(byHead('Guanajuato saw 3,000 homicides in 2024.', 'en')).toEqual(['guanajuato-homicides:-']);
    for (const [text, lang] of [
      ["Mexico's poverty stood at 25% in 2024.", 'en'],
      ['En México, la pobreza se ubicó en 25% en 2024.', 'es'],
      ['Guanajuato saw 3,000 homicides in 2024.', 'en'],
    ] as const)
      expect(['false', 'outdated', 'misleading']).not.toContain(classifiedRating(text, lang));
  });

  it('bind nothing where the place said is not the series’ own', () => {
    expect(byHead('U.S. poverty fell to 11% in 2024.', 'en')).toEqual([]);
    expect(byHead('La pobreza en Estados Unidos bajó a 11% en 2024.', 'es')).toEqual([]);
  });

  it('bind nothing where two series share the words', () => {
    // Students from Mexico in the U.S. and from the U.S. in Mexico: "students" alone is either.
    expect(byHead('Some 15,000 students made the move in 2023.', 'en')).toEqual([]);
    expect(byHead('Unos 15 mil estudiantes se mudaron en 2023.', 'es')).toEqual([]);
  });

  it('bind nothing where a place is said with a particle of relation, or a series has a way', () => {
    for (const [text, lang] of [
      ['The trade deficit with the United States hit $150 billion in 2024.', 'en'],
      ['El déficit comercial con Estados Unidos llegó a 150 mil millones de dólares en 2024.', 'es'],
    ] as const) {
      expect(byHead(text, lang)).toEqual([]);
      expect(bundled.classify(text, lang)?.rating).not.toBe('accurate');
    }
  });

  it('leave a word and a percentage of change to their own readings', () => {
    expect(byHead('In Mexico, most homicides went unpunished.', 'en')).toEqual([]);
    expect(byHead('En México, la mayoría de los homicidios quedó impune.', 'es')).toEqual([]);
    // "up 2.3%": the change of the year's remittances from the year before, not a share the word "remittances" names.
    expect(byHead('In 2024 remittances were up 2.3% on the year before.', 'en')).toEqual([]);
    expect(byHead('En 2024 las remesas subieron 2.3% frente al año anterior.', 'es')).toEqual([]);
    expect(classifiedRating('In 2024 remittances were up 2.3% on the year before.', 'en')).toBe('accurate');
    expect(classifiedRating('En 2024 las remesas subieron 2.3% frente al año anterior.', 'es')).toBe('accurate');
    // Nor does a share whose cues tell it by its places ("of remittances come from the U.S."): "remittances" alone is not it.
    expect(byHead('En 2024 las remesas avanzaron 2.3% frente al año anterior.', 'es')).toEqual([]);
  });
});
