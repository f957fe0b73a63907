/**
 * A dated event said done with no year (eventDone) is borne out only where it happened by the record's own date: a record
 * dated to the day ("2026-01-01") in the month its fact was last checked ("2026-01") had happened, though it sorts after
 * it as text, so "The remittance tax took effect on January 1" earned no verdict. Said in the perfect ("has taken effect",
 * "has not yet taken effect"), the entry into force is the one the cue says (the packs' cueClasses), and a participle of
 * the cue's own verb ("ha entrado" of "entró en vigor") says no other thing done (undated-events.ts, cueVerb). Run on the
 * bundled facts; the sentences are written for the tests.
 */
import { describe, it } from 'vitest';
import { expectRatings } from './helpers/bundled';

describe('a dated event said done, checked to the record’s own precision', () => {
  it('is borne out on a day of the month its fact was checked', () => {
    expectRatings([
      ['The remittance tax took effect on January 1.', 'accurate'],
      ['El impuesto a las remesas entró en vigor el 1 de enero.', 'accurate'],
      ['The remittance tax took effect on February 1.', 'context'],
      ['El impuesto a las remesas entró en vigor el 1 de febrero.', 'context'],
    ]);
  });

  it('reads the perfect of an entry into force', () => {
    expectRatings([
      ['The remittance tax has not yet taken effect.', 'outdated'],
      ['El impuesto a las remesas todavía no entra en vigor.', 'outdated'],
      ['The USMCA has taken effect.', 'accurate'],
      ['El T-MEC ha entrado en vigor.', 'accurate'],
      ['The remittance tax has gone into effect.', 'accurate'],
      ['El impuesto a las remesas ha entrado en vigor.', 'accurate'],
      ['El impuesto a las remesas ha entrado en vigor y ha afectado a los migrantes.', 'context'],
    ]);
  });
});
