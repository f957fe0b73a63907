/**
 * What the engine knows of the languages and the topics, as data (engine/knowledge/): each
 * language's words (lang/<id>/words.json), each topic's vocabulary and clauses
 * (topics/<id>.json) and the gates any sentence passes (gates.json). The build checks every file
 * against its schema (engine/knowledge/check.ts) and fails, naming the file and field, if one
 * is wrong; at run time they are read as they are. The engine's code
 * receives the result as a value (engine/core.ts), so the content script gets it from the
 * background with the facts instead of carrying it in its own code; Node scripts, tests and
 * extension pages use this module's copy through engine/engine.ts.
 */
import type { TopicId } from '../topics';
import type { VerdictWords } from '../verdict-words';
import gates from './gates.json';
import { LANGS, type Lang } from './lang';
import en from './lang/en/words.json';
import es from './lang/es/words.json';
import type { Gate, LangWords, TopicFile } from './schema';
import { TOPIC_FILES } from './topics';

export interface Knowledge {
  langs: Record<Lang, LangWords>;
  topics: Record<TopicId, TopicFile>;
  gates: Gate[];
}

/**
 * The files as they are: the build checked each against its schema, and that the schema reads
 * it unchanged (engine/knowledge/check.ts), so no zod runs here.
 */
export const KNOWLEDGE: Knowledge = {
  langs: { en: en as LangWords, es: es as LangWords },
  topics: TOPIC_FILES as Record<TopicId, TopicFile>,
  gates: gates as Gate[],
};

/** Each language's verdict words, for scripts and tests that use the verdict steps alone. */
export const VERDICT_WORDS = Object.fromEntries(LANGS.map((lang) => [lang, KNOWLEDGE.langs[lang].verdict])) as Record<Lang, VerdictWords>;
