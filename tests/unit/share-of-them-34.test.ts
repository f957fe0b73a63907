/**
 * A share said of the count before it by a pronoun (session 34), in sentences written for this test blind to the corpus:
 * "12 million Mexicans live abroad, 97% of them in the United States", "96.6% of it along the southwest border", "97% de
 * ellos en Estados Unidos" (the packs' `shareOfThem`). The share is of what the count's words name, as one said after
 * "Of the 105,000 guns traced, …" already was; alone, its own words named no measure.
 */
import { describeWordings, type Table } from './helpers/wording-tables';

const RATED: Table = {
  en: [
    ["About 12 million Mexicans live abroad, 97% of them in the United States, according to Mexico's Institute for Mexicans Abroad.", 'accurate'],
    ['In fiscal 2024, CBP seized 21,889 pounds of fentanyl, 96.6% of it along the southwest border.', 'accurate'],
    ['About 12 million Mexicans live abroad, 50% of them in the United States.', 'false'],
  ],
  es: [
    ['Según el IME, unos 12 millones de mexicanos viven en el exterior, 97% de ellos en Estados Unidos.', 'accurate'],
    ['Según el IME, unos 12 millones de mexicanos viven en el exterior, 60% de ellos en Estados Unidos.', 'false'],
  ],
};

const NEVER: Table = {
  en: [['About 12 million Mexicans live abroad. Of those in Canada, 97% are workers.', 'false']],
  es: [['Unos 12 millones de mexicanos viven en el exterior; en Canadá, 97% de ellos trabaja en el campo.', 'false']],
};

const OPEN: Table = {
  en: [['CBP seized 21,889 pounds of fentanyl in fiscal 2024, of which 96.6% was caught at the Mexican border.', 'false']],
  es: [['Durante el año fiscal 2024, la CBP decomisó 21,889 libras de fentanilo, de las cuales 96.6% se aseguraron en la frontera con México.', 'false']],
};

describeWordings('a share said of the count before it by a pronoun (session 34)', { rated: RATED, never: NEVER, open: OPEN }, 'a share of another whole');
