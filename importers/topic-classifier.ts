/**
 * Imported ClaimReview is kept only when it is about the relationship, and the engine
 * decides its topic. Built on first use: most sessions never import anything.
 */
import { createEngine, type Engine } from '../engine/engine';
import type { Fact } from '../engine/schema';
import type { Classify } from './claimreview';

export function topicClassifier(facts: readonly Fact[]): Classify {
  let engine: Engine | null = null;
  return (text) => (engine ??= createEngine(facts, { show: 0.4, suggest: 0.3 })).analyze(text, { includeSuggestions: true })[0]?.topic ?? null;
}
