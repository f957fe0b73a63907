/**
 * A sweep over the bundled typical claims, each said as the subject of a denial after it ("The idea that … is a myth",
 * "Claims that … are false", "La afirmación de que … es falsa", "La versión de que … carece de sustento"). The sentence
 * says the opposite of the claim: never Accurate where the claim is true, never False, Outdated or Misleading where it
 * is not. Built from the claims themselves, so a new claim is swept too.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import { loadData } from '../../scripts/lib/data-files';
import { framedClaims } from './helpers/claim-frames';

const facts = loadData().facts;
const engine = createEngine(facts);
const FRAMES = {
  en: ['The idea that {c} is a myth.', 'Claims that {c} are false.', 'The notion that {c} is unfounded.'],
  es: ['La afirmación de que {c} es falsa.', 'Las versiones de que {c} son falsas.', 'La versión de que {c} carece de sustento.'],
} as const;

describe('a typical claim denied after it', () => {
  it('never earns the claim’s own side', () => {
    const wrong: string[] = [];
    let swept = 0;
    for (const { claim, sentence } of framedClaims(facts, FRAMES)) {
      swept++;
      const rating = engine.classify(sentence, claim.lang)?.rating;
      const opposite = claim.rating === 'accurate' ? rating === 'accurate' : rating === 'false' || rating === 'outdated' || rating === 'misleading';
      if (opposite) wrong.push(`${rating}: ${sentence}`);
    }
    // About 4,300 sentences when written: a sweep that reads none proves nothing.
    expect(swept).toBeGreaterThan(2000);
    expect(wrong).toEqual([]);
  });
});
