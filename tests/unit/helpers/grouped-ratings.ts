/** Groups of sentences, each with the verdict the engine must give it (or 'none'), run as one describe block per group. */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../engine/engine';
import type { Lang } from '../../../engine/schema';
import { loadData } from '../../../scripts/lib/data-files';
import { bestFinding } from '../../../scripts/lib/metrics';

/** What a case must get: a rating, or 'none' for no verdict (no finding, or one that is not checkworthy, shown as context). */
export type Expected = 'accurate' | 'false' | 'outdated' | 'none';
export type Group = readonly [title: string, cases: readonly (readonly [lang: Lang, text: string, expected: Expected])[]];

let engine: ReturnType<typeof createEngine> | null = null;
/** The verdict the bundled engine gives a sentence, 'none' where it gives none. */
export function verdictOf(text: string, lang: Lang): string {
  engine ??= createEngine(loadData().facts);
  const f = bestFinding(engine, text, { lang, includeUncheckworthy: true });
  return f?.checkworthy && f.rating !== 'context' ? f.rating : 'none';
}

export function describeGroups(title: string, groups: readonly Group[]): void {
  describe(title, () => {
    for (const [group, cases] of groups) {
      describe(group, () => {
        for (const [lang, text, expected] of cases) it(`${lang}: ${text}`, () => expect(verdictOf(text, lang)).toBe(expected));
      });
    }
  });
}
