/**
 * An engine keeps state between sentences (caches of what it read from the fact base): what it says of one sentence must
 * not depend on which sentences it read before. Two engines read the dev verdict lines in opposite orders and must agree
 * on every line. (Two facts holding a series of one key, with cues of their own, once made a cache keyed by the series'
 * key answer for whichever fact was read first.)
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import { loadData, ROOT } from '../../scripts/lib/data-files';
import { readVerdictCorpus, verdictSplitOf } from '../../scripts/lib/verdict-metrics';

const { facts } = loadData();
const lines = readVerdictCorpus(join(ROOT, 'tests', 'verdicts')).filter((l) => verdictSplitOf(l) === 'dev');

describe('an engine reads each sentence alone', () => {
  it('gives every dev line the same finding whichever lines it read before', () => {
    const read = (order: typeof lines) => {
      const engine = createEngine(facts);
      const out = new Map<string, string>();
      for (const l of order) {
        const f = engine.classify(l.text, l.lang);
        out.set(l.id, f ? `${f.topic} ${f.factId} ${f.rating} ${f.basis} ${f.answers}` : 'none');
      }
      return out;
    };
    const forward = read(lines);
    const backward = read([...lines].reverse());
    const differ = lines.filter((l) => forward.get(l.id) !== backward.get(l.id)).map((l) => `${l.id}: ${forward.get(l.id)} | ${backward.get(l.id)}`);
    expect(lines.length).toBeGreaterThan(500);
    expect(differ).toEqual([]);
  }, 120_000);
});

describe('a series read for its own cues', () => {
  // Two facts hold a series of U.S. exports to Mexico: one whose cues name the two countries in either order, one (a
  // ranking's) whose cues name them in one order only. A sentence that touches the ranking's series first must not make
  // "Mexico bought … of U.S. goods" read as the countries turned round.
  it('rates a figure claim alike on a fresh engine and on one that read a sentence of another fact of that series', () => {
    const claim = 'Mexico bought $334 billion of U.S. goods in 2024.';
    const before = 'En 2023, las exportaciones de México a Estados Unidos sumaron 475 mil millones de dólares, lo que consolida a México como el mayor proveedor de bienes para el país vecino.';
    const fresh = createEngine(facts).classify(claim, 'en');
    const primed = createEngine(facts);
    primed.classify(before, 'es');
    const after = primed.classify(claim, 'en');
    expect(fresh?.rating).toBe('accurate');
    expect([after?.factId, after?.rating]).toEqual([fresh?.factId, fresh?.rating]);
  }, 60_000);
});
