import { describe, expect, it } from 'vitest';
import { bundled } from './helpers/bundled';

// A number of a measure said of a time its record does not settle (part of a year) gets no verdict, and the card shows that
// measure's record, not a fact of another measure that happens to hold a figure near the number.
// The record now holds January–September and January–October (facts/remittances.json): those parts are settled by them.
describe('a measure said of part of a year: the card shows its record', () => {
  const card = (text: string) => {
    const f = bundled.analyze(text)[0];
    return f && { factId: f.factId, rating: f.rating };
  };
  it.each([
    'From January to April 2025, remittances to Mexico reached $19 billion.',
    'De enero a abril de 2025, las remesas a México llegaron a 19,000 millones de dólares.',
    'In the first five months of 2024, remittances totaled $25 billion.',
    'En los primeros cinco meses de 2024, las remesas sumaron 25 mil millones de dólares.',
  ])('%s', (text) => {
    expect(card(text)).toEqual({ factId: 'remittances-annual-total', rating: 'context' });
  });
  it.each([
    ['From January to September 2025, remittances to Mexico reached $45.7 billion.', 'remittances-sep-2025'],
    ['De enero a septiembre de 2025, las remesas a México llegaron a 45,700 millones de dólares.', 'remittances-sep-2025'],
    ['In the first ten months of 2024, remittances totaled $54 billion.', 'remittances-oct-2025'],
    ['En los primeros diez meses de 2024, las remesas sumaron 54 mil millones de dólares.', 'remittances-oct-2025'],
  ])('%s (a part the record holds)', (text, factId) => {
    expect(card(text)).toEqual({ factId, rating: 'accurate' });
  });
});
