/**
 * A number bound to the series of a candidate topic that detection scored under its bar (issue #12): "In 2023, a total of
 * 36.71 million Americans traveled to Mexico" reads as the diaspora by its "Americans … Mexico", and the visitors' record,
 * whose topic is scored too low to be a rival, is the only one that holds the number. Before, the card showed a related
 * fact with no verdict; now that topic names the card, but only where its record bears the number out. A number its record
 * denies leaves the chosen topic, with no verdict: a topic so weakly said is never shown to make a claim wrong. Spanish
 * readings of the same claim already choose the visitors' topic; they are held to the same card. Sentences written for the
 * test; the checks run on the bundled facts.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../../engine/engine';
import { bundled as engine } from './helpers/bundled';

const finding = (text: string) => {
  const f = engine.classify(text);
  return f ? { topic: f.topic, rating: f.rating } : null;
};
const pOf = (text: string, topic: string) => engine.candidates(text).find((c) => c.topic === topic)?.p ?? 0;
const VISITS = { topic: 'exchanges-diplomacy', rating: 'accurate' };

describe('a number settled by a topic scored under the bar', () => {
  it('names the card by that topic where its record bears the number out, in English', () => {
    for (const text of ['In 2023, a total of 36.71 million Americans traveled to Mexico.', 'In 2023, 36.71 million Americans made the trip to Mexico.']) {
      expect(pOf(text, 'exchanges-diplomacy'), text).toBeLessThan(DEFAULT_THRESHOLDS.suggest);
      expect(finding(text), text).toEqual(VISITS);
    }
  });

  it('gives the same card in Spanish', () => {
    for (const text of ['En 2023, un total de 36.71 millones de estadounidenses viajaron a México.', 'En 2023, los estadounidenses viajaron a México 36.7 millones de veces.'])
      expect(finding(text), text).toEqual(VISITS);
  });

  it('keeps the chosen topic, with no verdict, where that record denies the number', () => {
    const text = 'In 2023, 33.5 million Americans made the trip to Mexico.';
    expect(pOf(text, 'exchanges-diplomacy')).toBeLessThan(DEFAULT_THRESHOLDS.suggest);
    expect(finding(text)).toEqual({ topic: 'diaspora', rating: 'context' });
  });
});
