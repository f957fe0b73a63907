import { describe, expect, it } from 'vitest';
import type { ClaimFinding } from '../../engine/types';
import { measureVerdicts, type VerdictLine } from '../../scripts/lib/verdict-metrics';

const line = (id: string, factIds: string[]): VerdictLine => ({ id, lang: 'en', text: id, real: false, checkworthy: true, topic: 'remittances', gold: 'none', factIds });
const card = (factId: string, answers: boolean) => ({ factId, answers, rating: 'context', checkworthy: true }) as ClaimFinding;

// A card that shows a merely related fact is still read beside the claim: the report says how often it is one of the claim's own.
describe('measureVerdicts: related-only cards', () => {
  it('counts related-only cards on lines some fact answers, and those that show one of them', () => {
    const lines = [line('a', ['f1']), line('b', ['f1']), line('c', []), line('d', ['f2'])];
    const shown: Record<string, ClaimFinding> = { a: card('f1', false), b: card('f9', false), c: card('f9', false), d: card('f2', true) };
    const r = measureVerdicts(lines, (l) => shown[l.id]!);
    expect([r.related, r.relatedRight]).toEqual([2, 1]);
    expect([r.answered, r.answeredRight]).toEqual([1, 1]);
  });
});
