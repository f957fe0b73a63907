/**
 * `npx tsx scripts/diagnose-checkworthy.ts [--lines]`: what check-worthiness (engine/checkworthy.ts)
 * keeps from being highlighted on the DEV splits only (the held-out and fresh lines are filtered
 * out before anything is looked at): on tests/corpus, the on-topic findings left unmarked, by
 * reason and by gold (a claim on its gold topic, another topic, or `none`); on tests/verdicts,
 * check-worthy lines left unmarked and not-check-worthy lines highlighted.
 */
import { join } from 'node:path';
import { notCheckworthy } from '../engine/checkworthy';
import { createEngine } from '../engine/engine';
import { VERDICT_WORDS } from '../engine/knowledge';
import { readQuantities } from '../engine/numbers';
import type { ClaimFinding } from '../engine/types';
import { loadData, ROOT } from './lib/data-files';
import { readDetectionCorpus } from './lib/detection-corpus';
import { bestFinding } from './lib/metrics';
import { readVerdictCorpus, verdictSplitOf } from './lib/verdict-metrics';

const showLines = process.argv.includes('--lines');
const engine = createEngine(loadData().facts);
/** The reason, as the engine reads it: in the language it guessed, with the quantities it read. */
const reason = (f: ClaimFinding) => notCheckworthy(f.text, VERDICT_WORDS[f.lang], readQuantities(f.text, f.lang).length > 0) ?? '?';

function report(title: string, rows: { kind: string; text: string }[]): void {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
  console.log(`\n${title}`);
  for (const [k, n] of [...counts].sort()) console.log(`  ${k.padEnd(36)} ${n}`);
  if (showLines) for (const r of [...rows].sort((a, b) => a.kind.localeCompare(b.kind))) console.log(`  [${r.kind}] ${r.text}`);
}

for (const lang of ['en', 'es'] as const) {
  const rows: { kind: string; text: string }[] = [];
  for (const l of readDetectionCorpus().filter((x) => x.split === 'dev' && x.lang === lang)) {
    const f = bestFinding(engine, l.text, { lang, includeUncheckworthy: true });
    if (!f || f.checkworthy) continue;
    const golds = Array.isArray(l.topic) ? l.topic : [l.topic];
    const gold = golds.includes('none') ? 'gold none' : golds.includes(f.topic) ? 'gold topic' : 'other topic';
    rows.push({ kind: `${gold}, ${reason(f)}`, text: l.text });
  }
  report(`tests/corpus dev ${lang}: on-topic findings not highlighted`, rows);
}

const verdicts = readVerdictCorpus(join(ROOT, 'tests', 'verdicts')).filter((l) => verdictSplitOf(l) === 'dev');
for (const lang of ['en', 'es'] as const) {
  const rows: { kind: string; text: string }[] = [];
  for (const l of verdicts.filter((x) => x.lang === lang)) {
    const f = bestFinding(engine, l.text, { lang, includeUncheckworthy: true });
    if (f && l.checkworthy && !f.checkworthy) rows.push({ kind: `check-worthy, unmarked: ${reason(f)}`, text: l.text });
    if (f && !l.checkworthy && f.checkworthy) rows.push({ kind: 'not check-worthy, highlighted', text: l.text });
  }
  report(`tests/verdicts dev ${lang}`, rows);
}
