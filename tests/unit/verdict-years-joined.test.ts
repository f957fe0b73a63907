/**
 * Found auditing real text (issue #12), beside the two-fiscal-year total: an amount said of years joined by "and" ("more
 * than 4.6 million in fiscal years 2023 and 2024", "128 mil millones de dólares en 2023 y 2024") was judged against the
 * first year's figure alone and shown False, though it is the two years' sum. Such an amount is their sum or each one's:
 * no one year's figure settles it. A position or a share so said holds in each year and is judged as before. Sentences
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { shownRating as rating } from './helpers/bundled';

describe('an amount said of years joined by “and”', () => {
  it('is no one year’s figure, in English', () => {
    expect(rating('Remittances to Mexico totaled $128 billion in 2023 and 2024.')).toBe('context');
    expect(rating('Remittances to Mexico totaled $128 billion in 2023.')).toBe('false');
  });

  it('is no one year’s figure, in Spanish', () => {
    expect(rating('Las remesas a México sumaron 128 mil millones de dólares en 2023 y 2024.')).toBe('context');
    expect(rating('Las remesas a México sumaron 128 mil millones de dólares en 2023.')).toBe('false');
  });
});
