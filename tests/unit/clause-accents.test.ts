/**
 * A clause pattern written in plain letters meets a word written with its accent: "exports to México" in English text read
 * as another topic's sentence, as the trade clauses spell the country "mexico", and lost its verdict.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import { loadData } from '../../scripts/lib/data-files';

describe('clause patterns and accents', () => {
  const engine = createEngine(loadData().facts);
  it('reads "México" in English text as "Mexico"', () => {
    for (const said of ['U.S. exports to Mexico climbed 30% in 2025.', 'U.S. goods imports from Mexico grew 30% in 2025.']) {
      const plain = engine.classify(said, 'en');
      const accented = engine.classify(said.replace('Mexico', 'México'), 'en');
      expect(plain?.rating).toBe('false');
      expect([accented?.factId, accented?.rating]).toEqual([plain?.factId, plain?.rating]);
    }
  });
});
