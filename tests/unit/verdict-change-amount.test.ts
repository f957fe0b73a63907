/**
 * An amount said as a change ("rose by $30 billion", "se redujo en 125,000 acres-pie") is a
 * difference between two times: a series of levels never judges it, so it leaves the claim
 * without a verdict instead of a false one. A level said after a change ("cayeron en 2024 a
 * 80,391") is still checked. Run on the bundled facts, whose many series of levels are where
 * such an amount used to be bound.
 */
import { describe, expect, it } from 'vitest';
import { bundled as engine } from './helpers/bundled';

const rated = (text: string) => {
  const f = engine.analyze(text)[0];
  return f ? { rating: f.rating, figures: f.figures?.map((c) => c.status) ?? [] } : null;
};

describe('an amount of change', () => {
  it('is not judged as the level, in English', () => {
    expect(rated('U.S. exports to Mexico rose by $30 billion last year.')).toEqual({ rating: 'context', figures: [] });
    expect(rated("Mexico's exports to the U.S. increased by 50 billion dollars in 2024.")).toEqual({ rating: 'context', figures: [] });
  });

  it('is not judged as the level, in Spanish', () => {
    expect(rated('Las exportaciones de Estados Unidos a México aumentaron en 30 mil millones de dólares el año pasado.')?.rating).toBe('context');
  });

  it('leaves a level said after a change checked', () => {
    expect(rated('Las muertes por sobredosis en Estados Unidos cayeron en 2024 a 80,391, según los CDC.')?.figures).toContain('consistent');
  });
});
