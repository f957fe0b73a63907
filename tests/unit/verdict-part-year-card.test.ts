import { describe, expect, it } from 'vitest';
import { bundled } from './helpers/bundled';

// A number of a measure said of a time its record does not settle (part of a year) gets no verdict, and the card shows that
// measure's record, not a fact of another measure that happens to hold a figure near the number.
describe('a measure said of part of a year: the card shows its record', () => {
  const card = (text: string) => {
    const f = bundled.analyze(text)[0];
    return f && { factId: f.factId, rating: f.rating };
  };
  it.each([
    'From January to September 2025, remittances to Mexico reached $45.7 billion.',
    'De enero a septiembre de 2025, las remesas a México llegaron a 45,700 millones de dólares.',
    'In the first ten months of 2024, remittances totaled $54 billion.',
    'En los primeros diez meses de 2024, las remesas sumaron 54 mil millones de dólares.',
  ])('%s', (text) => {
    expect(card(text)).toEqual({ factId: 'remittances-annual-total', rating: 'context' });
  });
});
