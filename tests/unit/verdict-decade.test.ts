/**
 * A year written as a decade ("the 2020s", "the 1990's", "los años 2000", "la década de 2010", "a principios de los
 * 2020") is ten years, no one year: an amount or an event said of it is judged by no one year's record. The amounts on
 * synthetic facts, the event on the bundled ones; both languages.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import { loadData } from '../../scripts/lib/data-files';
import { firstPartnerClaims, ratingsOn, sentHomeFact } from './helpers/sample-facts';

const rate = ratingsOn([sentHomeFact({ '2010': 21.3e9, '2019': 36.4e9, '2020': 40.6e9, '2024': 64.7e9 })]);
const bundled = createEngine(loadData().facts);

describe('an amount said of a decade', () => {
  it('is not judged as the decade’s first year, in both languages', () => {
    // $64.7 billion was 2024's, in the 2020s: judged as 2020's, a true sentence was False.
    expect(rate('In the 2020s, money sent home to Mexico reached $64.7 billion.')?.rating).toBe('context');
    expect(rate('In the early 2020s, money sent home to Mexico reached $64.7 billion.')?.rating).toBe('context');
    expect(rate('En los años 2020, las remesas enviadas a México alcanzaron 64,700 millones de dólares.')?.rating).toBe('context');
    expect(rate('A principios de los 2020, las remesas enviadas a México alcanzaron 64,700 millones de dólares.')?.rating).toBe('context');
    expect(rate('En la década de 2010, las remesas enviadas a México alcanzaron 36,400 millones de dólares.')?.rating).toBe('context');
  });
  it('leaves a year said as a year to its record', () => {
    expect(rate('In 2020, money sent home to Mexico reached $40.6 billion.')?.rating).toBe('accurate');
    expect(rate('En 2020, las remesas enviadas a México alcanzaron 40,600 millones de dólares.')?.rating).toBe('accurate');
  });
});

describe('an event said of a decade', () => {
  it.each([
    ['en', 'NAFTA took effect in the 1990s.'],
    ['en', "NAFTA took effect in the 1990's."],
    ['es', 'El TLCAN entró en vigor en los años 1990.'],
    ['es', 'El TLCAN entró en vigor en la década de 1990.'],
  ] as const)('is not the decade’s first year (%s): %s', (lang, text) => {
    expect(bundled.classify(text, lang)?.rating).not.toBe('false');
  });
  it('still meets its own year', () => {
    expect(bundled.classify('NAFTA took effect in 1994.', 'en')?.rating).toBe('accurate');
    expect(bundled.classify('El TLCAN entró en vigor en 1994.', 'es')?.rating).toBe('accurate');
  });
});

describe('a state said of a decade in digits', () => {
  it('meets no typical claim of the state now, in both languages', () => {
    const claims = ratingsOn([firstPartnerClaims('Mexico is the largest trading partner of the United States', 'México es el principal socio comercial de Estados Unidos')]);
    expect(claims('Mexico is the largest trading partner of the United States.')?.rating).toBe('accurate');
    expect(claims('México es el principal socio comercial de Estados Unidos.')?.rating).toBe('accurate');
    expect(claims('Mexico was the largest trading partner of the United States in the late 2020s.')?.rating).not.toBe('accurate');
    expect(claims('Mexico was the largest trading partner of the United States in the early 2020s.')?.rating).not.toBe('accurate');
    expect(claims('México fue el principal socio comercial de Estados Unidos a finales de los años 2020.')?.rating).not.toBe('accurate');
    expect(claims('México fue el principal socio comercial de Estados Unidos en la década de 2010.')?.rating).not.toBe('accurate');
  });
});
