/**
 * A percentage of change said of a part of a year ("homicides fell 11% in the first half of 2025", "las remesas cayeron
 * 1.4% en enero de 2026") is the change from the same part of the year before, checked on a series of that part where
 * the record holds both. Run on the bundled facts; the sentences are written for the test.
 */
import { describe, expect, it } from 'vitest';
import { bundled } from './helpers/bundled';

// First half: 16,306 homicides in 2024, 14,488 in 2025 (−11.1%). January remittances: $4.66 billion, then $4.594 billion (−1.4%).
const SAID: Record<string, string> = {
  // The same part of the year before: borne out, or wrong the other way or far off it.
  'Homicides in Mexico fell 11% in the first half of 2025.': 'accurate',
  'Los homicidios en México bajaron 11% en el primer semestre de 2025.': 'accurate',
  'Remittances to Mexico fell 1.4% in January 2026.': 'accurate',
  'Las remesas a México cayeron 1.4% en enero de 2026.': 'accurate',
  'Homicides in Mexico rose 11% in the first half of 2025.': 'false',
  'Los homicidios en México bajaron 30% en el primer semestre de 2025.': 'false',
  // The record lacks the part of the year before: left open.
  'Homicides in Mexico fell 11% in the first half of 2024.': 'context',
  'Los homicidios en México bajaron 11% en el primer semestre de 2024.': 'context',
};

describe('a change said of a part of a year', () => {
  it('is checked against the same part of the year before, where the record holds it', () => {
    for (const [text, rating] of Object.entries(SAID)) expect(bundled.classify(text)?.rating, text).toBe(rating);
  });
});
