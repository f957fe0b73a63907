/**
 * The compiled index the background sends each tab with the facts (engine/compiled-index.ts).
 * Compiled here rather than at build time so the content scripts carry none of it and the
 * bundled facts compiled are exactly the database's (a reader's fact may hold a bundled id);
 * compiled once per service worker, since the knowledge and the bundled facts only change
 * with a new version. The reader's own facts are left to the tab: few, and they change.
 */
import { compileVocabulary, factCompiler, runtimeKnowledge, verdictWords, type CompiledFact, type CompiledIndex, type CompiledVocabulary } from '../engine/compiled-index';
import { KNOWLEDGE } from '../engine/knowledge';
import type { Fact } from '../engine/schema';

/** What the tab's engine reads beside the index. */
export const RUNTIME_KNOWLEDGE = runtimeKnowledge(KNOWLEDGE);

let vocabulary: CompiledVocabulary | null = null;
let compile: ((fact: Fact) => CompiledFact) | null = null;
/** Compiled bundled facts by their content, so an edited or re-seeded fact is compiled afresh. */
const compiled = new Map<string, CompiledFact>();

export function engineIndex(bundled: readonly Fact[]): CompiledIndex {
  vocabulary ??= compileVocabulary(KNOWLEDGE);
  const compileFact = (compile ??= factCompiler(vocabulary, verdictWords(KNOWLEDGE.langs)));
  const facts = bundled.map((fact) => {
    const key = JSON.stringify(fact);
    let c = compiled.get(key);
    if (!c) compiled.set(key, (c = compileFact(fact)));
    return c;
  });
  return { vocabulary, facts };
}
