/**
 * A typical claim told in the present is met by a sentence told in the present (issue #12): its word for now
 * ("now", "hoy", "actualmente": the packs' `now`) need not be said, a hedge both say ("most", "la mayor parte":
 * the numbers' signature, which must agree anyway) counts as a word they share, and a verb of provenance is
 * read in any of its words ("comes", "originates"; "viene", "proviene", "sale": the packs' cue classes).
 * Before, "Most of the fentanyl in the U.S. comes from Mexico" met no claim: "now" was unsaid, and only two
 * of the claim's words were left to share. A sentence with the other hedge or another provenance still does
 * not meet it. Synthetic facts; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { claimFact, ratingsOn } from './helpers/sample-facts';

const rating = ratingsOn([
  claimFact('source', 'drugs-fentanyl', { en: ['fentanyl'], es: ['fentanilo'] }, [
    { text: 'Most of the fentanyl in the US comes from Mexico now', lang: 'en', rating: 'accurate' },
    { text: 'Hoy la mayor parte del fentanilo que llega a Estados Unidos sale de México', lang: 'es', rating: 'accurate' },
  ]),
]);

describe('a typical claim told in the present', () => {
  it('is met without its word for now, with its hedge and in other words of provenance, in English', () => {
    expect(rating('Most of the fentanyl in the U.S. comes from Mexico.')?.rating).toBe('accurate');
    expect(rating('Some of the fentanyl in the U.S. comes from Mexico.')?.rating).not.toBe('accurate');
    expect(rating('Most of the fentanyl in the U.S. goes to Mexico.')?.rating).not.toBe('accurate');
  });

  it('is met without its word for now, with its hedge and in other words of provenance, in Spanish', () => {
    expect(rating('La mayor parte del fentanilo que llega a Estados Unidos viene de México.')?.rating).toBe('accurate');
    expect(rating('La mayor parte del fentanilo que llega a Estados Unidos proviene de México.')?.rating).toBe('accurate');
    expect(rating('Una parte del fentanilo que llega a Estados Unidos viene de México.')?.rating).not.toBe('accurate');
  });
});
