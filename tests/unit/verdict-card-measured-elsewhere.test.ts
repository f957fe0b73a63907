/**
 * The fact a card shows without a verdict (issue #12, "a card's fact must answer the claim"): where the sentence's own
 * words answer no fact of its topic and no series of the topic names its number, a series of another topic whose cue names
 * the number is what the claim is about. "About 12 million Mexicans live in extreme poverty, while millions more live in the
 * United States" reads as the diaspora's, yet its number is the extreme-poverty count's: the card showed a diaspora record
 * (Mexicans abroad), and now shows the poverty record, still with no verdict and as related only. The topic detection chose
 * stays, unless the record also holds the words that topic leaves unexplained: then it answers, under its own topic.
 * Sentences written for the test; the checks run on the bundled facts.
 */
import { describe, expect, it } from 'vitest';
import { bundled as engine } from './helpers/bundled';

const card = (text: string) => {
  const f = engine.classify(text);
  return f ? { topic: f.topic, factId: f.factId, rating: f.rating, answers: f.answers } : null;
};
/** Each sentence keeps the diaspora topic detection chose, and its card shows the fact given, related only. */
const shows = (factId: string, texts: string[]) => {
  for (const text of texts) expect(card(text)).toEqual({ topic: 'diaspora', factId, rating: 'context', answers: false });
};

describe('a related-only card on a number another topic’s series names', () => {
  it('shows that series’ fact, in English', () => {
    shows('exchanges-diplomacy-us-visitors-to-mexico', ['Around 30 million Americans traveled to Mexico last year.']);
    // Past "Mexicans" and "live in the United States", the diaspora's words, all the sentence says is the poverty record's.
    expect(card('About 12 million Mexicans live in extreme poverty, while millions more live in the United States.')).toEqual({
      topic: 'mexico-economy',
      factId: 'mexico-economy-extreme-poverty',
      rating: 'context',
      answers: true,
    });
  });

  it('shows that series’ fact, in Spanish', () =>
    shows('mexico-economy-extreme-poverty', ['Cerca de 12 millones de mexicanos viven en pobreza extrema, mientras millones más viven en Estados Unidos.']));

  it('keeps a fact of the topic whose series names the number', () =>
    expect(card('Alrededor de 30 millones de estadounidenses viajaron a México el año pasado.')).toMatchObject({
      topic: 'exchanges-diplomacy',
      factId: 'exchanges-diplomacy-us-visitors-to-mexico',
    }));
});
