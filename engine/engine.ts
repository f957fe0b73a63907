/**
 * The engine with the bundled knowledge (engine/knowledge/: topics, language packs): what Node scripts,
 * tests and extension pages use. The content script builds it from engine/core.ts with the
 * knowledge and the compiled index the background sends, so its own code does not carry the word lists.
 */
import { createEngineFrom, DEFAULT_THRESHOLDS, type Engine } from './core';
import { KNOWLEDGE } from './knowledge';
import type { Fact } from './schema';
import type { DetectionModel } from './detection-model';
import type { Thresholds } from './types';
import type { VerdictParams } from './verdict';
import type { Why } from './figures';

export { DEFAULT_THRESHOLDS, type Engine };

export function createEngine(facts: readonly Fact[], thresholds: Thresholds = DEFAULT_THRESHOLDS, verdictParams?: VerdictParams, detectionModel?: DetectionModel, why?: Why): Engine {
  return createEngineFrom(KNOWLEDGE, facts, thresholds, verdictParams, detectionModel, why);
}
