/**
 * What the engine knows of the two languages and the topics, as data: the topic lexicon,
 * the countries' anchors and the verdict words. The engine's code receives it as a value
 * (engine/core.ts), so the content script can get it from the background with the facts
 * instead of carrying it in its own code; Node scripts, tests and extension pages use
 * this module's copy through engine/engine.ts.
 */
import { ANCHORS, ANCHORS_ES, GENERIC_BI, OFF_TOPIC, PREFILTER, TOPIC_LEXICON } from './lexicon';
import type { Lang } from './schema';
import { VERDICT_WORDS, type VerdictWords } from './verdict-words';

export interface Knowledge {
  anchors: typeof ANCHORS;
  anchorsEs: typeof ANCHORS_ES;
  genericBi: readonly string[];
  offTopic: readonly string[];
  prefilter: readonly string[];
  topics: typeof TOPIC_LEXICON;
  words: Record<Lang, VerdictWords>;
}

export const KNOWLEDGE: Knowledge = { anchors: ANCHORS, anchorsEs: ANCHORS_ES, genericBi: GENERIC_BI, offTopic: OFF_TOPIC, prefilter: PREFILTER, topics: TOPIC_LEXICON, words: VERDICT_WORDS };
