/**
 * Two readings that judged false claims Accurate (session 34), in sentences written for this test blind to the corpus.
 * A ruling's side: a dated event's cue may name the side a court found for or against ("sided with the gunmakers", "dio
 * la razón a los fabricantes de armas", "ruled against Mexico"); a sentence naming the other side there ("le dio la razón
 * a México", "ruled 9-0 in favor of Mexico") says the opposite event, whatever other words it shares with the cue. A state
 * said to hold now ("NAFTA is still in force", "El TLCAN sigue vigente") of a thing whose end the record holds as done is
 * no longer so; its start does not bear it out.
 */
import { describeWordings, type Table } from './helpers/wording-tables';

const RATED: Table = {
  en: [
    ['The Supreme Court sided with the gunmakers in 2025.', 'accurate'],
    ['The Supreme Court ruled against Mexico in 2025.', 'accurate'],
    ["The Supreme Court threw out Mexico's lawsuit against gunmakers in 2025.", 'accurate'],
    ['The Supreme Court ruled 9-0 against Mexico.', 'accurate'],
    ['NAFTA took effect in 1994.', 'accurate'],
    ['Minute 319 is still in force.', 'false'],
  ],
  es: [
    ['La Suprema Corte de EU le dio la razón a las armeras en 2025.', 'accurate'],
    ['La Suprema Corte falló contra México en 2025.', 'accurate'],
    ['La Suprema Corte desechó la demanda de México contra las armeras en 2025.', 'accurate'],
    ['El TLCAN entró en vigor en 1994.', 'accurate'],
  ],
};

const NEVER: Table = {
  en: [
    ['The Supreme Court ruled 9-0 in favor of Mexico.', 'accurate'],
    ['The Supreme Court sided with Mexico against the gunmakers in 2025.', 'accurate'],
    ['NAFTA is still in force.', 'accurate'],
    ['NAFTA remains in effect today.', 'accurate'],
  ],
  es: [
    ['La Suprema Corte de EU le dio la razón a México en su demanda contra las armeras en 2025.', 'accurate'],
    ['La Suprema Corte falló a favor de México y contra las armeras en 2025.', 'accurate'],
    ['El TLCAN sigue vigente.', 'accurate'],
    ['El TLCAN todavía está vigente.', 'accurate'],
    ['El TLCAN sigue en vigor.', 'accurate'],
  ],
};

const OPEN: Table = {
  en: [['The USMCA is still in force.', 'false']],
  es: [['El T-MEC sigue vigente.', 'false']],
};

describeWordings('the side a ruling favoured, and a state said to hold now (session 34)', { rated: RATED, never: NEVER, open: OPEN }, 'the other side, or a state ended');
