/**
 * A level said as the end of a change, with the earlier year it is counted from (session 34), in sentences written for this
 * test blind to the corpus. The way of the change is judged from the earlier years the number's clause names, where the
 * record holds them, and from the year before only when it names none: "dropped to 33,550 in 2024 from 36,685 in 2018" is
 * borne out by 2018's 36,685 though 2023's 32,252 was lower, and "rose to 33,550 in 2024 from 2018" was Accurate by the
 * rise from 2023 alone. A change said with no year ("fell 4.6% last year", "cayeron 4.6% el año pasado") is the newest year's,
 * as a level said so is, and is bound only where that year's change bears it out: it may have been said of an earlier year.
 * A level said against another year's ("well below the 1.5% of 2024", "muy por debajo del 1.5% de 2024": the packs'
 * `baseline`) is that year's, as one "up from" or "frente a" it was.
 */
import { describeWordings, type Table } from './helpers/wording-tables';

const RATED: Table = {
  en: [
    ['Homicides in Mexico dropped to 33,550 in 2024 from 36,685 in 2018.', 'accurate'],
    ['Homicides in Mexico rose to 33,550 in 2024 from 32,252 in 2023.', 'accurate'],
    ['Remittances to Mexico fell 4.6% last year to $61.79 billion.', 'accurate'],
    ['U.S.-Mexico trade grew 3.9% last year.', 'accurate'],
    ["Mexico's GDP grew 0.6% in 2025, well below the 1.5% of 2024.", 'accurate'],
    ["Mexico's GDP grew 0.6% in 2025, well below the 2.5% of 2024.", 'false'],
  ],
  es: [
    ['Los homicidios dolosos en México bajaron a 33,550 en 2024, frente a 36,685 en 2018.', 'accurate'],
    ['Las remesas a México cayeron 4.6% el año pasado.', 'accurate'],
    ['El PIB de México creció 0.6% en 2025, muy por debajo del 1.5% de 2024.', 'accurate'],
  ],
};

const NEVER: Table = {
  en: [
    ['Homicides in Mexico rose to 33,550 in 2024 from 2018.', 'accurate'],
    ['Homicides in Mexico rose to 33,550 in 2024, the most since 2018.', 'accurate'],
    ['Homicides in Mexico dropped to 33,550 in 2024.', 'accurate'],
    ['Remittances to Mexico rose to $61.8 billion in 2025.', 'accurate'],
    ['Remittances to Mexico rose 4.6% last year.', 'accurate'],
    ['Remittances to Mexico fell 10% last year.', 'accurate'],
  ],
  es: [
    ['Los homicidios en México subieron a 33,550 en 2024 desde 2018.', 'accurate'],
    ['Los homicidios dolosos en México subieron a 33,550 en 2024 desde 2018.', 'accurate'],
    ['Las remesas a México subieron a 61,791 millones de dólares en 2025.', 'accurate'],
    ['Las remesas a México subieron 4.6% el año pasado.', 'accurate'],
  ],
};

const OPEN: Table = {
  en: [
    ['Remittances to Mexico rose to $61.8 billion in 2025 from $40.6 billion in 2020.', 'false'],
    // A mark or a forecast a level is said to pass is no record of another year.
    ['The U.S. goods deficit with Mexico reached $196.9 billion in 2025, well above the $150 billion analysts had expected.', 'false'],
    ['Trade with Mexico hit $872.8 billion in 2025, well above the $800 billion mark.', 'false'],
  ],
  es: [['Los homicidios en México bajaron a 33,550 en 2024 desde los 36,685 de 2018.', 'false']],
};

describeWordings('a change counted from a year the clause names (session 34)', { rated: RATED, never: NEVER, open: OPEN }, 'a change the record turns round');
