/**
 * The check of the knowledge files (engine/knowledge/) against their schema: run by the build
 * (wxt.config.ts: a bad file fails it, naming the file and field) and by the tests, never at
 * run time. The bundled files cannot change after the build, so the background and the
 * extension pages read them as they are (engine/knowledge/index.ts) without zod; that holds
 * only if reading a file through its schema changes nothing (no phrase to trim, no key the
 * schema would drop), which is checked here too.
 */
import { z } from 'zod';
import { firstDifference } from '../same-data';
import { TOPIC_IDS } from '../topics';
import gates from './gates.json';
import officeholders from './officeholders.json';
import { LANGS, TEXT_PACKS } from './lang';
import en from './lang/en/words.json';
import es from './lang/es/words.json';
import { gateSchema, langWordsSchema, officeholdersSchema, textPackSchema, topicFileSchema } from './schema';
import { TOPIC_FILES } from './topics';

const WORD_FILES = { en, es };

/** Every problem of the knowledge files, one line each (file: field: message); empty when all is well. */
export function knowledgeProblems(): string[] {
  const problems: string[] = [];
  const check = <T>(schema: z.ZodType<T>, value: unknown, file: string): T | null => {
    const r = schema.safeParse(value);
    if (!r.success) {
      for (const issue of r.error.issues) problems.push(`engine/knowledge/${file}: ${issue.path.join('.') || '(file)'}: ${issue.message}`);
      return null;
    }
    const changed = firstDifference(value, r.data);
    if (changed !== null) problems.push(`engine/knowledge/${file}: ${changed || '(file)'}: must be written as the schema reads it (trimmed, no unknown keys)`);
    return r.data;
  };
  for (const lang of LANGS) {
    check(textPackSchema, TEXT_PACKS[lang], `lang/${lang}/text.json`);
    check(langWordsSchema, WORD_FILES[lang], `lang/${lang}/words.json`);
  }
  for (const id of TOPIC_IDS) {
    const file = check(topicFileSchema, TOPIC_FILES[id], `topics/${id}.json`);
    if (file && file.id !== id) problems.push(`engine/knowledge/topics/${id}.json: id: must be "${id}", the file's name`);
  }
  check(z.array(gateSchema), gates, 'gates.json');
  check(officeholdersSchema, officeholders, 'officeholders.json');
  return problems;
}
