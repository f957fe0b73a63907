/**
 * What the engine knows of the languages and the topics, as data (engine/knowledge/): each
 * language's words (lang/<id>/words.json), each topic's vocabulary and clauses
 * (topics/<id>.json) and the gates any sentence passes (gates.json). Loading checks every file
 * against its schema and throws, naming the file and field, if one is wrong. The engine's code
 * receives the result as a value (engine/core.ts), so the content script gets it from the
 * background with the facts instead of carrying it in its own code; Node scripts, tests and
 * extension pages use this module's copy through engine/engine.ts.
 */
import { z } from 'zod';
import { TOPIC_IDS, type TopicId } from '../topics';
import type { VerdictWords } from '../verdict-words';
import gates from './gates.json';
import { LANGS, TEXT_PACKS, type Lang } from './lang';
import en from './lang/en/words.json';
import es from './lang/es/words.json';
import { gateSchema, langWordsSchema, textPackSchema, topicFileSchema, type Gate, type LangWords, type TopicFile } from './schema';
import { TOPIC_FILES } from './topics';

export interface Knowledge {
  langs: Record<Lang, LangWords>;
  topics: Record<TopicId, TopicFile>;
  gates: Gate[];
}

const WORD_FILES: Record<Lang, unknown> = { en, es };

/** Every problem of the knowledge files, one line each (file: field: message); empty when all is well. */
export function knowledgeProblems(): string[] {
  return parse().problems;
}

function parse(): { knowledge: Knowledge | null; problems: string[] } {
  const problems: string[] = [];
  const check = <T>(schema: z.ZodType<T>, value: unknown, file: string): T | null => {
    const r = schema.safeParse(value);
    if (r.success) return r.data;
    for (const issue of r.error.issues) problems.push(`engine/knowledge/${file}: ${issue.path.join('.') || '(file)'}: ${issue.message}`);
    return null;
  };
  const langs: Partial<Record<Lang, LangWords>> = {};
  for (const lang of LANGS) {
    check(textPackSchema, TEXT_PACKS[lang], `lang/${lang}/text.json`);
    const words = check(langWordsSchema, WORD_FILES[lang], `lang/${lang}/words.json`);
    if (words) langs[lang] = words;
  }
  const topics: Partial<Record<TopicId, TopicFile>> = {};
  for (const id of TOPIC_IDS) {
    const file = check(topicFileSchema, TOPIC_FILES[id], `topics/${id}.json`);
    if (file && file.id !== id) problems.push(`engine/knowledge/topics/${id}.json: id: must be "${id}", the file's name`);
    else if (file) topics[id] = file;
  }
  const gateList = check(z.array(gateSchema), gates, 'gates.json');
  if (problems.length) return { knowledge: null, problems };
  return { knowledge: { langs: langs as Record<Lang, LangWords>, topics: topics as Record<TopicId, TopicFile>, gates: gateList! }, problems };
}

function load(): Knowledge {
  const { knowledge, problems } = parse();
  if (!knowledge) throw new Error(`Invalid knowledge files:\n${problems.join('\n')}`);
  return knowledge;
}

export const KNOWLEDGE: Knowledge = load();

/** Each language's verdict words, for scripts and tests that use the verdict steps alone. */
export const VERDICT_WORDS = Object.fromEntries(LANGS.map((lang) => [lang, KNOWLEDGE.langs[lang].verdict])) as Record<Lang, VerdictWords>;
