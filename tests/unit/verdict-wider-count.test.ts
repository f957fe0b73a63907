/**
 * "Trade with Mexico" is goods in the Census count and goods and services in USTR's, which runs about a tenth
 * higher: "U.S.-Mexico trade reached $677 billion in 2019" is USTR's true figure, though goods trade was $614.5
 * billion. A series whose words also name such a wider count (its `wider`) does not show a number wrong that lies
 * above the record by no more than the wider count runs, unless the sentence narrows it to the series' own count
 * ("goods", "bienes"). Run on the bundled facts; the sentences are written for the test.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import { loadData } from '../../scripts/lib/data-files';

const engine = createEngine(loadData().facts);
const rating = (text: string) => engine.analyze(text)[0]?.rating;

describe('a number that may be the wider count the words also name', () => {
  it.each([
    'U.S.-Mexico trade reached $677 billion in 2019.',
    'El comercio entre México y Estados Unidos sumó 677 mil millones de dólares en 2019.',
    'U.S. exports to Mexico were $289 billion in 2019.',
    'Las exportaciones de Estados Unidos a México sumaron 289 mil millones de dólares en 2019.',
  ])('is not shown wrong: %s', (text) => expect(rating(text)).toBe('context'));

  it.each([
    // Narrowed to the series' own count, beyond what the wider count runs, or under the record: still wrong.
    'U.S.-Mexico goods trade reached $677 billion in 2019.',
    'U.S. goods exports to Mexico were $289 billion in 2019.',
    'U.S.-Mexico trade reached $777 billion in 2019.',
    'U.S.-Mexico trade reached $500 billion in 2019.',
  ])('is still shown wrong where it cannot be: %s', (text) => expect(rating(text)).toBe('false'));

  it('still bears out the record', () => {
    expect(rating('U.S.-Mexico trade reached $614.5 billion in 2019.')).toBe('accurate');
    expect(rating('El comercio entre México y Estados Unidos sumó 614 mil 500 millones de dólares en 2019.')).toBe('accurate');
  });
});
