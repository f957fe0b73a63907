/**
 * escues39: Spanish figure claims in the press's own words. A split number whose millions are said in a word ("un millón 295
 * mil"); verbs and nouns of a measure in their other forms (money "transferido" home, homicides "acumulados", passports
 * "emitidos", "mercancías" for "productos"); a number said as an addition to a level ("another 26", "otros 26", "26 más"),
 * which no level's record judges; and a typical claim that names its source ("Según el INEGI, …"), met only by a sentence
 * that names no other. Made-up sentences, none from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { readQuantities } from '../../engine/numbers';
import { bound } from './helpers/bound-series';
import { classifiedRating } from './helpers/bundled';

const series = (text: string, lang: 'en' | 'es') => bound(text, lang).map(([, key]) => key);
const values = (text: string) => readQuantities(text, 'es').map((q) => q.value);

describe('escues39: split numbers said with a word', () => {
  it('reads millions said in a word and thousands after them as one number', () => {
    expect(values('Se expidieron un millón 295 mil pasaportes.')).toEqual([1_295_000]);
    expect(values('Llegaron dos millones 100 mil visitantes.')).toEqual([2_100_000]);
    // Alone, "un millón" stays what it was.
    expect(values('Viven ahí un millón de personas.')).toEqual([1_000_000]);
  });
});

describe('escues39: a measure in its other words', () => {
  it('reads passports issued, goods as merchandise and money transferred home', () => {
    expect(series('La red consular emitió un millón 295 mil pasaportes en EU durante 2025.', 'es')).toEqual(['passports-issued-by-mexican-consulates-in-us']);
    expect(series('Las importaciones de mercancías estadounidenses por parte de México sumaron 338 mil millones de dólares en 2025.', 'es')).toEqual(['us-goods-exports-to-mexico']);
    expect(series('Los migrantes transfirieron a sus familias en México 64 mil millones de dólares en 2024.', 'es')).toEqual(['remittances-per-year']);
  });

  it('judges them: a true figure accurate, a wrong one false', () => {
    expect(classifiedRating('La red consular emitió un millón 295 mil pasaportes en EU durante 2025.', 'es')).toBe('accurate');
    expect(classifiedRating('Las importaciones de mercancías estadounidenses por parte de México sumaron 338 mil millones de dólares en 2025.', 'es')).toBe('accurate');
    expect(classifiedRating('Mexican consulates issued 1.3 million passports in the U.S. in 2025.', 'en')).toBe('accurate');
  });

  it('leaves a number of another measure, a part of a year or a negated one unjudged', () => {
    // Arrests said alone are no Border Patrol count: "detenciones" is no class of "aprehensiones".
    expect(series('Según el reporte, 150 mil detenciones se hicieron en los primeros cien días.', 'es')).toEqual(['-']);
    expect(classifiedRating('En septiembre llegaron al país 5 mil 214 millones de dólares de remesas.', 'es')).not.toMatch(/false|outdated|misleading/);
    expect(classifiedRating('No es cierto que las remesas hayan sumado 70 mil mdd en 2024.', 'es')).toBe('context');
  });
});

describe('escues39: an addition is no level', () => {
  it('binds no running total to a number said as one more batch', () => {
    expect(series('Mexico sent another 26 cartel figures to the U.S.', 'en')).toEqual(['-']);
    expect(series('Mexico sent 26 more cartel figures to the U.S.', 'en')).toEqual(['-']);
    expect(series('México trasladó a otros 26 narcotraficantes a EU.', 'es')).toEqual(['-']);
    expect(series('México envió 26 narcotraficantes más a EU.', 'es')).toEqual(['-']);
    expect(classifiedRating('México trasladó a otros 26 narcotraficantes a EU.', 'es')).toBe('context');
  });

  it('still reads the running total, and a bound said with "or more"', () => {
    expect(series('México ha enviado a 92 narcotraficantes a EU.', 'es')).toEqual(['cartel-figures-transferred-to-us']);
    expect(classifiedRating('Mexico has sent 92 cartel figures to the U.S. since February 2025.', 'en')).toBe('accurate');
    expect(series('Las remesas sumaron 64 mil 745 millones de dólares o más en 2024.', 'es')).toEqual(['remittances-per-year']);
  });
});

describe('escues39: a typical claim that names its source', () => {
  it('is not met by a sentence that names another source', () => {
    expect(classifiedRating('Según el Departamento de Estado, en México viven 1.6 millones de estadounidenses.', 'es')).not.toMatch(/false|outdated|misleading/);
    expect(classifiedRating('Viven en México 1.6 millones de ciudadanos estadounidenses, según el Departamento de Estado.', 'es')).not.toMatch(/false|outdated|misleading/);
  });

  it('is still met by one that names it', () => {
    expect(classifiedRating('Según el INEGI, en México viven 1.6 millones de estadounidenses.', 'es')).toBe('false');
  });
});
