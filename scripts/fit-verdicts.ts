/**
 * `npx tsx scripts/fit-verdicts.ts`: chooses the verdict step's two thresholds (how close a
 * typical claim must be, how much of a claim a fact must hold to "answer" it) on the DEV split
 * of tests/verdicts only, and writes them to engine/verdict-params.json. The held-out split is
 * never read here. Choice, in order: fewest wrong verdicts; verdicts on unsettled claims at
 * most 5%; answering facts right at least 90% of the time in each language; then most right verdicts, then the
 * answering fact most often right (precision before coverage: a card that says its fact answers the claim must be
 * right, and more cards saying so at the target's edge fall under it on unseen text). Deterministic: a fixed grid,
 * ties to the stricter thresholds.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine, DEFAULT_THRESHOLDS } from '../engine/engine';
import { loadData, ROOT } from './lib/data-files';
import { best, measureVerdicts, readVerdictCorpus, verdictSplitOf } from './lib/verdict-metrics';

const { facts } = loadData();
const dev = readVerdictCorpus(join(ROOT, 'tests', 'verdicts')).filter((l) => verdictSplitOf(l) === 'dev');
const grid = (from: number, to: number, step: number) => Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => Math.round((from + i * step) * 100) / 100);

type Row = { claimMatch: number; relevance: number; wrong: number; unsettledRate: number; answerRate: number; right: number; answered: number };
const rows: Row[] = [];
for (const claimMatch of grid(0.4, 0.8, 0.1)) {
  for (const relevance of grid(0.2, 0.7, 0.05)) {
    const engine = createEngine(facts, DEFAULT_THRESHOLDS, { claimMatch, relevance });
    const r = measureVerdicts(dev, (l) => best(engine, l));
    // The answering-fact target holds in each language, not just on average.
    const perLang = (['en', 'es'] as const).map((lang) =>
      measureVerdicts(
        dev.filter((l) => l.lang === lang),
        (l) => best(engine, l),
      ),
    );
    const answerRate = Math.min(...perLang.map((p) => (p.answered ? p.answeredRight / p.answered : 1)));
    rows.push({ claimMatch, relevance, wrong: r.wrong, unsettledRate: r.unsettled ? r.verdictOnUnsettled / r.unsettled : 0, answerRate, right: r.right, answered: r.answered });
  }
}
const ok = rows.filter((r) => r.unsettledRate <= 0.05 && r.answerRate >= 0.9);
// Where no setting meets every target, the one closest to the answering-fact target is kept.
const pool = ok.length ? ok : rows;
pool.sort((a, b) => a.wrong - b.wrong || (ok.length ? 0 : b.answerRate - a.answerRate) || b.right - a.right || b.answerRate - a.answerRate || b.claimMatch - a.claimMatch || b.relevance - a.relevance);
const chosen = pool[0]!;
console.log(`dev lines ${dev.length}; chosen`, chosen, ok.length ? '' : '(no setting met every constraint)');
writeFileSync(
  join(ROOT, 'engine', 'verdict-params.json'),
  `${JSON.stringify({ $comment: 'Thresholds of the verdict step, chosen on the dev split of tests/verdicts (never the held-out split) by scripts/fit-verdicts.ts. Re-run it when the corpus or the fact base grows.', claimMatch: chosen.claimMatch, relevance: chosen.relevance, dev: { wrong: chosen.wrong, verdictsOnUnsettled: Number(chosen.unsettledRate.toFixed(3)), answeringFactRight: Number(chosen.answerRate.toFixed(3)), right: chosen.right, answered: chosen.answered } }, null, 2)}\n`,
);
