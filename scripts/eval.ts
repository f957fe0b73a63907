/**
 * `npm run eval`: precision, recall and F1 of the engine (and of the naive fuse.js
 * baseline) on the project's labeled corpus and, separately, on the real sentences in
 * ../shared/real-world/sentences.jsonl when that folder is present.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine } from '../engine/engine';
import { formatProblem } from '../engine/schema';
import { loadData, ROOT } from './lib/data-files';
import { detector, evaluate, fmt, readJsonl, type LabeledLine, type Report } from './lib/metrics';
import { readDetectionCorpus } from './lib/detection-corpus';
import { createNaive } from './lib/naive';
import { best, formatVerdictReport, measureVerdicts, readVerdictCorpus, verdictSplitOf } from './lib/verdict-metrics';

const { facts, problems } = loadData();
if (problems.length) {
  console.error(problems.map(formatProblem).join('\n'));
  process.exit(2);
}
const engine = createEngine(facts);
const naive = createNaive(facts);
// Topic detection is scored on every on-topic sentence, check-worthy or not; what the page
// highlights (check-worthy sentences only) is scored on the verdict corpus below.
const puente = detector(engine);

const corpusDir = join(ROOT, 'tests', 'corpus');
const corpusFiles = existsSync(corpusDir)
  ? readdirSync(corpusDir)
      .filter((f) => f.endsWith('.jsonl'))
      .sort()
  : [];
const shared = join(ROOT, '..', 'shared');
const realWorld = readJsonl(join(shared, 'real-world', 'sentences.jsonl'));
const dev = readJsonl(join(shared, 'eval', 'dev.jsonl'));
const verbose = process.argv.includes('--verbose');
// The naive baseline searches every typical claim per sentence (a few sentences a second):
// `--no-naive` skips it when only the engine's figures are wanted.
const withNaive = !process.argv.includes('--no-naive');

function print(name: string, lines: LabeledLine[]): void {
  if (!lines.length) {
    console.log(`\n== ${name}: not found, skipped`);
    return;
  }
  const r: Report = evaluate(lines, puente);
  const n = withNaive ? evaluate(lines, (t) => naive.classify(t)) : null;
  console.log(`\n== ${name} (${lines.length} lines)`);
  console.log(`Puente  overall  ${fmt(r.overall)}`);
  for (const [lang, s] of Object.entries(r.byLang)) console.log(`        ${lang.padEnd(8)} ${fmt(s)}`);
  if (n) {
    console.log(`Naive   overall  ${fmt(n.overall)}`);
    for (const [lang, s] of Object.entries(n.byLang)) console.log(`        ${lang.padEnd(8)} ${fmt(s)}`);
  }
  console.log('Per topic (Puente):');
  for (const [topic, s] of Object.entries(r.byTopic).sort()) console.log(`  ${topic.padEnd(22)} ${fmt(s)}`);
  console.log('Confusions (gold → predicted):');
  for (const c of r.confusions.slice(0, verbose ? 200 : 25)) {
    console.log(`  ${String(c.count).padStart(3)}  ${c.gold} → ${c.predicted}`);
    if (verbose) for (const e of c.examples) console.log(`         ${e}`);
  }
}

console.log(`Engine: ${facts.length} facts.`);
// Each corpus file on its own: the written corpus and the real, cited sentences measure different things.
for (const f of corpusFiles) print(`project corpus tests/corpus/${f}`, readJsonl(join(corpusDir, f)));
print('shared dev set ../shared/eval/dev.jsonl', dev);
print('real-world sentences ../shared/real-world/sentences.jsonl', realWorld);

// The detection corpus as one, by split: the fit (scripts/fit-detection.ts) learns from dev;
// held-out is the figure for text the model has not seen.
const detectionLines = readDetectionCorpus();
if (detectionLines.length) {
  console.log(`\n== detection by split, all of tests/corpus (${detectionLines.length} lines; held-out = ${detectionLines.filter((l) => l.split === 'heldout').length}, never fitted on)`);
  // Beside every on-topic finding, what `scan` prints and a page highlights: check-worthy ones only.
  const highlights = detector(engine, true);
  for (const split of ['dev', 'heldout'] as const) {
    const lines = detectionLines.filter((l) => l.split === split);
    const r = evaluate(lines, puente);
    const h = evaluate(lines, highlights);
    console.log(`  ${split.padEnd(7)} overall  ${fmt(r.overall)}`);
    for (const [lang, s] of Object.entries(r.byLang).sort()) console.log(`  ${split.padEnd(7)} ${lang.padEnd(8)} ${fmt(s)}`);
    console.log(`  ${split.padEnd(7)} highlights overall  ${fmt(h.overall)}`);
    for (const [lang, s] of Object.entries(h.byLang).sort()) console.log(`  ${split.padEnd(7)} highlights ${lang.padEnd(8)} ${fmt(s)}`);
    if (split === 'heldout') printMatrix(r);
  }
}

const verdictLines = readVerdictCorpus(join(ROOT, 'tests', 'verdicts'));
if (verdictLines.length) {
  const count = (split: string) => verdictLines.filter((l) => verdictSplitOf(l) === split).length;
  console.log(
    `\n== verdicts tests/verdicts (${verdictLines.length} lines; held-out = ${count('heldout')}, never tuned on; fresh = ${count('fresh')}, written without running the engine and never diagnosed)`,
  );
  for (const split of ['dev', 'heldout', 'fresh'] as const) {
    for (const lang of ['en', 'es'] as const) {
      const lines = verdictLines.filter((l) => verdictSplitOf(l) === split && l.lang === lang);
      const r = measureVerdicts(lines, (l) => best(engine, l));
      console.log(`  ${split.padEnd(7)} ${lang}  (${lines.length} lines)\n    ${formatVerdictReport(r)}`);
      // Fresh lines stay unseen: their examples are never printed.
      if (verbose && split !== 'fresh')
        for (const e of r.examples)
          console.log(`      [${e.kind}] ${e.line.id} gold=${e.line.gold} facts=${e.line.factIds.join(',')} → ${e.finding ? `${e.finding.rating} ${e.finding.factId}` : 'none'}: ${e.line.text}`);
    }
  }
} else {
  console.log('\n== verdicts tests/verdicts: not found, skipped');
}

/** A per-topic confusion matrix (rows gold, columns predicted), topics shortened to fit a terminal. */
function printMatrix(r: Report): void {
  const labels = [...new Set(r.confusionCells.flatMap((c) => [c.gold, c.predicted]))].sort((a, b) => (a === 'none' ? 1 : b === 'none' ? -1 : a.localeCompare(b)));
  const short = (t: string) =>
    t
      .split('-')
      .map((w) => w.slice(0, 3))
      .join('-')
      .slice(0, 7);
  const cell = new Map(r.confusionCells.map((c) => [`${c.gold}→${c.predicted}`, c.count]));
  console.log(`  confusion matrix (held-out; rows gold, columns predicted)\n  ${''.padEnd(8)}${labels.map((l) => short(l).padStart(8)).join('')}`);
  for (const g of labels) console.log(`  ${short(g).padEnd(8)}${labels.map((p) => String(cell.get(`${g}→${p}`) ?? '·').padStart(8)).join('')}`);
}
