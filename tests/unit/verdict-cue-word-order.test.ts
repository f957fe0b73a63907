/**
 * Ways of naming a measure that its cues first missed: the Spanish verb before its subject ("se contrabandean 200 mil
 * armas"), a period word said before the route ("armas traficadas anualmente desde Estados Unidos"), and distrust said
 * with a negated verb ("no confían en Trump", "do not trust Trump"). Run on the bundled facts; the sentences are written
 * for the test.
 */
import { describe, expect, it } from 'vitest';
import { bundled } from './helpers/bundled';

// The Mexican government's estimate: about 200,000 guns a year. Pew 2025: 91% of Mexicans have little or no confidence in Trump.
const SAID: Record<string, string> = {
  'Cada año se contrabandean unas 200 mil armas de Estados Unidos a México.': 'accurate',
  'Cada año se contrabandean unas 500 mil armas de Estados Unidos a México.': 'false',
  'Unas 200 mil armas son traficadas anualmente desde Estados Unidos hacia México.': 'accurate',
  'Según Pew, 91% de los mexicanos no confían en Trump.': 'accurate',
  'Según Pew, 99% de los mexicanos no confían en Trump.': 'false',
  'According to Pew, 91% of Mexicans do not trust Trump.': 'accurate',
  "According to Pew, 99% of Mexicans don't trust Trump.": 'false',
  // Trust is not distrust: the cue's negation must be said.
  'Según Pew, 91% de los mexicanos confían en Trump.': 'context',
};

describe('a measure named in another word order or with a negated verb', () => {
  it('binds the number to its series', () => {
    for (const [text, rating] of Object.entries(SAID)) expect(bundled.classify(text)?.rating, text).toBe(rating);
  });
});
