/**
 * cues33: measure cues that carry to unseen text. A figure is named in words no cue listed: a verb's other tense or
 * person, which the light stemmer keeps apart ("entrega" / "debe entregar", "capturó" / "detuvo", "owes" / "owed"), a
 * spelling ("estadunidense"), an agency said in English inside Spanish ("la Border Patrol"), a synonym of the measure
 * ("divisas enviadas por los migrantes", "sent to relatives in Mexico"). The packs' `cueClasses` and the series' cues now
 * hold them; "between" before two countries or a month places nothing apart. All sentences here are written for the test,
 * on the bundled facts.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import { VERDICT_WORDS } from '../../engine/knowledge';
import { seriesEntries } from '../../engine/measure-cues';
import { MeasureIndex } from '../../engine/measures';
import { readQuantities } from '../../engine/numbers';
import type { Lang } from '../../engine/schema';
import { loadData } from '../../scripts/lib/data-files';

const { facts } = loadData();
const measures = new MeasureIndex(seriesEntries(facts, VERDICT_WORDS), VERDICT_WORDS);
const engine = createEngine(facts);
const bound = (text: string, lang: Lang) => measures.bind(text, lang, readQuantities(text, lang), () => true).map((b) => b.entry.series.key);
const rating = (text: string) => {
  const f = engine.classify(text);
  return f?.checkworthy ? f.rating : 'context';
};

describe('a verb said in another form than its cue', () => {
  it('reads the present and the future with the infinitive, in Spanish', () => {
    expect(bound('México entrega a Estados Unidos un promedio anual de 350 mil acres-pie.', 'es')).toEqual(['rio-grande-annual-average']);
  });

  it('reads verbs of arrest as one another, in both languages', () => {
    expect(bound('La Patrulla Fronteriza capturó a 237 mil migrantes en el año fiscal 2025.', 'es')).toEqual(['sw-border-apprehensions']);
    expect(bound('Las detenciones de la Border Patrol sumaron 237 mil en el año fiscal 2025.', 'es')).toEqual(['sw-border-apprehensions']);
    expect(bound('Estados Unidos devolvió a 200 mil connacionales en 2024.', 'es')).toEqual(['mexicans-returned-from-us']);
  });

  it('reads "owes … a year" as the Rio Grande yearly delivery, and judges it', () => {
    expect(bound('Under the treaty, Mexico owes the U.S. 350,000 acre-feet of water a year.', 'en')).toEqual(['rio-grande-annual-average']);
    expect(rating('Under the treaty, Mexico owes the U.S. 900,000 acre-feet of water a year.')).toBe('false');
  });

  it('reads "assembled" as produced, and keeps "manufactured" a sector', () => {
    expect(bound('Mexico assembled 4 million light vehicles in 2024.', 'en')).toEqual(['light-vehicle-production']);
    expect(bound('Mexico exported $400 billion of manufactured goods in 2024.', 'en')).toEqual([]);
  });

  it('keeps a future apart from the past where an event of another year would meet it', () => {
    expect(bound('México tendrá 13 partidos del Mundial.', 'es')).not.toContain('world-cup-2026-matches');
    expect(bound('El torneo tuvo 32 equipos en 2022.', 'es')).toEqual([]);
    expect(rating('México tendrá 13 partidos del Mundial.')).not.toBe('false');
  });

  it('does not make a common verb a cue of its own', () => {
    expect(bound('México tiene 130 millones de habitantes.', 'es')).toEqual([]);
    expect(bound('Mexico produced 40% of the world’s avocados in 2024.', 'en')).toEqual([]);
  });
});

describe('words of a measure no cue listed', () => {
  it('names remittances in the words of migrants sending money, in both languages', () => {
    expect(bound('Las divisas enviadas por los migrantes sumaron 64 mil millones de dólares en 2024.', 'es')).toEqual(['remittances-per-year']);
    expect(bound('Los mexicanos en el exterior mandaron a casa 64 mil millones de dólares en 2024.', 'es')).toEqual(['remittances-per-year']);
    expect(bound('Relatives abroad sent to relatives in Mexico about $64.7 billion in 2024.', 'en')).toEqual(['remittances-per-year']);
  });

  it('reads "estadunidense" as "estadounidense"', () => {
    expect(bound('Cerca de 14 mil mexicanos estudian en universidades estadunidenses.', 'es')).toEqual(['mexican-students-in-us']);
  });

  it('reads a month said with "inflows" as the month, not the year', () => {
    expect(bound('In June 2025, remittance inflows fell to $5.2 billion.', 'en')).toEqual(['remittances-june']);
  });
});

describe('"between" / "entre"', () => {
  it('before two countries is the border itself, in both languages', () => {
    expect(bound('Agents logged 2.0 million encounters at the border between the U.S. and Mexico in fiscal 2023.', 'en')).toEqual(['southwest-border-encounters']);
    expect(bound('Se registraron 2 millones de encuentros en la frontera entre México y Estados Unidos en el año fiscal 2023.', 'es')).toEqual(['southwest-border-encounters']);
  });

  it('before a month is a span of time', () => {
    expect(bound('Entre enero y junio México exportó 1.7 millones de vehículos ligeros.', 'es')).toEqual(['mexico-light-vehicle-exports']);
  });

  it('before ports of entry still places the seizures apart', () => {
    expect(bound('Nearly 90% of fentanyl seizures happen between ports of entry.', 'en')).toEqual([]);
    expect(bound('El 90% del fentanilo se decomisa entre los puertos de entrada.', 'es')).toEqual([]);
    expect(rating('Nearly 90% of fentanyl seizures happen between ports of entry.')).not.toBe('accurate');
  });
});
