/**
 * A comparison's words inside an event's name ("del mundo" in "la Copa del Mundo", the packs' `yearNames`) are the name, not a
 * comparison the figures leave unsettled (issue #12): "México será sede de 13 partidos de la Copa del Mundo" had no verdict,
 * though its English counterpart ("of the World Cup", no comparison's words) was Accurate. A comparison said outside the
 * name ("…, más que cualquier otro país del mundo") is still a claim of its own. Sentences written for the test; the checks
 * run on the bundled facts.
 */
import { describe, it } from 'vitest';
import { expectRatings } from './helpers/bundled';

describe('a comparison’s words inside an event’s name', () => {
  it('are no comparison, in either language', () =>
    expectRatings([
      ['México será sede de 13 partidos de la Copa del Mundo.', 'accurate'],
      ['Mexico will host 13 matches of the World Cup.', 'accurate'],
      ['México será sede de 20 partidos de la Copa del Mundo.', 'false'],
    ]));

  it('leave a comparison said outside the name a claim of its own', () =>
    expectRatings([
      ['México será sede de 13 partidos de la Copa del Mundo, más que cualquier otro país del mundo.', 'context'],
      ['Mexico will host 13 matches of the World Cup, more than any other country in the world.', 'context'],
    ]));
});
