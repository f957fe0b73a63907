/**
 * Dated events of the record in wordings written for this test blind to the corpus (session 34): the reinstatement of
 * "Remain in Mexico" ("Quédate en México") in January 2025, now a dated series of its fact. NEVER holds what must not get
 * the reinstatement's verdict: the program's start in 2019 is another event.
 */
import { describeWordings, type Table } from './helpers/wording-tables';

const RATED: Table = {
  en: [
    ['Remain in Mexico was reinstated in January 2025.', 'accurate'],
    ['Trump reinstated Remain in Mexico in 2025.', 'accurate'],
    ['Remain in Mexico was reinstated in 2023.', 'false'],
  ],
  es: [
    ['El programa Quédate en México se reactivó en enero de 2025.', 'accurate'],
    ['Trump reactivó Quédate en México en 2023.', 'false'],
  ],
};

const NEVER: Table = {
  en: [['Remain in Mexico began in 2019.', 'false']],
  es: [['Quédate en México comenzó en 2019.', 'false']],
};

const OPEN: Table = {
  en: [['Remain in Mexico was first launched in January 2019.', 'false']],
  es: [['El programa Quédate en México arrancó en enero de 2019.', 'false']],
};

describeWordings('the reinstatement of Remain in Mexico, a dated event (session 34)', { rated: RATED, never: NEVER, open: OPEN }, 'the program started');
