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

const { facts, problems } = loadData();
if (problems.length) {
  console.error(problems.map(formatProblem).join('\n'));
  process.exit(2);
}
const engine = createEngine(facts);
const naive = createNaive(facts);
const puente = (text: string, lang: 'en' | 'es') => {
  const claims = engine.analyze(text, { lang });
  if (!claims.length) return 'none';
  return claims.reduce((a, b) => (b.score > a.score ? b : a)).topic;
};

const corpusDir = join(ROOT, 'tests', 'corpus');
const corpus: LabeledLine[] = existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => f.endsWith('.jsonl')).flatMap((f) => readJsonl(join(corpusDir, f))) : [];
const shared = join(ROOT, '..', 'shared');
const realWorld = readJsonl(join(shared, 'real-world', 'sentences.jsonl'));
const dev = readJsonl(join(shared, 'eval', 'dev.jsonl'));
const verbose = process.argv.includes('--verbose');

function print(name: string, lines: LabeledLine[]): void {
  if (!lines.length) {
    console.log(`\n== ${name}: not found, skipped`);
    return;
  }
  const r: Report = evaluate(lines, puente);
  const n = evaluate(lines, (t) => naive.classify(t));
  console.log(`\n== ${name} (${lines.length} lines)`);
  console.log(`Puente  overall  ${fmt(r.overall)}`);
  for (const [lang, s] of Object.entries(r.byLang)) console.log(`        ${lang.padEnd(8)} ${fmt(s)}`);
  console.log(`Naive   overall  ${fmt(n.overall)}`);
  for (const [lang, s] of Object.entries(n.byLang)) console.log(`        ${lang.padEnd(8)} ${fmt(s)}`);
  console.log('Per topic (Puente):');
  for (const [topic, s] of Object.entries(r.byTopic).sort()) console.log(`  ${topic.padEnd(22)} ${fmt(s)}`);
  console.log('Confusions (gold → predicted):');
  for (const c of r.confusions.slice(0, verbose ? 200 : 25)) {
    console.log(`  ${String(c.count).padStart(3)}  ${c.gold} → ${c.predicted}`);
    if (verbose) for (const e of c.examples) console.log(`         ${e}`);
  }
}

console.log(`Engine: ${facts.length} facts.`);
print('project corpus tests/corpus', corpus);
print('shared dev set ../shared/eval/dev.jsonl', dev);
print('real-world sentences ../shared/real-world/sentences.jsonl', realWorld);
