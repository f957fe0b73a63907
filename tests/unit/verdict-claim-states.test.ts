/**
 * A typical claim said of one state is not met by a sentence that says it of another: the matching leaves
 * a state's name out, as it does the countries' names, so "Arizona es el principal origen…" met "Texas es el
 * principal origen…". A claim's state (the packs' `parts`) left out for another one the sentence names meets
 * nothing. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { claimFact, ratingsOn } from './helpers/sample-facts';

const rating = ratingsOn([
  claimFact('guns', 'guns-trafficking', { en: ['gun shops'], es: ['armas rastreadas'] }, [
    { text: 'Texas es el principal origen de las armas rastreadas que llegan a México', lang: 'es', rating: 'accurate' },
    { text: 'Mexico sued Arizona gun shops over cartel weapons', lang: 'en', rating: 'accurate' },
  ]),
]);

describe("a claim's state", () => {
  it.each(['Arizona es el principal origen de las armas rastreadas que llegan a México.', 'Mexico sued Texas gun shops over cartel weapons.', 'Mexico sued Nevada gun shops over cartel weapons.'])(
    'is not met by a sentence that names another one: %s',
    (text) => expect(rating(text)?.rating).toBe('context'),
  );

  it('still meets the claim said of its own state', () => {
    expect(rating('Texas es el principal origen de las armas rastreadas que llegan a México.')?.rating).toBe('accurate');
    expect(rating('Mexico sued Arizona gun shops over cartel weapons.')?.rating).toBe('accurate');
  });
});
