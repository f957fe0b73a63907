/**
 * A country and a verb of hosting are no measure by themselves: "Mexico will host" named the World Cup matches
 * played in Mexico, and met "Mexico hosts about 1.2 million Americans" (the Americans living there) as well. The
 * cues of the matches each country hosts now say the matches ("Mexico will host matches", "México albergará
 * partidos"). On the bundled facts; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { VERDICT_WORDS } from '../../engine/knowledge';
import { seriesEntries } from '../../engine/measure-cues';
import { MeasureIndex } from '../../engine/measures';
import { readQuantities } from '../../engine/numbers';
import type { Lang } from '../../engine/schema';
import { loadData } from '../../scripts/lib/data-files';

const measures = new MeasureIndex(seriesEntries(loadData().facts, VERDICT_WORDS), VERDICT_WORDS);
const bound = (text: string, lang: Lang) => measures.bind(text, lang, readQuantities(text, lang), () => true).map((b) => b.entry.series.key);
const MATCHES = /^world-cup-2026-matches-in-/;

describe('a country that hosts', () => {
  it('hosts matches only when the matches are said, in English', () => {
    expect(bound('Mexico will host 13 matches.', 'en')).toEqual(['world-cup-2026-matches-in-mexico']);
    expect(bound('The U.S. hosted 78 matches.', 'en')).toEqual(['world-cup-2026-matches-in-us']);
    expect(bound('Mexico hosts about 1.2 million Americans.', 'en').filter((k) => MATCHES.test(k))).toEqual([]);
    expect(bound('Canada hosted 10,000 refugees last year.', 'en').filter((k) => MATCHES.test(k))).toEqual([]);
  });

  it('hosts matches only when the matches are said, in Spanish', () => {
    expect(bound('México albergará 13 partidos.', 'es')).toEqual(['world-cup-2026-matches-in-mexico']);
    expect(bound('Estados Unidos albergó 78 partidos.', 'es')).toEqual(['world-cup-2026-matches-in-us']);
    expect(bound('México alberga a unos 1.2 millones de estadounidenses.', 'es').filter((k) => MATCHES.test(k))).toEqual([]);
    expect(bound('Canadá albergó a 10 mil refugiados el año pasado.', 'es').filter((k) => MATCHES.test(k))).toEqual([]);
  });
});
