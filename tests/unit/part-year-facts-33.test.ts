/**
 * Part-year remittance figures the press quotes (facts/remittances.json: remittances-sep-2025, remittances-oct-2025):
 * January–September and January–October 2025 with the same months of 2024, and the months of September and October.
 * Right figures are borne out, wrong ones shown false; a year's figure said of a part, a part's said of the year, a
 * twelve-month total or a month without its year get no false verdict. Also the readings they needed: the base year of
 * "the same period of 2024", a span "entre enero y septiembre" said after its number, and a bare amount with the scale
 * words of an amount of money beside it. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { classifiedRating, expectRatings } from './helpers/bundled';

describe('part-year remittances, borne out', () => {
  it('in English', () => {
    expectRatings([
      ['Remittances to Mexico fell 5.5% in the first nine months of 2025 from the same period of 2024.', 'accurate'],
      ['From January to September 2025, remittances to Mexico totaled $45.68 billion, down 5.5% from the same period of 2024.', 'accurate'],
      ['In the first ten months of 2025, Mexico received $51.34 billion in remittances.', 'accurate'],
      ['Remittances to Mexico through September 2025 totaled $45.68 billion.', 'accurate'],
      ['Remittances to Mexico fell 5.5% between January and September 2025.', 'accurate'],
      ['Remittances to Mexico fell 2.7% in September 2025.', 'accurate'],
      ['Remittances to Mexico were $5.64 billion in October 2025.', 'accurate'],
    ]);
  });

  it('in Spanish', () => {
    expectRatings([
      ['Entre enero y septiembre de 2025, las remesas a México sumaron 45,681 millones de dólares, 5.5% menos que en el mismo periodo de 2024.', 'accurate'],
      ['De enero a octubre de 2025 las remesas a México bajaron 5.1% respecto a igual lapso de 2024.', 'accurate'],
      ['Las remesas a México cayeron 5% entre enero y octubre de 2025.', 'accurate'],
      ['En los primeros nueve meses de 2025 México recibió remesas por 45,681 millones de dólares.', 'accurate'],
      ['Las remesas a México sumaron 48,360 millones de dólares entre enero y septiembre de 2024.', 'accurate'],
      ['En septiembre de 2025 las remesas a México sumaron 5,214 millones de dólares, 2.7% menos que un año antes.', 'accurate'],
    ]);
  });
});

describe('part-year remittances, shown wrong', () => {
  it('in English', () => {
    expectRatings([
      ['Remittances to Mexico fell 8% in the first nine months of 2025 from the same period of 2024.', 'false'],
      ['Remittances to Mexico fell 9% between January and September 2025.', 'false'],
      ['Mexico received $61.8 billion in remittances in the first ten months of 2025.', 'false'],
      ['Remittances to Mexico were $6.5 billion in October 2025.', 'false'],
    ]);
  });

  it('in Spanish', () => {
    expectRatings([
      ['Entre enero y septiembre de 2025, las remesas a México sumaron 45,681 millones de dólares, 9% menos que en el mismo periodo de 2024.', 'false'],
      ['De enero a octubre de 2025 las remesas a México subieron 5.1% respecto a igual lapso de 2024.', 'false'],
      ['Las remesas a México sumaron 48,360 millones de dólares entre enero y septiembre de 2025.', 'false'],
    ]);
  });
});

describe('no false verdict where the period is another', () => {
  it('a year’s figure said of a part, or a part’s of the year, is held elsewhere', () => {
    expect(classifiedRating('Mexico received $61.79 billion in remittances from January to September 2025.')).toBe('context');
    expect(classifiedRating('Las remesas a México sumaron 45,681 millones de dólares en 2025.')).toBe('context');
    expect(classifiedRating('En octubre de 2025 las remesas a México sumaron 5,214 millones de dólares.')).toBe('context');
    expect(classifiedRating('De enero a septiembre de 2025 las remesas a México sumaron 5,214 millones de dólares.')).toBe('context');
  });

  it('a year to date, twelve months, a month without its year or an unrecorded year settle nothing', () => {
    expect(classifiedRating('Remittances to Mexico reached $45.7 billion so far in 2025.')).toBe('context');
    expect(classifiedRating('El flujo acumulado de remesas a México en los últimos doce meses fue de 62,068 millones de dólares.')).toBe('context');
    expect(classifiedRating('Las remesas a México en octubre sumaron 6,500 millones de dólares.')).toBe('context');
    expect(classifiedRating('Las remesas a México en octubre de 2024 sumaron 5,635 millones de dólares.')).toBe('context');
    expect(classifiedRating('Las remesas a México cayeron 5.1% de enero a octubre de 2025 respecto al mismo periodo de 2023.')).toBe('context');
  });

  it('two months said apart are no span', () => {
    expect(classifiedRating('Las remesas a México cayeron 5.5% en enero y en septiembre de 2025.')).toBe('context');
    expect(classifiedRating('Remittances to Mexico fell 5.5% in January and September 2025.')).toBe('context');
  });

  it('the whole year keeps its own record', () => {
    expectRatings([
      ['Remittances to Mexico fell 4.6% to $61.8 billion in 2025.', 'accurate'],
      ['Remittances to Mexico fell 4.6% in 2025 from 2024.', 'accurate'],
      ['Remittances to Mexico totaled $64.7 billion between January and December 2024.', 'accurate'],
      ['Las remesas a México sumaron 61,791 millones de dólares en 2025, 4.6% menos que en 2024.', 'accurate'],
    ]);
  });

  it('a bare count that names what it counts, or a denied amount, is no such claim', () => {
    expect(classifiedRating('Las remesas sumaron 61,791 millones de dólares en 2025, con 155.7 millones de envíos.')).toBe('accurate');
    expect(classifiedRating('Las remesas a México sumaron 61,791 millones de dólares en 2025, no 64,746 millones.')).toBe('accurate');
  });

  it('a bare amount with the scale words of an amount of money is a claim left open', () => {
    expect(classifiedRating('De enero a octubre de 2025 las remesas a México sumaron 51 mil millones de dólares, y en todo el año llegaron a 55 mil millones.')).toBe('context');
    expect(classifiedRating('Mexico received $51.34 billion in remittances from January to October 2025, so the whole year reached 55 billion.')).toBe('context');
  });
});
