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
import { evaluate, fmt, readJsonl, type LabeledLine, type Report } from './lib/metrics';
import { createNaive } from './lib/naive';
import { best, formatVerdictReport, measureVerdicts, readVerdictCorpus, splitOf } from './lib/verdict-metrics';

const { facts, problems } = loadData();
if (problems.length) {
  console.error(problems.map(formatProblem).join('\n'));
  process.exit(2);
}
const engine = createEngine(facts);
const naive = createNaive(facts);
// Topic detection is scored on every on-topic sentence, check-worthy or not; what the page
// highlights (check-worthy sentences only) is scored on the verdict corpus below.
const puente = (text: string, lang: 'en' | 'es') => {
  const claims = engine.analyze(text, { lang, includeUncheckworthy: true });
  if (!claims.length) return 'none';
  return claims.reduce((a, b) => (b.score > a.score ? b : a)).topic;
};

const corpusDir = join(ROOT, 'tests', 'corpus');
const corpusFiles = existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => f.endsWith('.jsonl')).sort() : [];
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

const verdictLines = readVerdictCorpus(join(ROOT, 'tests', 'verdicts'));
if (verdictLines.length) {
  console.log(`\n== verdicts tests/verdicts (${verdictLines.length} lines; held-out = ${verdictLines.filter((l) => splitOf(l.id) === 'heldout').length}, never tuned on)`);
  for (const split of ['dev', 'heldout'] as const) {
    for (const lang of ['en', 'es'] as const) {
      const lines = verdictLines.filter((l) => splitOf(l.id) === split && l.lang === lang);
      const r = measureVerdicts(lines, (l) => best(engine, l));
      console.log(`  ${split.padEnd(7)} ${lang}  (${lines.length} lines)\n    ${formatVerdictReport(r)}`);
      if (verbose) for (const e of r.examples) console.log(`      [${e.kind}] ${e.line.id} gold=${e.line.gold} facts=${e.line.factIds.join(',')} → ${e.finding ? `${e.finding.rating} ${e.finding.factId}` : 'none'}: ${e.line.text}`);
    }
  }
} else {
  console.log('\n== verdicts tests/verdicts: not found, skipped');
}
