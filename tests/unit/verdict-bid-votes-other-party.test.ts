/**
 * The votes of the losing bid are not the winner's: "Morocco won 134 votes in the 2026 World Cup vote" met the joint
 * bid's count ("won the vote") and was shown Accurate. Morocco's 65 votes are their own series, whose cues name
 * Morocco. Run on the bundled facts; the sentences are written for the test.
 */
import { describe, expect, it } from 'vitest';
import { bundled as engine } from './helpers/bundled';

const rating = (text: string) => engine.classify(text)?.rating ?? null;

describe("the losing bid's votes", () => {
  it.each([
    ['Morocco won 134 votes in the 2026 World Cup vote.', 'false'],
    ['Marruecos obtuvo 134 votos en la votación del Mundial 2026.', 'false'],
    ['Morocco won 65 votes in the 2026 World Cup vote.', 'accurate'],
  ])('are judged against its own count: %s', (text, expected) => {
    expect(rating(text)).toBe(expected);
  });
});
