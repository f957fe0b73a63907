/**
 * A percentage said as a change ("jumped 20%") with a share's cue that a level's longer cue holds, said word by word, is the
 * level's change from the year before: "U.S. imports from Mexico jumped 20% in 2025" holds "of U.S. imports", Mexico's share
 * of all U.S. imports, inside "U.S. imports from Mexico". It was bound to the share as a change no record judges, and the
 * card showed the share's fact; the imports' record now judges it (they rose 5.7%). A share said to change with its own cue
 * alone stays a share's, unjudged.
 * Sentences written for the test; the checks run on the bundled facts ($505.9 billion in 2024, $534.9 billion in 2025).
 */
import { describe, expect, it } from 'vitest';
import { bundled as engine } from './helpers/bundled';

const card = (text: string) => {
  const f = engine.classify(text);
  return f ? { factId: f.factId, rating: f.rating } : null;
};
const imports = 'trade-volume-growth-since-nafta';

describe('a change said with a share’s cue inside a level’s', () => {
  it('is the level’s change', () =>
    expect([
      card('U.S. imports from Mexico jumped 20% in 2025.'),
      card('U.S. imports from Mexico climbed 5.7% in 2025.'),
      card('Las importaciones de Estados Unidos desde México crecieron 20% en 2025.'),
    ]).toEqual([
      { factId: imports, rating: 'false' },
      { factId: imports, rating: 'accurate' },
      { factId: imports, rating: 'false' },
    ]));

  it('leaves a share said to change with its own cue unjudged', () => expect(card("Mexico's share of U.S. imports rose 2% in 2025.")?.rating).toBe('context'));
});
