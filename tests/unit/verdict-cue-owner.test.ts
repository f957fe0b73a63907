/**
 * A share of "its exports" is Mexico's only when Mexico is said: the cues "of its exports to the U.S." and "de sus
 * exportaciones a Estados Unidos" of Mexico's share of exports sold to the U.S. (83%) left the owner unsaid, so
 * "Canada sends 75% of its exports to the U.S." was bound to Mexico's share and contradicted, and "México compra el 16%
 * de las exportaciones de Estados Unidos" (U.S. exports, the "a" of the cue being one a sentence need not say) too.
 * The cues now name Mexico as the one that sends. On the bundled facts; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { VERDICT_WORDS } from '../../engine/knowledge';
import { seriesEntries } from '../../engine/measure-cues';
import { MeasureIndex } from '../../engine/measures';
import { readQuantities } from '../../engine/numbers';
import type { Lang } from '../../engine/schema';
import { loadData } from '../../scripts/lib/data-files';

const measures = new MeasureIndex(seriesEntries(loadData().facts, VERDICT_WORDS), VERDICT_WORDS);
const share = (text: string, lang: Lang) =>
  measures
    .bind(text, lang, readQuantities(text, lang), () => true)
    .map((b) => b.entry.series.key)
    .filter((k) => k === 'mexico-exports-share-to-us');

describe('a share of its exports', () => {
  it('is Mexico’s only when Mexico sends them, in English', () => {
    expect(share('Mexico sends 83% of its exports to the U.S.', 'en')).toEqual(['mexico-exports-share-to-us']);
    expect(share('Canada sends 75% of its exports to the U.S.', 'en')).toEqual([]);
  });

  it('is Mexico’s only when Mexico sends them, in Spanish', () => {
    expect(share('México envía el 83% de sus exportaciones a Estados Unidos.', 'es')).toEqual(['mexico-exports-share-to-us']);
    expect(share('México destina cerca del 83% de sus exportaciones a Estados Unidos.', 'es')).toEqual(['mexico-exports-share-to-us']);
    expect(share('Canadá envía el 75% de sus exportaciones a Estados Unidos.', 'es')).toEqual([]);
    expect(share('México compra el 16% de las exportaciones de Estados Unidos.', 'es')).toEqual([]);
  });
});
