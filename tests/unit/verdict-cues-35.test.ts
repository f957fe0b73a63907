/**
 * encues35: figure claims bound to no series, English first. Written blind, in the ways the press and officials state each
 * measure: a verb of the same act in another word ("wired", "logged", "tallied", "giraron"), the trader named
 * for the flow ("U.S. exporters", "los exportadores"), the U.S. said as "America", "Washington" or "north of the border"
 * and Mexico as "south of the border", remittances said as a share of "the economy", and the share of Mexico's exports said
 * as what the U.S. buys of what Mexico sells abroad; fentanyl seizures said before their pounds (with no verdict where
 * "the border" may mean the southwest one, whose count is 97-99% of the total), remittances "sent back", the U.S.
 * share of FDI said with its months. All sentences here are written for the test, on the bundled facts.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import type { Lang } from '../../engine/schema';
import { loadData } from '../../scripts/lib/data-files';
import { bestFinding } from '../../scripts/lib/metrics';

const { facts } = loadData();
const engine = createEngine(facts);
/** What a case must get: a rating, or 'none' for no verdict (no finding, or one that is not checkworthy, shown as context). */
type Expected = 'accurate' | 'false' | 'none';
const got = (text: string, lang: Lang): string => {
  const f = bestFinding(engine, text, { lang, includeUncheckworthy: true });
  return f?.checkworthy && f.rating !== 'context' ? f.rating : 'none';
};

