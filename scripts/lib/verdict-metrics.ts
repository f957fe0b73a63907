/**
 * Measures verdicts on the labeled verdict corpus (tests/verdicts/*.jsonl): wrong verdicts,
 * verdicts on claims the record does not settle, right verdicts on settled claims, whether
 * the fact a card presents as the answer is one that answers the claim, and how precise the
 * highlighting of check-worthy sentences is. Lines are split into dev and held-out parts by a
 * hash of their id, so the split never changes as lines are added.
 */
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Engine } from '../../engine/engine';
import type { Lang } from '../../engine/schema';
import type { ClaimFinding } from '../../engine/types';
import { bestFinding } from './metrics';

export interface VerdictLine {
  id: string;
  lang: Lang;
  text: string;
  real: boolean;
  checkworthy: boolean;
  topic: string | string[];
  gold: 'accurate' | 'inaccurate' | 'none';
  goldRating?: string;
  factIds: string[];
  /** Set on reading: the line comes from a fresh-*.jsonl file (see verdictSplitOf). */
  fresh?: boolean;
}

import { splitOf, type Split } from './split';

export { splitOf, type Split };

export function readVerdictCorpus(dir: string): VerdictLine[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => ({ ...(JSON.parse(l) as VerdictLine), fresh: f.startsWith('fresh-') })),
    );
}

/**
 * A verdict line's part: lines of a `fresh-*.jsonl` file were written by someone who never ran
 * the engine on them and stay apart from both dev and held-out, so no fit or diagnostic ever
 * sees them; every other line is dev or held-out by its id.
 */
export function verdictSplitOf(line: VerdictLine): Split | 'fresh' {
  return line.fresh ? 'fresh' : splitOf(line.id);
}

export interface VerdictReport {
  lines: number;
  /** Check-worthy lines whose gold is accurate or inaccurate. */
  settled: number;
  /** Check-worthy lines the record does not settle. */
  unsettled: number;
  /** A true claim shown false/outdated/misleading, or a false one shown accurate. */
  wrong: number;
  /** Any rating (needs-context included) on an unsettled claim. */
  verdictOnUnsettled: number;
  /** Settled claims given the right side (accurate, or one of false/outdated/misleading). */
  right: number;
  /** Cards that present their fact as the answer, and of those, how many present a right one. */
  answered: number;
  answeredRight: number;
  /** Cards that show a fact only related to a claim some fact answers, and of those, how many show one that answers it. */
  related: number;
  relatedRight: number;
  /** Highlighted sentences, and of those, how many are check-worthy. */
  highlighted: number;
  highlightedCheckworthy: number;
  /** On-topic sentences that are not check-worthy, and how many of them were highlighted. */
  notCheckworthy: number;
  notCheckworthyHighlighted: number;
  examples: { kind: string; line: VerdictLine; finding: ClaimFinding | null }[];
}

const INACCURATE = new Set(['false', 'outdated', 'misleading']);

export function best(engine: Engine, line: VerdictLine): ClaimFinding | null {
  return bestFinding(engine, line.text, { lang: line.lang, includeUncheckworthy: true });
}

export function measureVerdicts(lines: readonly VerdictLine[], predict: (line: VerdictLine) => ClaimFinding | null): VerdictReport {
  const r: VerdictReport = {
    lines: lines.length,
    settled: 0,
    unsettled: 0,
    wrong: 0,
    verdictOnUnsettled: 0,
    right: 0,
    answered: 0,
    answeredRight: 0,
    related: 0,
    relatedRight: 0,
    highlighted: 0,
    highlightedCheckworthy: 0,
    notCheckworthy: 0,
    notCheckworthyHighlighted: 0,
    examples: [],
  };
  for (const line of lines) {
    const f = predict(line);
    const highlighted = Boolean(f?.checkworthy);
    const rating = highlighted ? f!.rating : 'context';
    if (highlighted) {
      r.highlighted++;
      if (line.checkworthy) r.highlightedCheckworthy++;
    }
    if (!line.checkworthy) {
      r.notCheckworthy++;
      if (highlighted) {
        r.notCheckworthyHighlighted++;
        r.examples.push({ kind: 'highlighted, not check-worthy', line, finding: f });
      }
      continue;
    }
    if (line.gold === 'none') {
      r.unsettled++;
      if (rating !== 'context') {
        r.verdictOnUnsettled++;
        r.examples.push({ kind: 'verdict on unsettled', line, finding: f });
      }
    } else {
      r.settled++;
      const wrong = (line.gold === 'accurate' && INACCURATE.has(rating)) || (line.gold === 'inaccurate' && rating === 'accurate');
      const right = (line.gold === 'accurate' && rating === 'accurate') || (line.gold === 'inaccurate' && INACCURATE.has(rating));
      if (wrong) {
        r.wrong++;
        r.examples.push({ kind: 'WRONG verdict', line, finding: f });
      }
      if (right) r.right++;
    }
    if (highlighted && f!.answers) {
      r.answered++;
      if (line.factIds.includes(f!.factId)) r.answeredRight++;
      else r.examples.push({ kind: 'fact does not answer', line, finding: f });
    } else if (highlighted && line.factIds.length) {
      r.related++;
      if (line.factIds.includes(f!.factId)) r.relatedRight++;
    }
  }
  return r;
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');

export function formatVerdictReport(r: VerdictReport): string {
  return [
    `wrong verdicts ${r.wrong} of ${r.settled} settled`,
    `verdicts on unsettled ${r.verdictOnUnsettled}/${r.unsettled} (${pct(r.verdictOnUnsettled, r.unsettled)})`,
    `right verdicts ${r.right}/${r.settled} (${pct(r.right, r.settled)})`,
    `fact answers ${r.answeredRight}/${r.answered} (${pct(r.answeredRight, r.answered)}), related-only cards on the claim's fact ${r.relatedRight}/${r.related} (${pct(r.relatedRight, r.related)})`,
    `check-worthy precision ${r.highlightedCheckworthy}/${r.highlighted} (${pct(r.highlightedCheckworthy, r.highlighted)}), not-check-worthy highlighted ${r.notCheckworthyHighlighted}/${r.notCheckworthy}`,
  ].join('\n    ');
}

/** The issue's targets: 0 wrong, ≤5% verdicts on unsettled, ≥70% right, ≥90% answering facts. */
export function meetsTargets(r: VerdictReport): boolean {
  return r.wrong === 0 && r.verdictOnUnsettled <= 0.05 * r.unsettled && r.right >= 0.7 * r.settled && r.answeredRight >= 0.9 * r.answered;
}
