/**
 * A flow said with no time of its own ("Mexico graduates 71,300 engineers a year") speaks of now. A record last
 * checked long before the fact base's newest (the engineers: 2012) cannot say what the flow is now, right or wrong:
 * such a sentence gets no verdict, and one said with its own year is judged as before. Run on the bundled facts;
 * the sentences are written for the test.
 */
import { describe, expect, it } from 'vitest';
import { shownRating as rating } from './helpers/bundled';

describe('a flow said of now against a record long past', () => {
  it.each(['México gradúa 71,300 ingenieros al año.', 'Mexico graduates about 110,000 engineers a year.', "Mexico's only gun store sells about 38 guns a day."])('gets no verdict: %s', (text) =>
    expect(rating(text)).toBe('context'),
  );

  it('is judged when said with its own year, and a flow of a record checked lately is judged as before', () => {
    expect(rating('In 2012, Mexico graduated 71,300 engineers.')).toBe('accurate');
    expect(rating('Remittances to Mexico totaled $61.8 billion.')).toBe('accurate');
  });
});
