/**
 * Figures said in ways the figure check first missed. A percentage of change said of a part of a year ("homicides fell 11%
 * in the first half of 2025", "las remesas cayeron 1.4% en enero de 2026") is the change from the same part of the year
 * before, checked on a series of that part where the record holds both. A measure named with the Spanish verb before its
 * subject ("se contrabandean 200 mil armas") or its period before its route ("armas traficadas anualmente desde Estados
 * Unidos") binds to its series; so does a change named by a cue that holds a shorter one ("the trade deficit with Mexico
 * grew $25 billion in 2025"). An amount said of each month that sums to far more than the year's total is wrong ("every
 * month, Mexico receives $61.8 billion"), and so is a year's total said of a day ("200,000 guns are smuggled into Mexico
 * every day"). A part said right before its whole ("78 of the 104 World Cup matches", "78 de los 104 partidos") is named
 * by the words after the whole. Run on the bundled facts; the sentences are written for the test.
 */
import { describe, it } from 'vitest';
import { expectRatings } from './helpers/bundled';

// First half: 16,306 homicides in 2024, 14,488 in 2025 (−11.1%). January remittances: $4.66 billion, then $4.594 billion (−1.4%).
const SAID: Record<string, string> = {
  // The same part of the year before: borne out, or wrong the other way or far off it.
  'Homicides in Mexico fell 11% in the first half of 2025.': 'accurate',
  'Los homicidios en México bajaron 11% en el primer semestre de 2025.': 'accurate',
  'Remittances to Mexico fell 1.4% in January 2026.': 'accurate',
  'Las remesas a México cayeron 1.4% en enero de 2026.': 'accurate',
  'Homicides in Mexico rose 11% in the first half of 2025.': 'false',
  'Los homicidios en México bajaron 30% en el primer semestre de 2025.': 'false',
  // The record lacks the part of the year before: left open.
  'Homicides in Mexico fell 11% in the first half of 2024.': 'context',
  'Los homicidios en México bajaron 11% en el primer semestre de 2024.': 'context',
  // The Mexican government's estimate: about 200,000 guns a year.
  'Cada año se contrabandean unas 200 mil armas de Estados Unidos a México.': 'accurate',
  'Cada año se contrabandean unas 500 mil armas de Estados Unidos a México.': 'false',
  'Unas 200 mil armas son traficadas anualmente desde Estados Unidos hacia México.': 'accurate',
  // A change with its year and no level, named by a cue that holds a shorter one ("trade with Mexico" in "trade deficit
  // with Mexico"): the longer cue's measure. The U.S. goods deficit with Mexico: $171.8 billion in 2024, $196.9 billion in 2025.
  'The U.S. trade deficit with Mexico grew by about $25 billion in 2025.': 'accurate',
  'The U.S. trade deficit with Mexico grew about 15% in 2025.': 'accurate',
  'The U.S. trade deficit with Mexico shrank 15% in 2025.': 'false',
  // An amount said of each month: far more than any year's total over twelve months is wrong; a month's own size is left
  // open. Remittances: $21.6 billion in 2013 up to $64.7 billion in 2024.
  'Every month, Mexico receives $61.8 billion in remittances.': 'false',
  'Cada mes, México recibe 61,791 millones de dólares en remesas.': 'false',
  'Mexico receives about $5 billion in remittances every month.': 'context',
  'México recibe unos 5 mil millones de dólares en remesas cada mes.': 'context',
  // A year's total said of a day (the estimate of 200,000 guns a year; some 580 a day in 2018): wrong; near the day's own
  // record, left to it (too old to say what a day is now).
  'Around 200,000 guns are smuggled into Mexico every day.': 'false',
  'Cada día se contrabandean unas 200 mil armas de Estados Unidos a México.': 'false',
  'Trade between the U.S. and Mexico is worth $872.8 billion a day.': 'false',
  'Around 5,000 guns are smuggled into Mexico every day.': 'context',
  // A part said right before its whole is of the kind the words after the whole name (the U.S. hosts 78 of the 104 matches).
  'The U.S. will host 78 of the 104 World Cup matches.': 'accurate',
  'The U.S. will host 90 of the 104 World Cup matches.': 'false',
  'Estados Unidos albergará 78 de los 104 partidos del Mundial.': 'accurate',
  'Estados Unidos albergará 90 de los 104 partidos del Mundial.': 'false',
};

describe('figures said in other ways', () => {
  it('are checked against the series they name, for the time they are said of', () => {
    expectRatings(Object.entries(SAID));
  });
});
