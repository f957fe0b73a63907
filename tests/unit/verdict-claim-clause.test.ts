/**
 * A typical claim is weighed against the clauses that say it: those that say most of its words, then any that says a word
 * of it they leave unsaid. Before, every clause that shared a word with the claim counted, so a sentence that says the
 * claim's verb again in another clause, of another subject ("Mexico never paid for the wall, the Americans paid for it",
 * "el muro nunca lo pagó México, lo pagaron los estadounidenses"), read the other subject's country into the claim's order
 * and met no claim. A clause said again still counts where it bears a negation, "alone" or "every", which the whole sentence
 * is read for ("Mexico paid for the wall, but the U.S. never paid for it" denies nothing of Mexico); so do clauses that say
 * as many of the claim's words as each other, and a clause that says a word of the claim no other does.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../engine/schema';
import { claimFact, ratingsOn } from './helpers/sample-facts';

const FACTS: Fact[] = [
  claimFact('wall-funding', 'border-security', { en: ['wall', 'paid'], es: ['muro', 'pagó'] }, [
    { text: 'Mexico never paid for the border wall', lang: 'en', rating: 'accurate' },
    { text: 'Mexico did not pay for the border wall', lang: 'en', rating: 'accurate' },
    { text: 'Mexico paid for the border wall', lang: 'en', rating: 'false' },
    { text: 'México nunca pagó el muro fronterizo', lang: 'es', rating: 'accurate' },
    { text: 'México no pagó el muro fronterizo', lang: 'es', rating: 'accurate' },
    { text: 'México pagó el muro fronterizo', lang: 'es', rating: 'false' },
  ]),
];
const verdict = ratingsOn(FACTS);

describe('a claim’s word said again in a clause of its own', () => {
  it('leaves the claim met by the clause that says it', () => {
    expect(verdict('Mexico never paid for the border wall; in the end the American taxpayers paid for it.')?.rating).toBe('accurate');
    expect(verdict('México nunca pagó el muro fronterizo, al final lo pagaron los contribuyentes estadounidenses.')?.rating).toBe('accurate');
  });

  it('but a clause that says it again with a negation is still read', () => {
    expect(verdict('Mexico paid for the border wall, but the United States never paid for it.')?.rating ?? 'none').not.toBe('accurate');
    expect(verdict('México pagó el muro fronterizo, pero Estados Unidos nunca lo pagó.')?.rating ?? 'none').not.toBe('accurate');
  });

  it('and a claim said of the other country in the clause that says it is still not met', () => {
    expect(verdict('The United States never paid for the border wall, Mexico paid for it.')?.rating ?? 'none').not.toBe('accurate');
    expect(verdict('Estados Unidos nunca pagó el muro fronterizo, lo pagó México.')?.rating ?? 'none').not.toBe('accurate');
  });
});
