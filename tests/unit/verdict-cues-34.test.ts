/**
 * escues34: figure claims bound to no series, Spanish first. Written blind, in the ways the press and officials state each
 * measure: the place of the people who send a flow into Mexico ("los mexicanos en Estados Unidos enviaron"), FDI said as
 * the U.S.'s ("la IED de Estados Unidos en México", which was bound to all FDI and shown False), a verb or a people said in
 * another word ("remitieron", "connacionales", "estadunidenses"), trade said through goods bought, a part of a year said
 * "entre enero y …". All sentences here are written for the test, on the bundled facts.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import type { Lang } from '../../engine/schema';
import { loadData } from '../../scripts/lib/data-files';
import { bestFinding } from '../../scripts/lib/metrics';

const { facts } = loadData();
const engine = createEngine(facts);
/** The best finding's rating, 'context' when it is not checkworthy, '-' with none. */
const rating = (text: string, lang: Lang) => {
  const f = bestFinding(engine, text, { lang, includeUncheckworthy: true });
  if (!f) return '-';
  return f.checkworthy ? f.rating : 'context';
};
const NO_VERDICT = ['-', 'context'];

describe('the place of the people who send a flow into Mexico', () => {
  it('reads "los mexicanos en Estados Unidos enviaron" as remittances to Mexico, true and false', () => {
    expect(rating('Los paisanos que están en Estados Unidos enviaron 61 mil 791 millones de dólares en 2025.', 'es')).toBe('accurate');
    expect(rating('Los trabajadores mexicanos en EE.UU. mandaron remesas por 61.8 mil millones de dólares en 2025.', 'es')).toBe('accurate');
    expect(rating('Los mexicanos en la Unión Americana enviaron remesas por 90 mil millones de dólares en 2024.', 'es')).toBe('false');
    expect(rating('Mexican workers in the United States sent home $61.8 billion in 2025.', 'en')).toBe('accurate');
    expect(rating('Mexicans in the U.S. wired $95 billion home in 2024.', 'en')).toBe('false');
  });

  it("still places a thing said with a people as its adjective, and another country's migrants", () => {
    expect(NO_VERDICT).toContain(rating('Las empresas mexicanas en Estados Unidos invirtieron 40 mil millones de dólares en 2025.', 'es'));
    expect(NO_VERDICT).toContain(rating('Mexican companies in the U.S. invested $40 billion in 2025.', 'en'));
    expect(NO_VERDICT).toContain(rating('Los migrantes hondureños en Estados Unidos enviaron 10 mil millones de dólares en 2024.', 'es'));
    expect(NO_VERDICT).toContain(rating('Salvadoran migrants in the U.S. sent $9 billion home in 2024.', 'en'));
  });

  it('gives no verdict on a negated figure or a part of the year', () => {
    expect(NO_VERDICT).toContain(rating('Los mexicanos en Estados Unidos no enviaron 61,791 millones de dólares en 2025.', 'es'));
    expect(NO_VERDICT).toContain(rating('Los paisanos en EU enviaron 29 mil millones de dólares en el primer semestre de 2024.', 'es'));
  });
});

describe("FDI said as the U.S.'s", () => {
  it("never judges the U.S.'s part against all FDI", () => {
    expect(rating('La IED de Estados Unidos en México sumó 15.9 mil millones de dólares en 2025.', 'es')).not.toBe('false');
    expect(rating('La IED estadounidense en México fue de unos 15,877 millones de dólares en 2025.', 'es')).not.toBe('false');
    expect(rating('U.S. FDI in Mexico came to about $15.9 billion in 2025.', 'en')).not.toBe('false');
  });

  it("judges the U.S.'s part said with its own verb, and all FDI said without a country", () => {
    expect(rating('Estados Unidos aportó 15.9 mil millones de dólares de IED a México en 2025.', 'es')).toBe('accurate');
    expect(rating('The U.S. contributed $15.9 billion of FDI to Mexico in 2025.', 'en')).toBe('accurate');
    expect(rating('La IED en México llegó a 40.9 mil millones de dólares en 2025.', 'es')).toBe('accurate');
  });
});

