/**
 * Reads and validates facts/ and narratives/ from disk, for the build, `scan`, `eval`
 * and tests. Problems name the file, the item and the field.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { frameSchema, issuesToProblems, validateFacts, type Fact, type Frame, type Problem } from '../../engine/schema';
import { TOPIC_IDS } from '../../engine/topics';
import { firstDifference } from '../../engine/same-data';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
}

export function loadData(root = ROOT): { facts: Fact[]; frames: Frame[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const unchanged = (raw: unknown, parsed: unknown, item: string) => {
    const field = firstDifference(raw, parsed);
    if (field !== null) problems.push({ item, field: field || '(item)', message: 'must be written as the schema reads it (trimmed, every default written out, no unknown field)' });
  };
  const raw: { item: unknown; label: string }[] = [];
  for (const file of jsonFiles(join(root, 'facts'))) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(join(root, 'facts', file), 'utf8'));
    } catch (e) {
      problems.push({ item: `facts/${file}`, field: '(file)', message: `is not valid JSON: ${(e as Error).message}` });
      continue;
    }
    if (!Array.isArray(parsed)) {
      problems.push({ item: `facts/${file}`, field: '(file)', message: 'must be a JSON array of facts' });
      continue;
    }
    parsed.forEach((item, i) => {
      const id = item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? ` (${(item as { id: string }).id})` : '';
      raw.push({ item, label: `facts/${file} item ${i}${id}` });
    });
  }
  const result = validateFacts(
    raw.map((r) => r.item),
    (i) => raw[i]!.label,
  );
  const facts = result.ok ? result.facts : [];
  if (!result.ok) problems.push(...result.problems);
  // The extension reads the bundled files as they are (store/bundled.ts): the schema must read each unchanged.
  facts.forEach((fact, i) => unchanged(raw[i]!.item, fact, raw[i]!.label));

  const frames: Frame[] = [];
  for (const file of jsonFiles(join(root, 'narratives'))) {
    try {
      const raw: unknown = JSON.parse(readFileSync(join(root, 'narratives', file), 'utf8'));
      const parsed = frameSchema.safeParse(raw);
      if (parsed.success) {
        frames.push(parsed.data);
        unchanged(raw, parsed.data, `narratives/${file}`);
      } else problems.push(...issuesToProblems(`narratives/${file}`, parsed.error));
    } catch (e) {
      problems.push({ item: `narratives/${file}`, field: '(file)', message: `is not valid JSON: ${(e as Error).message}` });
    }
  }
  return { facts, frames, problems };
}

/** Topics with fewer facts than required, for the meta-tests and the build's report. */
export function coverage(facts: Fact[]): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(TOPIC_IDS.map((t) => [t, 0]));
  for (const f of facts) out[f.topic] = (out[f.topic] ?? 0) + 1;
  return out;
}
