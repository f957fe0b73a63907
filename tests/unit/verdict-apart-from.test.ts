/**
 * Two wrong verdicts of the same kind (issue #12), on the bundled facts: a word that places a thing apart from a word
 * of a measure's cue ("between", "outside", "entre", "fuera de": the packs' `apartFrom`) says the rest of that measure.
 * "Nearly 90% of fentanyl seizures happen between ports of entry" was Accurate against the 88% seized AT ports of entry
 * (the number bound to the ports' series, "between" being no word of its cue; and a typical claim met over it); now it
 * is left open. And a superlative of fewness against a claim of "more … than any other" ("the fewest deportees of any
 * country" for "more deportees than any other country") is its opposite (the packs' `opposites`). Sentences written for
 * the test.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import { VERDICT_WORDS } from '../../engine/knowledge';
import { seriesEntries } from '../../engine/measure-cues';
import { MeasureIndex } from '../../engine/measures';
import { readQuantities } from '../../engine/numbers';
import type { Lang } from '../../engine/schema';
import { loadData } from '../../scripts/lib/data-files';

const facts = loadData().facts;
const engine = createEngine(facts);
const measures = new MeasureIndex(seriesEntries(facts, VERDICT_WORDS), VERDICT_WORDS);
const bound = (text: string, lang: Lang) => measures.bind(text, lang, readQuantities(text, lang), () => true).map((b) => b.entry.series.key);
const rating = (text: string) => engine.analyze(text)[0]?.rating;

describe('a word that places the thing apart from the cue’s place', () => {
  it('leaves the number to the rest, in English', () => {
    expect(bound('Nearly 90% of fentanyl seizures happen at ports of entry.', 'en')).toEqual(['fentanyl-seized-at-ports-share']);
    expect(bound('Nearly 90% of fentanyl seizures happen between ports of entry.', 'en')).toEqual([]);
    expect(rating('Nearly 90% of fentanyl seizures happen between ports of entry.')).not.toBe('accurate');
    expect(rating('Most fentanyl is seized outside ports of entry.')).not.toBe('accurate');
    // A cue that says the word itself is met as before.
    expect(rating('Trade between Mexico and the United States reached $839 billion in 2024.')).toBe('accurate');
  });

  it('leaves the number to the rest, in Spanish', () => {
    expect(bound('Casi el 90% del fentanilo se decomisa en los puertos de entrada.', 'es')).toEqual(['fentanyl-seized-at-ports-share']);
    expect(bound('Casi el 90% del fentanilo se decomisa entre los puertos de entrada.', 'es')).toEqual([]);
    expect(bound('La mayor parte del fentanilo se decomisa fuera de los puertos de entrada.', 'es')).toEqual([]);
    expect(rating('El comercio entre México y Estados Unidos alcanzó 839 mil millones de dólares en 2024.')).toBe('accurate');
  });
});

describe('a superlative of fewness against a claim of more than any other', () => {
  it('is the claim’s opposite', () => {
    expect(rating('Mexico receives more deportees from the U.S. than any other country.')).toBe('accurate');
    expect(rating('Mexico receives the fewest deportees from the U.S. of any country.')).not.toBe('accurate');
    expect(rating('México es el país que menos deportados recibe de EU.')).not.toBe('accurate');
  });
});
