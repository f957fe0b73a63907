/**
 * A nearer cue said over the words of another no longer takes the number from it (issue #12, figures bound to the
 * right fact that earned no verdict). When the other's own words name the measure — a word of part or direction
 * beside the two that only the other says ("average" of "average remittance" beside "remittances to Mexico"), or
 * words the nearer cue reached over ("remittances … reached" over "remittances leaving Mexico") — the other cue
 * binds. Before, the nearer, generic cue won, and the number was dropped as "a direction word" or checked against
 * a series that does not hold its year. Sentences written for the test.
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

/** Each sentence, its language and the series its number binds to (and is Accurate against). */
const cases: [string, string, Lang, string][] = [
  ['a word of part beside two cues goes to the cue that says it', 'In 2025 the average remittance sent to Mexico came to roughly $397.', 'en', 'average-remittance'],
  ['a word of part beside two cues goes to the cue that says it', 'En 2025 la remesa promedio enviada a México fue de unos 397 dólares.', 'es', 'average-remittance'],
  ['words a nearer cue reached over are the other cue’s', 'Remittances leaving Mexico for other countries reached $1.18 billion in 2025.', 'en', 'remittances-sent-from-mexico'],
  ['words a nearer cue reached over are the other cue’s', 'En 2025, las remesas enviadas desde México hacia otros países sumaron 1,183 millones de dólares.', 'es', 'remittances-sent-from-mexico'],
];

describe('a nearer cue said over the words of another', () => {
  it.each(cases)('%s (%s)', (_, text, lang, key) => {
    expect(bound(text, lang)).toEqual([key]);
    expect(rating(text)).toBe('accurate');
  });

  it('leaves a cue said around the number as it was', () => {
    // "Remittances … first half" around the number stays the half-year series' (a part of a year, so no yearly total).
    expect(bound('Remittances to Mexico reached $61.8 billion in the first half of 2025.', 'en')).not.toContain('remittances-sent-from-mexico');
    expect(rating('Remittances to Mexico reached $61.8 billion in the first half of 2025.')).not.toBe('accurate');
  });
});
