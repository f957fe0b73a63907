/**
 * A typical claim the record calls outdated ("Net migration from Mexico is zero") was right for its time: a sentence that
 * tells it of a span of years that ended before the fact base's own time is history, not that claim (session 37). It was
 * Outdated. Sentences written for this test, blind to the corpus.
 */
import { describeWordings, type Table } from './helpers/wording-tables';

// Outdated reads as "false" in the eval: the claim said of today still gets it.
const RATED: Table = {
  en: [['Net migration from Mexico is zero.', 'false']],
  es: [['La migración neta de México a Estados Unidos ya es cero.', 'false']],
};

const NEVER: Table = {
  en: [
    ['Net migration from Mexico fell to zero or below between 2005 and 2010.', 'false'],
    ['From 2005 to 2010, net migration from Mexico to the U.S. was about zero.', 'false'],
  ],
  es: [['Entre 2005 y 2010 la migración neta de México a EU cayó a cero.', 'false']],
};

describeWordings('an outdated claim told of a past span of years (session 37)', { rated: RATED, never: NEVER, open: { en: [], es: [] } }, 'a span that ended');
