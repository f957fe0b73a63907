/**
 * A wrong verdict found auditing real text (issue #12): "104 matches across 16 host cities in the United States, Mexico
 * and Canada" was bound to the U.S. venues' series by its cue "host cities in the United States" and shown False (11).
 * A cue that names one place of a list the sentence goes on with (three names or more, joined by commas and "and")
 * does not name the number's measure: the list's whole is said, and a cue of the whole, if any, takes the number
 * (no verdict is shown on it: the other countries named keep it from the card, as before).
 * Sentences written for the test.
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

describe('a cue that names one place of a list', () => {
  it('leaves the number to the list’s whole, in English', () => {
    expect(bound('The 2026 World Cup will be played in 16 host cities in the United States, Canada and Mexico.', 'en')).toEqual(['world-cup-2026-venues']);
    // Shown with no verdict: the other countries named leave the whole's measure to the card.
    expect(rating('The 2026 World Cup will be played in 16 host cities in the United States, Canada and Mexico.')).toBe('context');
    // The place alone: its own series, as before.
    expect(bound('The 2026 World Cup will be played in 11 host cities in the United States.', 'en')).toEqual(['world-cup-2026-venues-in-us']);
    expect(rating('The 2026 World Cup will be played in 11 host cities in the United States.')).toBe('accurate');
  });

  it('leaves the number to the list’s whole, in Spanish', () => {
    expect(bound('El Mundial 2026 se jugará en 16 ciudades sede en Estados Unidos, Canadá y México.', 'es')).toEqual(['world-cup-2026-venues']);
    expect(rating('El Mundial 2026 se jugará en 16 ciudades sede en Estados Unidos, Canadá y México.')).toBe('context');
    expect(bound('El Mundial 2026 se jugará en 11 ciudades sede en Estados Unidos.', 'es')).toEqual(['world-cup-2026-venues-in-us']);
    expect(rating('El Mundial 2026 se jugará en 11 ciudades sede en Estados Unidos.')).toBe('accurate');
  });
});
