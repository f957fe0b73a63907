/**
 * Fact validation for imports, bounded: it stops once it has found `maxProblems` problems
 * (a file of a thousand broken items needs its first problems fixed, not a list of all of
 * them, and listing them all is what froze the options page). Same checks and wording as
 * the schema's `validateFacts`, including duplicate ids.
 */
import { validateFacts, type Fact, type Problem } from '../engine/schema';

export function validateFactsCapped(items: readonly unknown[], label: (index: number, raw: unknown) => string, maxProblems: number): { ok: true; facts: Fact[] } | { ok: false; problems: Problem[] } {
  const problems: Problem[] = [];
  const facts: Fact[] = [];
  const seen = new Map<string, string>();
  let i = 0;
  for (; i < items.length && problems.length < maxProblems; i++) {
    const raw = items[i];
    const name = label(i, raw);
    const one = validateFacts([raw], () => name);
    if (!one.ok) {
      problems.push(...one.problems);
      continue;
    }
    const fact = one.facts[0]!;
    const previous = seen.get(fact.id);
    if (previous) {
      problems.push({ item: name, field: 'id', message: `"${fact.id}" is already used by ${previous}` });
      continue;
    }
    seen.set(fact.id, name);
    facts.push(fact);
  }
  if (problems.length >= maxProblems) {
    problems.length = maxProblems;
    problems.push({
      item: 'import file',
      field: '(whole file)',
      message: `stopped after ${maxProblems} problems${i < items.length ? ` (${items.length - i} more items not checked)` : ''}: fix these and import again`,
    });
  }
  return problems.length ? { ok: false, problems } : { ok: true, facts };
}
