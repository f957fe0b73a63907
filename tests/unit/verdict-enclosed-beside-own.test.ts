/**
 * A sentence of one topic that states a number another topic's cue encloses (issue #12): "Estados Unidos es el
 * destino de más del 80 por ciento de las exportaciones mexicanas, y México se convirtió en 2023 en su principal
 * socio comercial" is about the trading-partner rank, and its share is enclosed by the cue of Mexico's exports to
 * the U.S. (trade volume). Before, a number of the sentence's own topic kept every other topic's series away, so
 * the share went unchecked and the sentence showed no verdict; now each is checked, the card named by the own
 * topic's fact when both hold. Sentences written for the test; the checks run on the bundled facts.
 */
import { describe, expect, it } from 'vitest';
import { bundled as engine } from './helpers/bundled';

const finding = (text: string) => {
  const f = engine.analyze(text)[0];
  return f ? { topic: f.topic, factId: f.factId, rating: f.rating, figures: f.figures?.map((c) => `${c.key}:${c.status}`) ?? [] } : null;
};

describe('a number another topic’s cue encloses, beside one of the sentence’s own topic', () => {
  it('is checked too, in Spanish', () => {
    expect(finding('Estados Unidos es el destino de más del 80 por ciento de las exportaciones mexicanas, y México se convirtió en 2023 en su principal socio comercial.')).toEqual({
      topic: 'trade-partner-rank',
      factId: 'trade-partner-rank-largest',
      rating: 'accurate',
      figures: ['mexico-exports-share-to-us:consistent', 'us-trade-partner-rank:consistent'],
    });
    expect(finding('Estados Unidos es el destino del 60 por ciento de las exportaciones mexicanas, y México se convirtió en 2023 en su principal socio comercial.')?.rating).toBe('false');
  });

  it('is checked too, in English', () => {
    // The false share names the card, by its own record's topic: a card's topic and its fact tell one story.
    expect(finding("The U.S. is the destination of 60% of Mexico's exports, and Mexico became the largest U.S. trading partner in 2023.")).toMatchObject({
      topic: 'trade-volume',
      factId: 'trade-volume-mexico-exports-to-us-share',
      rating: 'false',
      figures: ['mexico-exports-share-to-us:contradicted'],
    });
  });
});
