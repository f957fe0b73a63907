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

/**
 * A ruling said done in the record's words, read as a bag, with the side it favoured turned round ("le dio la razón a México
 * en su demanda contra las armeras"): the record's event went against that side, so the sentence is not that event.
 */
describeWordings(
  'a ruling said to favour the side its record went against (session 35)',
  {
    rated: {
      en: [['The Supreme Court sided with gun manufacturers against Mexico.', 'accurate']],
      es: [['La Suprema Corte de EU le dio la razón a las armeras en la demanda de México.', 'accurate']],
    },
    never: {
      en: [
        ['The Supreme Court sided with Mexico in its lawsuit against American gun manufacturers.', 'accurate'],
        ['The Supreme Court ruled in favor of Mexico in its lawsuit against U.S. gunmakers.', 'accurate'],
      ],
      es: [
        ['La Suprema Corte de Estados Unidos le dio la razón a México en su demanda contra las armeras.', 'accurate'],
        ['La Suprema Corte falló a favor de México en la demanda contra las armeras.', 'accurate'],
      ],
    },
    open: { en: [], es: [] },
  },
  'the other side',
);

/**
 * An award said done in the record's words, to a party its fact's accurate claims name only as the side it went against
 * ("…beat Morocco 134 votes to 65"): "The 2026 World Cup was awarded to Morocco" tells another event.
 */
describeWordings(
  'an award said of the side its record went against (session 35)',
  {
    rated: {
      en: [
        ['The 2026 World Cup was awarded to the United States, Mexico and Canada.', 'accurate'],
        ['FIFA awarded the 2026 World Cup to the United States, Mexico and Canada.', 'accurate'],
      ],
      es: [
        ['El Mundial 2026 fue otorgado a México, Estados Unidos y Canadá.', 'accurate'],
        ['La FIFA otorgó el Mundial 2026 a México, Estados Unidos y Canadá.', 'accurate'],
      ],
    },
    never: {
      en: [
        ['The 2026 World Cup was awarded to Morocco.', 'accurate'],
        ['FIFA awarded the 2026 World Cup to Morocco.', 'accurate'],
        ['Morocco won the right to host the 2026 World Cup.', 'accurate'],
        ['In 2018, FIFA awarded the 2026 World Cup to Morocco.', 'accurate'],
      ],
      es: [
        ['El Mundial 2026 se le otorgó a Marruecos.', 'accurate'],
        ['La FIFA otorgó el Mundial 2026 a Marruecos.', 'accurate'],
        ['Marruecos ganó la sede del Mundial 2026.', 'accurate'],
      ],
    },
    open: { en: [], es: [] },
  },
  'the losing side',
);

/**
 * A year said in a relative clause set between commas ("Remittances, which reached a record $64.7 billion in 2024, fell 4.6%
 * last year…") is the time of that clause's numbers only: the fall is not 2024's, nor a change of the level in the clause.
 */
describeWordings(
  'a year said in a relative clause between commas (session 35)',
  {
    rated: {
      en: [['Remittances reached a record $64.7 billion in 2024, up 2.3%.', 'accurate']],
      es: [['Las remesas alcanzaron un récord de 64,745 millones de dólares en 2024, un alza de 2.3%.', 'accurate']],
    },
    never: { en: [], es: [] },
    open: {
      en: [
        ['Remittances, which reached a record $64.7 billion in 2024, fell 4.6% last year to $61.8 billion as fewer migrants sent money home, Banxico said Monday.', 'false'],
        ['Remittances, which hit a record in 2024, fell 4.6% last year.', 'false'],
      ],
      es: [
        ['Las remesas, que en 2024 alcanzaron un récord de 64,745 millones de dólares, cayeron 4.6% el año pasado.', 'false'],
        ['Las remesas, que alcanzaron un récord en 2024, cayeron 4.6% el año pasado a 61,791 millones de dólares.', 'false'],
      ],
    },
  },
  'another clause',
);

/**
 * A change said right before "more than in" / "más que en" a year ("$64.7 billion in 2024, 2.3% more than in 2023") is a change
 * from that year: the change's own check settles it, and the year is no second comparison left open.
 */
describeWordings(
  'a change said as more or less than in a year (session 35)',
  {
    rated: {
      en: [
        ['Remittances reached a record $64.7 billion in 2024, 2.3% more than in 2023.', 'accurate'],
        ['Remittances to Mexico reached $64.7 billion in 2024, 12% more than in 2023.', 'false'],
        ['Remittances to Mexico reached $64.7 billion in 2024, 2.3% less than in 2023.', 'false'],
      ],
      es: [
        ['Las remesas alcanzaron 64,745 millones de dólares en 2024, 2.3% más que en 2023.', 'accurate'],
        ['Las remesas a México alcanzaron 64,745 millones de dólares en 2024, 2.3% menos que en 2023.', 'false'],
      ],
    },
    never: { en: [], es: [] },
    open: { en: [], es: [] },
  },
  'another year',
);

/**
 * A peak said in its own stretch between commas, with "now" said only of another number ("Mexican immigrants, who numbered
 * 12.8 million at their peak, now total about 10.9 million"), is told as past: the peak still stands, not an outdated figure.
 */
describeWordings(
  'a peak told beside a number said of now (session 35)',
  {
    rated: { en: [], es: [] },
    never: { en: [], es: [] },
    open: {
      en: [
        ['Mexican immigrants, who numbered 12.8 million at their peak, now total about 10.9 million.', 'false'],
        ['At their peak, Mexican immigrants numbered 12.8 million; now they total about 10.9 million.', 'false'],
        ['Mexican immigrants peaked at 12.8 million, and today number about 10.9 million.', 'false'],
      ],
      es: [['Los inmigrantes mexicanos, que llegaron a 12.8 millones en su punto máximo, hoy suman unos 10.9 millones.', 'false']],
    },
  },
  'now',
);

/**
 * Spanish "que" right after a comma opens a relative clause, not a baseline ("más que 2023"): ", que en 1993 sumaban 41.6 mil
 * millones" gives its number 1993, where it had been read as a year compared with and the number as today's (Outdated).
 */
describeWordings(
  "a relative clause opened by 'que' after a comma (session 35)",
  {
    rated: {
      en: [['U.S. exports to Mexico, which totaled $41.6 billion in 1993, reached $338 billion in 2025.', 'accurate']],
      es: [
        ['Las exportaciones de EU a México, que en 1993 sumaban 41.6 mil millones de dólares, alcanzaron 338 mil millones en 2025.', 'accurate'],
        ['El comercio bilateral, que en 2013 era de 507 mil millones de dólares, llegó a 872.8 mil millones en 2025.', 'accurate'],
        ['Las exportaciones de EU a México, que en 1993 sumaban 41.6 mil millones de dólares, alcanzaron 500 mil millones en 2025.', 'false'],
      ],
    },
    never: { en: [], es: [] },
    open: { en: [], es: [] },
  },
  'a baseline',
);

/** "versus $28 billion" was read as "US $28 billion" (the end of "versus" as the currency's prefix), cutting the pair apart. */
describeWordings(
  "two amounts set 'versus' each other (session 35)",
  {
    rated: {
      en: [['Remittances to Mexico are bigger than its oil exports, at about $65 billion versus $28 billion in 2024.', 'accurate']],
      es: [],
    },
    never: { en: [], es: [] },
    open: { en: [], es: [] },
  },
  'a pair',
);
