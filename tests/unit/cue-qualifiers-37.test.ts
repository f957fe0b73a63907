/**
 * A cue that reaches over a word naming a narrower measure (session 37): "inmigrantes mexicanos [indocumentados] en EU" met
 * the cue "inmigrantes mexicanos en Estados Unidos" of all Mexican-born residents, nearer the number than "inmigrantes
 * mexicanos indocumentados", so the unauthorized count was judged against every immigrant and shown False; so did
 * "[Unauthorized] Mexican immigrants in the U.S.", the word said before the cue (engine/narrower-cues.ts). Sentences
 * written for this test, blind to the corpus.
 */
import { describeWordings, type Table } from './helpers/wording-tables';

const RATED: Table = {
  en: [
    ['Mexican unauthorized immigrants in the U.S. numbered about 5 million in 2022.', 'accurate'],
    ['Undocumented Mexicans in the United States numbered 7.7 million in 2007.', 'accurate'],
  ],
  es: [['La población de inmigrantes mexicanos indocumentados en EU llegó a su máximo de unos 7.7 millones en 2007.', 'accurate']],
};

// The unauthorized count of another estimate (Pew's 6.9 million for 2007, MPI's 7.7 million) is no wrong figure of all immigrants.
const NEVER: Table = {
  en: [['Unauthorized Mexican immigrants in the U.S. peaked at about 6.9 million in 2007.', 'false']],
  es: [
    ['La población de inmigrantes mexicanos indocumentados en EU llegó a su máximo de unos 6.9 millones en 2007.', 'false'],
    ['La cifra de inmigrantes mexicanos indocumentados en EU bajó a 4.1 millones en 2022.', 'false'],
  ],
};

// What must not move: a qualifier no other cue of the same way names ("agricultural exports" counts them to the world, not to
// the U.S.), a verb or the number inside a cue's reach, and an event said with more words of its thing.
const OPEN: Table = {
  en: [
    ["Mexico's agricultural exports to the U.S. reached $50 billion in 2024.", 'accurate'],
    ['Remittances to Mexico reached $61.8 billion in the first half of 2025.', 'accurate'],
    ['A 1% federal tax on cash remittances took effect on January 1, 2027.', 'accurate'],
  ],
  es: [['Las exportaciones agrícolas de México a EU sumaron 50 mil millones de dólares en 2024.', 'accurate']],
};

describeWordings('a cue that reaches over a narrower measure’s word (session 37)', { rated: RATED, never: NEVER, open: OPEN }, 'another estimate');

// A mode of travel is a part of every trip ("cruise passengers", "cruceristas"; a word of several, "day-trippers", would make its "day" a part too): no wrong figure of all U.S. visitors (was False).
describeWordings(
  'a part of all trips said by its mode of travel (session 37)',
  {
    rated: { en: [['About 36 million U.S. citizens visited Mexico in 2023.', 'accurate']], es: [] },
    never: {
      en: [['Cruise passengers from the U.S. made 9 million visits to Mexico last year.', 'false']],
      es: [['Los cruceristas estadounidenses sumaron 9 millones de visitas a México el año pasado.', 'false']],
    },
    open: { en: [], es: [] },
  },
  'a mode of travel',
);

// The record counts people entering the U.S. only (BTS): "cross the border" with no way said may count both ways, so a daily
// count above the record's is never shown wrong (was False: "cerca de un millón" against 660,000 inbound).
describeWordings(
  'daily border crossings said with no way (session 37)',
  {
    rated: { en: [['Hundreds of thousands of people cross the U.S.-Mexico border legally every day.', 'accurate']], es: [] },
    never: {
      en: [['Nearly a million people cross the U.S.-Mexico border legally every day.', 'false']],
      es: [['Cada día cruzan la frontera cerca de un millón de personas de forma legal.', 'false']],
    },
    open: { en: [], es: [] },
  },
  'crossings both ways',
);
