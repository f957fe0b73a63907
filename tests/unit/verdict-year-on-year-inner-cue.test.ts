/**
 * A change said with its year and no level beside it is the change of the level its cue names. A level's cue said only
 * inside another level's longer cue is part of that cue's words, no level of its own: "the U.S. trade deficit with Mexico"
 * holds "trade … with Mexico", two-way trade's cue, yet the change is the deficit's. Both were read as levels, the change
 * was left in doubt and the card showed another fact (Mexico's share of the U.S. deficit); now the deficit's record judges it.
 * So with "remittances to Michoacán", which holds the national total's "remittances".
 * Sentences written for the test; the checks run on the bundled facts (from 2024 to 2025 the deficit grew 14.6%,
 * remittances to Michoacán fell 4.5%).
 */
import { describe, expect, it } from 'vitest';
import { bundled as engine } from './helpers/bundled';

const card = (text: string) => {
  const f = engine.classify(text);
  return f ? { factId: f.factId, rating: f.rating } : null;
};
const deficit = 'trade-volume-us-goods-deficit-with-mexico';
const states = 'remittances-top-states';

describe('a change whose level’s cue holds another level’s', () => {
  it('is the longer cue’s change, in English', () => {
    expect(card('The U.S. trade deficit with Mexico rose 14.6% in 2025.')).toEqual({ factId: deficit, rating: 'accurate' });
    expect(card('The U.S. trade deficit with Mexico rose 30% in 2025.')).toEqual({ factId: deficit, rating: 'false' });
    expect(card('Remittances to Michoacán fell 4.5% in 2025.')).toEqual({ factId: states, rating: 'accurate' });
  });

  it('is the longer cue’s change, in Spanish', () => {
    expect(card('Las remesas a Michoacán cayeron 4.5% en 2025.')).toEqual({ factId: states, rating: 'accurate' });
    expect(card('Las remesas a Michoacán cayeron 20% en 2025.')).toEqual({ factId: states, rating: 'false' });
  });

  it('still leaves two levels said apart in doubt', () => expect(card('Trade with Mexico and the deficit with Mexico both rose 10% in 2025.')?.rating).toBe('context'));
});
