/**
 * escues36: Spanish figure claims bound to no series, written blind in the words of the Mexican press and officials:
 * "intercambio" for trade ("comercio"), the verbs of a level said in any of their forms ("sumó", "ascendieron", "se ubicó",
 * "se situaron", "totalizó"), "aseguró" for a seizure, "proveniente" / "procedente" for where a flow comes from,
 * "migradólares" for remittances, the future "tendrá" / "contará con" of a scheduled event, "la economía de México vale"
 * for the size of the economy, "expansión" / "repunte" as growth, and a verb before its subject ("cruzan ilegalmente 200 mil armas"). Each with what must
 * not change: a number of another measure, a part of a year, a negation, another country. All sentences are written for
 * the test, on the bundled facts.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import type { Lang } from '../../engine/schema';
import { loadData } from '../../scripts/lib/data-files';
import { bestFinding } from '../../scripts/lib/metrics';

const { facts } = loadData();
const engine = createEngine(facts);
/** What a case must get: a rating, or 'none' for no verdict (no finding, or one that is not checkworthy, shown as context). */
type Expected = 'accurate' | 'false' | 'outdated' | 'none';
const got = (text: string, lang: Lang): string => {
  const f = bestFinding(engine, text, { lang, includeUncheckworthy: true });
  return f?.checkworthy && f.rating !== 'context' ? f.rating : 'none';
};

const GROUPS: readonly (readonly [title: string, cases: readonly (readonly [lang: Lang, text: string, expected: Expected])[]])[] = [
  [
    '"intercambio" is trade',
    [
      ['es', 'El intercambio entre México y Estados Unidos llegó a 839 mil 900 millones de dólares en 2024.', 'accurate'],
      ['es', 'El intercambio México-EU rebasó los 870 mil millones de dólares en 2025.', 'accurate'],
      ['es', 'El intercambio entre México y Estados Unidos fue de apenas 500 mil millones de dólares en 2024.', 'false'],
      ['es', 'El intercambio de estudiantes entre México y Estados Unidos no llegó a 500 mil millones de dólares en 2024.', 'none'],
      ['es', 'El intercambio entre Estados Unidos y Canadá sumó 700 mil millones de dólares en 2024.', 'none'],
      ['es', 'Entre enero y junio de 2025, el intercambio entre México y Estados Unidos sumó 430 mil millones de dólares.', 'none'],
      ['en', 'Trade between Mexico and the U.S. came to $839.9 billion in 2024.', 'accurate'],
    ],
  ],
  [
    'a verb of a level in any of its forms',
    [
      ['es', 'Las remesas se situaron en 61 mil 791 millones de dólares en México en 2025.', 'accurate'],
      ['es', 'Las exportaciones de México a EU ascendieron a 505 mil 851 millones de dólares en 2024.', 'accurate'],
      ['es', 'Los migradólares que recibió México totalizaron 64 mil 746 millones de dólares en 2024.', 'accurate'],
      ['es', 'Los migradólares que recibió México se ubicaron en 90 mil millones de dólares en 2024.', 'false'],
      ['es', 'Las remesas a Guatemala se situaron en 25 mil millones de dólares en 2024.', 'none'],
      ['es', 'En enero de 2025 las remesas a México se situaron en 4 mil 660 millones de dólares.', 'accurate'],
      ['es', 'En febrero de 2025 las remesas a México se situaron en 60 mil millones de dólares.', 'none'],
    ],
  ],
  [
    'a seizure said "aseguró"',
    [
      ['es', 'Los agentes de CBP aseguraron 21 mil 889 libras de fentanilo en el año fiscal 2024.', 'accurate'],
      ['es', 'Los agentes aseguraron casi 27 mil libras de fentanilo en el año fiscal 2023.', 'accurate'],
      ['es', 'La CBP aseguró que no se decomisaron 50 mil libras de fentanilo en el año fiscal 2024.', 'none'],
      ['es', 'La Guardia Nacional aseguró 2 mil libras de metanfetamina en Sinaloa en 2024.', 'none'],
    ],
  ],
  [
    'where a flow comes from, said as an adjective',
    [
      ['es', 'La inversión proveniente de Estados Unidos sumó 15 mil 877 millones de dólares en 2025.', 'accurate'],
      ['es', 'La inversión procedente de EU fue de 15.9 mil millones de dólares en 2025.', 'accurate'],
      ['es', 'La inversión proveniente de España sumó 4 mil millones de dólares en 2025.', 'none'],
      ['es', 'La inversión proveniente de Estados Unidos fue de 39.5% del total entre enero y septiembre de 2025.', 'none'],
    ],
  ],
  [
    'the size of the economy, and a scheduled event in the future',
    [
      ['es', 'La economía de México vale unos 1.85 billones de dólares.', 'accurate'],
      ['es', 'La economía de México vale 3 billones de dólares.', 'false'],
      ['es', 'La economía de Brasil vale 2.2 billones de dólares.', 'none'],
      ['es', 'La Copa del Mundo 2026 tendrá 104 partidos.', 'accurate'],
      ['es', 'El Mundial 2026 contará con 104 partidos.', 'accurate'],
      ['es', 'El Mundial de 1994 tuvo 52 partidos.', 'none'],
      ['es', 'La economía mexicana registró una expansión de 1.5% en 2024.', 'accurate'],
      ['es', 'El PIB de México tuvo un repunte de 3.9% en 2022.', 'accurate'],
      ['es', 'La economía de Chile registró una expansión de 2.6% en 2024.', 'none'],
      ['es', 'Se espera una expansión del PIB de México de 1.5% en 2026.', 'none'],
    ],
  ],
  [
    'a verb before its subject',
    [
      ['es', 'Cada año cruzan ilegalmente unas 200 mil armas de EU a México.', 'accurate'],
      ['en', 'Each year some 200,000 guns illegally cross from the U.S. into Mexico.', 'accurate'],
      ['es', 'Cada año cruzan ilegalmente 2 millones de migrantes por la frontera.', 'none'],
      ['es', 'Cada año cruzan ilegalmente unas 200 mil armas de México a Estados Unidos.', 'none'],
      ['es', 'No es cierto que cada año crucen ilegalmente 200 mil armas a México.', 'none'],
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
