/**
 * A record said since a year ("the fewest since 1970", "las menos desde 1970") starts the record's span there: that year is
 * no time of the level said beside it. With the level's own year said in another clause ("In fiscal 2025, …"), the number
 * was bound to 1970 and a true count shown false against that year's record; it is now judged at its own time, and the
 * record over the years since 1970. Spanish says "the fewest since" as "las menos desde" / "la menor cifra desde".
 * Sentences written for the test; the checks run on the bundled facts (237,538 Border Patrol apprehensions in fiscal 2025,
 * 201,780 in fiscal 1970).
 */
import { describe, it } from 'vitest';
import { expectRatings } from './helpers/bundled';

const CASES: [sentence: string, rating: string][] = [
  ['In fiscal 2025, apprehensions at the border fell to 237,538, the fewest since 1970.', 'accurate'],
  ['In fiscal 2025, apprehensions at the border fell to 201,780, the fewest since 1970.', 'false'],
  ['En el año fiscal 2025, las aprehensiones en la frontera cayeron a 237,538, las menos desde 1970.', 'accurate'],
  ['En el año fiscal 2025, las aprehensiones en la frontera cayeron a 237,538, su menor cifra desde 1970.', 'accurate'],
  ['En el año fiscal 2025, las aprehensiones en la frontera cayeron a 201,780, la cifra más baja desde 1970.', 'false'],
];

describe('a year a record is said since', () => {
  it('is no time of the level beside it, in either language', () => expectRatings(CASES));
});