const GROUPS: readonly (readonly [title: string, cases: readonly (readonly [lang: Lang, text: string, expected: Expected])[]])[] = [
  [
    'a verb of the same act in another word',
    [
      ['en', 'Migrant workers wired $61.8 billion to Mexico in 2025.', 'accurate'],
      ['en', 'Migrant workers wired some $90 billion to Mexico in 2024.', 'false'],
      ['es', 'Los paisanos giraron 61,791 millones de dólares a México en 2025.', 'accurate'],
      ['es', 'Los paisanos giraron unos 90 mil millones de dólares a México en 2024.', 'false'],
      ['en', 'Mexico tallied some 32,000 killings in 2023.', 'accurate'],
      ['en', 'Mexico logged roughly 60,000 killings in 2024.', 'false'],
      ['en', 'Mexico did not log 60,000 killings in 2024.', 'none'],
      ['en', 'Migrants did not wire $90 billion to Mexico in 2024.', 'none'],
      ['en', 'In June 2025 alone, migrants wired $5.2 billion to Mexico.', 'none'],
      ['en', 'Between January and June 2025, Mexico logged about 14,500 killings.', 'none'],
      ['es', 'Entre enero y junio de 2025 los migrantes giraron 29,576 millones de dólares a México.', 'none'],
      ['en', 'Guatemalan migrants wired $25 billion home in 2024.', 'none'],
      ['es', 'Los migrantes guatemaltecos giraron 25 mil millones de dólares a su país en 2024.', 'none'],
      ['en', 'Mexico City logged some 900 killings in 2024.', 'none'],
      ['en', 'ICE detained about 60,000 immigrants in 2025.', 'none'],
      ['en', 'Article 19 logged five killings of journalists in Mexico in 2024.', 'none'],
    ],
  ],
  [
    'the trader named for the flow',
    [
      ['en', 'American exporters shipped about $334 billion in goods to Mexico in 2024.', 'accurate'],
      ['en', 'Mexican exporters sold some $535 billion of goods to the U.S. in 2025.', 'accurate'],
      ['es', 'Los exportadores estadounidenses vendieron 334 mil millones de dólares a México en 2024.', 'accurate'],
      ['es', 'Los importadores estadounidenses compraron 506 mil millones de dólares en bienes mexicanos en 2024.', 'accurate'],
      ['en', 'Canadian exporters sold $300 billion of goods to the U.S. in 2024.', 'none'],
      ['es', 'Los exportadores canadienses vendieron 300 mil millones de dólares a Estados Unidos en 2024.', 'none'],
    ],
  ],
  [
    'the U.S. said as "America", "Washington" or "north of the border"',
    [
      ['en', 'Mexico shipped about $535 billion of goods to America in 2025.', 'accurate'],
      ['en', 'About 96% of the remittances Mexico gets come from America.', 'accurate'],
      ['en', 'Roughly 10.9 million Mexican immigrants were living in America in 2023.', 'accurate'],
      ['en', 'Mexico sends about 83% of its exports to America.', 'accurate'],
      ['en', 'Mexico sold $535 billion in goods to Washington in 2025.', 'accurate'],
      ['en', 'Mexico shipped about $535 billion of goods north of the border in 2025.', 'accurate'],
      ['en', 'U.S. exporters shipped roughly $338 billion of goods south of the border in 2025.', 'accurate'],
      ['en', 'Trade across the Americas reached $2 trillion in 2024.', 'none'],
      ['en', 'Latin America took in about $160 billion in remittances in 2024.', 'none'],
    ],
  ],
  [
    'remittances as a share of the economy, and what the U.S. buys of Mexico’s sales abroad',
    [
      ['en', 'Remittances are equal to about 3.4% of Mexico’s economy.', 'accurate'],
      ['en', 'Remittances equal nearly 10% of the Mexican economy.', 'false'],
      ['es', 'Las remesas equivalen a cerca del 3.4% de la economía mexicana.', 'accurate'],
      ['es', 'Las remesas equivalen a cerca del 10% de la economía mexicana.', 'false'],
      ['en', 'The United States buys roughly 83% of what Mexico sells abroad.', 'accurate'],
      ['en', 'The U.S. buys about 50% of what Mexico sells abroad.', 'false'],
      ['en', 'Remittances equal about 20% of Guatemala’s economy.', 'none'],
      ['en', 'The U.S. buys about 75% of what Canada sells abroad.', 'none'],
    ],
  ],
  [
    'fentanyl seizures said before their pounds, and no verdict where the border meant may be the southwest one',
    [
      ['en', 'Fentanyl seizures at the border fell to about 21,900 pounds in fiscal 2024.', 'accurate'],
      ['en', 'Fentanyl seizures topped 50,000 pounds in fiscal 2023.', 'false'],
      ['en', 'Fentanyl seizures at the northern border totaled just 43 pounds in fiscal 2024.', 'accurate'],
      ['es', 'Los decomisos de fentanilo sumaron unas 21,900 libras en el año fiscal 2024.', 'accurate'],
      ['en', 'Fentanyl seizures at the border were 21,148 pounds in fiscal 2024.', 'none'],
      ['en', 'CBP seized 21,148 pounds of fentanyl at the border in fiscal 2024.', 'none'],
      ['en', 'CBP seized 21,148 pounds of fentanyl nationwide in fiscal 2024.', 'false'],
      ['en', 'Fentanyl seizures in Arizona reached 8,000 pounds in fiscal 2024.', 'none'],
      ['en', 'Fentanyl seizures fell to 11,000 pounds in the first half of fiscal 2025.', 'none'],
    ],
  ],
  [
    'remittances sent back, trade with the northern neighbour',
    [
      ['en', 'Illegal immigrants send roughly $62 billion back to Mexico every year.', 'accurate'],
      ['en', 'The U.S. sent 206,000 Mexicans back to Mexico in 2024.', 'none'],
      ['es', 'El comercio con el vecino del norte ascendió a 839,900 millones de dólares en 2024.', 'accurate'],
      ['es', 'El comercio de Canadá con Estados Unidos sumó 761 mil millones de dólares en 2024.', 'none'],
    ],
  ],
  [
    'guns smuggled, FDI from the U.S. and the share of exports, said in other words',
    [
      ['es', 'Cada año ingresan ilegalmente a México unas 200 mil armas desde Estados Unidos.', 'accurate'],
      ['es', 'Cada año ingresan ilegalmente a México unas 2 millones de armas desde Estados Unidos.', 'false'],
      ['es', 'Estados Unidos aportó 39.5% de la IED que llegó a México entre enero y septiembre de 2025.', 'accurate'],
      ['es', 'Estados Unidos aportó 60% de la IED que llegó a México entre enero y septiembre de 2025.', 'false'],
      ['en', 'The U.S. accounted for 39.5% of foreign direct investment in Mexico in January-September 2025.', 'accurate'],
      ['en', 'The U.S. accounted for 39.5% of FDI in Mexico in 2025.', 'none'],
      ['en', 'Spain accounted for 10% of FDI in Mexico in January-September 2025.', 'none'],
      ['en', 'Mexico exports over 80% of its goods to the United States.', 'accurate'],
      ['en', 'Mexico exports about 50% of its goods to the United States.', 'false'],
      ['en', 'Canada exports about 75% of its goods to the United States.', 'none'],
    ],
  ],
];

for (const [title, cases] of GROUPS) {
  describe(title, () => {
    it.each(cases)('%s: %s → %s', (lang, text, expected) => {
      expect(got(text, lang)).toBe(expected);
    });
  });
}
