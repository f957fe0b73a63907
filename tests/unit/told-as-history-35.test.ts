/**
 * Wrong-verdict classes found with blind probes in session 35, in sentences written for this test blind to the corpus.
 * A share verb in the past ("made up", "accounted for", "representaban") tells history like "was" does: a claim the record
 * calls outdated was right for that earlier time, so a sentence that tells it of an earlier year is not that claim.
 */
import { describeWordings, type Table } from './helpers/wording-tables';

const RATED: Table = {
  en: [['Mexicans make up 90% of illegal border crossers.', 'false']],
  es: [['Los mexicanos siguen siendo nueve de cada diez migrantes detenidos en la frontera.', 'false']],
};

const NEVER: Table = {
  en: [],
  es: [],
};

const OPEN: Table = {
  en: [
    ['In fiscal 2003, Mexicans made up 90% of irregular border crossers.', 'false'],
    ['In fiscal 2003, Mexicans accounted for 90% of the migrants caught crossing the border illegally.', 'false'],
  ],
  es: [['En 2003, los mexicanos representaban el 90% de los migrantes detenidos en la frontera.', 'false']],
};

describeWordings('history told with a past share verb (session 35)', { rated: RATED, never: NEVER, open: OPEN }, 'an earlier time');
