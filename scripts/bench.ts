/**
 * `npm run bench`: the engine against the naive fuse.js baseline on the same sentences,
 * and (with the page part) the extension in real Chromium. `-- --json` prints one JSON
 * object. Every figure is measured in this run.
 */
import { join } from 'node:path';
import { createEngine } from '../engine/engine';
import { formatProblem } from '../engine/schema';
import { benchSentences } from './lib/bench-sentences';
import { loadData, ROOT } from './lib/data-files';
import { detector, evaluate, readJsonl } from './lib/metrics';
import { createNaive } from './lib/naive';

const json = process.argv.includes('--json');
const COUNT = Number(process.env.BENCH_SENTENCES ?? 10_000);
const log = (...a: unknown[]) => {
  if (!json) console.log(...a);
};

const { facts, problems } = loadData();
if (problems.length) {
  console.error(problems.map(formatProblem).join('\n'));
  process.exit(2);
}

function timeIt(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

async function engineBench() {
  const { sentences, fromPages, fromCorpus } = benchSentences(COUNT);
  log(`Engine benchmark: ${sentences.length} sentences (${fromPages} from saved real pages, ${fromCorpus} from the corpus, the rest varied copies); ${facts.length} facts.`);
  const engine = createEngine(facts);
  const naive = createNaive(facts);
  // Warm both up on a slice so JIT and caches do not favour either.
  for (const s of sentences.slice(0, 200)) engine.analyze(s), naive.classify(s);
  let found = 0;
  const puenteMs = timeIt(() => {
    for (const s of sentences) found += engine.analyze(s).length;
  });
  // The baseline takes about a tenth of a second per sentence (each sentence is a fuse.js
  // pattern over ~700 claims), so by default it is timed on every 10th sentence of the same
  // mix, an unbiased sample of its per-sentence cost; `--naive-all` times it on all of them.
  const naiveSet = process.argv.includes('--naive-all') ? sentences : sentences.filter((_, i) => i % 10 === 0);
  let naiveFound = 0;
  const naiveMs = timeIt(() => {
    for (const s of naiveSet) if (naive.classify(s) !== 'none') naiveFound++;
  });
  const puenteRate = sentences.length / (puenteMs / 1000);
  const naiveRate = naiveSet.length / (naiveMs / 1000);
  const corpus = readJsonl(join(ROOT, 'tests', 'corpus', 'corpus.jsonl'));
  const puenteScores = evaluate(corpus, detector(engine, true)).overall;
  const naiveScores = evaluate(corpus, (t) => naive.classify(t)).overall;
  log(`  Puente: ${Math.round(puenteRate).toLocaleString('en-US')} sentences/s (${puenteMs.toFixed(0)} ms; ${found} claims)`);
  log(
    `  Naive fuse.js: ${naiveRate.toFixed(1)} sentences/s (${naiveSet.length.toLocaleString('en-US')} of the same sentences${naiveSet.length < sentences.length ? ', every 10th; --naive-all for all' : ''}; ${naiveMs.toFixed(0)} ms; ${naiveFound} flagged)`,
  );
  log(`  Speed-up: ${(puenteRate / naiveRate).toFixed(1)}× (budget: ≥ 100×)`);
  log(
    `  On the corpus (${corpus.length} lines): Puente P ${puenteScores.precision.toFixed(3)} R ${puenteScores.recall.toFixed(3)}; naive P ${naiveScores.precision.toFixed(3)} R ${naiveScores.recall.toFixed(3)}`,
  );
  return {
    sentences: sentences.length,
    puenteSentencesPerSec: Math.round(puenteRate),
    naiveSentencesPerSec: Number(naiveRate.toFixed(2)),
    naiveSentencesTimed: naiveSet.length,
    speedup: Number((puenteRate / naiveRate).toFixed(2)),
    puente: { precision: Number(puenteScores.precision.toFixed(4)), recall: Number(puenteScores.recall.toFixed(4)) },
    naive: { precision: Number(naiveScores.precision.toFixed(4)), recall: Number(naiveScores.recall.toFixed(4)) },
  };
}

const result: Record<string, unknown> = { engine: await engineBench() };
if (!process.argv.includes('--engine')) {
  const { pageBench } = await import('./lib/page-bench');
  Object.assign(result, await pageBench(log));
}
if (json) console.log(JSON.stringify(result));
