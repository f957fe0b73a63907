/**
 * A wrong verdict found auditing real text (issue #12): "las tres sedes mexicanas, en las que se jugarán un total de 13
 * partidos" was bound to the tournament's 104 matches by the cue "total de partidos" and shown False, though Mexico's
 * venues did host 13. One country named before the number in its clause (by its name or its people's word), where the
 * measure has a series of that country's part, says that part: a cue of the whole does not name the measure then.
 * Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { shownRating as rating } from './helpers/bundled';

describe('a country’s part of a whole said with the whole’s cue', () => {
  it('is not the whole, in English', () => {
    expect(rating('The three Mexican host stadiums will stage a total of 13 matches at the 2026 World Cup.')).not.toBe('false');
    expect(rating('The 2026 World Cup will have 104 matches in total.')).toBe('accurate');
  });

  it('is not the whole, in Spanish', () => {
    expect(rating('Los tres estadios mexicanos recibirán un total de 13 partidos del Mundial 2026.')).not.toBe('false');
    expect(rating('El Mundial 2026 tendrá 104 partidos en total.')).toBe('accurate');
  });
});
