/**
 * A position said within a region ("the second-largest buyer of U.S. exports in Latin America", "el segundo mayor
 * comprador … en América Latina") is a place in that region's ordering: a record of places among all the U.S.'s
 * partners does not settle it. Mexico was the second market for U.S. exports in 2024 and the first in 2025 (bundled
 * facts); the sentences are written for the test.
 */
import { describe, expect, it } from 'vitest';
import { bundled as engine } from './helpers/bundled';

describe('a position said within a region', () => {
  it.each([
    ['en', 'Mexico is the second-largest buyer of U.S. exports in Latin America.'],
    ['en', 'Mexico was the second-largest market for U.S. exports in Latin America in 2024.'],
    ['es', 'México es el segundo mayor comprador de exportaciones de Estados Unidos en América Latina.'],
    ['es', 'México fue el segundo mercado para las exportaciones de Estados Unidos en América Latina en 2024.'],
  ] as const)('is not judged by the places among all partners (%s): %s', (lang, text) => {
    const finding = engine.classify(text, lang);
    expect(finding?.basis).not.toBe('figure');
  });

  it('leaves a position among all partners to its record', () => {
    expect(engine.classify('Mexico was the second-largest market for U.S. exports in 2024.', 'en')?.rating).toBe('accurate');
    expect(engine.classify('México fue el segundo mercado para las exportaciones de Estados Unidos en 2024.', 'es')?.rating).toBe('accurate');
  });
});
