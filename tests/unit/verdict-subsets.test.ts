/**
 * A figure of a part is not the whole's: a sector or a product said before a number (an industry's exports
 * are not all exports). Run on the bundled facts; the sentences are written for the test.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import { loadData } from '../../scripts/lib/data-files';

const engine = createEngine(loadData().facts);
const rating = (text: string) => engine.analyze(text)[0]?.rating;

describe('a sector said before a number', () => {
  it.each([
    'U.S. farm exports to Mexico reached $338 billion in 2025.',
    'U.S. car imports from Mexico totaled $505.9 billion in 2024.',
    "Mexico's crude exports to the United States reached $534.9 billion in 2025.",
    'Las exportaciones agropecuarias de Estados Unidos a México llegaron a 338 mil millones de dólares en 2025.',
    'Las exportaciones de acero de México a Estados Unidos sumaron 534,900 millones de dólares en 2025.',
    'In the San Diego sector, Border Patrol made 237,538 apprehensions in fiscal 2025.',
  ])('is not the whole measure: %s', (text) => {
    expect(rating(text)).not.toMatch(/accurate|false|outdated/);
  });

  it('leaves the whole measure and a sector its series names alone', () => {
    expect(rating('U.S. exports to Mexico reached $338 billion in 2025.')).toBe('accurate');
    expect(rating('Las exportaciones de Estados Unidos a México llegaron a 338 mil millones de dólares en 2025.')).toBe('accurate');
    expect(rating('Mexico supplies 43% of U.S. auto parts imports.')).toBe('accurate');
  });
});
