/**
 * A set phrase whose negation word denies nothing ("sin embargo", "no obstante", "without a doubt") leaves a number its
 * cue: detection binds the sentence's numbers as the verdict step reads them, set phrases blanked. Before, "Sin embargo,
 * la pobreza en Chiapas llegó a 66% en 2024" found no claim at all: the number read as negated bound no series.
 */
import { describe, it } from 'vitest';
import { expectRatings } from './helpers/bundled';

describe('a set phrase with a negation word before a figure claim', () => {
  it('leaves the claim found and judged, in both languages', () => {
    expectRatings([
      ['Sin embargo, la pobreza en Chiapas llegó a 66% en 2024.', 'accurate'],
      ['No obstante, México produjo 3,989,403 vehículos ligeros en 2024.', 'accurate'],
      ['Without a doubt, poverty in Chiapas reached 66% in 2024.', 'accurate'],
    ]);
  });
});
