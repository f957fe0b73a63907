/**
 * The naive baseline the benchmark and evaluation compare against: fuse.js over every
 * typical claim of every fact, each sentence searched as one pattern.
 */
import Fuse from 'fuse.js';
import type { Fact } from '../../engine/schema';

export function createNaive(facts: readonly Fact[], threshold = 0.6) {
  const docs = facts.flatMap((f) => f.claims.map((c) => ({ text: c.text, topic: f.topic, factId: f.id })));
  const fuse = new Fuse(docs, { keys: ['text'], includeScore: true, ignoreLocation: true, threshold });
  return {
    /** The best-matching topic, or 'none'. */
    classify(text: string): string {
      const best = fuse.search(text, { limit: 1 })[0];
      return best ? best.item.topic : 'none';
    },
  };
}
