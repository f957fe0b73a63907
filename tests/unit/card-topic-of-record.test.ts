/**
 * A card's topic is the topic of the record that rated it: a number bound to another topic's series ("trades more with
 * Mexico than with any other nation", read by the trade-volume words, rated on the trading-partner rank) names its card by
 * the rank's topic, not by the words that found it, so the card's heading and its fact tell one story. Read on every typical
 * claim of the bundled facts, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { loadData } from '../../scripts/lib/data-files';
import { bundled } from './helpers/bundled';

const bundledFacts = loadData().facts;

describe("a rated card's topic", () => {
  it("is its record's topic on every typical claim of the fact base", () => {
    const topicOf = new Map(bundledFacts.map((f) => [f.id, f.topic]));
    const claims = bundledFacts.flatMap((f) => f.claims ?? []);
    const rated = claims.map((c) => bundled.classify(c.text, c.lang)).filter((f) => f?.checkworthy && f.rating !== 'context');
    expect(rated.length).toBeGreaterThan(claims.length / 2);
    expect(rated.filter((f) => f!.topic !== topicOf.get(f!.factId)).map((f) => `${f!.text} → ${f!.topic} / ${f!.factId}`)).toEqual([]);
  });
});
