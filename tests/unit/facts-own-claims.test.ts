/**
 * Each fact's typical claims, read by the engine on the real fact base: a verdict opposite to the claim's listed rating
 * (right for one rated wrong, wrong for one rated right) is a wrong verdict on a sentence the fact base says it answers.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import { loadData } from '../../scripts/lib/data-files';

const WRONG = new Set(['false', 'outdated', 'misleading']);

describe("the fact base's own typical claims", () => {
  it('never get the opposite verdict', () => {
    const { facts } = loadData();
    const engine = createEngine(facts);
    const opposite: string[] = [];
    for (const fact of facts)
      for (const claim of fact.claims) {
        const rating = engine.classify(claim.text)?.rating;
        if (!rating || rating === 'context' || rating === 'needs-context') continue;
        if ((rating === 'accurate' && WRONG.has(claim.rating)) || (WRONG.has(rating) && claim.rating === 'accurate')) opposite.push(`${claim.rating} → ${rating}: ${claim.text}`);
      }
    expect(opposite).toEqual([]);
  });
});

describe('cues of the real fact base that reached another measure', () => {
  const { facts } = loadData();
  const engine = createEngine(facts);
  const keys = (text: string) => engine.analyze(text)[0]?.figures?.map((c) => `${c.key}:${c.status}`) ?? [];
  it('read immigrants born in Mexico as no share of the immigrants living in Mexico, in both languages', () => {
    expect(keys('Most Mexican Americans are immigrants born in Mexico')).not.toContain('us-born-share-of-foreign-born-in-mexico:consistent');
    expect(keys('La mayoría de los mexicoamericanos son inmigrantes nacidos en México')).not.toContain('us-born-share-of-foreign-born-in-mexico:consistent');
  });
  it('read "a friend or ally" as no share of those calling Mexico an ally alone, in both languages', () => {
    expect(keys('Most Americans see Mexico as a friend or ally')).not.toContain('americans-mexico-ally-gallup:contradicted');
    expect(keys('La mayoría de los estadounidenses ve a México como amigo o aliado')).not.toContain('americans-mexico-ally-gallup:contradicted');
    expect(keys('Seven in ten Americans see Mexico as a friend or ally')).not.toContain('americans-mexico-ally-gallup:contradicted');
    expect(keys('Siete de cada diez estadounidenses ven a México como amigo o aliado')).not.toContain('americans-mexico-ally-gallup:contradicted');
  });
  it('leave "new wall" in doubt between all miles built and those where no barrier stood, in both languages', () => {
    expect(keys('En la frontera se construyeron 450 millas de muro nuevo')).toEqual([]);
    expect(keys('450 miles of new wall were built under Trump')).toEqual([]);
  });
});