describe('a verb or a people said in another word', () => {
  it('reads "remitieron" and "remitted" as sent', () => {
    expect(rating('Los paisanos remitieron 64 mil 746 millones de dólares a México en 2024.', 'es')).toBe('accurate');
  });

  it('reads "connacionales" as "paisanos"', () => {
    expect(rating('Los connacionales mandaron 61.8 mil millones de dólares en 2025.', 'es')).toBe('accurate');
    expect(rating('Hay unos 5 millones de connacionales sin papeles en EU.', 'es')).toBe('accurate');
  });

  it('counts "estadunidenses" as the "estadounidenses" of the cues', () => {
    expect(rating('Más de 80 mil estadunidenses perdieron la vida por sobredosis en 2024.', 'es')).toBe('accurate');
    // Another people's count stays no verdict.
    expect(NO_VERDICT).toContain(rating('Más de 80 mil mexicanos murieron por sobredosis en 2024.', 'es'));
  });
});

describe('trade said through the goods bought, and the balance', () => {
  it('reads goods bought as U.S. imports from and exports to Mexico', () => {
    expect(rating('Estados Unidos importó bienes mexicanos por 505 mil 851 millones de dólares en 2024.', 'es')).toBe('accurate');
    expect(rating('México compró productos estadounidenses por 334 mil millones de dólares en 2024.', 'es')).toBe('accurate');
    expect(rating('U.S. purchases of Mexican goods came to $505.9 billion in 2024.', 'en')).toBe('accurate');
    expect(rating('Mexico bought $338 billion worth of American products in 2025.', 'en')).toBe('accurate');
  });

  it("leaves a third country's purchases alone", () => {
    expect(NO_VERDICT).toContain(rating('Canadá compró productos estadounidenses por 349 mil millones de dólares en 2025.', 'es'));
    expect(NO_VERDICT).toContain(rating('Canada bought $349 billion worth of American products in 2025.', 'en'));
  });

  it('reads the balance with the U.S. as the surplus', () => {
    expect(rating('La balanza comercial con Estados Unidos arrojó un superávit de 171 mil 809 millones de dólares para México en 2024.', 'es')).toBe('accurate');
  });
});

describe('a part of the year said between two months', () => {
  it('reads FDI and remittances "entre enero y …" as the part-year series', () => {
    expect(rating('Entre enero y septiembre de 2025, la IED sumó 40 mil 906 millones de dólares.', 'es')).toBe('accurate');
    expect(rating('Mexico drew $40.9 billion in foreign investment in the first nine months of 2025.', 'en')).toBe('accurate');
    expect(rating('Entre enero y junio de 2025, las remesas sumaron 29 mil 576 millones de dólares.', 'es')).toBe('accurate');
  });

  it('never judges a part of the year against the whole', () => {
    expect(rating('Entre enero y junio de 2025, las remesas sumaron 61 mil 791 millones de dólares.', 'es')).not.toBe('accurate');
    expect(rating('Entre enero y junio de 2025 hubo 33 mil 550 homicidios en México.', 'es')).not.toBe('accurate');
  });
});

describe('U.S. troops said by the border they stand at', () => {
  it('reads the Pentagon keeping soldiers at the border as U.S. troops', () => {
    expect(rating('El Pentágono mantiene unos 10 mil soldados en la frontera con México.', 'es')).toBe('accurate');
    expect(rating('The Pentagon has some 10,000 troops stationed at the southern border.', 'en')).toBe('accurate');
  });

  it("does not read Mexico's own deployment as U.S. troops", () => {
    expect(rating('México mantiene 10 mil soldados en la frontera con Estados Unidos.', 'es')).not.toBe('accurate');
  });
});
